/**
 * Pan and zoom on demand. Leaflet (leaflet-zoom.ts, a dynamic import so it stays out of the first
 * load) is fetched on the first intent only: a mouse press on the map, a pinch, the wheel, a zoom
 * button, or a choice that needs a closer look. Its state is the one pending load; offline, the
 * static map stays usable and the next intent tries again.
 */
import type { Zoom, ZoomLoader } from './types';

export function setupZoom(figure: HTMLElement, frame: HTMLElement, svg: SVGSVGElement): ZoomLoader {
  let zooming: Promise<Zoom | undefined> | undefined;
  const zoom: ZoomLoader = () =>
    (zooming ??= import('./leaflet-zoom').then(
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
  frame.addEventListener('wheel', () => void zoom(), { passive: true });

  const tools = figure.querySelector<HTMLElement>('[data-map-tools]');
  if (tools) {
    tools.hidden = false;
    tools.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-zoom]');
      const how = button?.dataset['zoom'];
      if (how) void zoom().then((z) => (how === 'in' ? z?.zoomIn() : z?.zoomOut()));
    });
  }
  return zoom;
}
