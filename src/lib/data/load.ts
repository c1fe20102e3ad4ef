/**
 * Reads and validates the site's data once per build (or per script run). Pages never parse JSON
 * themselves: they call `loadSiteData()` and receive typed, checked objects.
 *
 *   data/area.json                     what the site covers: name, owner, target, vintages
 *   data/campaign.json                 months → counts per (vintage, code), reports, provenance
 *   data/vintages/<id>/units.json      the unit list of each vintage
 *   data/vintages/<id>/geo/…           its geometry (map.topojson is what the pages draw)
 *   data/vintages/<id>/geo-inputs.json how `npm run data:geo` builds them (read by that script only)
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataValidationError, parseOrThrow } from './errors';
import { readJsonFile } from './json-file';
import { AreaSchema, type Area } from './schema/area';
import { CampaignSchema, type Campaign } from './schema/campaign';
import { GeoInputsSchema, type GeoInputs } from './schema/geo-inputs';
import { UnitListSchema } from './schema/units';
import { VintageSourcesSchema, type VintageSources } from './schema/sources';
import { MapTopologySchema, readMapModel, type MapModel } from './map-model';
import { crossCheck, type Reference } from './cross-check';
import type { VintageData } from './vintage';

export { crossCheck, type Reference } from './cross-check';

/** Folder holding area.json, campaign.json and vintages/ (overridable for tests with DATA_DIR). */
export function dataDir(): string {
  return resolve(process.env['DATA_DIR'] ?? 'data');
}

/** Folder of one vintage's units and geometry, relative to the data folder. */
export function vintageDir(id: string): string {
  return `vintages/${id}`;
}

/** True when a file exists under data/ (optional geometry such as commune polygons). */
export function hasDataFile(relativePath: string): boolean {
  return existsSync(resolve(dataDir(), relativePath));
}

/** Text of a file under data/ (geometry served as is). */
export function readDataFile(relativePath: string): string {
  return readFileSync(resolve(dataDir(), relativePath), 'utf8');
}

/** Reads and validates the unit list of every vintage of the area. */
function loadVintages(dir: string, area: Area): Map<string, VintageData> {
  const map = new Map<string, VintageData>();
  for (const vintage of area.vintages) {
    const file = resolve(dir, vintageDir(vintage.id), 'units.json');
    if (!existsSync(file)) {
      throw new DataValidationError(file, [
        `missing: area.json lists vintage ${vintage.id} — run \`npm run data:geo\` to write its units and geometry`,
      ]);
    }
    const units = parseOrThrow(UnitListSchema, readJsonFile(file), file);
    if (units.vintage !== vintage.id) {
      throw new DataValidationError(file, [
        `vintage: says ${units.vintage} but lies in the folder of ${vintage.id} — regenerate it with \`npm run data:geo\``,
      ]);
    }
    map.set(vintage.id, { vintage, units });
  }
  return map;
}

/** Everything the site is built from. */
export interface SiteData extends Reference {
  campaign: Campaign;
}

/**
 * Reads and validates area.json and every vintage's unit list of a data folder, without
 * campaign.json (the import reads that itself, and may be about to create it).
 */
export function loadReference(dir: string): Reference {
  const area = loadArea(dir);
  return { area, vintages: loadVintages(dir, area) };
}

/** Reads and validates area.json of a data folder alone (data:geo writes the vintages it lists). */
export function loadArea(dir: string): Area {
  const areaFile = resolve(dir, 'area.json');
  return parseOrThrow(AreaSchema, readJsonFile(areaFile), areaFile);
}

/**
 * The geo inputs of one vintage of an area folder (`vintages/<id>/geo-inputs.json`): its source
 * files, list facts, island frames and retired codes. Only `npm run data:geo` needs them.
 */
export function loadGeoInputs(dir: string, id: string): GeoInputs {
  const file = resolve(dir, vintageDir(id), 'geo-inputs.json');
  if (!existsSync(file)) {
    throw new DataValidationError(file, [
      `missing: vintage ${id} has no geo inputs — write its source files and facts there (see GeoInputsSchema)`,
    ]);
  }
  return parseOrThrow(GeoInputsSchema, readJsonFile(file), file);
}

let cache: { dir: string; data: SiteData } | undefined;

/** Loads, validates and cross-checks `data/`; memoised, so a build validates once. */
export function loadSiteData(dir = dataDir()): SiteData {
  if (cache?.dir === dir) return cache.data;
  const campaignFile = resolve(dir, 'campaign.json');
  const { area, vintages } = loadReference(dir);
  const campaign = parseOrThrow(CampaignSchema, readJsonFile(campaignFile), campaignFile);
  const lines = crossCheck(area, campaign, vintages);
  if (lines.length > 0) throw new DataValidationError(campaignFile, lines);
  cache = { dir, data: { area, campaign, vintages } };
  return cache.data;
}

const mapCache = new Map<string, MapModel>();

/** Loads and decodes a vintage's geo/map.topojson (the layout every map draws); memoised per build. */
export function loadMapModel(vintage: string, dir = dataDir()): MapModel {
  const file = resolve(dir, vintageDir(vintage), 'geo/map.topojson');
  const cached = mapCache.get(file);
  if (cached) return cached;
  const topology = parseOrThrow(MapTopologySchema, readJsonFile(file), file);
  const model = readMapModel(topology);
  mapCache.set(file, model);
  return model;
}

const sourcesCache = new Map<string, VintageSources>();

/**
 * Reads and validates a vintage's sources.json (where its units and boundaries come from, and
 * their licences); memoised per build. Missing, it stops the build: nothing is published without
 * its source and licence.
 */
export function loadVintageSources(vintage: string, dir = dataDir()): VintageSources {
  const file = resolve(dir, vintageDir(vintage), 'sources.json');
  const cached = sourcesCache.get(file);
  if (cached) return cached;
  if (!existsSync(file)) {
    throw new DataValidationError(file, [
      `missing: write where vintage ${vintage}'s units and boundaries come from and their licence (as in data/vintages/2025-07/sources.json)`,
    ]);
  }
  const sources = parseOrThrow(VintageSourcesSchema, readJsonFile(file), file);
  sourcesCache.set(file, sources);
  return sources;
}
