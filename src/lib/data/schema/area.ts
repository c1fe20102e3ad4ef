/**
 * What the site covers, `data/area.json`: the area's names, province, owner, target and its boundary
 * vintages. A campaign area is data, not code.
 */
import { z } from 'zod';
import { IsoDateSchema, MonthKeySchema, ProvinceSchema, UnitCodeSchema, VintageIdSchema } from './keys';
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

/** A document cited as the campaign's basis: number, date, issuer and subject, as published. */
export const LegalDocumentSchema = z.object({
  /** The document's number, e.g. "1428/UBND-KGVX". */
  number: z.string().min(1),
  date: IsoDateSchema,
  /** Who issued it, e.g. "Ủy ban nhân dân tỉnh Kiên Giang". */
  issuer: z.string().min(1),
  /** Its subject (trích yếu), in Vietnamese. */
  subject: z.string().min(1),
});
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;

/**
 * When the province's letter asks for the monthly reports. Only a letter sets a rhythm: a province
 * without one shows no deadline, no late report and no expected date until its owner enters them.
 */
export const ReportingSchema = z.object({
  /** The letter's own words, quoted on the pages, e.g. "trước ngày 20/02/2025, sau đó định kỳ ngày 10 của tháng tiếp theo". */
  quote: z.string().min(1),
  /** Who the reports go to, e.g. "Sở Thông tin và Truyền thông". */
  recipient: z.string().min(1),
  /** A first deadline for every month up to and including `lastMonth` (e.g. 20/02/2025 for months up to 2025-01). */
  first: z.object({ date: IsoDateSchema, lastMonth: MonthKeySchema }).optional(),
  /** The day of the following month each later month's report is due (e.g. 10). */
  dayOfNextMonth: z.number().int().min(1).max(28),
});
export type Reporting = z.infer<typeof ReportingSchema>;

/**
 * The province's own letter asking for the campaign (e.g. its Sở's reminder), as the site cites
 * it. Never invented: absent, the site cites the ministry's letters only.
 */
export const ProvinceLetterSchema = z.object({
  /** Who sent it, e.g. "Sở Thông tin và Truyền thông tỉnh Kiên Giang". */
  issuer: z.string().min(1),
  /** The letter's number, when known. */
  number: z.string().min(1).optional(),
  /** Its date, when known (else only the year is cited). */
  date: IsoDateSchema.optional(),
  year: z.number().int().min(2000).max(2100),
  /** Its subject (trích yếu), e.g. "Đôn đốc triển khai … (lần 2)". */
  subject: z.string().min(1),
  /** What it asks, in one Vietnamese paragraph (shown under "Căn cứ" on the home page). */
  asks: z.string().min(1),
  /** What it found so far, in one Vietnamese sentence (the sample press article quotes it). */
  findings: z.string().min(1).optional(),
  /** What a report must hold, e.g. ["số mẫu đo", "các giải pháp đã triển khai", …]. */
  reportContents: z.array(z.string().min(1)).min(1).optional(),
  /** When reports are due; absent when the letter sets no rhythm. */
  reporting: ReportingSchema.optional(),
  /** The province's own documents the letter rests on (the ministry's are the site's, config/legal.ts). */
  cites: z.array(LegalDocumentSchema).default([]),
  /** Doubts about how the letter cites a document (shown on the about page), by document number. */
  notes: z.array(z.object({ number: z.string().min(1), note: z.string().min(1) })).default([]),
});
export type ProvinceLetter = z.infer<typeof ProvinceLetterSchema>;

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
    /** The province's own letter (and its reporting rhythm); absent until its owner enters it. */
    letter: ProvinceLetterSchema.optional(),
    /**
     * How the area's units came to be, one paragraph each in Vietnamese and English (the about
     * page, the officials' texts, /en/), e.g. which provinces were merged on 1 July 2025.
     */
    boundaryHistory: z.object({ vi: z.string().min(1), en: z.string().min(1) }).optional(),
    /**
     * Full names the area had before a change of name (not of boundary), oldest first, each with
     * its last day: a page about a month says the name in force on the month's first day.
     */
    formerNames: z.array(z.object({ fullName: z.string().min(1), until: IsoDateSchema })).min(1).optional(),
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
