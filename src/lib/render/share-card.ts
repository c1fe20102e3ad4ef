/**
 * The share card (Open Graph image, 1200×630): the latest month's headline figure beside the
 * commune map, as SVG. The build renders it to PNG, since social networks and chat apps (Zalo,
 * Facebook) do not show SVG previews. Illustrative data is labelled on the picture itself.
 */
import type { MapModel } from '../data/map-model';
import { escapeXml, mapShapesSvg } from './map-image';
import { mapLayers } from './layers';
import { MAP_STYLE } from './style';
import { formatDate, formatMonth, formatNumber } from '../text/format';
import type { MonthView } from '../model/map-view';
import type { Area } from '../data/schema/area';
import { unitNoun } from '../text/unit-noun';
import { targetFor } from '../data/vintage';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

const { ink, muted, accent, background, warn } = MAP_STYLE.picture;

/** The headline lines of the card: the month's figure, or a plain "no figures yet". */
function figureLines(view: MonthView | undefined, target: number): string[] {
  if (!view) {
    return [
      `<text x="48" y="250" font-size="44" font-weight="bold" fill="${ink}">Chưa có số liệu</text>`,
      `<text x="48" y="300" font-size="26" fill="${ink}">Số mẫu đo sẽ được công bố hằng tháng.</text>`,
      `<text x="48" y="420" font-size="21" fill="${muted}">Mỗi xã cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.</text>`,
      `<text x="48" y="454" font-size="21" fill="${muted}">Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.</text>`,
    ];
  }
  const lines = [
    `<text x="48" y="250" font-size="88" font-weight="bold" fill="${ink}">${formatNumber(view.summary.met)}/${formatNumber(view.summary.units)}</text>`,
    `<text x="48" y="300" font-size="26" fill="${ink}">${escapeXml(unitNoun(view.vintage).kinds)} đạt ${formatNumber(target)} mẫu đo</text>`,
    `<text x="48" y="340" font-size="26" fill="${ink}">${escapeXml(formatMonth(view.month.month))}</text>`,
    `<text x="48" y="420" font-size="21" fill="${muted}">Mỗi ${escapeXml(unitNoun(view.vintage).one)} cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.</text>`,
    `<text x="48" y="454" font-size="21" fill="${muted}">Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.</text>`,
    `<text x="48" y="580" font-size="18" fill="${muted}">Số liệu tính đến ${formatDate(view.month.asOf)}.</text>`,
  ];
  if (view.month.illustrative) {
    lines.push(
      `<rect x="40" y="488" width="500" height="50" rx="6" fill="${warn.fill}" stroke="${warn.stroke}" stroke-width="2"/>`,
      `<text x="58" y="522" font-size="21" font-weight="bold" fill="${warn.ink}">SỐ LIỆU MINH HỌA, không chính thức</text>`,
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
  const target = targetFor(area);
  const lines = [
    `<text x="48" y="92" font-size="30" font-weight="bold" fill="${accent}">Đo tốc độ Internet di động</text>`,
    `<text x="48" y="136" font-size="30" font-weight="bold" fill="${accent}">cùng i-Speed – ${escapeXml(area.name)}</text>`,
    ...figureLines(page?.view, target),
  ];
  const map = page ? mapGroup(page.model, page.view) : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    ...lines,
    ...map,
    `</svg>`,
  ].join('\n');
}

/** The map in the right part of the card, keeping its aspect ratio, on a rounded patch of sea. */
function mapGroup(model: MapModel, view: MonthView): string[] {
  const layers = mapLayers(model, view);
  const box = { x: 600, y: 40, w: 570, h: 550 };
  const scale = Math.min(box.w / layers.width, box.h / layers.height);
  const mapX = box.x + (box.w - layers.width * scale) / 2;
  const mapY = box.y + (box.h - layers.height * scale) / 2;
  return [
    `<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.w + 20}" height="${box.h + 20}" rx="12" fill="${MAP_STYLE.sea}"/>`,
    `<g transform="translate(${mapX.toFixed(1)} ${mapY.toFixed(1)}) scale(${scale.toFixed(4)})">`,
    // Strokes in card pixels (1.5× the style's widths), whatever the map's scale on the card.
    ...mapShapesSvg(layers, 1.5 / scale),
    `</g>`,
  ];
}
