/**
 * The optional speed columns of a counts sheet: median download and upload speed (Mbps) and
 * latency (ms) per unit, as VNNIC's Atlas publishes them. Kept only when the file carries them; a
 * blank cell is "not measured" and stores nothing. Values are never converted between units, so
 * a header naming another unit is refused, as is a value that could be read two ways.
 * Every message, in both languages, is in messages/speeds.ts.
 */
import type { SpeedMeasure, UnitSpeeds } from '../data/schema/campaign';
import { SPEED_ROLES, speedUnitOf, type Header, type SpeedRole } from '../spreadsheet/header';
import { tonelessKey } from '../text/names';
import { cellText, type CellValue } from '../spreadsheet/types';
import type { Problem } from './problems';
import type { Voice } from './messages/voice';
import { say, type Texts } from '../text/messages';
import { SPEEDS } from './messages/speeds';

/** The field of the data file each speed column fills. */
export const MEASURE_OF: Readonly<Record<SpeedRole, SpeedMeasure>> = {
  download: 'downloadMbps',
  upload: 'uploadMbps',
  latency: 'latencyMs',
};

type At = (row: number, column?: number) => Pick<Problem, 'row' | 'column' | 'sheet'>;

export type SpeedResult =
  { ok: true; value: number } | { ok: false; blank: true } | ({ ok: false; blank: false } & Texts);

/** What Atlas shows for a place with too few samples: no figure, so "not measured". */
const NOT_ASSESSED = tonelessKey('Không đủ số mẫu để đánh giá');

/**
 * A speed or latency from a cell. Excel numbers as they are; text with a decimal comma ("45,3",
 * Vietnamese) or a decimal point ("45.3", as Atlas writes). Refused: a negative, text, both
 * separators ("1.234,5"), and a point followed by exactly three digits after a non-zero whole part
 * ("1.234"), which Vietnamese reads as one thousand two hundred and thirty-four.
 */
export function parseSpeed(value: CellValue | undefined, role: SpeedRole, voice: Voice): SpeedResult {
  const refused = (texts: Texts): SpeedResult => ({ ok: false, blank: false, ...texts });
  if (value === null || value === undefined) return { ok: false, blank: true };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return refused(say(voice, SPEEDS.notANumber, role, `"${value}"`));
    if (value < 0) return refused(say(voice, SPEEDS.negative, role, `(${String(value)})`));
    return { ok: true, value };
  }
  const t = cellText(value).replace(/[\s\u00a0\u202f\u2009]+/gu, ' ');
  if (t === '' || t === '-' || t === '–' || tonelessKey(t) === NOT_ASSESSED) return { ok: false, blank: true };
  const shown = JSON.stringify(t);
  if (/^[-−–]\s*\d/u.test(t)) return refused(say(voice, SPEEDS.negative, role, shown));
  if (/^[1-9]\d{0,2}\.\d{3}$/u.test(t)) return refused(say(voice, SPEEDS.ambiguous, role, t));
  if (/^\d+([.,]\d+)?$/u.test(t)) return { ok: true, value: Number(t.replace(',', '.')) };
  if (/^\d[\d.,]*$/u.test(t)) return refused(say(voice, SPEEDS.separators, role, shown));
  return refused(say(voice, SPEEDS.notANumber, role, shown));
}

/**
 * The speed columns of a header that can be read, and the problems of the others: a unit other
 * than Mbps or ms, or speeds next to a fixed-broadband count (whose series they measure would
 * then be a guess; they are stored as the mobile series').
 */
export function speedColumns(header: Header, at: At, voice: Voice): { roles: SpeedRole[]; problems: Problem[] } {
  const roles: SpeedRole[] = [];
  const problems: Problem[] = [];
  for (const role of SPEED_ROLES) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const label = header.labels[role] ?? '';
    const unit = speedUnitOf(label, role);
    if (unit.kind === 'other') {
      problems.push({ ...at(header.row, column), ...say(voice, SPEEDS.otherUnit, role, label, unit.unit) });
    } else roles.push(role);
  }
  const fixed = header.columns.fixedCount;
  if (roles.length > 0 && fixed !== undefined) {
    problems.push({ ...at(header.row, fixed), ...say(voice, SPEEDS.besideFixed, header.labels.fixedCount ?? '') });
  }
  return { roles, problems };
}

/** The speeds of one data row (undefined when every cell is blank), and problems of its bad cells. */
export function rowSpeeds(
  roles: readonly SpeedRole[],
  header: Header,
  cells: readonly CellValue[],
  place: (column: number) => Pick<Problem, 'row' | 'column' | 'sheet'>,
  voice: Voice,
): { speeds: UnitSpeeds | undefined; problems: Problem[] } {
  const speeds: UnitSpeeds = {};
  const problems: Problem[] = [];
  for (const role of roles) {
    const column = header.columns[role];
    if (column === undefined) continue;
    const parsed = parseSpeed(cells[column] ?? null, role, voice);
    if (parsed.ok) speeds[MEASURE_OF[role]] = parsed.value;
    else if (!parsed.blank) {
      problems.push({
        ...place(column),
        problem: `${say(voice, SPEEDS.column, header.labels[role] ?? '')}: ${parsed.problem}`,
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
export function speedSummaryLines(
  m: { speedsAfter?: Record<SpeedMeasure, number> | undefined; speedsBefore: number },
  voice: Voice,
): string[] {
  const lines: string[] = [];
  const after = m.speedsAfter;
  if (after) lines.push(say(voice, SPEEDS.stored, after.downloadMbps, after.uploadMbps, after.latencyMs));
  const total = after ? Math.max(after.downloadMbps, after.uploadMbps, after.latencyMs) : 0;
  if (m.speedsBefore > 0 && total === 0) lines.push(say(voice, SPEEDS.dropped, m.speedsBefore));
  return lines;
}
