/**
 * What the staff page and its worker say to each other. Only plain data crosses: the file's bytes
 * go in (transferred, not copied), lines, problems and the preview come out.
 */
import type { Line } from '../../lib/import/check';
import type { Problem } from '../../lib/import/problems';
import type { ImportPreview } from '../../lib/model/import-preview';

/** The preview the page shows: the month's figures and its map picture (SVG document text). */
export interface StaffPreview extends ImportPreview {
  svg: string;
}

/** Where the published data is (from the page's JSON island, with the site's base path applied). */
export interface DataUrls {
  campaign: string;
  /** Per vintage id: its unit list and its map layout. */
  vintages: Array<{ id: string; units: string; map: string }>;
}

/** The options the command has, as the form gives them. */
export interface PageOptions {
  month?: string | undefined;
  sheet?: string | undefined;
  blankIsNoData: boolean;
  source?: string | undefined;
  asOf?: string | undefined;
  replace: boolean;
}

export interface CheckRequest {
  /** The check's id: its answer carries it, so only the newest check's answer is shown. */
  id: number;
  name: string;
  bytes: ArrayBuffer;
  options: PageOptions;
  /** The page's "now" (ISO), so the import's date and time are the page's. */
  now: string;
  urls: DataUrls;
  /** /du-lieu/campaign.json as published now (fetched by the page for this check, past every cache). */
  published: string;
}

/** A file the page refuses before the import reads it (too large, an expanding zip, data not loaded). */
export interface Refusal {
  id: number;
  kind: 'refused';
  message: string;
}

/** A failure of the page itself, not of the file: said as such, with what to report. */
export interface Bug {
  id: number;
  kind: 'bug';
  /** The error as the browser gives it, for the report. */
  detail: string;
}

export interface CheckReply {
  id: number;
  kind: 'checked';
  exitCode: 0 | 1;
  lines: Line[];
  problems: Problem[];
  warnings: Problem[];
  /** Progress lines (header row, month and where it came from, rows matched…). */
  progress: string[];
  stats?: { rowsRead: number; matched: number; unmatched: number; totalRows: number; reportRows: number } | undefined;
  removedIllustrative: string[];
  /** Months added or replaced, and months whose reports were imported. */
  months: Array<{ month: string; action: 'added' | 'replaced' }>;
  reportMonths: string[];
  text?: string | undefined;
  preview?: StaffPreview | undefined;
}

export type WorkerReply = Refusal | Bug | CheckReply;
