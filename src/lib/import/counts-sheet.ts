/**
 * A sheet of sample counts → counts per month and commune, with every problem of the sheet found
 * in one pass (nothing stops at the first error). Pure: the sheet, the unit list and the options
 * go in; months, problems and warnings come out.
 */
import { formatNumber } from '../format';
import { splitDistrictName, UnitMatcher, type CommuneMatch } from '../names';
import type { Unit } from '../schema';
import type { Header, Role } from '../spreadsheet/header';
import { isTotalRow } from '../spreadsheet/title';
import { cellText, columnLetter, isBlank, type CellValue, type Sheet } from '../spreadsheet/types';
import { parseCount } from './count';
import { futureMonthProblems, monthSource } from './month';
import { headerTexts, locator, type Problem } from './problems';

export type SeriesKey = 'mobile' | 'fixed';

export interface ImportedMonth {
  month: string;
  /** Counts by series, by commune code. A commune without a count is absent (no data). */
  counts: { mobile: Map<string, number>; fixed?: Map<string, number> };
  /** Data rows read for this month (title, header, group and total rows excluded). */
  rowsRead: number;
  /** Row of each commune, for messages. */
  rowOf: Map<string, number>;
}

export interface CountsSheetOptions {
  matcher: UnitMatcher;
  /** --month, already checked to be YYYY-MM. */
  optionMonth?: string | undefined;
  /** The current month by the injected clock. */
  currentMonth: string;
  /** Store a blank count as "no data" instead of failing. */
  blankIsNoData: boolean;
  /** Name of the sheet in messages (only for a sheet other than a workbook's first). */
  sheetLabel?: string | undefined;
}

export interface CountsSheetResult {
  months: Map<string, ImportedMonth>;
  problems: Problem[];
  warnings: Problem[];
  stats: { rowsRead: number; matched: number; unmatched: number; totalRows: number; blankCounts: number };
  /** How the month was found, for the progress line. */
  monthFrom: string;
}

const SERIES_ROLE: Record<SeriesKey, Role> = { mobile: 'count', fixed: 'fixedCount' };

export function unitLabel(unit: Unit): string {
  return `${unit.name} (${unit.code})`;
}

function withDistrict(unit: Unit, matcher: UnitMatcher): string {
  return `${unit.name} (${unit.code}, ${matcher.districtsByCode.get(unit.districtCode)?.name ?? unit.districtCode})`;
}

function listWithAnd(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

/** Code cell → 5-digit code text ("30742", 30742 → "30742"); undefined when it is not a code at all. */
function codeText(cell: CellValue | undefined): string | undefined {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0) return String(cell).padStart(5, '0');
  const t = cellText(cell).replace(/\s+/gu, '');
  if (/^\d{1,5}$/u.test(t)) return t.padStart(5, '0');
  return t === '' ? undefined : t;
}

/** Problem text of a failed commune-name match. */
export function communeMatchProblem(
  name: string,
  match: Exclude<CommuneMatch, { kind: 'ok' }>,
  matcher: UnitMatcher,
  districtCode: string | undefined,
  hasDistrictColumn: boolean,
): { problem: string; todo: string } {
  const districtName = districtCode ? matcher.districtsByCode.get(districtCode)?.name : undefined;
  if (match.kind === 'ambiguous') {
    const sameDistrict = match.candidates.every((u) => u.districtCode === match.candidates[0]?.districtCode);
    return {
      problem: `"${name}" is the name of ${match.candidates.length} communes: ${listWithAnd(match.candidates.map((u) => withDistrict(u, matcher)))}`,
      todo: sameDistrict
        ? `write the type before the name (${listWithAnd([...new Set(match.candidates.map((u) => `"${u.name}"`))])}) or give the code in a "Mã ĐVHC" column`
        : `add a "Huyện" column with the district, or give the code in a "Mã ĐVHC" column`,
    };
  }
  const [elsewhere] = match.elsewhere;
  if (elsewhere && districtName) {
    return {
      problem: `"${name}" is not in ${districtName}; the unit list has ${listWithAnd(match.elsewhere.map((u) => withDistrict(u, matcher)))}`,
      todo: 'correct the district or the commune name',
    };
  }
  const where = districtName ? ` in ${districtName}` : '';
  const closest = match.suggestions.map((u) => withDistrict(u, matcher)).join(', ');
  return {
    problem: `unknown commune "${name}"${where}`,
    todo: `correct the name (closest: ${closest})${hasDistrictColumn ? '' : ' or give the code in a "Mã ĐVHC" column'}`,
  };
}

/** Reads the data rows of a counts sheet whose header row has been found. */
export function readCountsSheet(sheet: Sheet, header: Header, options: CountsSheetOptions): CountsSheetResult {
  const { matcher, sheetLabel } = options;
  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const stats = { rowsRead: 0, matched: 0, unmatched: 0, totalRows: 0, blankCounts: 0 };
  const cols = header.columns;
  const at = locator(sheetLabel);

  // Columns that must exist.
  const headerCells = headerTexts(sheet, header.index);
  if (cols.count === undefined) {
    problems.push({
      ...at(header.row),
      problem: `no count column in the header row (${headerCells.join(', ')})`,
      todo: 'name the column of sample counts "Số mẫu đo" (or "Số mẫu", "samples")',
    });
  }
  if (cols.commune === undefined && cols.code === undefined) {
    problems.push({
      ...at(header.row),
      problem: `no commune column in the header row (${headerCells.join(', ')})`,
      todo: 'name the column of commune names "Xã/Phường/Thị trấn" (or the column of codes "Mã ĐVHC")',
    });
  }
  for (const { role, columns } of header.repeated) {
    if (role === 'stt') continue;
    problems.push({
      ...at(header.row, columns[1]),
      problem: `two columns are headed like "${header.labels[role] ?? role}" (${columns.map(columnLetter).join(' and ')})`,
      todo: 'rename or delete one of them so each kind of data has one column',
    });
  }
  const months = new Map<string, ImportedMonth>();
  const month = monthSource(sheet, header, options.optionMonth, sheetLabel);
  problems.push(...month.problems);
  if (cols.count === undefined || (cols.commune === undefined && cols.code === undefined)) {
    return { months, problems, warnings, stats, monthFrom: month.describe };
  }

  const series = (Object.keys(SERIES_ROLE) as SeriesKey[]).filter((s) => cols[SERIES_ROLE[s]] !== undefined);
  const labelColumns = [cols.stt, cols.code, cols.commune, cols.district, 0].filter(
    (c): c is number => c !== undefined,
  );
  const firstRowOfMonth = new Map<string, { row?: number | undefined; column?: string | undefined }>();

  /** Sums since the last total row, per series, to check the total against. */
  let sums: Record<SeriesKey, number> = { mobile: 0, fixed: 0 };
  /** District group rows ("Huyện An Biên" with its subtotal) and the rows under them. */
  let group:
    | {
        district: string;
        name: string;
        row: number;
        totals: Partial<Record<SeriesKey, number>>;
        sums: Record<SeriesKey, number>;
      }
    | undefined;
  let lastDistrict: { code: string; row: number } | undefined;
  let afterTotal = false;

  const closeGroup = (): void => {
    if (!group) return;
    for (const s of series) {
      const stated = group.totals[s];
      if (stated !== undefined && stated !== group.sums[s]) {
        warnings.push({
          ...at(group.row, cols[SERIES_ROLE[s]]),
          problem: `the subtotal of ${group.name} says ${formatNumber(stated)} but its rows add up to ${formatNumber(group.sums[s])}`,
          todo: 'check the file; the commune rows are imported, the subtotal is not',
        });
      }
    }
    group = undefined;
  };

  for (let i = header.index + 1; i < sheet.rows.length; i += 1) {
    const sheetRow = sheet.rows[i];
    if (!sheetRow) continue;
    const { row, cells } = sheetRow;
    const get = (role: Role): CellValue | undefined => {
      const c = cols[role];
      return c === undefined ? undefined : cells[c];
    };
    const countCells = series.map((s) => get(SERIES_ROLE[s]));
    const nameCell = get('commune');
    const codeCell = get('code');
    if (isBlank(nameCell ?? null) && isBlank(codeCell ?? null) && countCells.every((c) => isBlank(c ?? null))) continue;

    // Total row: check it against the rows since the previous total, then skip it.
    if (isTotalRow(cells, labelColumns)) {
      closeGroup();
      stats.totalRows += 1;
      afterTotal = true;
      series.forEach((s, k) => {
        const parsed = parseCount(countCells[k] ?? null);
        if (parsed.ok && parsed.value !== sums[s]) {
          warnings.push({
            ...at(row, cols[SERIES_ROLE[s]]),
            problem: `the total row says ${formatNumber(parsed.value)} but the rows above add up to ${formatNumber(sums[s])}`,
            todo: 'check the file; the rows are imported, the total row is not',
          });
        } else if (!parsed.ok && !parsed.blank) {
          warnings.push({
            ...at(row, cols[SERIES_ROLE[s]]),
            problem: `the total row's ${parsed.problem}`,
            todo: 'the total row is not imported; check the file',
          });
        }
      });
      sums = { mobile: 0, fixed: 0 };
      continue;
    }
    const nameText = cellText(nameCell ?? null);
    const codeValue = codeText(codeCell ?? null);

    // Below a total row, rows without any count and not naming a commune are the footer
    // (signatures, notes, the date of the document).
    if (
      afterTotal &&
      countCells.every((c) => isBlank(c ?? null)) &&
      codeValue === undefined &&
      matcher.matchCommune(nameText).kind === 'unknown'
    ) {
      continue;
    }

    // District group row: "Huyện An Biên" (or "TP. Rạch Giá") in the commune column.
    if (codeValue === undefined && nameText !== '' && splitDistrictName(nameText).type) {
      const d = matcher.matchDistrict(nameText);
      if (d.kind === 'ok' && matcher.matchCommune(nameText).kind !== 'ok') {
        closeGroup();
        const totals: Partial<Record<SeriesKey, number>> = {};
        series.forEach((s, k) => {
          const parsed = parseCount(countCells[k] ?? null);
          if (parsed.ok) totals[s] = parsed.value;
        });
        group = { district: d.district.code, name: d.district.name, row, totals, sums: { mobile: 0, fixed: 0 } };
        continue;
      }
    }

    // A data row.
    stats.rowsRead += 1;
    const m = month.forRow(cells, row);
    let rowMonth: string | undefined;
    if ('problem' in m) problems.push(m.problem);
    else if ('month' in m) {
      rowMonth = m.month;
      if (!firstRowOfMonth.has(rowMonth)) {
        firstRowOfMonth.set(
          rowMonth,
          cols.month !== undefined
            ? { row, column: columnLetter(cols.month) }
            : { row: month.title?.row, column: month.title?.column },
        );
      }
    }

    // District of the row: its own cell, the cell above it (merged cells), or its group row.
    let districtCode: string | undefined;
    let districtOk = true;
    const districtCell = get('district') ?? get('districtCode');
    const districtCol = cols.district ?? cols.districtCode;
    if (districtCol !== undefined && !isBlank(districtCell ?? null)) {
      const d = matcher.matchDistrict(cellText(districtCell ?? null));
      if (d.kind === 'ok') {
        districtCode = d.district.code;
        lastDistrict = { code: districtCode, row };
      } else {
        districtOk = false;
        const text = cellText(districtCell ?? null);
        problems.push({
          ...at(row, districtCol),
          problem:
            d.kind === 'ambiguous'
              ? `district "${text}" matches ${d.candidates.map((x) => x.name).join(' and ')}`
              : `unknown district "${text}"`,
          todo: `correct the district name (closest: ${(d.kind === 'ambiguous' ? d.candidates : d.suggestions).map((x) => `${x.name} (${x.code})`).join(', ')})`,
        });
      }
    } else if (districtCol !== undefined && lastDistrict) {
      districtCode = lastDistrict.code;
    } else if (group) {
      districtCode = group.district;
    }

    // The commune: by code when there is one, else by name within the district.
    let unit: Unit | undefined;
    if (codeValue !== undefined) {
      unit = matcher.unitsByCode.get(codeValue);
      if (!unit) {
        stats.unmatched += 1;
        const byName = nameText ? matcher.matchCommune(nameText, districtCode) : undefined;
        problems.push({
          ...at(row, cols.code),
          problem: `unknown commune code "${cellText(codeCell ?? null)}"`,
          todo:
            byName?.kind === 'ok'
              ? `correct the code: "${nameText}" is ${unitLabel(byName.unit)}`
              : 'correct the code: it must be one of the 5-digit GSO codes listed in units.json',
        });
      } else {
        if (nameText && matcher.nameDisagrees(nameText, unit)) {
          warnings.push({
            ...at(row, cols.commune),
            problem: `the name "${nameText}" does not look like ${unitLabel(unit)}, the commune of code ${unit.code}`,
            todo: 'imported by the code; check that the code is right',
          });
        }
        if (districtCode && districtCode !== unit.districtCode) {
          warnings.push({
            ...at(row, districtCol),
            problem: `${unitLabel(unit)} is in ${matcher.districtsByCode.get(unit.districtCode)?.name ?? unit.districtCode}, not in ${matcher.districtsByCode.get(districtCode)?.name ?? districtCode}`,
            todo: 'imported by the code; check the code and the district',
          });
        }
      }
    } else if (nameText === '') {
      stats.unmatched += 1;
      problems.push({
        ...at(row, cols.commune ?? cols.code),
        problem: 'a count without a commune name or code',
        todo: 'write the commune name (or its code), or delete the row',
      });
    } else if (districtOk) {
      const match = matcher.matchCommune(nameText, districtCode);
      if (match.kind === 'ok') {
        unit = match.unit;
        if (match.typeMismatch) {
          warnings.push({
            ...at(row, cols.commune),
            problem: `"${nameText}" is written as a ${match.typeMismatch} but the unit list has ${unitLabel(unit)}`,
            todo: 'imported as that commune; correct the type in the file if it is wrong',
          });
        }
      } else {
        stats.unmatched += 1;
        problems.push({
          ...at(row, cols.commune),
          ...communeMatchProblem(nameText, match, matcher, districtCode, districtCol !== undefined),
        });
      }
    } else {
      stats.unmatched += 1;
    }
    if (unit) stats.matched += 1;

    // The counts.
    const values: Partial<Record<SeriesKey, number>> = {};
    series.forEach((s, k) => {
      const col = cols[SERIES_ROLE[s]];
      const parsed = parseCount(countCells[k] ?? null);
      if (parsed.ok) {
        values[s] = parsed.value;
        sums[s] += parsed.value;
        if (group) group.sums[s] += parsed.value;
      } else if (parsed.blank) {
        stats.blankCounts += 1;
        if (!options.blankIsNoData) {
          problems.push({
            ...at(row, col),
            problem: `no count for ${unit ? unitLabel(unit) : `"${nameText || cellText(codeCell ?? null)}"`}`,
            todo: 'write the number of samples (0 if none were taken), or run with --blank-is-no-data to store blank counts as "no data"',
          });
        }
      } else {
        problems.push({ ...at(row, col), problem: parsed.problem, todo: parsed.todo });
      }
    });

    if (!unit || !rowMonth) continue;
    let entry = months.get(rowMonth);
    if (!entry) {
      entry = { month: rowMonth, counts: { mobile: new Map() }, rowsRead: 0, rowOf: new Map() };
      if (series.includes('fixed')) entry.counts.fixed = new Map();
      months.set(rowMonth, entry);
    }
    entry.rowsRead += 1;
    const firstRow = entry.rowOf.get(unit.code);
    if (firstRow !== undefined) {
      problems.push({
        ...at(row, cols.commune ?? cols.code),
        problem: `${unitLabel(unit)} appears twice for ${rowMonth}: rows ${firstRow} and ${row}`,
        todo: 'keep one of the two rows',
      });
      continue;
    }
    entry.rowOf.set(unit.code, row);
    for (const s of series) {
      const v = values[s];
      if (v !== undefined) entry.counts[s]?.set(unit.code, v);
    }
  }
  closeGroup();

  if (stats.rowsRead === 0 && cols.count !== undefined) {
    problems.push({
      ...at(header.row),
      problem: 'no data rows under the header',
      todo: 'check that this is the right file and sheet',
    });
  }
  problems.push(...futureMonthProblems(firstRowOfMonth, options.currentMonth, sheetLabel));
  return { months, problems, warnings, stats, monthFrom: month.describe };
}
