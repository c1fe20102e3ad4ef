/**
 * Sentences describing a commune's status, shared by the server SVG (<title>), the interactive
 * map (tooltip, aria-label, info panel) and the tests, so every view says the same thing.
 */
import { formatNumber, formatPercent } from './format';

/**
 * "Xã Bình An (Huyện Châu Thành): 250 mẫu đo, 83 % chỉ tiêu 300" or "…: chưa có số liệu"; without a
 * district (units from July 2025) the name stands alone.
 */
export function communeLabel(name: string, district: string, count: number | null | undefined, target: number): string {
  const where = district ? `${name} (${district})` : name;
  if (count === null || count === undefined) return `${where}: chưa có số liệu`;
  return `${where}: ${formatNumber(count)} mẫu đo, ${formatPercent(count / target)} chỉ tiêu ${formatNumber(target)}`;
}
