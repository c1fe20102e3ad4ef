/**
 * The shapes of the map files (data/vintages/<id>/geo/*.topojson) once decoded: district outlines,
 * commune shapes and inset frames with their properties. Geographic geometries are lon/lat (WGS84);
 * "planar" geometries are layout coordinates of map.topojson (x right, y down, origin top-left).
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

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
