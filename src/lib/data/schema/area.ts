/**
 * What the site covers, `data/area.json`: the area's names, province, owner, target and its boundary
 * vintages. A campaign area is data, not code.
 */
import { z } from 'zod';
import { IsoDateSchema, ProvinceSchema, UnitCodeSchema, VintageIdSchema } from './keys';
import { DEFAULT_DATA_LICENCE, LicenceSchema } from './sources';

/** One boundary vintage the area's figures are published on. */
export const VintageSchema = z.object({
  id: VintageIdSchema,
  /** Vietnamese description shown next to maps, e.g. "48 xã, phường, đặc khu từ 01/07/2025". */
  label: z.string().min(1),
  /** First day the unit list was in force. Months before the first vintage also use the first one. */
  validFrom: IsoDateSchema,
  /** Last day in force; null while it is the current list. */
  validTo: IsoDateSchema.nullable(),
  /** Who reports each month in this vintage: districts (before 07/2025) or communes. */
  reportingUnit: z.enum(['district', 'commune']),
  /** The legal act that created the units (shown on unit pages), e.g. "Nghị quyết 1654/NQ-UBTVQH15 (16/6/2025)". */
  act: z.string().min(1).optional(),
  /** Credit for the unit boundaries drawn on the map (licence as its source asks). */
  boundarySource: z.string().min(1),
  /**
   * How the site names this vintage's units (see src/lib/text/unit-noun.ts): `one` for one unit
   * ("xã", "đơn vị cấp xã"), `kinds` for the list of kinds ("xã, phường, thị trấn").
   */
  unitNoun: z.object({ one: z.string().min(1), kinds: z.string().min(1) }).optional(),
});
export type Vintage = z.infer<typeof VintageSchema>;

/** What the site covers (`data/area.json`): a campaign area is data, not code. */
export const AreaSchema = z
  .object({
    /** Short name used in titles, e.g. "Kiên Giang (cũ)". */
    name: z.string().min(1),
    /** Full name for first mentions, e.g. "Kiên Giang (cũ), tỉnh An Giang". */
    fullName: z.string().min(1),
    /** Province the area belongs to today. */
    province: ProvinceSchema,
    /** The body that runs the campaign and publishes the site (shown in the footer). */
    owner: z.string().min(1),
    target: z.object({
      /** Samples per commune per month, as the campaign's letter asks (e.g. 300). */
      default: z.number().int().positive(),
      /** Per-commune exceptions, by vintage then code. */
      overrides: z.record(VintageIdSchema, z.record(UnitCodeSchema, z.number().int().positive())).default({}),
    }),
    /** Boundary vintages, oldest first; the last one is current. */
    vintages: z.array(VintageSchema).min(1),
    /** Licence of the province's own figures (counts, reports) in the open data. */
    dataLicence: LicenceSchema.default(DEFAULT_DATA_LICENCE),
  })
  .superRefine((area, ctx) => {
    area.vintages.forEach((v, i) => {
      const prev = area.vintages[i - 1];
      if (prev && (prev.validTo === null || prev.validTo >= v.validFrom)) {
        ctx.addIssue({
          code: 'custom',
          path: ['vintages', i, 'validFrom'],
          message: `vintages must follow each other: ${prev.id} must end (validTo) before ${v.id} starts`,
        });
      }
    });
  });
export type Area = z.infer<typeof AreaSchema>;
/** area.json as written (defaults not yet applied). */
export type AreaInput = z.input<typeof AreaSchema>;
