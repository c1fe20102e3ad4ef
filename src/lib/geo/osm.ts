/**
 * Commune polygons from OpenStreetMap, as they were on a given date (OSM Vietnam was remapped after
 * the July 2025 reorganisation, so the current state is the wrong vintage). The crosswalk
 * data/osm-relations.csv (copied from shared/geo/kien-giang-osm-relations.csv, itself from the
 * daohoangson/dvhcvn `feature/osm` branch; see shared/geo/SOURCES.md §4) gives the OSM relation id
 * of every commune and its 2025 GSO code. Two 2024 wards (relations 15429961 and 15429952) form the
 * 2025 Phường Vĩnh Thanh Vân (30742); their polygons are merged here.
 *
 * Data © OpenStreetMap contributors, ODbL: keep the attribution with every file derived from it.
 */
import { parse } from 'csv-parse/sync';
import type { Feature, FeatureCollection } from 'geojson';
import osmtogeojson from 'osmtogeojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection } from 'topojson-specification';
import { DataValidationError } from '../data/errors';
import { rewindForRfc7946 } from './rewind';
import type { AreaGeometry } from '../data/map-shapes';

/** The attribution OpenStreetMap's licence asks for. */
export const OSM_ATTRIBUTION = '© OpenStreetMap contributors, ODbL';

/** Default Overpass endpoint. */
export const OVERPASS_ENDPOINT = 'https://overpass-api.de/api/interpreter';

/** One commune row of the crosswalk. */
export interface OsmCrosswalkRow {
  /** GSO code when the match was made (2023). */
  code: string;
  /** Name when the match was made. */
  name: string;
  districtCode: string;
  relationId: number;
  /** The unit's code in the 2025 list (143 units). */
  code2025: string;
}

/** Properties of a commune feature built from OSM. */
export interface OsmCommuneProperties {
  code: string;
  name: string;
  /** Relations the polygon was built from (two for 30742). */
  osm_relation_ids: number[];
  /** The date the OSM state was queried for, YYYY-MM-DD. */
  osm_date: string;
}

/** A commune FeatureCollection with its attribution as foreign members. */
export type OsmCommuneCollection = FeatureCollection<AreaGeometry, OsmCommuneProperties> & {
  attribution: string;
  osm_date: string;
};

/** Reads the commune rows of the crosswalk CSV (level, code, name, district_code, osm_relation_id, code_2025, note). */
export function parseOsmCrosswalk(text: string, file: string): OsmCrosswalkRow[] {
  const rows = parse<Record<string, string>>(text, { columns: true, skip_empty_lines: true, trim: true, bom: true });
  const lines: string[] = [];
  const out: OsmCrosswalkRow[] = [];
  rows.forEach((row, i) => {
    if (row['level'] !== 'commune') return;
    const relationId = Number(row['osm_relation_id']);
    const code2025 = row['code_2025'] ?? '';
    if (!Number.isInteger(relationId) || relationId <= 0) {
      lines.push(`row ${i + 2}: osm_relation_id "${row['osm_relation_id'] ?? ''}" is not a relation id`);
    } else if (!/^\d{5}$/.test(code2025)) {
      lines.push(`row ${i + 2}: code_2025 "${code2025}" is not a 5-digit GSO code`);
    } else {
      out.push({
        code: row['code'] ?? '',
        name: (row['name'] ?? '').normalize('NFC'),
        districtCode: row['district_code'] ?? '',
        relationId,
        code2025,
      });
    }
  });
  if (out.length === 0 && lines.length === 0) lines.push('no commune rows (level = commune)');
  if (lines.length > 0) throw new DataValidationError(file, lines);
  return out;
}

/**
 * The Overpass QL query for the given relations as they were at 00:00 UTC on `date` (YYYY-MM-DD),
 * with full geometry (`out geom`).
 */
export function buildOverpassQuery(relationIds: readonly number[], date: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date must be YYYY-MM-DD, got "${date}"`);
  const ids = [...new Set(relationIds)].sort((a, b) => a - b);
  return `[out:json][timeout:180][date:"${date}T00:00:00Z"];\nrel(id:${ids.join(',')});\nout geom;\n`;
}

/** Merges polygons that share edges into one geometry, dissolving the shared edges. */
export function mergePolygons(geometries: readonly AreaGeometry[]): AreaGeometry {
  const collection: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry })),
  };
  const topo = topology({ parts: collection });
  const merged = merge(topo, (topo.objects['parts'] as GeometryCollection).geometries as never);
  const [only] = merged.coordinates;
  return merged.coordinates.length === 1 && only ? { type: 'Polygon', coordinates: only } : merged;
}

export interface OsmConversion {
  collection: OsmCommuneCollection;
  /** Relations of the crosswalk that the response lacks or could not be turned into an area. */
  problems: string[];
}

/**
 * Turns an Overpass JSON response (`out geom`) into one commune feature per 2025 code: keeps the
 * boundary relations listed in the crosswalk, maps relation id → code_2025, merges relations that
 * share a code, and names each commune from `names` (the 2025 unit list; the crosswalk's names are
 * those of 2023).
 */
export function osmResponseToCommunes(
  response: unknown,
  rows: readonly OsmCrosswalkRow[],
  options: { date: string; names: ReadonlyMap<string, string> },
): OsmConversion {
  const problems: string[] = [];
  const rowByRelation = new Map(rows.map((r) => [r.relationId, r]));
  const geojson = osmtogeojson(response);
  const byRelation = new Map<number, AreaGeometry>();
  for (const f of geojson.features) {
    const match = /^relation\/(\d+)$/.exec(String(f.id ?? ''));
    if (!match || !f.geometry) continue;
    const id = Number(match[1]);
    if (!rowByRelation.has(id)) continue;
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') {
      problems.push(
        `relation ${id}: came back as a ${f.geometry.type}, not an area — its outer ways do not close into rings on that date`,
      );
      continue;
    }
    byRelation.set(id, f.geometry);
  }
  const groups = new Map<string, OsmCrosswalkRow[]>();
  for (const row of rows) groups.set(row.code2025, [...(groups.get(row.code2025) ?? []), row]);
  const features: Feature<AreaGeometry, OsmCommuneProperties>[] = [];
  for (const [code, group] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const parts = group.flatMap((r) => {
      const g = byRelation.get(r.relationId);
      if (!g) {
        if (!problems.some((p) => p.startsWith(`relation ${r.relationId}:`))) {
          problems.push(
            `relation ${r.relationId} (${r.name}, code ${code}): not in the response — deleted or not a boundary on ${options.date}?`,
          );
        }
        return [];
      }
      return [g];
    });
    const [first] = parts;
    if (!first || parts.length < group.length) continue;
    const geometry = parts.length === 1 ? first : mergePolygons(parts);
    features.push({
      type: 'Feature',
      properties: {
        code,
        name: options.names.get(code) ?? group.find((r) => r.code === code)?.name ?? group[0]?.name ?? '',
        osm_relation_ids: group.map((r) => r.relationId).sort((a, b) => a - b),
        osm_date: options.date,
      },
      geometry: rewindForRfc7946(geometry),
    });
  }
  return {
    collection: { type: 'FeatureCollection', attribution: OSM_ATTRIBUTION, osm_date: options.date, features },
    problems,
  };
}
