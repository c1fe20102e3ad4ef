/**
 * Switching month in place. All months of the page's vintage come in one small cacheable file
 * (/du-lieu/<vintage>/thang.json), fetched once, on the first sign the reader may switch (pointer
 * or focus on the month selector) or when the browser is idle. With it cached, a switch is
 * synchronous: drawing, legend, figures, table, title, "as of" and source change in one pass, the
 * chosen commune and its card stay, and the URL changes (Back restores). A month on another vintage
 * (other units, other geometry) loads its own page.
 */
import { formatDate, formatMonth, formatNumber, formatPercent, signed } from '../lib/text/format';
import { band as bandOf, bandOfLetter, type BandId } from '../lib/render/palette';
import type { MonthsFile } from '../lib/model/months-file';
import type { Commune, MapController, MapData } from './map';

const ORDER: BandId[] = ['none', 'low', 'mid', 'high', 'met'];
const setText = (el: Element | null | undefined, text: string) => {
  if (el && el.textContent !== text) el.textContent = text;
};

export function setupMonthSwitch(map: MapController): void {
  const { figure } = map;
  const nav = document.querySelector<HTMLElement>('[data-month-nav]');
  const select = nav?.querySelector<HTMLSelectElement>('[data-month-select]');
  const status = document.querySelector<HTMLElement>('[data-month-status]');
  if (!nav || !select) return;
  const vintage = figure.dataset['vintage'];
  const options = [...select.options].reverse(); // oldest first
  // With JavaScript the select replaces the current-month label and the list of links.
  select.hidden = false;
  const currentLabel = nav.querySelector<HTMLElement>('[data-month-current]');
  const monthList = nav.querySelector<HTMLElement>('[data-month-list]');
  if (currentLabel) currentLabel.hidden = true;
  if (monthList) monthList.hidden = true;

  let file: MonthsFile | undefined;
  let loading: Promise<MonthsFile> | undefined;
  const load = (): Promise<MonthsFile> =>
    (loading ??= fetch(figure.dataset['monthsFile'] ?? '')
      .then((r) => {
        if (!r.ok) throw new Error(`HTTP ${r.status}`);
        return r.json() as Promise<MonthsFile>;
      })
      .then(
        (f) => (file = f),
        (error: unknown) => {
          loading = undefined; // try again on the next switch
          throw error;
        },
      ));
  const prefetch = () => void load().catch(() => undefined);
  nav.addEventListener('pointerover', prefetch, { once: true });
  nav.addEventListener('focusin', prefetch, { once: true });
  nav.addEventListener('touchstart', prefetch, { once: true, passive: true });
  if ('requestIdleCallback' in window) window.requestIdleCallback(prefetch, { timeout: 5000 });

  const optionOf = (month: string) => options.find((o) => o.value === month);
  const say = (text: string, busy = false) => {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle('is-error', !busy && text !== '');
  };

  /** The map data of month `i` of the file; a change needs the month before on the same units. */
  function dataOf(f: MonthsFile, i: number): MapData {
    const entry = f.months[i];
    const before = f.months[i - 1];
    const communes = new Map<string, Commune>();
    const old = map.data.communes;
    f.codes.forEach((code, k) => {
      const known = old.get(code);
      const count = entry?.counts[k] ?? null;
      const prev = before?.counts[k] ?? null;
      communes.set(code, {
        name: known?.name ?? code,
        district: known?.district ?? '',
        count,
        target: f.targets[k] ?? 0,
        band: bandOfLetter(entry?.bands[k]),
        change: count !== null && prev !== null ? count - prev : undefined,
      });
    });
    return { month: entry?.month ?? '', previousMonth: before?.month ?? null, communes };
  }

  /** Everything on the page that depends on the month, in one synchronous pass. */
  function apply(f: MonthsFile, month: string, start: number): boolean {
    const i = f.months.findIndex((m) => m.month === month);
    const entry = f.months[i];
    if (!entry) return false;
    const from = formatMonth(map.data.month);
    const to = formatMonth(month);
    const data = dataOf(f, i);
    map.setData(data);

    // Title, "as of", source, illustrative flag.
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

    // Figures and legend.
    const s = entry.summary;
    const stat = (name: string) => document.querySelector(`[data-month-region="summary"] [data-stat-value="${name}"]`);
    setText(stat('met'), formatNumber(s.met));
    setText(stat('units'), formatNumber(s.units));
    setText(stat('met-share'), formatPercent(s.units > 0 ? s.met / s.units : 0));
    setText(stat('samples'), formatNumber(s.samples));
    setText(stat('below'), formatNumber(s.withData - s.met));
    setText(stat('nodata'), formatNumber(s.units - s.withData));
    const vs = (n: number) => (entry.previous ? `${signed(n)} so với ${formatMonth(entry.previous.month)}` : '');
    setText(stat('met-change'), entry.previous ? vs(s.met - entry.previous.met) : '');
    setText(stat('samples-change'), entry.previous ? vs(s.samples - entry.previous.samples) : '');
    for (const li of document.querySelectorAll<HTMLElement>('[data-month-region="legend"] [data-band]')) {
      const id = li.dataset['band'] as BandId;
      setText(li.querySelector('[data-band-count]'), formatNumber(s.bands[id] ?? 0));
    }

    // The table.
    const table = document.querySelector('#bang-xa table');
    const caption = table?.querySelector('caption');
    setText(caption, (caption?.textContent ?? '').replace(from, to));
    setText(document.querySelector('[data-below-count]'), formatNumber(s.units - s.met));
    for (const row of table?.querySelectorAll<HTMLTableRowElement>('tbody tr[data-code]') ?? []) {
      const c = data.communes.get(row.dataset['code'] ?? '');
      if (!c) continue;
      const cell = (name: string) => row.querySelector<HTMLElement>(`[data-cell="${name}"]`);
      const fill = (name: string, text: string, sort: string | number) => {
        const el = cell(name);
        if (!el) return;
        setText(el, text);
        el.dataset['sort'] = String(sort);
      };
      const has = c.count !== null;
      fill('count', has ? formatNumber(c.count ?? 0) : '–', c.count ?? -1);
      fill('share', has ? formatPercent((c.count ?? 0) / c.target) : '–', has ? (c.count ?? 0) / c.target : -1);
      const gap = has ? Math.max(0, c.target - (c.count ?? 0)) : undefined;
      fill('gap', gap === undefined ? '–' : formatNumber(gap), gap ?? -1);
      fill('change', c.change === undefined ? '–' : signed(c.change), c.change ?? '');
      const statusCell = cell('status');
      if (statusCell) {
        statusCell.dataset['sort'] = String(ORDER.indexOf(c.band));
        const swatch = statusCell.querySelector('.swatch');
        if (swatch) swatch.className = `swatch band-${c.band}`;
        setText(statusCell.querySelector('span:not(.swatch)'), bandOf(c.band).short);
      }
    }

    // Links that name the month, and the month selector itself.
    for (const a of document.querySelectorAll<HTMLAnchorElement>('a[data-month-href]')) {
      a.href = (a.dataset['monthHref'] ?? '').replace('MONTH', month);
    }
    updateNav(month);
    // From the start of the switch handler to the end of the DOM work (scripts/bench/bench.ts reads it).
    performance.measure('month-switch', { start, end: performance.now() });
    return true;
  }

  function updateNav(month: string): void {
    select!.value = month;
    const k = options.findIndex((o) => o.value === month);
    for (const [role, o] of [
      ['prev', options[k - 1]],
      ['next', options[k + 1]],
    ] as const) {
      const a = nav!.querySelector<HTMLAnchorElement>(`a[data-role="${role}"]`);
      if (!a) continue;
      a.hidden = !o;
      if (!o) {
        a.removeAttribute('href');
        continue;
      }
      a.href = o.dataset['href'] ?? '';
      a.dataset['month'] = o.value;
      a.dataset['vintage'] = o.dataset['vintage'] ?? '';
      a.setAttribute('aria-label', `${role === 'prev' ? 'Tháng trước' : 'Tháng sau'}: ${formatMonth(o.value)}`);
      setText(a.querySelector('[data-label]'), formatMonth(o.value).replace('tháng ', ''));
    }
    for (const a of nav!.querySelectorAll<HTMLAnchorElement>('a[data-role="list"]')) {
      if (a.dataset['month'] === month) a.setAttribute('aria-current', 'page');
      else a.removeAttribute('aria-current');
    }
  }

  /** Districts (vintages with districts only): their map and reports come from the month's page. */
  async function refreshDistricts(href: string): Promise<void> {
    const region = document.querySelector<HTMLElement>('[data-month-region="districts"]');
    if (!region) return;
    region.setAttribute('aria-busy', 'true');
    try {
      const res = await fetch(href);
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      const fresh = doc.querySelector('[data-month-region="districts"]');
      if (fresh) region.replaceWith(document.importNode(fresh, true));
    } catch {
      region.removeAttribute('aria-busy');
      say('Không tải được bản đồ huyện của tháng này. Tải lại trang để xem.');
    }
  }

  /** Shows `month`: in place when it is on this page's vintage, else by loading its page. */
  function switchTo(month: string, push: boolean): void {
    const start = performance.now();
    const option = optionOf(month);
    if (!option) return;
    const href = option.dataset['href'] ?? '';
    if (option.dataset['vintage'] !== vintage) {
      window.location.href = href;
      return;
    }
    const done = (f: MonthsFile) => {
      if (!apply(f, month, start)) {
        window.location.href = href;
        return;
      }
      say('');
      if (push) history.pushState({ month }, '', href);
      void refreshDistricts(href);
    };
    if (file) {
      done(file);
      return;
    }
    say('Đang tải…', true);
    load().then(done, () => {
      updateNav(map.data.month);
      say(
        `Không tải được số liệu ${formatMonth(month)}: kiểm tra kết nối mạng rồi thử lại. Trang vẫn hiện số liệu ${formatMonth(map.data.month)}.`,
      );
    });
  }

  document.addEventListener('click', (event: MouseEvent) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('[data-month-nav] a[data-month]');
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    const month = a.dataset['month'] ?? '';
    if (a.dataset['vintage'] !== vintage) return; // another vintage: the link loads its page
    event.preventDefault();
    switchTo(month, true);
  });
  select.addEventListener('change', () => switchTo(select.value, true));
  history.replaceState({ month: map.data.month }, '');
  window.addEventListener('popstate', (event: PopStateEvent) => {
    const month = (event.state as { month?: string } | null)?.month;
    if (month && optionOf(month)?.dataset['vintage'] === vintage) switchTo(month, false);
    else window.location.reload();
  });
}
