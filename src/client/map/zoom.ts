/**
 * Pan and zoom on demand. Leaflet (leaflet-zoom.ts, a dynamic import so it stays out of the first
 * load) is fetched on the first intent only: a mouse press on the map, a pinch, Ctrl (⌘) + wheel, a
 * zoom button, or a choice that needs a closer look. Its state is the one pending load; offline, the
 * static map stays usable and the next intent tries again.
 */
import type { Zoom, ZoomLoader } from './types';

/** How long the "hold Ctrl" hint stays after a plain wheel over the map. */
const HINT_MS = 1500;

/**
 * The wheel scrolls the page (a map must not trap it); Ctrl (⌘) + wheel zooms the map, and a plain
 * wheel over it briefly shows how to zoom.
 */
function setupWheel(figure: HTMLElement, frame: HTMLElement, zoom: ZoomLoader): void {
  const hint = figure.querySelector<HTMLElement>('[data-wheel-hint]');
  let timer: number | undefined;
  frame.addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey || e.metaKey) {
        e.preventDefault(); // not the browser's page zoom
        void zoom().then((z) => z?.wheel(e));
        return;
      }
      if (!hint) return;
      hint.hidden = false;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => (hint.hidden = true), HINT_MS);
    },
    { passive: false },
  );
}

export function setupZoom(figure: HTMLElement, frame: HTMLElement, svg: SVGSVGElement): ZoomLoader {
  let zooming: Promise<Zoom | undefined> | undefined;
  const zoom: ZoomLoader = () =>
    (zooming ??= import('./leaflet-zoom').then(
      (m) => {
        // Leaflet moves the SVG into its pane, which drops focus: give it back to the same shape.
        const focused = svg.contains(document.activeElement) ? document.activeElement : null;
        const z = m.createZoom(frame, svg);
        if (focused instanceof SVGElement) focused.focus({ preventScroll: true });
        figure.dataset['zoomReady'] = '';
        return z;
      },
      () => {
        zooming = undefined; // offline: the static map stays usable; try again next time
        return undefined;
      },
    ));

  frame.addEventListener('pointerdown', (e) => {
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
  setupWheel(figure, frame, zoom);

  const tools = figure.querySelector<HTMLElement>('[data-map-tools]');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-zoom]');
      const how = button?.dataset['zoom'];
      if (how) void zoom().then((z) => (how === 'in' ? z?.zoomIn() : how === 'out' ? z?.zoomOut() : z?.reset()));
    });
  }
  return zoom;
}
