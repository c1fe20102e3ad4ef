/**
 * Reading data/vintages/<id>/geo/map.topojson, the layout topology both the server-rendered SVG
 * and the Leaflet map (L.CRS.Simple) draw from. Coordinates are planar: x right, y down, origin
 * top-left, inside `bbox` = [0, 0, width, height].
 */
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { z } from 'zod';
import type { CommuneProperties, DistrictProperties, InsetProperties } from './map-shapes';

/** A Polygon (or, with `multi`, also MultiPolygon) geometry object with the given properties. */
const polygonGeometry = <P extends z.ZodType>(properties: P, multi: boolean) =>
  z.object({
    type: multi ? z.enum(['Polygon', 'MultiPolygon']) : z.literal('Polygon'),
    arcs: z.array(z.unknown()),
    properties,
  });

const collection = <G extends z.ZodType>(geometry: G) =>
  z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry) });

const districtProps = z.object({ code: z.string().regex(/^\d{3}$/), name: z.string().min(1) });
const communeProps = z.object({
  code: z.string().regex(/^\d{5}$/),
  districtCode: z
    .string()
    .regex(/^\d{3}$/)
    .optional(),
});
const insetProps = z.object({ id: z.string().min(1), label: z.string().min(1) });

/**
 * A light check of map.topojson's shape (not of every arc): a Topology whose `bbox` starts at 0,0,
 * with `insets` and either mosaic `tiles` (with `districts` outlines) or commune polygons `communes`
 * (or both: the polygons are drawn). A vintage without districts has no `districts` object.
 */
export const MapTopologySchema = z
  .object({
    type: z.literal('Topology'),
    bbox: z.tuple([z.literal(0), z.literal(0), z.number().positive(), z.number().positive()]),
    transform: z
      .object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) })
      .optional(),
    arcs: z.array(z.array(z.array(z.number()))),
    objects: z.object({
      districts: collection(polygonGeometry(districtProps, true)).optional(),
      insets: collection(polygonGeometry(insetProps, false)),
      tiles: collection(polygonGeometry(communeProps, false)).optional(),
      communes: collection(polygonGeometry(communeProps, true)).optional(),
    }),
  })
  .refine(
    (t) => (t.objects.tiles?.geometries.length ?? 0) + (t.objects.communes?.geometries.length ?? 0) > 0,
    'has neither commune polygons (communes) nor mosaic tiles (tiles) — run `npm run data:geo`',
  );
export type MapTopology = z.infer<typeof MapTopologySchema>;

/** What the pages draw: planar features of the layout map. */
export interface MapModel {
  width: number;
  height: number;
  /** 'polygons' when commune polygons are installed, else 'mosaic' (one square tile per commune). */
  view: 'mosaic' | 'polygons';
  /** District outlines; empty in a vintage without districts. */
  districts: Feature<Polygon | MultiPolygon, DistrictProperties>[];
  /** Commune polygons when installed, else the mosaic tiles. */
  communes: Feature<Polygon | MultiPolygon, CommuneProperties>[];
  insets: Feature<Polygon, InsetProperties>[];
}

/** Decodes one object of the topology into GeoJSON features. */
function featuresOf<G extends Polygon | MultiPolygon, P>(topology: Topology, name: string): Feature<G, P>[] {
  const object = topology.objects[name] as GeometryCollection | undefined;
  if (!object) return [];
  return feature(topology, object).features as Feature<G, P>[];
}

/**
 * Validates map.topojson (parsed JSON) and decodes it into planar GeoJSON features. Throws a zod
 * error when the shape is wrong (run `npm run data:geo` to regenerate the file).
 */
export function readMapModel(topology: unknown): MapModel {
  const parsed = MapTopologySchema.parse(topology);
  const topo = parsed as unknown as Topology;
  const hasCommunes = (parsed.objects.communes?.geometries.length ?? 0) > 0;
  return {
    width: parsed.bbox[2],
    height: parsed.bbox[3],
    view: hasCommunes ? 'polygons' : 'mosaic',
    districts: featuresOf(topo, 'districts'),
    communes: featuresOf(topo, hasCommunes ? 'communes' : 'tiles'),
    insets: featuresOf(topo, 'insets'),
  };
}
