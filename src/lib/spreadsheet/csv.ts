/**
 * CSV and Excel "Unicode text" exports → rows. The delimiter (comma, semicolon or tab) is chosen by
 * parsing the top of the file with each and keeping the one under which a header row is recognised,
 * so a comma inside a title or a name never decides it. Parsing itself is csv-parse's.
 */
import { parse, type Options } from 'csv-parse/sync';
import { both } from '../text/messages';
import { FILE } from './messages';
import { decodeText } from './decode';
import { findHeader, HEADER_SEARCH_ROWS } from './header';
import { SpreadsheetError, type SheetRow, type Workbook } from './types';

export type Delimiter = ',' | ';' | '\t';
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];

/**
 * Parses `text` into rows. `width` is the header row's number of cells: csv-parse builds an error
 * object for every row whose length differs from the *first* row's (a title row), even when told to
 * accept such rows, which makes a 10,000-row file several times slower. So a first line of `width`
 * empty cells is put in front and its record dropped: data rows then match it. Stack traces are off
 * meanwhile, so the remaining rows of another length stay cheap too.
 */
function parseRows(text: string, delimiter: Delimiter, options: { toLine?: number; width?: number } = {}): SheetRow[] {
  const lineEnd = /\r\n|\n|\r/u.exec(text)?.[0] ?? '\n';
  const padded = options.width !== undefined && options.width > 1;
  const input = padded ? `${delimiter.repeat((options.width ?? 1) - 1)}${lineEnd}${text}` : text;
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  let records: string[][];
  try {
    const csvOptions: Options = {
      delimiter,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: false,
      ...(options.toLine === undefined ? {} : { to_line: options.toLine }),
    };
    records = parse(input, csvOptions);
  } catch (e) {
    const err = e as Error & { lines?: number };
    if (padded && typeof err.lines === 'number') err.lines -= 1;
    throw err;
  } finally {
    Error.stackTraceLimit = limit;
  }
  if (padded) records.shift();
  // csv-parse gives one record per spreadsheet row (an empty line is a record of one empty cell),
  // so the record's position is the row number Excel shows.
  return records.map((cells, i) => ({ row: i + 1, cells }));
}

/** Picks the delimiter under which the header row is recognised best, and that row's width. */
export function detectDelimiter(text: string): Delimiter | undefined {
  return detect(text)?.delimiter;
}

function detect(text: string): { delimiter: Delimiter; width: number } | undefined {
  let best: { delimiter: Delimiter; width: number } | undefined;
  let bestScore = 0;
  for (const delimiter of DELIMITERS) {
    try {
      const rows = parseRows(text, delimiter, { toLine: HEADER_SEARCH_ROWS });
      const header = findHeader(rows);
      const score = header ? Object.keys(header.columns).length : 0;
      if (header && score > bestScore) {
        best = { delimiter, width: rows[header.index]?.cells.length ?? 1 };
        bestScore = score;
      }
    } catch {
      // Not this delimiter.
    }
  }
  return best;
}

/** Reads a CSV/TSV file's bytes as a one-sheet workbook. */
export function readCsv(bytes: Uint8Array, name: string): Workbook {
  const { text, encoding } = decodeText(bytes);
  const found = detect(text);
  if (!found) {
    // Parse anyway (comma) so the header problem is reported with the file's own rows.
    return {
      format: 'csv',
      description: both(FILE.csvDescription, encoding, undefined),
      sheets: [{ name, rows: safeRows(text, ',') }],
    };
  }
  return {
    format: 'csv',
    description: both(FILE.csvDescription, encoding, found.delimiter),
    sheets: [{ name, rows: safeRows(text, found.delimiter, found.width) }],
  };
}

function safeRows(text: string, delimiter: Delimiter, width?: number): SheetRow[] {
  try {
    return parseRows(text, delimiter, width === undefined ? {} : { width });
  } catch (e) {
    const err = e as Error & { lines?: number };
    throw new SpreadsheetError(both(FILE.csvUnreadable, err.lines, err.message));
  }
}
