/**
 * The rest of the page for a month switched in place (the map itself is recoloured by draw.ts):
 * title, "as of", source, illustrative flag, summary figures, legend counts, the commune table and
 * the links that name the month. The texts are computed by pure functions (`summaryTexts`,
 * `tableRow`, unit-tested); this module only writes them, as text.
 */
import { formatDate, formatMonth, formatNumber, formatPercent, formatPerThousand, signed } from '../../lib/text/format';
import { perThousand } from '../../lib/model/per-capita';
import { BAND_SORT_ORDER, band as bandOf, bandClass, type BandId } from '../../lib/model/bands';
import type { MonthsFileMonth } from '../../lib/model/months-file';
import type { Commune, MapData } from './types';

/** Writes text only where it changed (a switch touches hundreds of cells). */
export function setText(el: Element | null | undefined, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}

/** The summary figures of a month, by `data-stat-value` name. */
export function summaryTexts(entry: MonthsFileMonth): Record<string, string> {
  const s = entry.summary;
  const { previous } = entry;
  const vs = (n: number) => (previous ? `${signed(n)} ${previous.phrase}` : '');
  return {
    met: formatNumber(s.met),
    units: formatNumber(s.units),
    'met-share': formatPercent(s.units > 0 ? s.met / s.units : 0),
    samples: formatNumber(s.samples),
    below: formatNumber(s.withData - s.met),
    nodata: formatNumber(s.units - s.withData),
    'met-change': previous && previous.met !== null ? vs(s.met - previous.met) : '',
    'samples-change': previous ? vs(s.samples - previous.samples) : '',
  };
}

/** A table cell: its text and the value it sorts by (`data-sort`). */
export interface Cell {
  text: string;
  sort: string;
}

/** The commune table's row for a commune: its figure cells and its status cell. */
export function tableRow(c: Commune): { cells: Record<'count' | 'share' | 'gap' | 'change', Cell>; status: Cell } {
  const cell = (text: string, sort: string | number): Cell => ({ text, sort: String(sort) });
  const { count, target, change } = c;
  const gap = count === null ? undefined : Math.max(0, target - count);
  return {
    cells: {
      count: count === null ? cell('–', -1) : cell(formatNumber(count), count),
      share: count === null ? cell('–', -1) : cell(formatPercent(count / target), count / target),
      gap: gap === undefined ? cell('–', -1) : cell(formatNumber(gap), gap),
      change: change === undefined ? cell('–', '') : cell(signed(change), change),
    },
    status: cell(bandOf(c.band).short, BAND_SORT_ORDER.indexOf(c.band)),
  };
}

/** The per-1,000 residents cell of a count; `population` is the cell's `data-population` ('' without one). */
export function perThousandCell(count: number | null, population: string | undefined): Cell {
  const value = perThousand(count ?? undefined, population ? Number(population) : undefined);
  return value === undefined ? { text: '—', sort: '-1' } : { text: formatPerThousand(value), sort: String(value) };
}

/** Title, document title, the drawing's label, "as of", source and illustrative flag. */
function updateHeading(figure: HTMLElement, entry: MonthsFileMonth, from: string, to: string): void {
  const h1 = document.querySelector('[data-month-title]');
  setText(h1, (h1?.textContent ?? '').replace(from, to));
  document.title = document.title.replace(from, to);
  const svg = figure.querySelector('svg[data-map-svg]');
  svg?.setAttribute('aria-label', (svg.getAttribute('aria-label') ?? '').replace(from, to));
  const source = document.querySelector('[data-month-region="heading"] [data-data-source]');
  setText(source?.querySelector('[data-as-of]'), formatDate(entry.asOf));
  setText(source?.querySelector('[data-source]'), entry.source);
  const flag = source?.querySelector<HTMLElement>('[data-illustrative]');
  if (flag) flag.hidden = !entry.illustrative;
}

/** Summary figures and legend counts. */
function updateSummary(entry: MonthsFileMonth): void {
  for (const [name, text] of Object.entries(summaryTexts(entry))) {
    setText(document.querySelector(`[data-month-region="summary"] [data-stat-value="${name}"]`), text);
  }
  for (const li of document.querySelectorAll<HTMLElement>('[data-month-region="legend"] [data-band]')) {
    const id = li.dataset['band'] as BandId;
    setText(li.querySelector('[data-band-count]'), formatNumber(entry.summary.bands[id] ?? 0));
  }
}

/** The commune table: caption, the "below target" count, and every row's cells and sort values. */
function updateTable(entry: MonthsFileMonth, data: MapData, from: string, to: string): void {
  const table = document.querySelector('#bang-xa table');
  const caption = table?.querySelector('caption');
  setText(caption, (caption?.textContent ?? '').replace(from, to));
  setText(document.querySelector('[data-below-count]'), formatNumber(entry.summary.units - entry.summary.met));
  for (const row of table?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-code]') ?? []) {
    const c = data.communes.get(row.dataset['code'] ?? '');
    if (!c) continue;
    const { cells, status } = tableRow(c);
    for (const [name, { text, sort }] of Object.entries(cells)) {
      const el = row.querySelector<HTMLElement>(`[data-cell="${name}"]`);
      if (!el) continue;
      setText(el, text);
      el.dataset['sort'] = sort;
    }
    const perThousandEl = row.querySelector<HTMLElement>('[data-cell="per-thousand"]');
    if (perThousandEl) {
      const cell = perThousandCell(c.count, perThousandEl.dataset['population']);
      setText(perThousandEl, cell.text);
      perThousandEl.dataset['sort'] = cell.sort;
    }
    const statusCell = row.querySelector<HTMLElement>('[data-cell="status"]');
    if (statusCell) {
      statusCell.dataset['sort'] = status.sort;
      const swatch = statusCell.querySelector('.swatch');
      if (swatch) swatch.className = `swatch ${bandClass('count', c.band)}`;
      setText(statusCell.querySelector('span:not(.swatch)'), status.text);
    }
  }
}

/**
 * What names the month by a template (MONTH = the month, from the path functions at build time):
 * links, the share link and embed code (data-month-value), the share button's URL, and month words.
 */
function followMonth(month: string, before: string, after: string): void {
  const fill = (template: string | undefined) => (template ?? '').replaceAll('MONTH', month);
  for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-month-href]')) {
    a.href = fill(a.dataset['monthHref']);
  }
  for (const el of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('[data-month-value]')) {
    el.value = fill(el.dataset['monthValue']);
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-month-url]')) {
    el.dataset['url'] = fill(el.dataset['monthUrl']);
  }
  for (const el of document.querySelectorAll('[data-month-text]'))
    setText(el, (el.textContent ?? '').replace(before, after));
}

/**
 * A month switched in place, in two passes: first what the reader sees with the map (title,
 * source, summary, legend, views), then — after that has been painted — the rest below it.
 */
export function showMonthBesideMap(figure: HTMLElement, entry: MonthsFileMonth, from: string): void {
  const before = formatMonth(from);
  const after = formatMonth(entry.month);
  updateHeading(figure, entry, before, after);
  updateSummary(entry);
  followViews(entry);
}

/** The rest, below the first screen: the commune table and what names the month in links. */
export function showMonthBelowMap(entry: MonthsFileMonth, data: MapData, from: string): void {
  const before = formatMonth(from);
  const after = formatMonth(entry.month);
  updateTable(entry, data, before, after);
  followMonth(entry.month, before, after);
}

/** The view switch: the views the month offers, each link on that month's page of the view. */
function followViews(entry: MonthsFileMonth): void {
  const nav = document.querySelector<HTMLElement>('[data-view-switch]');
  if (!nav) return;
  for (const item of nav.querySelectorAll<HTMLElement>('[data-view-item]')) {
    item.hidden = !entry.views.includes(item.dataset['viewItem'] as MonthsFileMonth['views'][number]);
    const a = item.querySelector<HTMLAnchorElement>('a[data-view-href]');
    // A view the month lacks has no page: no address for its (hidden) link.
    if (a && item.hidden) a.removeAttribute('href');
    else if (a) a.href = (a.dataset['viewHref'] ?? '').replaceAll('MONTH', entry.month);
  }
  nav.dataset['viewMonth'] = entry.month;
  nav.hidden = entry.views.length < 2;
}

/**
 * Districts (vintages with districts only): their map and reports come from the month's page at
 * `href`. False when they could not be loaded (the region is left as it was).
 */
export async function refreshDistricts(href: string): Promise<boolean> {
  const region = document.querySelector<HTMLElement>('[data-month-region="districts"]');
  if (!region) return true;
  region.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(href);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
    const fresh = doc.querySelector('[data-month-region="districts"]');
    if (fresh) region.replaceWith(document.importNode(fresh, true));
    return true;
  } catch {
    region.removeAttribute('aria-busy');
    return false;
  }
}
