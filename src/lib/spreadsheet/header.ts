/**
 * Finding the header row of a sheet by its content (government sheets put title rows above it)
 * and the column of each kind of data, from Vietnamese or English headers, ignoring case, spacing
 * and diacritics.
 */
import { tonelessKey } from '../text/names';
import { cellText, columnLetter, isBlank, type SheetRow } from './types';

/** What a column holds. */
export type Role =
  | 'stt'
  | 'code'
  | 'commune'
  | 'district'
  | 'districtCode'
  | 'count'
  | 'fixedCount'
  | 'month'
  | 'reportedOn'
  | 'solutions'
  | 'difficulties'
  | 'download'
  | 'upload'
  | 'latency';

/** The roles of the optional speed columns (medians per unit, as VNNIC's Atlas publishes them). */
export const SPEED_ROLES = ['download', 'upload', 'latency'] as const;
export type SpeedRole = (typeof SPEED_ROLES)[number];

/** Header spellings per role, written as people write them; compared by `headerKey`. */
export const HEADER_ALIASES: Readonly<Record<Role, readonly string[]>> = {
  stt: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.', '#'],
  code: [
    'Mã ĐVHC',
    'Mã xã',
    'Mã',
    'Mã đơn vị',
    'Mã ĐVHC xã',
    'Mã xã/phường',
    'Mã xã/phường/thị trấn',
    'Mã xã/phường/đặc khu',
    'Mã đơn vị hành chính',
    'code',
    'commune code',
    'unit code',
  ],
  commune: [
    'Xã/Phường/Thị trấn',
    'Xã, phường, thị trấn',
    // From 1 July 2025: no more towns (thị trấn), and three special zones (đặc khu).
    'Xã/Phường/Đặc khu',
    'Xã, phường, đặc khu',
    'Tên xã/phường/đặc khu',
    'Đơn vị hành chính cấp xã',
    'Xã, phường',
    'Xã/Phường/TT',
    'Xã/Phường',
    'Phường/Xã',
    'Xã',
    'Tên xã',
    'Tên đơn vị',
    'Đơn vị',
    'Tên xã/phường/thị trấn',
    'Tên ĐVHC',
    'Đơn vị hành chính',
    'Tên đơn vị hành chính',
    'Địa bàn',
    'commune',
    'ward',
    'commune/ward',
  ],
  district: [
    'Huyện',
    'Huyện/Thành phố',
    'Huyện/TP',
    'Huyện/Thị xã/Thành phố',
    'Huyện, thành phố',
    'Tên huyện',
    'Quận/Huyện',
    'Đơn vị cấp huyện',
    'district',
  ],
  districtCode: ['Mã huyện', 'Mã huyện/TP', 'district code'],
  count: [
    'Số mẫu',
    'Số mẫu đo',
    'Số lượng mẫu',
    'Số lượng mẫu đo',
    'Số mẫu di động',
    'Số mẫu đo di động',
    'Số mẫu đo băng rộng di động',
    'Số mẫu băng rộng di động',
    'samples',
    'sample count',
    'mobile samples',
  ],
  fixedCount: [
    'Số mẫu cố định',
    'Số mẫu đo cố định',
    'Số mẫu băng rộng cố định',
    'Số mẫu đo băng rộng cố định',
    'fixed samples',
  ],
  month: ['Tháng', 'Tháng/năm', 'Kỳ', 'month'],
  reportedOn: ['Ngày báo cáo', 'Ngày gửi báo cáo', 'Ngày', 'reported on', 'report date', 'date'],
  solutions: [
    'Giải pháp',
    'Giải pháp đã triển khai',
    'Các giải pháp',
    'Giải pháp triển khai',
    'Giải pháp đã thực hiện',
    'solutions',
    'solutions deployed',
  ],
  difficulties: [
    'Khó khăn',
    'Khó khăn, vướng mắc',
    'Khó khăn vướng mắc',
    'Khó khăn và vướng mắc',
    'Vướng mắc',
    'difficulties',
    'difficulties met',
  ],
  // Atlas names its columns download, upload, ping (no unit: Mbps and ms); offices write the
  // Vietnamese names, often with the unit in brackets, which `speedUnitOf` checks.
  download: [
    'download',
    'download speed',
    'median download',
    'median download speed',
    'Tốc độ tải xuống',
    'Tốc độ tải xuống trung vị',
    'Tốc độ download',
    'Tải xuống',
  ],
  upload: [
    'upload',
    'upload speed',
    'median upload',
    'median upload speed',
    'Tốc độ tải lên',
    'Tốc độ tải lên trung vị',
    'Tốc độ upload',
    'Tải lên',
  ],
  latency: ['ping', 'latency', 'median latency', 'median ping', 'Độ trễ', 'Độ trễ trung vị'],
};

/** The key a header is compared by: toneless, lower case, words only, "(...)" dropped. */
export function headerKey(text: string): string {
  return tonelessKey(text.replace(/\([^)]*\)/gu, ' '));
}

const ROLE_BY_KEY = new Map<string, Role>();
for (const [role, aliases] of Object.entries(HEADER_ALIASES) as Array<[Role, readonly string[]]>) {
  for (const alias of aliases) if (alias !== '#') ROLE_BY_KEY.set(headerKey(alias), role);
}

/**
 * A unit written in a header, as a key (tonelessKey: "Mb/s" → "mb s"): bits or bytes per second
 * with any prefix, or a time. Only these count as a unit: "(trung vị)" or "(ping)" are words.
 */
const UNIT_KEY =
  /^(?:[kmgt]?(?:bps|bits? s|b s|bytes? s|bits? giay|b giay)|ms|msec|s|sec|seconds?|giay|mili giay|milliseconds?|us|micro giay)$/u;

/**
 * A speed header whose unit is written without brackets ("download_mbps", "Độ trễ ms"): the
 * role of what comes before the unit. Only speed roles take a unit this way.
 */
function speedRoleWithUnit(key: string): Role | undefined {
  const words = key.split(' ');
  for (const n of [1, 2]) {
    if (words.length <= n || !UNIT_KEY.test(words.slice(-n).join(' '))) continue;
    const role = ROLE_BY_KEY.get(words.slice(0, -n).join(' '));
    if (role && (SPEED_ROLES as readonly Role[]).includes(role)) return role;
  }
  return undefined;
}

/** The role of one header cell, if it is a known header. */
export function roleOf(text: string): Role | undefined {
  const t = text.trim();
  if (t === '#') return 'stt';
  return ROLE_BY_KEY.get(headerKey(t)) ?? speedRoleWithUnit(tonelessKey(t));
}

/**
 * The unit a speed header names: `none` (Atlas's bare names, documented as Mbps and ms), `ok` (Mbps
 * for a speed, ms for latency), or the unit written, which the import refuses: values are never
 * converted, so a figure is always stored as the file wrote it. "MB/s" (megabytes) is refused too.
 */
export function speedUnitOf(text: string, role: SpeedRole): { kind: 'none' | 'ok' } | { kind: 'other'; unit: string } {
  const bracketed = [...text.matchAll(/\(([^)]*)\)/gu)].map((m) => (m[1] ?? '').trim());
  const words = text
    .replace(/\([^)]*\)/gu, ' ')
    .trim()
    .split(/[\s_,;:-]+/u);
  const trailing = [words.slice(-2).join(' '), words.at(-1) ?? ''].filter((w) => w !== '');
  const unit = [...bracketed, ...trailing].find((u) => UNIT_KEY.test(tonelessKey(u)));
  if (unit === undefined) return { kind: 'none' };
  const key = tonelessKey(unit);
  const ok =
    role === 'latency'
      ? ['ms', 'msec', 'mili giay', 'millisecond', 'milliseconds'].includes(key)
      : // A capital B next to lower-case letters is a deliberate byte ("MB/s"); an all-capitals
        // header ("(MBPS)") says nothing by its case.
        ['mbps', 'mbit s', 'mbits s', 'mb s'].includes(key) && !(/B(?!it)/u.test(unit) && /[a-z]/u.test(unit));
  return ok ? { kind: 'ok' } : { kind: 'other', unit };
}

export interface Header {
  /** Index of the header row in the sheet's `rows`. */
  index: number;
  /** 1-based row number of the header. */
  row: number;
  /** Column index (0 = A) of each role found. */
  columns: Partial<Record<Role, number>>;
  /** Header text of each role's column, as written. */
  labels: Partial<Record<Role, string>>;
  /** Roles found in more than one column (the first is used; the rest is a problem). */
  repeated: Array<{ role: Role; columns: number[] }>;
  /** Non-empty header cells that are not known headers, e.g. "Ghi chú". */
  ignored: Array<{ column: number; text: string }>;
  /** What the sheet holds, judged from its headers. */
  kind: 'counts' | 'reports';
}

/** How many rows from the top are searched for the header. */
export const HEADER_SEARCH_ROWS = 20;

/**
 * The header row: the first row within the first 20 whose cells name at least two different kinds
 * of data (e.g. commune and count). Title rows above it never do.
 */
export function findHeader(rows: readonly SheetRow[]): Header | undefined {
  for (let index = 0; index < Math.min(rows.length, HEADER_SEARCH_ROWS); index += 1) {
    const header = readHeader(rows, index);
    if (header) return header;
  }
  return undefined;
}

function readHeader(rows: readonly SheetRow[], index: number): Header | undefined {
  const sheetRow = rows[index];
  if (!sheetRow) return undefined;
  const columns: Partial<Record<Role, number>> = {};
  const labels: Partial<Record<Role, string>> = {};
  const seen = new Map<Role, number[]>();
  const ignored: Array<{ column: number; text: string }> = [];
  sheetRow.cells.forEach((cell, column) => {
    if (isBlank(cell) || typeof cell !== 'string') return;
    const role = roleOf(cell);
    if (!role) {
      ignored.push({ column, text: cellText(cell) });
      return;
    }
    seen.set(role, [...(seen.get(role) ?? []), column]);
    if (columns[role] === undefined) {
      columns[role] = column;
      labels[role] = cellText(cell);
    }
  });
  const dataRoles = [...seen.keys()].filter((r) => r !== 'stt');
  if (dataRoles.length < 2) return undefined;
  const repeated = [...seen.entries()]
    .filter(([, cols]) => cols.length > 1)
    .map(([role, cols]) => ({ role, columns: cols }));
  // A report sheet has report columns and no counts; its unit column may be a district (before
  // 2025-07) or a commune (from 2025-07), so the unit column does not decide.
  const isReports =
    (columns.solutions !== undefined || columns.difficulties !== undefined || columns.reportedOn !== undefined) &&
    columns.count === undefined &&
    columns.fixedCount === undefined;
  return { index, row: sheetRow.row, columns, labels, repeated, ignored, kind: isReports ? 'reports' : 'counts' };
}

/** "C (Số mẫu)" for messages. */
export function describeColumn(header: Header, role: Role): string {
  const column = header.columns[role];
  return column === undefined ? '' : `${columnLetter(column)} ("${header.labels[role] ?? ''}")`;
}
