/**
 * Sources and licences of what the site publishes: the province's own figures' licence and each
 * vintage's `sources.json` (unit list, boundary files, populations).
 */
import { z } from 'zod';

/**
 * A licence as a Frictionless Data Package names one: an Open Definition id, a Vietnamese title
 * (shown on the data page) and the licence text's address.
 */
export const LicenceSchema = z.object({
  name: z.string().regex(/^[-a-zA-Z0-9._]+$/, 'must be an Open Definition licence id, e.g. CC-BY-4.0'),
  title: z.string().min(1),
  path: z.url({ error: 'must be the address of the licence text, e.g. https://creativecommons.org/licenses/by/4.0/' }),
});
export type Licence = z.infer<typeof LicenceSchema>;

/** The licence of the province's own figures when area.json names none (the README asks the owner to confirm). */
export const DEFAULT_DATA_LICENCE: Licence = {
  name: 'CC-BY-4.0',
  title: 'Creative Commons Ghi công 4.0 Quốc tế (CC BY 4.0)',
  path: 'https://creativecommons.org/licenses/by/4.0/',
};

/**
 * Where a published file comes from, and the licence that source gives. `unclear` where the source
 * states none (../shared/geo/SOURCES.md): a licence is never assumed.
 */
export const SourceSchema = z.object({
  /** Vietnamese credit, e.g. "Ranh giới xã 2025: sapnhap.bando.com.vn …". */
  title: z.string().min(1),
  /** Where the source can be found. */
  path: z.url().optional(),
  licence: z.union([LicenceSchema, z.literal('unclear')]),
  /** Vietnamese note on the licence, e.g. why it is unclear. */
  note: z.string().min(1).optional(),
});
export type Source = z.infer<typeof SourceSchema>;

/**
 * `data/vintages/<id>/sources.json`: the sources and licences of a vintage's unit list and of each
 * of its geometry files (by file name in geo/). Facts, kept as data: the open-data page, the data
 * package and the boundary files' metadata all read them from here.
 */
export const VintageSourcesSchema = z.object({
  units: z.array(SourceSchema).min(1),
  geo: z.record(z.string().regex(/^[a-z0-9-]+\.topojson$/, 'must be a file name of geo/, e.g. communes.topojson'), z.array(SourceSchema).min(1)),
  /** Where the units' `population` comes from; required when units.json carries populations. */
  population: z.array(SourceSchema).min(1).optional(),
});
export type VintageSources = z.infer<typeof VintageSourcesSchema>;
