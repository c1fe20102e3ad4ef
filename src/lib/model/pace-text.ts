/**
 * The pace of a unit said in one Vietnamese sentence, shared by the unit page, the map's card and
 * the pace view's tooltips, so they cannot say different things.
 */
import type { Pace } from './pace';
import { formatDate, formatNumber } from '../text/format';

/**
 * "Đến ngày 12/10/2025: 140 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 362 mẫu — đạt chỉ
 * tiêu." / "…; cần thêm 9 mẫu/ngày trong 18 ngày còn lại." / "…: đã đạt chỉ tiêu 300." The
 * projection is rounded to a whole sample: a fraction of a sample would claim a precision a
 * straight-line pace does not have.
 */
export function paceSentence(pace: Pace, asOf: string): string {
  const when = `Đến ngày ${formatDate(asOf)}`;
  if (pace.count === undefined || pace.projection === undefined) return `${when}: chưa có số liệu.`;
  const so = `${when}: ${formatNumber(pace.count)} mẫu đo`;
  if (pace.status === 'met') return `${so} — đã đạt chỉ tiêu ${formatNumber(pace.target)}.`;
  const projected = `theo nhịp hiện tại cuối tháng sẽ có khoảng ${formatNumber(Math.round(pace.projection))} mẫu`;
  if (pace.status === 'on-track') return `${so}; ${projected} — đạt chỉ tiêu.`;
  return `${so}; ${projected}, chưa đạt chỉ tiêu ${formatNumber(pace.target)}: cần thêm ${formatNumber(pace.perDayNeeded ?? 0)} mẫu/ngày trong ${formatNumber(pace.left)} ngày còn lại.`;
}
