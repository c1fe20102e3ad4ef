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

/** Commune-level unit types in the GSO lists (Đặc khu exists from 1 July 2025). */
export const UnitTypeSchema = z.enum(['Xã', 'Phường', 'Thị trấn', 'Đặc khu']);

/** Id of a boundary vintage: the month its unit list came into force, e.g. `2025-07`. */
export const VintageIdSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a vintage id written YYYY-MM, e.g. 2025-07');

/** A province: 2-digit GSO code and name, e.g. `91`, "An Giang". */
export const ProvinceSchema = z.object({ code: z.string().regex(/^\d{2}$/), name: z.string().min(1) });

/**
 * One commune-level unit of one boundary vintage. A code is only meaningful together with its
 * vintage: codes of 2025-07 re-use codes of 2025-01 for other communes.
 */
export const UnitSchema = z.object({
  /** GSO commune code, unique within the vintage (never across vintages). */
  code: UnitCodeSchema,
  /** Official name with its type prefix, NFC, e.g. "Phường Vĩnh Thanh Vân". */
  name: z.string().min(1),
  /** The type prefix of `name`. */
  type: UnitTypeSchema,
  /** GSO code of the district the unit belongs to; absent in vintages without districts (2025-07). */
  districtCode: DistrictCodeSchema.optional(),
  /**
   * Codes, in the previous vintage of the area, of the units merged into this one (the crosswalk).
   * Absent when the area has no previous vintage or the unit list does not say.
   */
  formedFrom: z.array(UnitCodeSchema).optional(),
  /**
   * Residents, as the vintage's population source states them (sources.json `population`), only
   * when the figure passed the plausibility checks of src/lib/geo/population.ts.
   */
  population: z.number().int().positive().optional(),
  /** Why a stated population is withheld (Vietnamese, shown next to "—"); never with `population`. */
  populationNote: z.string().min(1).optional(),
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

/**
 * The official unit list of one vintage (`data/vintages/<id>/units.json`), written by
 * `npm run data:geo`. With districts (2025-01) every unit names one; without (2025-07) none does.
 */
export const UnitListSchema = z
  .object({
    /** The boundary vintage this list belongs to. */
    vintage: VintageIdSchema,
    /** Province code and name, e.g. `91`, "Kiên Giang". */
    province: ProvinceSchema,
    /** Date of the GSO list the units come from. */
    listDate: IsoDateSchema,
    /** Human-readable credit for the list, shown wherever units are published. */
    source: z.string().min(1),
    /** District-level units; empty in a vintage without districts. */
    districts: z.array(DistrictSchema),
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
      if (list.districts.length > 0 && (unit.districtCode === undefined || !districtCodes.has(unit.districtCode))) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', i, 'districtCode'],
          message: `unknown district ${unit.districtCode ?? '(none)'} — every unit of a list with districts names one of them`,
        });
      }
      if (list.districts.length === 0 && unit.districtCode !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['units', i, 'districtCode'],
          message: 'this list has no districts — remove districtCode',
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
 * `communes`: a list without districts drawn with its commune polygons.
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
]);
export type GeoInputs = z.infer<typeof GeoInputsSchema>;
export type DistrictGeoInputs = Extract<GeoInputs, { kind: 'districts' }>;
export type CommuneGeoInputs = Extract<GeoInputs, { kind: 'communes' }>;
