/**
 * The share card (Open Graph image, 1200×630): the latest month's headline figure beside the
 * commune map, as SVG. The build renders it to PNG, since social networks and chat apps (Zalo,
 * Facebook) do not show SVG previews. Illustrative data is labelled on the picture itself.
 */
import type { MapModel } from '../data/map-model';
import { escapeXml, legendSvg, mapShapesSvg, wrapText } from './map-image';
import { mapLayers } from './layers';
import { MAP_STYLE } from './style';
import { formatDate, formatMonth, formatNumber } from '../text/format';
import type { MonthView } from '../model/map-view';
import type { Area } from '../data/schema/area';
import { unitNoun } from '../text/unit-noun';
import { targetFor } from '../data/vintage';

export const SHARE_CARD = { width: 1200, height: 630 } as const;

const { ink, muted, accent, background, warn } = MAP_STYLE.picture;

/** Left column of the card: where its text starts and how wide it may run (the map panel starts at 590). */
const TEXT = { x: 48, width: 520 };

/** Lines of text wrapped to the left column, from baseline `y`; returns the markup and the next baseline. */
function textBlock(
  text: string,
  y: number,
  style: { size: number; bold?: boolean; fill: string; leading?: number },
): { markup: string[]; y: number } {
  const lines = wrapText(text, TEXT.width, style.size, style.bold);
  const step = Math.round(style.size * (style.leading ?? 1.3));
  const weight = style.bold ? ' font-weight="bold"' : '';
  const markup = lines.map(
    (line, i) =>
      `<text x="${TEXT.x}" y="${y + i * step}" font-size="${style.size}"${weight} fill="${style.fill}">${escapeXml(line)}</text>`,
  );
  return { markup, y: y + lines.length * step };
}

/** The headline lines of the card from baseline `y`: the month's figure, or a plain "no figures yet". */
function figureLines(view: MonthView | undefined, target: number, top: number): string[] {
  const out: string[] = [];
  let y = top;
  const add = (text: string, gap: number, style: Parameters<typeof textBlock>[2]): void => {
    const block = textBlock(text, y + gap, style);
    out.push(...block.markup);
    y = block.y;
  };
  if (!view) {
    add('Chưa có số liệu', 50, { size: 44, bold: true, fill: ink });
    add('Số mẫu đo sẽ được công bố hằng tháng.', 0, { size: 26, fill: ink });
    add(`Mỗi xã cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.`, 40, { size: 21, fill: muted });
    add('Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.', 0, { size: 21, fill: muted });
    return out;
  }
  const noun = unitNoun(view.vintage);
  add(`${formatNumber(view.summary.met)}/${formatNumber(view.summary.units)}`, 80, {
    size: 88,
    bold: true,
    fill: ink,
    leading: 0.6,
  });
  add(`${noun.kinds} đạt chỉ tiêu`, 0, { size: 26, fill: ink });
  add(`${formatNumber(target)} mẫu đo, ${formatMonth(view.month.month)}`, 0, { size: 26, fill: ink });
  add(`Mỗi ${noun.one} cần ít nhất ${formatNumber(target)} mẫu đo mỗi tháng.`, 24, { size: 21, fill: muted });
  add('Cài i-Speed, tắt Wi-Fi, bật vị trí và đo.', 0, { size: 21, fill: muted });
  if (view.month.illustrative) {
    out.push(
      `<rect x="40" y="${y - 8}" width="500" height="46" rx="6" fill="${warn.fill}" stroke="${warn.stroke}" stroke-width="2"/>`,
      `<text x="58" y="${y + 22}" font-size="21" font-weight="bold" fill="${warn.ink}">SỐ LIỆU MINH HỌA, không chính thức</text>`,
    );
    y += 46;
  }
  add(`Số liệu tính đến ${formatDate(view.month.asOf)}.`, 24, { size: 18, fill: muted });
  return out;
}

/**
 * SVG text of the share card of a month (or of an area with no month yet); `font` names a family
 * the renderer has (DejaVu Sans at build).
 */
export function shareCardSvg(page: { model: MapModel; view: MonthView } | undefined, area: Area, font: string): string {
  const { width, height } = SHARE_CARD;
  const target = targetFor(area);
  // The title in two lines: a long area name gets a smaller type rather than a third line.
  const heading = `Đo tốc độ Internet di động cùng i-Speed – ${area.name}`;
  const size = [28, 24, 21].find((n) => wrapText(heading, TEXT.width, n, true).length <= 2) ?? 21;
  const title = textBlock(heading, 84, { size, bold: true, fill: accent });
  const lines = [...title.markup, ...figureLines(page?.view, target, title.y)];
  const map = page ? mapGroup(page.model, page.view) : [];
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(font)}">`,
    `<rect width="${width}" height="${height}" fill="${background}"/>`,
    ...lines,
    ...map,
    `</svg>`,
  ].join('\n');
}

/**
 * The map in the right part of the card, keeping its aspect ratio, on a rounded patch of sea, with
 * the legend (short labels and counts) under it, so the colours read without the page.
 */
function mapGroup(model: MapModel, view: MonthView): string[] {
  const layers = mapLayers(model, view);
  const legend = legendSvg(view, { x: 600, y: 538, width: 570, columns: 3, fontSize: 17, short: true });
  const box = { x: 600, y: 40, w: 570, h: 470 };
  const scale = Math.min(box.w / layers.width, box.h / layers.height);
  const mapX = box.x + (box.w - layers.width * scale) / 2;
  const mapY = box.y + (box.h - layers.height * scale) / 2;
  return [
    `<rect x="${box.x - 10}" y="${box.y - 10}" width="${box.w + 20}" height="${box.h + 20}" rx="12" fill="${MAP_STYLE.sea}"/>`,
    `<g transform="translate(${mapX.toFixed(1)} ${mapY.toFixed(1)}) scale(${scale.toFixed(4)})">`,
    // Strokes in card pixels (1.5× the style's widths), whatever the map's scale on the card.
    ...mapShapesSvg(layers, 1.5 / scale),
    `</g>`,
    ...legend.markup,
  ];
}
