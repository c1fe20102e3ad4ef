/**
 * The only map script. It reads the month "island" the page embeds, fetches the layout geometry
 * once (TopoJSON, planar coordinates), draws it with Leaflet in a simple CRS (no tile layer, so no
 * third-party request), and restyles on month change without reloading, updating the URL.
 *
 * Accessibility: shapes use a roving tabindex (one Tab stop; arrow keys move between communes);
 * focus, hover and tap all show the same sentence in a live region and a tooltip.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, Geometry } from 'geojson';
import { band, LETTER_BAND } from '../lib/palette';
import { communeLabel } from '../lib/labels';
import type { MapIsland } from '../lib/map-view';
import { enhanceSortableTables } from './sortable-table';

type Props = { code: string; districtCode?: string };

function readIsland(root: ParentNode): MapIsland {
  const el = root.querySelector('[data-map-island]');
  return JSON.parse(el?.textContent ?? '{}') as MapIsland;
}

function labelOf(island: MapIsland, code: string): string {
  const c = island.communes[code];
  return c ? communeLabel(c[0], c[1], c[2], c[3]) : code;
}

function fillOf(island: MapIsland, code: string): string {
  return band(LETTER_BAND[island.communes[code]?.[4] ?? 'n'] ?? 'none').colour;
}

/** Draws the interactive map; resolves when it is on screen (or when it gave up and kept the SVG). */
export async function mountMap(): Promise<void> {
  const figure = document.querySelector<HTMLElement>('[data-map-figure]');
  const mount = figure?.querySelector<HTMLElement>('[data-map-mount]');
  const staticMap = figure?.querySelector<HTMLElement>('[data-map-static]');
  const info = figure?.querySelector<HTMLElement>('[data-map-info]');
  if (!figure || !mount || !staticMap || !info) return;
  enhanceSortableTables();
  let island = readIsland(document);

  const response = await fetch(figure.dataset['topology'] ?? '');
  if (!response.ok) return; // keep the server-rendered SVG
  const topology = (await response.json()) as Topology;
  const [, , width, height] = topology.bbox ?? [0, 0, 1000, 1000];
  const objects = topology.objects as Record<string, GeometryCollection<Props>>;
  const shapesObject = objects['communes'] ?? objects['tiles'];
  if (!shapesObject) return;
  const toFeatures = (o: GeometryCollection<Props>) =>
    (feature(topology, o) as unknown as { features: Feature<Geometry, Props>[] }).features;

  mount.hidden = false;
  staticMap.hidden = true;
  const map = L.map(mount, {
    crs: L.CRS.Simple,
    zoomSnap: 0.25,
    // The layout is ~1000 units wide; on a phone that is less than one pixel per unit, i.e. a
    // negative zoom. Leaflet clamps fitBounds to minZoom (0 by default), so allow below zero.
    minZoom: -4,
    keyboard: false,
    attributionControl: true,
    zoomControl: true,
  });
  map.attributionControl.setPrefix(false);
  // Sources are credited in full in the caption right under the map; keep the overlay short.
  map.attributionControl.addAttribution('Leaflet');
  // Planar layout coordinates: x to the right, y downwards → Leaflet's [lat, lng] = [-y, x].
  const coordsToLatLng = (c: number[]) => L.latLng(-(c[1] ?? 0), c[0] ?? 0);
  const bounds = L.latLngBounds([-height, 0], [0, width]);

  // District outlines exist only in vintages with districts (before July 2025).
  if (objects['districts']) {
    L.geoJSON(toFeatures(objects['districts']), {
      coordsToLatLng,
      interactive: false,
      style: { color: '#64748b', weight: 1, fillColor: '#f8fafc', fillOpacity: 1 },
    }).addTo(map);
  }
  if (objects['insets']) {
    L.geoJSON(toFeatures(objects['insets']), {
      coordsToLatLng,
      interactive: false,
      style: { color: '#334155', weight: 1.5, dashArray: '6 4', fill: false },
    }).addTo(map);
  }

  const shapes = toFeatures(shapesObject).sort((a, b) => a.properties.code.localeCompare(b.properties.code));
  const layers = new Map<string, L.Path>();
  const styleOf = (code: string): L.PathOptions => ({
    color: '#ffffff',
    weight: 1.5,
    fillColor: fillOf(island, code),
    fillOpacity: 1,
  });
  const show = (code: string) => {
    info.textContent = labelOf(island, code);
  };
  const communes = L.geoJSON(shapes, {
    coordsToLatLng,
    style: (f) => styleOf((f?.properties as Props).code),
    onEachFeature: (f, layer) => {
      const code = (f.properties as Props).code;
      layers.set(code, layer as L.Path);
      layer.bindTooltip(() => labelOf(island, code), { sticky: true });
      layer.on('mouseover click', () => show(code));
    },
  }).addTo(map);

  map.fitBounds(bounds);
  map.setMaxBounds(bounds.pad(0.25));
  map.setMinZoom(map.getZoom() - 0.5);

  // Roving tabindex over the commune shapes, in code order.
  const codes = shapes.map((s) => s.properties.code);
  const elementOf = (code: string) => layers.get(code)?.getElement() as SVGElement | undefined;
  const focusCode = (code: string) => {
    for (const c of codes) elementOf(c)?.setAttribute('tabindex', c === code ? '0' : '-1');
    elementOf(code)?.focus();
  };
  const label = () => {
    codes.forEach((code, i) => {
      const el = elementOf(code);
      if (!el) return;
      el.setAttribute('tabindex', i === 0 ? '0' : '-1');
      el.setAttribute('role', 'img');
      el.setAttribute('aria-label', labelOf(island, code));
      el.dataset['code'] = code;
    });
  };
  label();
  for (const [i, code] of codes.entries()) {
    const el = elementOf(code);
    if (!el) continue;
    el.addEventListener('focus', () => {
      show(code);
      // The sentence goes to the live region under the map (no tooltip: on a phone it would
      // cover the map). The focus ring is CSS; bringToFront() would move the element and drop focus.
    });
    el.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
      let next: number | undefined;
      if (step !== undefined) next = (i + step + codes.length) % codes.length;
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = codes.length - 1;
      if (next === undefined) return;
      event.preventDefault();
      focusCode(codes[next] ?? code);
    });
  }

  const restyle = () => {
    communes.setStyle((f) => styleOf((f?.properties as Props).code));
    label();
    for (const path of document.querySelectorAll<SVGPathElement>('[data-map-svg] path[data-code]')) {
      path.setAttribute('fill', fillOf(island, path.dataset['code'] ?? ''));
    }
    info.textContent = '';
  };

  // Month switch: fetch the month's own static page, swap the regions that depend on the month,
  // recolour the map from that page's island. The URL changes; the map stays.
  const cache = new Map<string, Document>();
  const load = async (href: string, push: boolean, role?: string) => {
    let doc = cache.get(href);
    if (!doc) {
      const res = await fetch(href);
      if (!res.ok) {
        window.location.href = href;
        return;
      }
      doc = new DOMParser().parseFromString(await res.text(), 'text/html');
      cache.set(href, doc);
    }
    for (const region of document.querySelectorAll<HTMLElement>('[data-month-region]')) {
      const fresh = doc.querySelector<HTMLElement>(`[data-month-region="${region.dataset['monthRegion']}"]`);
      if (fresh) region.replaceWith(document.importNode(fresh, true));
    }
    island = readIsland(doc);
    document.querySelector('[data-map-island]')!.textContent = JSON.stringify(island);
    document.title = doc.title;
    if (push) history.pushState({ href }, '', href);
    enhanceSortableTables();
    restyle();
    // The clicked link was replaced with the region: keep keyboard users where they were
    // (the same "previous"/"next" link), else on the new month's heading.
    const again = role ? document.querySelector<HTMLElement>(`[data-month-nav] [data-role="${role}"]`) : null;
    const heading = document.querySelector<HTMLElement>('[data-month-region="heading"] h1');
    if (again) again.focus();
    else if (heading && role) {
      heading.tabIndex = -1;
      heading.focus();
    }
  };
  document.addEventListener('click', (event: MouseEvent) => {
    const a = (event.target as Element).closest<HTMLAnchorElement>('[data-month-nav] a[data-month]');
    if (!a || event.metaKey || event.ctrlKey || event.shiftKey) return;
    // Another vintage means other units and other geometry: let the link load its own page.
    if (a.dataset['vintage'] !== figure.dataset['vintage']) return;
    event.preventDefault();
    void load(a.href, true, a.dataset['role']);
  });
  window.addEventListener('popstate', (event: PopStateEvent) => {
    // Back to a month of this page's vintage (pushed by `load`) swaps in place; else reload.
    if ((event.state as { href?: string } | null)?.href) void load(window.location.href, false);
    else window.location.reload();
  });
  figure.dataset['ready'] = '';
}
