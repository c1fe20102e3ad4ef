/**
 * The optional speed columns of a counts sheet: median download and upload speed (Mbps) and
 * latency (ms) per unit, as VNNIC's Atlas publishes them. Kept only when the file carries them; a
 * blank cell is "not measured" and stores nothing. Values are never converted between units, so
 * a header naming another unit is refused, as is a value that could be read two ways.
 *
 * The Vietnamese wording lives here, together, so it can move as one into the import's message
 * catalogue.
 */
import type { SpeedMeasure, UnitSpeeds } from '../data/schema';
import { SPEED_ROLES, speedUnitOf, type Header, type SpeedRole } from '../spreadsheet/header';
import { tonelessKey } from '../text/names';
import { cellText, type CellValue } from '../spreadsheet/types';
import type { Problem } from './problems';

/** The field of the data file each speed column fills. */
export const MEASURE_OF: Readonly<Record<SpeedRole, SpeedMeasure>> = {
  download: 'downloadMbps',
  upload: 'uploadMbps',
  latency: 'latencyMs',
};

/** What each measure is called in messages, its unit, and the header to write. */
const WORDING: Readonly<Record<SpeedRole, { name: string; unit: string; header: string }>> = {
  download: { name: 'tốc độ tải xuống', unit: 'Mbps', header: 'Tốc độ tải xuống (Mbps)' },
  upload: { name: 'tốc độ tải lên', unit: 'Mbps', header: 'Tốc độ tải lên (Mbps)' },
  latency: { name: 'độ trễ', unit: 'ms', header: 'Độ trễ (ms)' },
};

type At = (row: number, column?: number) => Pick<Problem, 'row' | 'column' | 'sheet'>;

export type SpeedResult =
  { ok: true; value: number } | { ok: false; blank: true } | { ok: false; blank: false; problem: string; todo: string };

/** What Atlas shows for a place with too few samples: no figure, so "not measured". */
const NOT_ASSESSED = tonelessKey('Không đủ số mẫu để đánh giá');

/**
 * A speed or latency from a cell. Excel numbers as they are; text with a decimal comma ("45,3",
 * Vietnamese) or a decimal point ("45.3", as Atlas writes). Refused: a negative, text, both
 * separators ("1.234,5"), and a point followed by exactly three digits after a non-zero whole part
 * ("1.234"), which Vietnamese reads as one thousand two hundred and thirty-four.
 */
export function parseSpeed(value: CellValue | undefined, role: SpeedRole): SpeedResult {
  const { name, unit } = WORDING[role];
  const todo = `ghi ${name} bằng ${unit}, một số không âm, ví dụ 45,3 hoặc 45.3; để trống nếu không có số liệu.`;
  if (value === null || value === undefined) return { ok: false, blank: true };
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      return { ok: false, blank: false, problem: `${name} "${value}" không phải là số`, todo };
    if (value < 0) return { ok: false, blank: false, problem: `${name} âm (${String(value)})`, todo };
    return { ok: true, value };
  }
  const t = cellText(value).replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
  if (t === '' || t === '-' || t === '–' || tonelessKey(t) === NOT_ASSESSED) return { ok: false, blank: true };
  const shown = JSON.stringify(t);
  if (/^[-−–]\s*\d/u.test(t)) return { ok: false, blank: false, problem: `${name} âm ${shown}`, todo };
  if (/^[1-9]\d{0,2}\.\d{3}$/u.test(t)) {
    return {
      ok: false,
      blank: false,
      problem: `${name} ${shown} có thể hiểu hai cách (dấu chấm ngăn hàng nghìn hoặc dấu thập phân)`,
      todo: `nếu là số thập phân, viết bằng dấu phẩy: ${t.replace('.', ',')}; nếu là số nghìn, viết liền: ${t.replace('.', '')}.`,
    };
  }
  if (/^\d+([.,]\d+)?$/u.test(t)) return { ok: true, value: Number(t.replace(',', '.')) };
  if (/^\d[\d.,]*$/u.test(t)) {
    return {
      ok: false,
      blank: false,
      problem: `${name} ${shown} có nhiều dấu phân cách`,
      todo: `viết liền phần nghìn và chỉ dùng một dấu thập phân, ví dụ 1234,5.`,
    };
  }
  return { ok: false, blank: false, problem: `${name} ${shown} không phải là số`, todo };
}

/**
 * The speed columns of a header that can be read, and the problems of the others: a unit other
 * than Mbps or ms, or speeds next to a fixed-broadband count (whose series they measure would
 * then be a guess; they are stored as the mobile series').
 */
export function speedColumns(header: Header, at: At): { roles: SpeedRole[]; problems: Problem[] } {
  const roles: SpeedRole[] = [];
  const problems: Problem[] = [];
  for (const role of SPEED_ROLES) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const label = header.labels[role] ?? '';
    const unit = speedUnitOf(label, role);
    if (unit.kind === 'other') {
      const { name, unit: want, header: write } = WORDING[role];
      problems.push({
        ...at(header.row, column),
        problem: `cột "${label}" ghi đơn vị "${unit.unit}"; ${name} chỉ nhận bằng ${want}`,
        todo: `ghi số liệu bằng ${want} và đặt tên cột "${write}"; số liệu không được tự đổi đơn vị.`,
      });
    } else roles.push(role);
  }
  const fixed = header.columns.fixedCount;
  if (roles.length > 0 && fixed !== undefined) {
    problems.push({
      ...at(header.row, fixed),
      problem: `tệp có cột số mẫu cố định "${header.labels.fixedCount ?? ''}" nên không rõ các cột tốc độ là của băng rộng di động hay cố định`,
      todo: 'để số mẫu cố định trong một tệp riêng; tốc độ đi cùng số mẫu di động.',
    });
  }
  return { roles, problems };
}

/** The speeds of one data row (undefined when every cell is blank), and problems of its bad cells. */
export function rowSpeeds(
  roles: readonly SpeedRole[],
  header: Header,
  cells: readonly CellValue[],
  place: (column: number) => Pick<Problem, 'row' | 'column' | 'sheet'>,
): { speeds: UnitSpeeds | undefined; problems: Problem[] } {
  const speeds: UnitSpeeds = {};
  const problems: Problem[] = [];
  for (const role of roles) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const parsed = parseSpeed(cells[column] ?? null, role);
    if (parsed.ok) speeds[MEASURE_OF[role]] = parsed.value;
    else if (!parsed.blank) {
      problems.push({
        ...place(column),
        problem: `cột "${header.labels[role] ?? ''}": ${parsed.problem}`,
        todo: parsed.todo,
      });
    }
  }
  return { speeds: Object.keys(speeds).length > 0 ? speeds : undefined, problems };
}

/**
 * Summary lines of a month's speeds: how many units have each measure, and a warning-like note
 * when a replaced month had speeds the new file does not carry (they are not kept).
 */
export function speedSummaryLines(m: {
  speedsAfter?: Record<SpeedMeasure, number> | undefined;
  speedsBefore: number;
}): string[] {
  const lines: string[] = [];
  const after = m.speedsAfter;
  if (after) {
    lines.push(
      `  Tốc độ trung vị (di động) được lưu: tải xuống ${after.downloadMbps} đơn vị, tải lên ${after.uploadMbps}, độ trễ ${after.latencyMs}; ô trống là không có số liệu.`,
    );
  }
  const total = after ? Math.max(after.downloadMbps, after.uploadMbps, after.latencyMs) : 0;
  if (m.speedsBefore > 0 && total === 0) {
    lines.push(
      `  Tháng này đang có tốc độ của ${m.speedsBefore} đơn vị; tệp mới không có số liệu tốc độ nên các số liệu đó sẽ bị bỏ.`,
    );
  }
  return lines;
}
