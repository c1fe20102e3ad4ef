/**
 * Reads and validates the site's data once per build (or per script run). Pages never parse JSON
 * themselves: they call `loadSiteData()` and receive typed, checked objects.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataValidationError, parseOrThrow } from './errors';
import { CampaignSchema, UnitListSchema, type Campaign, type UnitList } from './schema';
import { MapTopologySchema, readMapModel, type MapModel } from './geo/map-model';

/** Folder holding campaign.json, units.json and geo/ (overridable for tests with DATA_DIR). */
export function dataDir(): string {
  return resolve(process.env['DATA_DIR'] ?? 'data');
}

/** Reads a JSON file, turning a syntax error into a message that names the file. */
export function readJson(file: string): unknown {
  const text = readFileSync(file, 'utf8');
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new DataValidationError(file, [`not valid JSON: ${(e as Error).message}`]);
  }
}

/**
 * Problems that only show when the campaign is read against the unit list: codes unknown to the
 * vintage, or a unit count that disagrees. One `path: problem` line each.
 */
export function crossCheck(campaign: Campaign, units: UnitList): string[] {
  const known = new Set(units.units.map((u) => u.code));
  const knownDistricts = new Set(units.districts.map((d) => d.code));
  const lines: string[] = [];
  if (campaign.vintage.unitCount !== units.units.length) {
    lines.push(
      `vintage.unitCount: says ${campaign.vintage.unitCount} units but data/units.json lists ${units.units.length} — regenerate one of them for the same vintage`,
    );
  }
  for (const code of Object.keys(campaign.target.overrides)) {
    if (!known.has(code)) lines.push(`target.overrides.${code}: unknown commune code (value: "${code}")`);
  }
  campaign.months.forEach((m, i) => {
    for (const [series, counts] of Object.entries(m.counts)) {
      for (const code of Object.keys(counts ?? {})) {
        if (!known.has(code)) {
          lines.push(
            `months[${i}].counts.${series}.${code}: commune code not in the ${campaign.vintage.id} unit list (value: "${code}") — check the code or the boundary vintage`,
          );
        }
      }
    }
    m.reports.forEach((r, j) => {
      if (!knownDistricts.has(r.districtCode)) {
        lines.push(`months[${i}].reports[${j}].districtCode: unknown district (value: "${r.districtCode}")`);
      }
    });
  });
  return lines;
}

/** Text of a file under data/ (geometry served as is). */
export function readDataFile(relativePath: string): string {
  return readFileSync(resolve(dataDir(), relativePath), 'utf8');
}

export interface SiteData {
  campaign: Campaign;
  units: UnitList;
}

let cache: { dir: string; data: SiteData } | undefined;

/** Loads, validates and cross-checks `data/`; memoised, so a build validates once. */
export function loadSiteData(dir = dataDir()): SiteData {
  if (cache?.dir === dir) return cache.data;
  const unitsFile = resolve(dir, 'units.json');
  const campaignFile = resolve(dir, 'campaign.json');
  const units = parseOrThrow(UnitListSchema, readJson(unitsFile), unitsFile);
  const campaign = parseOrThrow(CampaignSchema, readJson(campaignFile), campaignFile);
  const lines = crossCheck(campaign, units);
  if (lines.length > 0) throw new DataValidationError(campaignFile, lines);
  cache = { dir, data: { campaign, units } };
  return cache.data;
}

let mapCache: { dir: string; model: MapModel } | undefined;

/** Loads and decodes data/geo/map.topojson (the layout both maps draw); memoised per build. */
export function loadMapModel(dir = dataDir()): MapModel {
  if (mapCache?.dir === dir) return mapCache.model;
  const file = resolve(dir, 'geo/map.topojson');
  const topology = parseOrThrow(MapTopologySchema, readJson(file), file);
  mapCache = { dir, model: readMapModel(topology) };
  return mapCache.model;
}
