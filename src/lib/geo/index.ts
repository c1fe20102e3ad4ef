/**
 * What pages and components use from the geo code: reading the layout map and drawing it. The
 * pipeline modules (build-geo-data, topology, mosaic, osm, validate-communes, units-csv) are for
 * scripts/ and are imported from their own files.
 */
export { MapTopologySchema, readMapModel, type MapModel, type MapTopology } from './map-model';
export { centroid, svgPath } from './svg-path';
export type { AreaGeometry, CommuneProperties, DistrictProperties, InsetProperties } from './types';
