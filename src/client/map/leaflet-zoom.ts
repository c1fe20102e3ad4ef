/**
 * Pan and zoom with Leaflet, imported dynamically by zoom.ts on the first intent only (a mouse
 * press, a pinch, the wheel, a zoom button, a search choice). Leaflet moves the page's own SVG into
 * its overlay pane (L.svgOverlay in a simple CRS): no tiles, no second drawing, no geometry download.
 */
import L from 'leaflet';
import type { Zoom } from './types';

export function createZoom(frame: HTMLElement, svg: SVGSVGElement): Zoom {
  const { width, height } = svg.viewBox.baseVal;
  // Keep the frame the size the static drawing had, so nothing on the page moves.
  frame.style.height = `${frame.getBoundingClientRect().height}px`;
  const map = L.map(frame, {
    crs: L.CRS.Simple,
    zoomSnap: 0,
    zoomDelta: 1,
    minZoom: -5,
    maxZoom: 6,
    keyboard: false,
    // The wheel scrolls the page; Ctrl (⌘) + wheel zooms (zoom.ts calls `wheel`).
    scrollWheelZoom: false,
    boxZoom: false,
    zoomControl: false,
    attributionControl: false,
  });
  // Layout coordinates: x to the right, y downwards → Leaflet's [lat, lng] = [-y, x].
  const bounds = L.latLngBounds([-height, 0], [0, width]);
  L.svgOverlay(svg, bounds, { interactive: false }).addTo(map);
  map.fitBounds(bounds, { animate: false, padding: [0, 0] });
  map.setMinZoom(map.getZoom() - 0.5);
  map.setMaxBounds(bounds.pad(0.2));
  const animate = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  // Steps asked for while a zoom animates (three presses of +) would be dropped by Leaflet: keep
  // the zoom wanted and go on to it when the animation ends.
  let wanted: number | undefined;
  // A unit focused while a zoom animates is followed once the zoom ends (a pan then would be dropped).
  let zooming = false;
  let pending: SVGGraphicsElement | undefined;
  const follow = (path: SVGGraphicsElement): void => {
    const box = path.getBBox();
    const shape = L.latLngBounds([-(box.y + box.height), box.x], [-box.y, box.x + box.width]);
    // Inside with a margin of 10 % of the view on each side, or centred.
    if (!map.getBounds().pad(-0.1).contains(shape)) map.panTo(shape.getCenter(), { animate });
  };
  map.on('zoomstart', () => (zooming = true));
  map.on('zoomend', () => {
    if (wanted !== undefined && Math.abs(wanted - map.getZoom()) > 1e-6) {
      map.setZoom(wanted, { animate });
      return;
    }
    wanted = undefined;
    zooming = false;
    if (pending) follow(pending);
    pending = undefined;
  });
  const stepBy = (delta: number) => {
    wanted = Math.max(map.getMinZoom(), Math.min(map.getMaxZoom(), (wanted ?? map.getZoom()) + delta));
    map.setZoom(wanted, { animate });
  };
  return {
    zoomIn: () => stepBy(1),
    zoomOut: () => stepBy(-1),
    reset: () => {
      wanted = undefined;
      map.fitBounds(bounds, { animate, padding: [0, 0] });
    },
    wheel(e) {
      // One notch (about 100 px) is half a zoom step, centred on the pointer.
      const at = map.mouseEventToContainerPoint(e);
      map.setZoomAround(at, map.getZoom() - Math.max(-2, Math.min(2, e.deltaY / 200)), { animate: false });
    },
    follow(path) {
      if (zooming) pending = path;
      else follow(path);
    },
    show(path) {
      const box = path.getBBox();
      const size = map.getSize();
      const want = Math.max(66, Math.min(size.x, size.y) / 4);
      const needed = Math.log2(want / Math.max(box.width, box.height, 0.1));
      const z = Math.min(map.getMaxZoom(), Math.max(map.getZoom(), needed));
      map.setView(L.latLng(-(box.y + box.height / 2), box.x + box.width / 2), z, { animate });
    },
  };
}
