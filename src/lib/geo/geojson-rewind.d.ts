/** Minimal typing of @mapbox/geojson-rewind (the package ships none): rewinds rings IN PLACE. */
declare module '@mapbox/geojson-rewind' {
  import type { GeoJSON } from 'geojson';
  /**
   * Winds every polygon's rings by the planar shoelace sign: with `clockwise` true, outer rings
   * clockwise and holes counter-clockwise (y up); false (the default) is the RFC 7946 order.
   * Mutates and returns `geojson`.
   */
  export default function rewind<T extends GeoJSON>(geojson: T, clockwise?: boolean): T;
}
