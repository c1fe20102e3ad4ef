/**
 * Checks a commune polygon file before it is turned into geo/communes.topojson: every unit of
 * the list present exactly once, no unknown code, every geometry a valid Polygon or MultiPolygon.
 * All problems are collected in one pass, one line each, in the form
 * `FILE: feature N (code X): problem — what to do` (N counts from 0, as in `features[N]`).
 */
import type { Position } from 'geojson';
import type { RetiredCode } from '../data/schema/geo-inputs';
import type { UnitList } from '../data/schema/units';
import { ringSignedArea } from './rewind';
import type { AreaGeometry } from '../data/map-shapes';
import type { Box } from './types';

/** At most this many missing codes get a line each; more are listed on one line. */
const MISSING_LINES_MAX = 10;

export interface CheckCommunesOptions {
  /** File name used in messages. */
  file: string;
  /** Feature property holding the 5-digit GSO code. */
  codeProperty: string;
  /** Lon/lat box `[lon0, lat0, lon1, lat1]` every polygon must touch (catches lat/lon swaps and metres). */
  extent?: Box;
  /** Codes the list dropped, by code (from the vintage's geo-inputs.json): named as such, with where to merge them. */
  retiredCodes?: Readonly<Record<string, RetiredCode>>;
}

/** One commune polygon that passed the checks (lon/lat, as found in the file). */
export interface CheckedCommune {
  code: string;
  /** Absent in a vintage without districts. */
  districtCode: string | undefined;
  name: string;
  geometry: AreaGeometry;
}

export interface CheckCommunesResult {
  communes: CheckedCommune[];
  /** Empty when the file is fine. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPosition = (p: unknown): p is Position =>
  Array.isArray(p) && p.length >= 2 && p.every((v) => typeof v === 'number' && Number.isFinite(v));
const show = (v: unknown): string => {
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
};

export interface GeometryCheckOptions {
  /** Coordinates must be lon/lat (|lon| ≤ 180, |lat| ≤ 90); false for layout coordinates. Default true. */
  lonLat?: boolean;
  /** Box `[x0, y0, x1, y1]` the geometry must touch. */
  extent?: Box | undefined;
}

/** Running lon/lat bounds of the valid rings, widened ring by ring. */
type Bounds = [number, number, number, number];

/** The problem of one ring (`where` names it), or undefined when it is valid. */
function ringProblem(ring: unknown, where: string, lonLat: boolean): string | undefined {
  if (!Array.isArray(ring)) return `${where} is not an array of positions — fix the export`;
  const bad = ring.findIndex((pos) => !isPosition(pos));
  if (bad >= 0) {
    return `${where} position ${bad} is not a pair of finite numbers (value: ${show(ring[bad])}) — fix or remove that vertex`;
  }
  const positions = ring as Position[];
  const outOfRange = lonLat ? positions.findIndex(([x = 0, y = 0]) => Math.abs(x) > 180 || Math.abs(y) > 90) : -1;
  if (outOfRange >= 0) {
    const [x = 0, y = 0] = positions[outOfRange] ?? [];
    const swapped = Math.abs(y) <= 180 && Math.abs(x) <= 90;
    return (
      `${where} position ${outOfRange} ${show(positions[outOfRange])} is not lon/lat — ` +
      (swapped
        ? 'it looks like [lat, lon]: write positions as [lon, lat] (RFC 7946)'
        : 'reproject the file to WGS84 (EPSG:4326)')
    );
  }
  if (positions.length < 4) {
    return `${where} has ${positions.length} positions, a ring needs at least 4 — remove the degenerate ring or fix the export`;
  }
  const first = positions[0] ?? [];
  const last = positions[positions.length - 1] ?? [];
  if (first[0] !== last[0] || first[1] !== last[1]) {
    return `${where} is not closed (first ${show(first)}, last ${show(last)}) — repeat the first position at the end`;
  }
  if (ringSignedArea(positions) === 0) return `${where} has zero area — remove it or fix the export`;
  return undefined;
}

/** Widens `bounds` to hold every position of a valid ring. */
function widen(bounds: Bounds, positions: readonly Position[]): void {
  for (const [x = 0, y = 0] of positions) {
    bounds[0] = Math.min(bounds[0], x);
    bounds[1] = Math.min(bounds[1], y);
    bounds[2] = Math.max(bounds[2], x);
    bounds[3] = Math.max(bounds[3], y);
  }
}

/** The problem of a geometry lying wholly outside `extent`, or undefined. */
function extentProblem([lon0, lat0, lon1, lat1]: Bounds, extent: Box): string | undefined {
  const [e0, f0, e1, f1] = extent;
  if (!(lon1 < e0 || lon0 > e1 || lat1 < f0 || lat0 > f1)) return undefined;
  return (
    `lies at lon ${lon0.toFixed(2)}–${lon1.toFixed(2)}, lat ${lat0.toFixed(2)}–${lat1.toFixed(2)}, outside the province ` +
    `(lon ${e0.toFixed(2)}–${e1.toFixed(2)}, lat ${f0.toFixed(2)}–${f1.toFixed(2)}) — check the coordinates are [lon, lat] in WGS84 (EPSG:4326)`
  );
}

/** The problem of a geometry's type and coordinates' shape, or its polygons when it has none. */
function geometryShape(geometry: unknown): { problem: string } | { type: string; polygons: unknown[] } {
  if (!isRecord(geometry)) return { problem: 'has no geometry — give every commune a Polygon or MultiPolygon' };
  const { type, coordinates } = geometry;
  if (type !== 'Polygon' && type !== 'MultiPolygon') {
    return {
      problem: `is a ${show(type)}, not a Polygon or MultiPolygon — export the commune as an area, not a line or point`,
    };
  }
  if (!Array.isArray(coordinates) || coordinates.length === 0) {
    return { problem: `${type} has no coordinates — export the commune's outline` };
  }
  return { type, polygons: type === 'Polygon' ? [coordinates] : coordinates };
}

/**
 * Problems of one geometry, as `problem — what to do` phrases (empty when valid): the type must be
 * Polygon or MultiPolygon, every ring closed with at least 4 finite positions and a non-zero area,
 * coordinates lon/lat, and (with `extent`) somewhere near the province.
 */
export function geometryProblems(geometry: unknown, options: GeometryCheckOptions = {}): string[] {
  const { lonLat = true, extent } = options;
  const shape = geometryShape(geometry);
  if ('problem' in shape) return [shape.problem];
  const { type, polygons } = shape;
  const problems: string[] = [];
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  polygons.forEach((rings, p) => {
    const where = (r: number): string => (type === 'Polygon' ? `ring ${r}` : `polygon ${p} ring ${r}`);
    if (!Array.isArray(rings) || rings.length === 0) {
      problems.push(`polygon ${p} has no rings — remove it or export its outline`);
      return;
    }
    rings.forEach((ring: unknown, r) => {
      const problem = ringProblem(ring, where(r), lonLat);
      if (problem) problems.push(problem);
      else widen(bounds, ring as Position[]);
    });
  });
  const outside = problems.length === 0 && extent ? extentProblem(bounds, extent) : undefined;
  if (outside) problems.push(outside);
  return problems;
}

/** Reads the code of a feature: a 5-digit string, or a whole number written without quotes. */
function codeOf(properties: unknown, codeProperty: string): string | undefined {
  if (!isRecord(properties)) return undefined;
  const value = properties[codeProperty];
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isInteger(value)) return String(value).padStart(5, '0');
  return undefined;
}

/**
 * The collection without the features of units that are not in the list, for a file that covers
 * more than the area (e.g. the polygons of a whole province, for the part of it the area covers).
 * Features without a readable code stay, so checkCommunes still reports them.
 */
export function onlyListedUnits(data: unknown, units: UnitList, codeProperty: string): unknown {
  if (!isRecord(data) || !Array.isArray(data['features'])) return data;
  const listed = new Set(units.units.map((u) => u.code));
  const features = (data['features'] as unknown[]).filter((f) => {
    const code = codeOf(isRecord(f) ? f['properties'] : undefined, codeProperty);
    return code === undefined || listed.has(code);
  });
  return { ...data, features };
}

/**
 * Checks a parsed commune GeoJSON against the unit list and collects every problem at once.
 * `communes` holds the features that passed, in unit-list order.
 */
export function checkCommunes(data: unknown, units: UnitList, options: CheckCommunesOptions): CheckCommunesResult {
  const { file, codeProperty, extent, retiredCodes = {} } = options;
  const problems: string[] = [];
  if (!isRecord(data) || data['type'] !== 'FeatureCollection' || !Array.isArray(data['features'])) {
    return {
      communes: [],
      problems: [
        `${file}: not a GeoJSON FeatureCollection — give a file of the form {"type": "FeatureCollection", "features": [...]}`,
      ],
    };
  }
  const features = data['features'] as unknown[];
  const unitsByCode = new Map(units.units.map((u) => [u.code, u]));
  const firstIndex = new Map<string, number>();
  const found = new Map<string, CheckedCommune>();
  features.forEach((feature, i) => {
    const properties = isRecord(feature) ? feature['properties'] : undefined;
    const code = codeOf(properties, codeProperty);
    const label = `${file}: feature ${i} (code ${code ?? '?'})`;
    if (!isRecord(feature) || feature['type'] !== 'Feature') {
      problems.push(`${label}: not a GeoJSON Feature — each entry of "features" needs "type": "Feature"`);
      return;
    }
    if (code === undefined) {
      const names = isRecord(properties) ? Object.keys(properties).slice(0, 8).join(', ') : '';
      problems.push(
        `${label}: no "${codeProperty}" property with the 5-digit GSO code — set --code-property to the property that holds it` +
          (names ? ` (this feature has: ${names})` : ' (this feature has no properties)'),
      );
    } else if (!unitsByCode.has(code)) {
      const retired = retiredCodes[code];
      problems.push(
        retired
          ? `${label}: code ${code} is the ${retired.note} — merge this polygon into the feature of ${retired.into}`
          : `${label}: code ${code} is not a unit of vintage ${units.vintage} (${units.units.length} units, list of ${units.listDate}) — check the code, or the boundary vintage of the file`,
      );
    } else if (firstIndex.has(code)) {
      problems.push(
        `${label}: code ${code} already used by feature ${firstIndex.get(code)} — merge the parts into one MultiPolygon feature`,
      );
    } else {
      firstIndex.set(code, i);
    }
    const geometryIssues = geometryProblems(feature['geometry'], { extent });
    for (const issue of geometryIssues) problems.push(`${label}: geometry ${issue}`);
    const unit = code === undefined ? undefined : unitsByCode.get(code);
    if (unit && code !== undefined && geometryIssues.length === 0 && !found.has(code)) {
      found.set(code, {
        code,
        districtCode: unit.districtCode,
        name: unit.name,
        geometry: feature['geometry'] as AreaGeometry,
      });
    }
  });
  const missing = units.units.filter((u) => !firstIndex.has(u.code));
  if (missing.length > 0 && missing.length <= MISSING_LINES_MAX) {
    for (const u of missing) {
      problems.push(
        `${file}: code ${u.code} (${u.name}): no feature — add its polygon; every unit of vintage ${units.vintage} needs exactly one`,
      );
    }
  } else if (missing.length > MISSING_LINES_MAX) {
    problems.push(
      `${file}: ${missing.length} of ${units.units.length} units have no feature: ${missing.map((u) => u.code).join(', ')} — ` +
        `every unit of vintage ${units.vintage} needs exactly one polygon; check the file covers the whole province and --code-property`,
    );
  }
  const communes = units.units.flatMap((u) => {
    const c = found.get(u.code);
    return c ? [c] : [];
  });
  return { communes, problems };
}
