/**
 * Pan and zoom on demand. Leaflet (leaflet-zoom.ts, a dynamic import so it stays out of the first
 * load) is fetched on the first intent only: a mouse press on the map, a pinch, Ctrl (⌘) + wheel, a
 * zoom button or key, or a choice that needs a closer look. Its state is the one pending load;
 * offline, the static map stays usable and the next intent tries again.
 *
 * The map never traps the page: the wheel and a one-finger swipe scroll it (a hint says how to move
 * the map instead: Ctrl + wheel, two fingers, or the buttons).
 */
import type { Zoom, ZoomLoader } from './types';

/** How long a hint ("hold Ctrl", "two fingers") stays after the gesture that called for it. */
const HINT_MS = 1500;

/** Shows a hint element for a moment (each hint has its own timer). */
function hinter(hint: HTMLElement | null): () => void {
  let timer: number | undefined;
  return () => {
    if (!hint) return;
    hint.hidden = false;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => (hint.hidden = true), HINT_MS);
  };
}

/** Ctrl (⌘) + wheel zooms the map; a plain wheel scrolls the page and shows how to zoom. */
function setupWheel(figure: HTMLElement, frame: HTMLElement, zoom: ZoomLoader): void {
  const hint = hinter(figure.querySelector<HTMLElement>('[data-wheel-hint]'));
  frame.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault(); // not the browser's page zoom
        void zoom.load().then((z) => z?.wheel(e));
        return;
      }
      hint();
    },
    { passive: false },
  );
}

/**
 * Touch: two fingers load Leaflet (a pinch), one finger scrolls the page (the frame's CSS
 * touch-action lets the browser pan) and, when it moves, shows how to move the map.
 */
function setupTouch(figure: HTMLElement, frame: HTMLElement, zoom: ZoomLoader): void {
  const hint = hinter(figure.querySelector<HTMLElement>('[data-touch-hint]'));
  frame.addEventListener(
    'touchstart',
    (e) => {
      if (e.touches.length > 1) void zoom.load();
    },
    { passive: true },
  );
  frame.addEventListener(
    'touchmove',
    (e) => {
      if (e.touches.length === 1) hint();
    },
    { passive: true },
  );
}

/** The +, − and "Toàn bản đồ" buttons under the map. */
function setupButtons(figure: HTMLElement, zoom: ZoomLoader): void {
  const tools = figure.querySelector<HTMLElement>('[data-map-tools]');
  if (!tools) return;
  tools.hidden = false;
  tools.addEventListener('click', (e) => {
    const how = (e.target as Element).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
    if (how === 'in' || how === 'out' || how === 'reset') void zoom.step(how);
  });
}

export function setupZoom(figure: HTMLElement, frame: HTMLElement, svg: SVGSVGElement): ZoomLoader {
  let zooming: Promise<Zoom | undefined> | undefined;
  let ready: Zoom | undefined;
  const load = (): Promise<Zoom | undefined> =>
    (zooming ??= import('./leaflet-zoom').then(
      (m) => {
        // Leaflet moves the SVG into its pane, which drops focus: give it back to the same shape.
        const focused = svg.contains(document.activeElement) ? document.activeElement : null;
        ready = m.createZoom(frame, svg);
        if (focused instanceof SVGElement) focused.focus({ preventScroll: true });
        figure.dataset['zoomReady'] = '';
        return ready;
      },
      () => {
        zooming = undefined; // offline: the static map stays usable; try again next time
        return undefined;
      },
    ));
  const zoom: ZoomLoader = {
    load,
    ready: () => ready,
    step: (how) => load().then((z) => (how === 'in' ? z?.zoomIn() : how === 'out' ? z?.zoomOut() : z?.reset())),
  };

  frame.addEventListener('pointerdown', (e) => {
    // A mouse press on the map is the intent to pan: load Leaflet now.
    if (e.pointerType === 'mouse') void load();
  });
  setupTouch(figure, frame, zoom);
  setupWheel(figure, frame, zoom);
  setupButtons(figure, zoom);
  return zoom;
}
