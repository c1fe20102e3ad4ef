/**
 * How `npm run data:geo` builds one vintage (`<area>/vintages/<id>/geo-inputs.json`): source files,
 * the list's facts, island frames and retired codes.
 */
import { z } from 'zod';
import { IsoDateSchema, ProvinceSchema, UnitCodeSchema } from './keys';

/** A lon/lat box `[lon0, lat0, lon1, lat1]` (west, south, east, north). */
export const LonLatBoxSchema = z
  .tuple([z.number().min(-180).max(180), z.number().min(-90).max(90), z.number().min(-180).max(180), z.number().min(-90).max(90)])
  .refine(([x0, y0, x1, y1]) => x0 < x1 && y0 < y1, 'must be [west, south, east, north] with west < east and south < north');

/**
 * An island group the layout map draws in a frame of its own instead of at its real position
 * (e.g. an archipelago far off the coast, which would shrink the mainland into a corner).
 */
export const InsetSpecSchema = z.object({
  /** Stable id, stored in the frame's properties, e.g. `tho-chau`. */
  id: z.string().regex(/^[a-z0-9-]+$/, 'must be lowercase letters, digits and hyphens, e.g. tho-chau'),
  /** Vietnamese caption shown with the frame. */
  label: z.string().min(1),
  /** Polygon parts whose bounding-box centre lies in this lon/lat box move into the frame. */
  region: LonLatBoxSchema,
  /** Enlargement inside the frame (1 = map scale). */
  scale: z.number().positive(),
});
export type InsetSpec = z.infer<typeof InsetSpecSchema>;

/** A code that left the unit list before its date, and where its area went (for polygon files of another date). */
export const RetiredCodeSchema = z.object({
  /** The unit of the list that took over its area. */
  into: UnitCodeSchema,
  /** What the code was, in English, for data:geo's messages. */
  note: z.string().min(1),
});
export type RetiredCode = z.infer<typeof RetiredCodeSchema>;

/**
 * Where a vintage's unit list comes from. `file` is a CSV of the official list or an existing
 * units.json (whose own facts are then kept); the other fields are the list's facts the CSV lacks.
 */
const UnitListSourceSchema = z.object({
  /** Path from the project folder (where `npm run data:geo` runs), e.g. `../shared/geo/units.csv`. */
  file: z.string().min(1),
  province: ProvinceSchema,
  /** Date of the official list. */
  listDate: IsoDateSchema,
  /** Credit shown wherever the units are published. */
  source: z.string().min(1),
});

/** What every vintage's geo inputs share: the island frames of its map and the retired codes. */
const geoInputsCommon = {
  /** Island groups drawn in frames, placed left to right along the bottom of the map. */
  insets: z.array(InsetSpecSchema).default([]),
  /** Codes a polygon file may still use although the list dropped them, by code. */
  retiredCodes: z.record(UnitCodeSchema, RetiredCodeSchema).default({}),
};

/**
 * How `npm run data:geo` builds one vintage (`<area>/vintages/<id>/geo-inputs.json`): the source
 * files (paths from the project folder) and the area's facts the build needs. `districts`: a list
 * with districts drawn on district outlines with the commune mosaic (optionally commune polygons);
 * `communes`: a list without districts drawn with its commune polygons; `reference`: one province
 * of the national reference (written by `npm run area`).
 */
export const GeoInputsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('districts'),
    /** CSV columns code, name, type, district_code, district. */
    units: UnitListSourceSchema,
    /** District outlines, GeoJSON in lon/lat (properties district_code/district, or code/name). */
    districts: z.string().min(1),
    /** Optional commune polygons, GeoJSON in lon/lat; without them the map shows the mosaic. */
    communes: z.string().min(1).optional(),
    /** Property of the commune features holding the 5-digit GSO code. */
    codeProperty: z.string().min(1).default('code'),
    ...geoInputsCommon,
  }),
  z.object({
    kind: z.literal('communes'),
    /** CSV columns code, name, type, former_province, old_codes. */
    units: UnitListSourceSchema.extend({
      /** Keep only the rows of this former province; all rows when absent. */
      formerProvince: z.string().min(1).optional(),
      /** Write each unit's `formedFrom` (only when the area also has the previous vintage's list). */
      formedFrom: z.boolean(),
      /** Write each unit's `population` (columns population, area_km2), or the note why it is withheld. */
      population: z.boolean().optional(),
    }),
    /** Commune polygons, GeoJSON in lon/lat; features of units not in the list are left out. */
    communes: z.string().min(1),
    /** Property of the commune features holding the 5-digit GSO code. */
    codeProperty: z.string().min(1).default('code'),
    ...geoInputsCommon,
  }),
  z.object({
    kind: z.literal('reference'),
    /** Folder of the national reference, from the project folder, e.g. `reference/vn-2025`. */
    reference: z.string().min(1),
    /** The province's 2-digit code in the reference. */
    province: z.string().regex(/^\d{2}$/, 'must be a 2-digit province code, e.g. 91'),
    /** Island frames to draw instead of those chosen from the geometry (absent: chosen). */
    insets: z.array(InsetSpecSchema).optional(),
    retiredCodes: geoInputsCommon.retiredCodes,
  }),
]);
export type GeoInputs = z.infer<typeof GeoInputsSchema>;
export type DistrictGeoInputs = Extract<GeoInputs, { kind: 'districts' }>;
export type CommuneGeoInputs = Extract<GeoInputs, { kind: 'communes' }>;
export type ReferenceGeoInputs = Extract<GeoInputs, { kind: 'reference' }>;
