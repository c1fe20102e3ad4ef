/**
 * A standalone SVG picture of a month's commune map (title, map, legend, source), for the press
 * kit: it opens in any browser or image editor and scales without blurring, and the build also
 * renders it to PNG. Everything stays inside the canvas: long titles and source lines wrap, and
 * the canvas is as tall as its content.
 */
import type { MapModel } from '../data/map-model';
import { BANDS } from '../model/bands';
import { BAND_SWATCHES } from './palette';
import { formatDate, formatMonth, formatNumber } from '../text/format';
import type { MonthView } from '../model/map-view';
import { mapLayers, type MapLayers } from './layers';
import { MAP_STYLE } from './style';

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/**
 * A generous estimate of the width of a line of text in px: DejaVu Sans (the font the PNG is
 * rendered with, one of the widest sans fonts) averages about 0.6 em per character, bold 0.66.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  return [...text.normalize('NFC')].length * fontSize * (bold ? 0.66 : 0.6);
}

/** Greedy word wrap of `text` into lines no wider than `maxWidth` (by estimateTextWidth). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** The map shapes of a layers set as SVG markup, at 1:1 in layout units, coloured by fill attributes. */
export function mapShapesSvg(layers: MapLayers, strokeScale = 1): string[] {
  const { sea, district, commune, inset } = MAP_STYLE;
  const w = (width: number): string => String(Math.round(width * strokeScale * 100) / 100);
  return [
    `<rect width="${layers.width}" height="${layers.height}" fill="${sea}"/>`,
    `<g fill="${district.fill}" stroke="${district.stroke}" stroke-width="${w(district.strokeWidth)}">${layers.districts
      .map((d) => `<path d="${d.d}"/>`)
      .join('')}</g>`,
    `<g stroke="${commune.stroke}" stroke-width="${w(commune.strokeWidth)}" stroke-linejoin="round">${layers.communes
      .map((c) => `<path d="${c.d}" fill="${BAND_SWATCHES[c.band].colour}"><title>${escapeXml(c.title)}</title></path>`)
      .join('')}</g>`,
    `<g fill="none" stroke="${inset.stroke}" stroke-width="${w(inset.strokeWidth)}" stroke-dasharray="${inset.dash}">${layers.insets
      .map((i) => `<path d="${i.d}"/>`)
      .join('')}</g>`,
  ];
}

const PAD = 24;

/** Where a picture's legend goes: its box, its columns and its type size. */
export interface LegendBox {
  x: number;
  y: number;
  width: number;
  columns: number;
  fontSize: number;
  /** Short labels ("Gần đạt") where the picture is small, else the full ones with thresholds. */
  short?: boolean;
}

/** The count view's legend in a picture (swatch, label, units per band); returns markup and height. */
export function legendSvg(view: MonthView, box: LegendBox): { markup: string[]; height: number } {
  const { picture } = MAP_STYLE;
  const rowHeight = Math.round(box.fontSize * 1.75);
  const colWidth = box.width / box.columns;
  const swatch = Math.round(box.fontSize * 1.6);
  const markup = BANDS.flatMap((b, i) => {
    const x = box.x + (i % box.columns) * colWidth;
    const top = box.y + Math.floor(i / box.columns) * rowHeight;
    const label = `${box.short ? b.short : b.label}: ${formatNumber(view.summary.bands[b.id])}`;
    return [
      `<rect x="${x}" y="${top}" width="${swatch}" height="${Math.round(swatch * 0.65)}" fill="${BAND_SWATCHES[b.id].colour}" stroke="${picture.swatchStroke}"/>`,
      `<text x="${x + swatch + 8}" y="${top + Math.round(box.fontSize * 0.9)}" font-size="${box.fontSize}" fill="${picture.ink}">${escapeXml(label)}</text>`,
    ];
  });
  return { markup, height: Math.ceil(BANDS.length / box.columns) * rowHeight };
}

/**
 * The SVG document of a month view drawn on a map model; `areaName` goes in the title, `font` is
 * the font family list (DejaVu Sans first: the PNG is rendered with it).
 */
export function mapImageSvg(
  model: MapModel,
  view: MonthView,
  areaName: string,
  font = 'DejaVu Sans, Verdana, sans-serif',
): string {
  const layers = mapLayers(model, view);
  const { picture } = MAP_STYLE;
  const { font: size } = picture;
  const width = layers.width + 2 * PAD;
  const inner = width - 2 * PAD;
  const out: string[] = [];
  const text = (x: number, y: number, fontSize: number, content: string, extra = ''): void => {
    out.push(`<text x="${x}" y="${y}" font-size="${fontSize}"${extra}>${escapeXml(content)}</text>`);
  };

  // Title, wrapped.
  let y = PAD;
  const title = `Số mẫu đo i-Speed theo xã, ${formatMonth(view.month.month)} – ${areaName}`;
  for (const line of wrapText(title, inner, size.title, true)) {
    y += Math.round(size.title * 1.25);
    text(PAD, y, size.title, line, ` font-weight="bold" fill="${picture.ink}"`);
  }
  y += 16;

  // The map.
  out.push(`<g transform="translate(${PAD} ${y})">`, ...mapShapesSvg(layers), `</g>`);
  y += layers.height + 20;

  // Legend, two columns.
  const legend = legendSvg(view, { x: PAD, y, width: inner, columns: 2, fontSize: size.legend });
  out.push(...legend.markup);
  y += legend.height + 8;

  // As-of date, source, what the shapes are: wrapped, never cut off.
  const shapes =
    model.view === 'mosaic' ? 'Mỗi ô là một xã (vị trí trong huyện mang tính sơ đồ).' : 'Ranh giới xã thật.';
  const insets = layers.insets.map((i) => ` Khung nét đứt: ${i.label}.`).join('');
  const note = `${view.month.illustrative ? 'SỐ LIỆU MINH HỌA, không phải số liệu chính thức. ' : ''}Tính đến ${formatDate(view.month.asOf)}. Nguồn: ${view.month.source}. ${shapes}${insets}`;
  const noteLine = Math.round(size.note * 1.4);
  for (const line of wrapText(note, inner, size.note)) {
    y += noteLine;
    text(PAD, y, size.note, line, ` fill="${picture.muted}"`);
  }
  const height = Math.ceil(y + PAD);

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="${escapeXml(font)}">`,
    `<rect width="100%" height="100%" fill="${picture.background}"/>`,
    ...out,
    `</svg>`,
  ].join('\n');
}
