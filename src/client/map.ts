/**
 * The only map script. The map is the server-rendered SVG already on the page; this script makes
 * it interactive without fetching any geometry:
 *
 * - every commune is a button in one Tab stop (roving tabindex, arrow keys move between communes);
 *   focus, hover and tap say its sentence in a live region; a tap or Enter shows its card;
 * - the search box finds a commune by any part of its name, with or without diacritics, or by a
 *   former name, and chooses it (highlight, zoom, card);
 * - Leaflet is loaded on the first pan or zoom intent only and then pans and zooms that same SVG;
 * - a month of the same vintage is switched in place from the vintage's months file.
 *
 * Text from the data reaches the DOM only through textContent and attributes.
 */
import { communeLabel } from '../lib/text/labels';
import { formatMonth, formatNumber, formatPercent, signed } from '../lib/text/format';
import { band, bandOfLetter, type BandId } from '../lib/render/palette';
import type { MapIsland } from '../lib/model/map-view';
import { enhanceSortableTables } from './sortable-table';
import { setupSearch } from './map-search';
import { setupMonthSwitch } from './month-switch';
import type { Zoom } from './map-zoom';

/** What the page embeds next to the map (see MapFigure.astro). */
export interface PageIsland extends MapIsland {
  /** Former names (previous vintage) of each unit. */
  former?: Record<string, string[]>;
  /** Change since the previous month of the same vintage, per commune. */
  changes?: Record<string, number>;
  previousMonth?: string | null;
}

/** One commune in the month shown. */
export interface Commune {
  name: string;
  district: string;
  count: number | null;
  target: number;
  band: BandId;
  change: number | undefined;
}

/** The month the map shows. */
export interface MapData {
  month: string;
  /** The previous month on the same vintage, if any (the card's "so với …"). */
  previousMonth: string | null;
  communes: Map<string, Commune>;
}

/** What the month switch needs from the map. */
export interface MapController {
  figure: HTMLElement;
  data: MapData;
  /** Shows another month: recolours the drawing, refreshes labels and the open card. */
  setData(data: MapData): void;
}

const BAND_CLASSES = ['band-met', 'band-high', 'band-mid', 'band-low', 'band-none'];

function dataFromIsland(island: PageIsland): MapData {
  const communes = new Map<string, Commune>();
  for (const [code, [name, district, count, target, letter]] of Object.entries(island.communes)) {
    communes.set(code, {
      name,
      district,
      count,
      target,
      band: bandOfLetter(letter),
      change: island.changes?.[code],
    });
  }
  return { month: island.month, previousMonth: island.previousMonth ?? null, communes };
}

const labelOf = (c: Commune) => communeLabel(c.name, c.district, c.count, c.target);
const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Recolours a commune shape: its band class (`band-<id>` gives the fill). A shape drawn with a
 * `fill` attribute (older MapSvg) gets that attribute kept in step, so it shows the same colour
 * whichever way the drawing was made (a CSS class wins over the attribute anyway).
 */
function paint(path: SVGElement, id: BandId): void {
  const wanted = `band-${id}`;
  if (path.classList.contains(wanted)) return;
  path.classList.remove(...BAND_CLASSES);
  path.classList.add(wanted);
  if (path.hasAttribute('fill')) path.setAttribute('fill', band(id).colour);
}

export function mountMap(): void {
  const figure = document.querySelector<HTMLElement>('[data-map-figure]');
  const frame = figure?.querySelector<HTMLElement>('[data-map-frame]');
  const svg = frame?.querySelector<SVGSVGElement>('svg[data-map-svg]');
  const info = figure?.querySelector<HTMLElement>('[data-map-info]');
  const card = figure?.querySelector<HTMLElement>('[data-map-card]');
  const islandEl = figure?.querySelector('[data-map-island]');
  if (!figure || !frame || !svg || !info || !card || !islandEl) return;
  const cardEl: HTMLElement = card;
  enhanceSortableTables();
  const island = JSON.parse(islandEl.textContent ?? '{}') as PageIsland;
  const unitBase = figure.dataset['unitBase'] ?? '';

  const paths = [...svg.querySelectorAll<SVGPathElement>('path[data-code]')];
  const pathOf = new Map(paths.map((p) => [p.dataset['code'] ?? '', p]));
  let chosen: string | undefined;

  const controller: MapController = {
    figure,
    data: dataFromIsland(island),
    setData(data) {
      controller.data = data;
      for (const path of paths) {
        const c = data.communes.get(path.dataset['code'] ?? '');
        if (!c) continue;
        paint(path, c.band);
        const label = labelOf(c);
        path.setAttribute('aria-label', label);
        const title = path.querySelector('title');
        if (title) title.textContent = label;
      }
      info.textContent = '';
      if (chosen !== undefined) fillCard(chosen);
    },
  };

  // The drawing becomes a group of buttons: one Tab stop, the arrow keys move between communes.
  svg.setAttribute('role', 'group');
  paths.forEach((path, i) => {
    path.setAttribute('tabindex', i === 0 ? '0' : '-1');
    path.setAttribute('role', 'button');
    const c = controller.data.communes.get(path.dataset['code'] ?? '');
    if (c) {
      path.setAttribute('aria-label', labelOf(c));
      paint(path, c.band);
    }
  });

  const say = (code: string) => {
    const c = controller.data.communes.get(code);
    if (c) info.textContent = labelOf(c);
  };

  // --- the card ---------------------------------------------------------------------------------
  const field = (name: string) => card.querySelector<HTMLElement>(`[data-card-${name}]`);
  function fillCard(code: string): void {
    const c = controller.data.communes.get(code);
    if (!c) return;
    const set = (name: string, text: string) => {
      const el = field(name);
      if (el) el.textContent = text;
    };
    set('name', c.name);
    set('district', c.district);
    if (c.count === null) {
      set('count', 'Chưa có số liệu');
      set('share', '');
      set('gap', `Chưa có số mẫu của ${formatMonth(controller.data.month)}.`);
    } else {
      set('count', `${formatNumber(c.count)} mẫu`);
      set('share', `· ${formatPercent(c.count / c.target)} chỉ tiêu ${formatNumber(c.target)}`);
      set('gap', c.count >= c.target ? 'Đã đạt chỉ tiêu' : `Còn thiếu ${formatNumber(c.target - c.count)} mẫu`);
    }
    const { previousMonth } = controller.data;
    set(
      'change',
      c.change !== undefined && previousMonth ? `${signed(c.change)} mẫu so với ${formatMonth(previousMonth)}` : '',
    );
    const link = field('link');
    if (link instanceof HTMLAnchorElement) {
      link.href = `${unitBase}${code}/`;
      link.textContent = `Xem trang ${c.name} →`;
      // In the embedded map (an iframe on a news site) the page opens in the top window.
      if (window.self !== window.top) link.target = '_top';
    }
  }

  function choose(code: string, options: { zoom?: boolean } = {}): void {
    const path = pathOf.get(code);
    if (!path) return;
    if (chosen !== undefined) pathOf.get(chosen)?.classList.remove('is-chosen');
    chosen = code;
    path.classList.add('is-chosen');
    // Draw the chosen outline above its neighbours; keep keyboard focus where it was.
    const hadFocus = document.activeElement === path;
    path.parentNode?.appendChild(path);
    if (hadFocus) path.focus({ preventScroll: true });
    fillCard(code);
    cardEl.hidden = false;
    say(code);
    // On a phone a commune may be a few pixels across: zoom until it is at least 44 px.
    const box = path.getBoundingClientRect();
    if (options.zoom || Math.max(box.width, box.height) < 44) {
      void zoom().then((z) => z?.show(path));
    }
    cardEl.scrollIntoView({ block: 'nearest', behavior: reducedMotion() ? 'auto' : 'smooth' });
  }

  function closeCard(): void {
    if (chosen !== undefined) pathOf.get(chosen)?.classList.remove('is-chosen');
    chosen = undefined;
    cardEl.hidden = true;
  }
  card.querySelector('[data-card-close]')?.addEventListener('click', () => {
    const back = chosen !== undefined ? pathOf.get(chosen) : undefined;
    closeCard();
    back?.focus();
  });
  card.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') closeCard();
  });

  // --- pointer and keyboard on the drawing ------------------------------------------------------
  let down: { x: number; y: number } | undefined;
  frame.addEventListener('pointerdown', (e) => {
    down = { x: e.clientX, y: e.clientY };
    // A mouse press on the map is the intent to pan: load Leaflet now.
    if (e.pointerType === 'mouse') void zoom();
  });
  frame.addEventListener(
    'touchstart',
    (e) => {
      if (e.touches.length > 1) void zoom(); // a pinch
    },
    { passive: true },
  );
  frame.addEventListener('wheel', () => void zoom(), { passive: true });
  svg.addEventListener('click', (e) => {
    const path = (e.target as Element).closest<SVGPathElement>('path[data-code]');
    // A drag (pan) ends with a click on whatever is under the pointer: not a choice.
    if (!path || (down && Math.hypot(e.clientX - down.x, e.clientY - down.y) > 6)) return;
    choose(path.dataset['code'] ?? '');
  });
  svg.addEventListener('mouseover', (e) => {
    const path = (e.target as Element).closest<SVGPathElement>('path[data-code]');
    if (path) say(path.dataset['code'] ?? '');
  });
  svg.addEventListener('focusin', (e) => {
    const path = (e.target as Element).closest<SVGPathElement>('path[data-code]');
    if (!path) return;
    for (const p of paths) p.setAttribute('tabindex', p === path ? '0' : '-1');
    say(path.dataset['code'] ?? '');
  });
  svg.addEventListener('keydown', (e) => {
    const path = (e.target as Element).closest<SVGPathElement>('path[data-code]');
    if (!path) return;
    const i = paths.indexOf(path);
    const step = ({ ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 } as Record<string, number>)[e.key];
    let next: number | undefined;
    if (step !== undefined) next = (i + step + paths.length) % paths.length;
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = paths.length - 1;
    else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      choose(path.dataset['code'] ?? '');
      return;
    } else if (e.key === 'Escape') {
      closeCard();
      return;
    }
    if (next === undefined) return;
    e.preventDefault();
    paths[next]?.focus();
  });

  // --- Leaflet, on demand ----------------------------------------------------------------------
  let zooming: Promise<Zoom | undefined> | undefined;
  const zoom = (): Promise<Zoom | undefined> =>
    (zooming ??= import('./map-zoom').then(
      (m) => {
        const z = m.createZoom(frame, svg);
        figure.dataset['zoomReady'] = '';
        return z;
      },
      () => {
        zooming = undefined; // offline: the static map stays usable; try again next time
        return undefined;
      },
    ));
  const tools = figure.querySelector<HTMLElement>('[data-map-tools]');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-zoom]');
      const how = button?.dataset['zoom'];
      if (how) void zoom().then((z) => (how === 'in' ? z?.zoomIn() : z?.zoomOut()));
    });
  }

  // --- search ----------------------------------------------------------------------------------
  const searchRoot = figure.querySelector<HTMLElement>('[data-map-search]');
  if (searchRoot) {
    const units = [...controller.data.communes].map(([code, c]) => ({
      code,
      name: c.name,
      former: island.former?.[code] ?? [],
    }));
    setupSearch(searchRoot, units, (code) => choose(code, { zoom: true }));
  }

  setupMonthSwitch(controller);
  figure.dataset['ready'] = '';
}
