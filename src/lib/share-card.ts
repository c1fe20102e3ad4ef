/**
 * The share card (Open Graph image, 1200×630): the latest month's headline figure beside the
 * commune map, as SVG. The build renders it to PNG, since social networks and chat apps (Zalo,
 * Facebook) do not show SVG previews. Illustrative data is labelled on the picture itself.
 */
import { svgPath } from './geo/svg-path';
import type { MapModel } from './geo/map-model';
import { band } from './palette';
import { escapeXml } from './map-image';
import { formatDate, formatMonth, formatNumber } from './format';
import type { MonthView } from './map-view';
import type { Area } from './schema';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

/** The headline lines of the card: the month's figure, or a plain "no figures yet". */
function figureLines(view: MonthView | undefined, target: number): string[] {
  if (!view) {
    return [
      `<text x="48" y="250" font-size="44" font-weight="bold" fill="#1a1a1a">Chưa có số liệu</text>`,
      `<text x="48" y="300" font-size="26" fill="#1a1a1a">Số mẫu đo sẽ được công bố hằng tháng.</text>`,
      `<text x="48" y="420" font-size="21" fill="#4a4a4a">Mỗi xã cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.</text>`,
      `<text x="48" y="454" font-size="21" fill="#4a4a4a">Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.</text>`,
    ];
  }
  const lines = [
    `<text x="48" y="250" font-size="88" font-weight="bold" fill="#1a1a1a">${formatNumber(view.summary.met)}/${formatNumber(view.summary.units)}</text>`,
    `<text x="48" y="300" font-size="26" fill="#1a1a1a">xã, phường đạt ${formatNumber(target)} mẫu đo</text>`,
    `<text x="48" y="340" font-size="26" fill="#1a1a1a">${escapeXml(formatMonth(view.month.month))}</text>`,
    `<text x="48" y="420" font-size="21" fill="#4a4a4a">Mỗi xã cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.</text>`,
    `<text x="48" y="454" font-size="21" fill="#4a4a4a">Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.</text>`,
    `<text x="48" y="580" font-size="18" fill="#4a4a4a">Số liệu tính đến ${formatDate(view.month.asOf)}.</text>`,
  ];
  if (view.month.illustrative) {
    lines.push(
      `<rect x="40" y="488" width="500" height="50" rx="6" fill="#fff4d6" stroke="#d97706" stroke-width="2"/>`,
      `<text x="58" y="522" font-size="21" font-weight="bold" fill="#8a4b00">SỐ LIỆU MINH HỌA, không chính thức</text>`,
    );
  }
  return lines;
}

/**
 * SVG text of the share card of a month (or of an area with no month yet); `font` names a family
 * the renderer has (DejaVu Sans at build).
 */
export function shareCardSvg(page: { model: MapModel; view: MonthView } | undefined, area: Area, font: string): string {
  const { width, height } = SHARE_CARD;
  const target = area.target.default;
  const lines = [
    `<text x="48" y="92" font-size="30" font-weight="bold" fill="#1f5fa8">Đo tốc độ Internet di động</text>`,
    `<text x="48" y="136" font-size="30" font-weight="bold" fill="#1f5fa8">cùng i-Speed – ${escapeXml(area.name)}</text>`,
    ...figureLines(page?.view, target),
  ];
  const map = page ? mapGroup(page.model, page.view) : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    ...lines,
    ...map,
    `</svg>`,
  ].join('\n');
}

/** The map in the right part of the card, keeping its aspect ratio. */
function mapGroup(model: MapModel, view: MonthView): string[] {
  const bandOf = new Map(view.rows.map((r) => [r.unit.code, r.band]));
  // The map fills the right part of the card, keeping its aspect ratio.
  const box = { x: 600, y: 40, w: 570, h: 550 };
  const scale = Math.min(box.w / model.width, box.h / model.height);
  const mapX = box.x + (box.w - model.width * scale) / 2;
  const mapY = box.y + (box.h - model.height * scale) / 2;
  return [
    `<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.w + 20}" height="${box.h + 20}" rx="12" fill="#dbeafe"/>`,
    `<g transform="translate(${mapX.toFixed(1)} ${mapY.toFixed(1)}) scale(${scale.toFixed(4)})">`,
    `<g fill="#f8fafc" stroke="#64748b" stroke-width="1.5">${model.districts.map((d) => `<path d="${svgPath(d.geometry)}"/>`).join('')}</g>`,
    `<g stroke="#ffffff" stroke-width="2">${model.communes
      .map((c) => `<path d="${svgPath(c.geometry)}" fill="${band(bandOf.get(c.properties.code) ?? 'none').colour}"/>`)
      .join('')}</g>`,
    `<g fill="none" stroke="#334155" stroke-width="2" stroke-dasharray="6 4">${model.insets.map((i) => `<path d="${svgPath(i.geometry)}"/>`).join('')}</g>`,
    `</g>`,
  ];
}
