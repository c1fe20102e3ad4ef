/**
 * Shared GeoJSON shapes of the geo pipeline. Geographic geometries are lon/lat (WGS84); "planar"
 * geometries are layout coordinates of data/vintages/<id>/geo/map.topojson (x right, y down,
 * origin top-left).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';

/** The only geometry types the maps draw. */
export type AreaGeometry = Polygon | MultiPolygon;

/** Properties of a district outline. */
export interface DistrictProperties {
  /** 3-digit GSO district code. */
  code: string;
  /** Official name with its type prefix, e.g. "Thành phố Rạch Giá". */
  name: string;
}

/** Properties of a commune shape (a mosaic tile or a commune polygon). */
export interface CommuneProperties {
  /** 5-digit GSO commune code. */
  code: string;
  /** 3-digit GSO code of its district; absent in a vintage without districts. */
  districtCode?: string | undefined;
}

/** Properties of an inset frame drawn on the layout map. */
export interface InsetProperties {
  /** Stable id, e.g. `tho-chau`. */
  id: string;
  /** Vietnamese caption shown next to the frame. */
  label: string;
}

export type DistrictFeature = Feature<AreaGeometry, DistrictProperties>;
export type CommuneFeature = Feature<AreaGeometry, CommuneProperties>;
export type InsetFeature = Feature<Polygon, InsetProperties>;
export type DistrictCollection = FeatureCollection<AreaGeometry, DistrictProperties>;

/** Axis-aligned box `[x0, y0, x1, y1]` (or `[lon0, lat0, lon1, lat1]`). */
export type Box = [number, number, number, number];

/** The polygons of a Polygon or MultiPolygon, as coordinate arrays (rings, outer ring first). */
export function polygonsOf(geometry: AreaGeometry): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** A Polygon when there is one part, a MultiPolygon otherwise. */
export function geometryFromPolygons(polygons: Position[][][]): AreaGeometry {
  const [only] = polygons;
  if (polygons.length === 1 && only) return { type: 'Polygon', coordinates: only };
  return { type: 'MultiPolygon', coordinates: polygons };
}

/**
 * An axis-aligned rectangle `w`×`h` (a square when `h` is left out). The ring runs (x, y) → (x+w, y)
 * → (x+w, y+h): counter-clockwise in lon/lat (RFC 7946 order), clockwise in the y-down layout
 * (d3's order), so the same rectangle serves test inputs and synthetic layout geometry.
 */
export function rectangle(x: number, y: number, w: number, h = w): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [x, y],
        [x + w, y],
        [x + w, y + h],
        [x, y + h],
        [x, y],
      ],
    ],
  };
}
