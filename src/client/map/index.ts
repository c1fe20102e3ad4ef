/**
 * The only map script (imported by the page's <script> in src/components/MapFigure.astro). The map
 * is the server-rendered SVG already on the page; this script makes it interactive without
 * fetching any geometry. It wires small parts, each with its own state and a narrow interface;
 * they know each other only through the types in types.ts and the callbacks given here:
 *
 *   data.ts         pure: the month shown (MapData) from the page's island or the months file
 *   draw.ts         the drawing: recolours the shapes for a month, outlines the chosen commune
 *   keys.ts         one Tab stop (roving tabindex), arrow keys between communes, Enter, Escape
 *   pointer.ts      tap or click chooses, hover says, a drag is not a choice
 *   card.ts         the commune card and the live region that says a commune's sentence
 *   search.ts       the "Tìm xã, phường" combobox (by any part of a name, former names too)
 *   zoom.ts         Leaflet pan and zoom, loaded on the first intent (leaflet-zoom.ts)
 *   month-nav.ts    the month selector; loads month-switch.ts on the first sign of use, which
 *                   shows a month of the same vintage in place from the vintage's months file
 *                   (month-page.ts updates the rest of the page for it)
 *
 * This file holds the one shared state, the month shown, and the one action that involves several
 * parts: choosing a commune (outline, card, sentence, zoom when it is small).
 * Text from the data reaches the DOM only through textContent and attributes.
 */
import { enhanceSortableTables } from '../sortable-table';
import { createCard } from './card';
import { dataFromIsland, searchUnitsOf } from './data';
import { createDrawing } from './draw';
import { setupKeys } from './keys';
import { setupMonthNav } from './month-nav';
import { setupPointer } from './pointer';
import { setupSearch } from './search';
import type { MapData, PageIsland } from './types';
import { setupZoom } from './zoom';

/** The elements of the map figure, or undefined when the page has no (complete) map. */
function findElements() {
  const figure = document.querySelector<HTMLElement>('[data-map-figure]');
  const frame = figure?.querySelector<HTMLElement>('[data-map-frame]');
  const svg = frame?.querySelector<SVGSVGElement>('svg[data-map-svg]');
  const info = figure?.querySelector<HTMLElement>('[data-map-info]');
  const card = figure?.querySelector<HTMLElement>('[data-map-card]');
  const island = figure?.querySelector('[data-map-island]');
  if (!figure || !frame || !svg || !info || !card || !island) return undefined;
  return { figure, frame, svg, info, card, island };
}

export function mountMap(): void {
  const els = findElements();
  if (!els) return;
  const { figure, frame, svg } = els;
  enhanceSortableTables();
  const island = JSON.parse(els.island.textContent ?? '{}') as PageIsland;
  let data: MapData = dataFromIsland(island);

  const drawing = createDrawing(svg);
  // A page of another view (pace, per 1,000) is coloured by the server for its one month.
  const otherView = island.view !== undefined;
  if (!otherView) drawing.recolour(data);
  const close = () => {
    drawing.mark(undefined);
    card.hide();
  };
  const card = createCard(els.card, els.info, figure.dataset['unitBase'] ?? '', (refocus) => {
    const back = card.chosen === undefined ? undefined : drawing.shapeOf(card.chosen);
    close();
    if (refocus) back?.focus();
  });
  const say = (code: string) => card.say(data.communes.get(code));
  const zoom = setupZoom(figure, frame, svg);
  const focusName = figure.querySelector<HTMLElement>('[data-focus-name]');
  /** Keyboard focus on a commune: its sentence said, its name shown over the map, the view following it. */
  function focusOn(code: string): void {
    say(code);
    if (focusName) {
      focusName.textContent = data.communes.get(code)?.name ?? '';
      focusName.hidden = false;
    }
    const path = drawing.shapeOf(code);
    if (path) zoom.ready()?.follow(path);
  }
  svg.addEventListener('focusout', (e) => {
    if (focusName && !svg.contains(e.relatedTarget as Node | null)) focusName.hidden = true;
  });

  function choose(code: string, options: { zoom?: boolean } = {}): void {
    const path = drawing.shapeOf(code);
    if (!path) return;
    drawing.mark(code);
    card.show(code, data);
    say(code);
    // On a phone a commune may be a few pixels across: zoom until it is at least 44 px.
    const box = path.getBoundingClientRect();
    if (options.zoom || Math.max(box.width, box.height) < 44) {
      void zoom.load().then((z) => z?.show(path));
    }
    card.scrollIntoView();
  }

  setupKeys(drawing, { focus: focusOn, choose: (code) => choose(code), close, zoom: (how) => void zoom.step(how) });
  setupPointer(frame, drawing, { hover: say, choose: (code) => choose(code) });
  const searchRoot = figure.querySelector<HTMLElement>('[data-map-search]');
  if (searchRoot) {
    setupSearch(searchRoot, searchUnitsOf(data, island.former, island.later), (code) => {
      choose(code, { zoom: true });
      // Focus follows the choice: the shape becomes the map's Tab stop, so the arrows go on from it.
      drawing.shapeOf(code)?.focus({ preventScroll: true });
    });
  }
  // Its month links load pages: the months file has counts only, not the view's classes.
  if (!otherView)
    setupMonthNav({
      figure,
      data: () => data,
      setData(next) {
        data = next;
        drawing.recolour(next);
        card.refresh(next);
      },
    });
  figure.dataset['ready'] = '';
}
