/**
 * Switching month in place, loaded (with month-page.ts) by month-nav.ts on the first sign the reader
 * may switch, so a reader who never does downloads neither this code nor the months file. All
 * months of the page's vintage come in one small cacheable file (/du-lieu/<vintage>/thang.json),
 * fetched once, at that same moment. With it cached, a switch is
 * synchronous: the map (through the MapController index.ts gives), then the rest of the page
 * (month-page.ts) change in one pass, the chosen commune and its card stay, and the URL changes
 * (Back restores). A month on another vintage (other units, other geometry) loads its own page.
 * State: the months file (loaded once) and the month selector.
 */
import { formatMonth } from '../../lib/text/format';
import type { MonthsFile } from '../../lib/model/months-file';
import { dataFromMonthsFile } from './data';
import { refreshDistricts, setText, showMonthBelowMap, showMonthBesideMap } from './month-page';
import type { MapController } from './types';

/** The months file, fetched once; a failed fetch is tried again on the next call. */
interface MonthsLoader {
  cached(): MonthsFile | undefined;
  load(): Promise<MonthsFile>;
}

function monthsLoader(url: string): MonthsLoader {
  let file: MonthsFile | undefined;
  let loading: Promise<MonthsFile> | undefined;
  const load = (): Promise<MonthsFile> =>
    (loading ??= fetch(url)
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
  return { cached: () => file, load };
}

/** What one month switch works with. */
interface Switch {
  map: MapController;
  nav: HTMLElement;
  select: HTMLSelectElement;
  /** The selector's months, oldest first. */
  options: HTMLOptionElement[];
  vintage: string | undefined;
  months: MonthsLoader;
  /** The month the table and links below the map show (they follow the map after a paint). */
  shownBelow: string;
  /** Writes the status line; `busy` is a progress message, not an error. */
  say(text: string, busy?: boolean): void;
}

/** The selector, the previous/next links and the list's current month, for `month`. */
function updateNav({ nav, select, options }: Switch, month: string): void {
  select.value = month;
  const k = options.findIndex((o) => o.value === month);
  for (const [role, o] of [
    ['prev', options[k - 1]],
    ['next', options[k + 1]],
  ] as const) {
    const a = nav.querySelector<HTMLAnchorElement>(`a[data-role="${role}"]`);
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
  for (const a of nav.querySelectorAll<HTMLAnchorElement>('a[data-role="list"]')) {
    if (a.dataset['month'] === month) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
  }
}

/** Runs `task` once the browser has painted the frame being prepared. */
function afterPaint(task: () => void): void {
  requestAnimationFrame(() => setTimeout(task));
}

/**
 * Shows `month` of the file on the page; false if the file lacks it. The map and what lies beside
 * it change at once; the table and the links below, the history entry and the districts follow
 * after that frame is painted (skipped when another switch came first: it does them).
 */
function apply(s: Switch, f: MonthsFile, month: string, href: string, push: boolean): boolean {
  const i = f.months.findIndex((m) => m.month === month);
  const entry = f.months[i];
  if (!entry) return false;
  const from = s.map.data();
  const data = dataFromMonthsFile(f, i, from.communes);
  // The links first: hiding the link that has focus makes the browser work out styles at once,
  // which is cheap on a clean page and costs a full restyle after the map changed.
  updateNav(s, month);
  s.map.setData(data);
  showMonthBesideMap(s.map.figure, entry, from.month);
  afterPaint(() => {
    if (s.map.data().month !== month) return;
    showMonthBelowMap(entry, data, s.shownBelow);
    s.shownBelow = month;
    if (push) history.pushState({ month }, '', href);
    void refreshDistricts(href).then((ok) => {
      if (!ok) s.say('Không tải được bản đồ huyện của tháng này. Tải lại trang để xem.');
    });
  });
  return true;
}

/** Shows `month`: in place when it is on this page's vintage, else by loading its page. */
function switchTo(s: Switch, month: string, push: boolean): void {
  const option = s.options.find((o) => o.value === month);
  if (!option) return;
  const href = option.dataset['href'] ?? '';
  if (option.dataset['vintage'] !== s.vintage) {
    window.location.href = href;
    return;
  }
  const done = (f: MonthsFile) => {
    if (!apply(s, f, month, href, push)) {
      window.location.href = href;
      return;
    }
    s.say('');
  };
  const file = s.months.cached();
  if (file) {
    done(file);
    return;
  }
  s.say('Đang tải…', true);
  s.months.load().then(done, () => {
    const shown = s.map.data().month;
    updateNav(s, shown);
    s.say(
      `Không tải được số liệu ${formatMonth(month)}: kiểm tra kết nối mạng rồi thử lại. Trang vẫn hiện số liệu ${formatMonth(shown)}.`,
    );
  });
}

/** What the month navigation (month-nav.ts) asks of the switch once it is loaded. */
export interface MonthSwitch {
  /** Fetches the months file now (on the first sign the reader may switch). */
  prefetch(): void;
  /** Shows `month`: in place on this vintage, else by loading its page; `push` adds a history entry. */
  switchTo(month: string, push: boolean): void;
}

/** The switch of the page's month navigation (`nav`, its `select`, the status line). */
export function createMonthSwitch(
  map: MapController,
  nav: HTMLElement,
  select: HTMLSelectElement,
  status: HTMLElement | null,
): MonthSwitch {
  const s: Switch = {
    map,
    nav,
    select,
    options: [...select.options].reverse(),
    vintage: map.figure.dataset['vintage'],
    months: monthsLoader(map.figure.dataset['monthsFile'] ?? ''),
    shownBelow: map.data().month,
    say(text, busy = false) {
      if (!status) return;
      status.textContent = text;
      status.classList.toggle('is-error', !busy && text !== '');
    },
  };
  return {
    prefetch: () => void s.months.load().catch(() => undefined),
    switchTo: (month, push) => switchTo(s, month, push),
  };
}
