/**
 * The data JSON, `data/campaign.json`: months of sample counts per (vintage, code), optional speeds,
 * reports and the provenance of each month. What the import writes and the build publishes.
 */
import { z } from 'zod';
import { IsoDateSchema, MonthKeySchema, UnitCodeSchema, VintageIdSchema } from './keys';

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

/**
 * Median speeds of one unit in one month, as the month's file gave them (VNNIC's Atlas publishes
 * medians per place). Each measure is present only when the file had its column and a value in the
 * unit's row: a blank cell means "not measured", so the field is absent, never 0.
 */
export const UnitSpeedsSchema = z
  .object({
    /** Median download speed, in Mbps (megabits per second). */
    downloadMbps: z.number().nonnegative('cannot be negative').optional(),
    /** Median upload speed, in Mbps (megabits per second). */
    uploadMbps: z.number().nonnegative('cannot be negative').optional(),
    /** Median latency (ping), in milliseconds. */
    latencyMs: z.number().nonnegative('cannot be negative').optional(),
  })
  .strict()
  .refine(
    (s) => s.downloadMbps !== undefined || s.uploadMbps !== undefined || s.latencyMs !== undefined,
    'must hold at least one of downloadMbps, uploadMbps, latencyMs — leave the unit out when it has none',
  );
export type UnitSpeeds = z.infer<typeof UnitSpeedsSchema>;

/** The three speed measures, in the order every table and file lists them. */
export const SPEED_MEASURES = ['downloadMbps', 'uploadMbps', 'latencyMs'] as const;
export type SpeedMeasure = (typeof SPEED_MEASURES)[number];

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
    /** Made up by `scripts/fixtures/make-illustrative.ts`: NOT official figures. */
    kind: z.literal('generated'),
    script: z.string().min(1),
    /** Seed of the deterministic generator; the same seed gives the same numbers. */
    seed: z.number().int(),
  }),
]);
export type Provenance = z.infer<typeof ProvenanceSchema>;

/**
 * What one reporting unit reported for a month (letter, ask 3: samples, solutions, difficulties).
 * Reporting units follow the month's vintage: districts until 2025-06, communes from 2025-07.
 */
export const UnitReportSchema = z.object({
  /** Code of the reporting unit in the month's vintage: a district (3 digits) or a commune (5). */
  unit: z.string().regex(/^\d{3}(\d{2})?$/, 'must be a 3-digit district or 5-digit commune code'),
  /** The day the report reached the Sở (due on the 10th of the following month). */
  reportedOn: IsoDateSchema,
  /** Solutions deployed, as plain text written by the district (shown escaped). */
  solutions: z.string(),
  /** Difficulties met, as plain text written by the district (shown escaped). */
  difficulties: z.string(),
});
export type UnitReport = z.infer<typeof UnitReportSchema>;

/** One month of the campaign. */
export const MonthSchema = z.object({
  month: MonthKeySchema,
  /**
   * The boundary vintage of this month's codes. It is decided by the month's date (see area.json)
   * and written out so that the file alone keys every figure on (vintage, code).
   */
  vintage: VintageIdSchema,
  /** The date the figures are valid for ("số liệu tính đến …"). */
  asOf: IsoDateSchema,
  /** Who published the figures, e.g. "VNNIC – hệ thống i-Speed, cổng dữ liệu cấp tỉnh". */
  source: z.string().min(1),
  /** True when the numbers are made up for demonstration; every page that shows them says so. */
  illustrative: z.boolean(),
  /** Counts per series. `mobile` is the campaign's series; `fixed` is optional. */
  counts: z.object({ mobile: CountsSchema, fixed: CountsSchema.optional() }),
  /**
   * Median speeds per unit code, of the mobile series, when the month's file carried speed
   * columns; absent otherwise (a month "has speeds" only through this field). A unit without a
   * measured value is left out. Optional, so every data file written before it stays valid.
   */
  speeds: z.object({ mobile: z.record(UnitCodeSchema, UnitSpeedsSchema) }).optional(),
  provenance: ProvenanceSchema,
  /** Reports of the month's reporting units; empty until they report. */
  reports: z.array(UnitReportSchema).default([]),
});
export type Month = z.infer<typeof MonthSchema>;

/** The data JSON, `data/campaign.json`: everything the site shows about measurements. */
export const CampaignSchema = z
  .object({
    /**
     * sha256 (hex) of the canonical text (data/digest.ts) of the campaign this file was made
     * from, written by the import. Publishing refuses a file whose base is not the data it
     * replaces: it was made from stale data and would drop the months published since.
     */
    basedOn: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be a sha256 in lower-case hex')
      .optional(),
    /** Months in ascending order, each at most once, each on its own vintage. */
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
