/**
 * A standalone SVG picture of a month's commune map (title, map, legend, source), for the press
 * kit: it opens in any browser or image editor and scales without blurring.
 */
import { svgPath } from './geo/svg-path';
import type { MapModel } from './geo/map-model';
import { BANDS, type BandId } from './palette';
import { formatDate, formatMonth, formatNumber } from './format';
import type { MonthView } from './map-view';

/** Escapes text for SVG/XML content and attributes. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&"']/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c,
  );
}

/** The SVG document of a month view drawn on a map model; `areaName` goes in the title. */
export function mapImageSvg(model: MapModel, view: MonthView, areaName: string): string {
  const bandOf = new Map<string, BandId>(view.rows.map((r) => [r.unit.code, r.band]));
  const colour = new Map(BANDS.map((b) => [b.id, b.colour]));
  const top = 70;
  const legendHeight = 28 * BANDS.length + 60;
  const width = model.width;
  const height = top + model.height + legendHeight;
  const title = `Số mẫu đo i-Speed theo xã, ${formatMonth(view.month.month)} – ${areaName}`;
  const shapes =
    model.view === 'mosaic' ? 'Mỗi ô là một xã (vị trí trong huyện mang tính sơ đồ).' : 'Ranh giới xã thật.';
  const legend = BANDS.map(
    (b, i) =>
      `<rect x="20" y="${top + model.height + 16 + i * 28}" width="28" height="18" fill="${b.colour}" stroke="#475569"/>` +
      `<text x="58" y="${top + model.height + 30 + i * 28}" font-size="16">${escapeXml(b.label)}: ${formatNumber(view.summary.bands[b.id])} xã</text>`,
  ).join('');
  const note = `${view.month.illustrative ? 'SỐ LIỆU MINH HỌA, không phải số liệu chính thức. ' : ''}Tính đến ${formatDate(view.month.asOf)}. Nguồn: ${view.month.source}. ${shapes}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family="system-ui, sans-serif">`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="20" y="40" font-size="24" font-weight="bold">${escapeXml(title)}</text>`,
    `<g transform="translate(0 ${top})">`,
    `<g fill="#f1f5f9" stroke="#64748b">${model.districts.map((d) => `<path d="${svgPath(d.geometry)}"/>`).join('')}</g>`,
    `<g stroke="#ffffff" stroke-width="1.5">${model.communes
      .map((c) => `<path d="${svgPath(c.geometry)}" fill="${colour.get(bandOf.get(c.properties.code) ?? 'none')}"/>`)
      .join('')}</g>`,
    `<g fill="none" stroke="#334155" stroke-dasharray="6 4">${model.insets.map((i) => `<path d="${svgPath(i.geometry)}"/>`).join('')}</g>`,
    `</g>`,
    legend,
    `<text x="20" y="${height - 14}" font-size="13" fill="#333">${escapeXml(note)}</text>`,
    `</svg>`,
  ].join('\n');
}
