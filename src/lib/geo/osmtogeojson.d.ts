/** Minimal typing of osmtogeojson (the package ships none): Overpass/OSM JSON → GeoJSON. */
declare module 'osmtogeojson' {
  import type { FeatureCollection } from 'geojson';
  export default function osmtogeojson(data: unknown, options?: { flatProperties?: boolean }): FeatureCollection;
}
