/**
 * The data concepts of the site, one zod schema each. The Astro build (via load.ts) and the
 * command-line scripts (import, illustrative data, geo) validate with these same schemas, so a file
 * that one accepts the other accepts too. Types are derived with `z.infer`, never written by hand.
 */
import { z } from 'zod';

/** A month key, `YYYY-MM` (e.g. `2025-03`). Months are the unit of the campaign's target. */
export const MonthKeySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month written YYYY-MM, e.g. 2025-03');

/** A calendar date, `YYYY-MM-DD`, as written in ISO 8601. */
export const IsoDateSchema = z.iso.date({ error: 'must be a date written YYYY-MM-DD, e.g. 2025-03-10' });

/** A 5-digit commune code from the GSO list (Danh mục đơn vị hành chính), e.g. `30742`. */
export const UnitCodeSchema = z.string().regex(/^\d{5}$/, 'must be a 5-digit GSO commune code, e.g. 30742');

/** A 3-digit GSO district code, e.g. `899` for Thành phố Rạch Giá. */
export const DistrictCodeSchema = z.string().regex(/^\d{3}$/, 'must be a 3-digit GSO district code, e.g. 899');

/** Commune-level unit types in the GSO list. */
export const UnitTypeSchema = z.enum(['Xã', 'Phường', 'Thị trấn']);

/** One commune-level unit of the boundary vintage the site is built on. */
export const UnitSchema = z.object({
  /** GSO commune code; the only key data is joined on. */
  code: UnitCodeSchema,
  /** Official name with its type prefix, NFC, e.g. "Phường Vĩnh Thanh Vân". */
  name: z.string().min(1),
  /** The type prefix of `name`. */
  type: UnitTypeSchema,
  /** GSO code of the district the unit belongs to. */
  districtCode: DistrictCodeSchema,
});
export type Unit = z.infer<typeof UnitSchema>;

/** One district-level unit (huyện, thành phố). */
export const DistrictSchema = z.object({
  code: DistrictCodeSchema,
  /** Official name with its type prefix, e.g. "Thành phố Rạch Giá". */
  name: z.string().min(1),
  type: z.enum(['Thành phố', 'Huyện', 'Thị xã']),
});
export type District = z.infer<typeof DistrictSchema>;

/** The official unit list (`data/units.json`), written by `npm run data:geo`. */
export const UnitListSchema = z
  .object({
    /** Province code and name, e.g. `91`, "Kiên Giang". */
    province: z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
    /** Date of the GSO list the units come from. */
    listDate: IsoDateSchema,
    /** Human-readable credit for the list, shown wherever units are published. */
    source: z.string().min(1),
    districts: z.array(DistrictSchema).min(1),
    units: z.array(UnitSchema).min(1),
  })
  .superRefine((list, ctx) => {
    const districtCodes = new Set(list.districts.map((d) => d.code));
    const seen = new Set<string>();
    list.units.forEach((unit, i) => {
      if (seen.has(unit.code)) {
        ctx.addIssue({ code: 'custom', path: ['units', i, 'code'], message: `duplicate unit code ${unit.code}` });
      }
      seen.add(unit.code);
      if (!districtCodes.has(unit.districtCode)) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', i, 'districtCode'],
          message: `unknown district ${unit.districtCode}`,
        });
      }
    });
  });
export type UnitList = z.infer<typeof UnitListSchema>;

/** The two series VNNIC publishes; the campaign is about `mobile`. */
export const SeriesSchema = z.enum(['mobile', 'fixed']);
export type Series = z.infer<typeof SeriesSchema>;

/**
 * Sample counts of one month, by commune code. A commune that is absent has **no data**;
 * it is never read as zero. Zero is a real count ("reported, nobody measured").
 */
export const CountsSchema = z.record(
  UnitCodeSchema,
  z.number().int('must be a whole number of samples').nonnegative('cannot be negative'),
);
export type Counts = z.infer<typeof CountsSchema>;

/** Where a month's figures came from. */
export const ProvenanceSchema = z.discriminatedUnion('kind', [
  z.object({
    /** Imported by `npm run import` from an official's spreadsheet. */
    kind: z.literal('import'),
    /** Base name of the imported file. */
    file: z.string().min(1),
    /** sha256 of the file's bytes, so the exact file can be identified later. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'must be a lowercase hex sha256'),
    /** Data rows read from the file for this month (header, title and total rows excluded). */
    rowsRead: z.number().int().nonnegative(),
    /** When the import ran (ISO 8601 date-time). */
    importedAt: z.iso.datetime({ offset: true }),
  }),
  z.object({
    /** Made up by `scripts/make-illustrative.ts`: NOT official figures. */
    kind: z.literal('generated'),
    script: z.string().min(1),
    /** Seed of the deterministic generator; the same seed gives the same numbers. */
    seed: z.number().int(),
  }),
]);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/** What one district reported for a month (letter, ask 3: samples, solutions, difficulties). */
export const DistrictReportSchema = z.object({
  districtCode: DistrictCodeSchema,
  /** The day the report reached the Sở (due on the 10th of the following month). */
  reportedOn: IsoDateSchema,
  /** Solutions deployed, as plain text written by the district (shown escaped). */
  solutions: z.string(),
  /** Difficulties met, as plain text written by the district (shown escaped). */
  difficulties: z.string(),
});
export type DistrictReport = z.infer<typeof DistrictReportSchema>;

/** One month of the campaign. */
export const MonthSchema = z.object({
  month: MonthKeySchema,
  /** The date the figures are valid for ("số liệu tính đến …"). */
  asOf: IsoDateSchema,
  /** Who published the figures, e.g. "VNNIC – hệ thống i-Speed, cổng dữ liệu cấp tỉnh". */
  source: z.string().min(1),
  /** True when the numbers are made up for demonstration; every page that shows them says so. */
  illustrative: z.boolean(),
  /** Counts per series. `mobile` is the campaign's series; `fixed` is optional. */
  counts: z.object({ mobile: CountsSchema, fixed: CountsSchema.optional() }),
  provenance: ProvenanceSchema,
  /** District reports for this month; empty until districts report. */
  reports: z.array(DistrictReportSchema).default([]),
});
export type Month = z.infer<typeof MonthSchema>;

/** The data JSON, `data/campaign.json`: everything the site shows about measurements. */
export const CampaignSchema = z
  .object({
    /** Province the campaign runs in. */
    province: z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) }),
    /** The boundary vintage of the unit codes. Never mix two vintages in one file. */
    vintage: z.object({
      /** Short id, e.g. `2025-01` for the 143-unit list valid 01/01/2025–30/06/2025. */
      id: z.string().min(1),
      /** Vietnamese description shown next to maps. */
      label: z.string().min(1),
      /** Number of commune-level units in this vintage. */
      unitCount: z.number().int().positive(),
    }),
    target: z.object({
      /** Samples per commune per month, from the letter: 300. */
      default: z.number().int().positive().default(300),
      /** Per-commune exceptions, by code. */
      overrides: z.record(UnitCodeSchema, z.number().int().positive()).default({}),
    }),
    /** Months in ascending order, each at most once. */
    months: z.array(MonthSchema),
  })
  .superRefine((campaign, ctx) => {
    campaign.months.forEach((m, i) => {
      const prev = campaign.months[i - 1];
      if (prev && prev.month >= m.month) {
        ctx.addIssue({
          code: 'custom',
          path: ['months', i, 'month'],
          message: `months must be in ascending order without repeats ("${m.month}" comes after "${prev.month}")`,
        });
      }
    });
  });
export type Campaign = z.infer<typeof CampaignSchema>;
/** What a campaign file looks like before defaults are applied (what the import writes). */
export type CampaignInput = z.input<typeof CampaignSchema>;
