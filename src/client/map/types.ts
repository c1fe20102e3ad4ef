/**
 * The one types module of the map script (see index.ts for how the parts fit). Every part depends
 * on these types and on pure src/lib modules only, never on another part, so nothing imports in a
 * circle: index.ts hands each part the others' interfaces as plain objects and callbacks.
 */
import type { BandId } from '../../lib/model/bands';
import type { MapIsland } from '../../lib/model/map-view';

/** What the page embeds next to the map (see MapFigure.astro). */
export interface PageIsland extends MapIsland {
  /** Former names (previous vintage) of each unit. */
  former?: Record<string, string[]>;
  /** The next vintage's unit each unit was merged into (old vintage). */
  later?: Record<string, string>;
  /** Change since the previous month of the same vintage, per commune. */
  changes?: Record<string, number>;
  previousMonth?: string | null;
  /** Sentences the card adds per commune for the page's month (pace, per 1,000 residents). */
  notes?: Record<string, string[]>;
  /** Set on a page of another view of the map: its shapes keep the server's classes and titles. */
  view?: string;
}

/** One commune in the month shown. */
export interface Commune {
  name: string;
  district: string;
  count: number | null;
  target: number;
  band: BandId;
  change: number | undefined;
  /** The card's extra sentences (pace, per 1,000): only for the month the page was built for. */
  notes?: readonly string[] | undefined;
}

/** The month the map shows. */
export interface MapData {
  month: string;
  /** The previous month on the same vintage, if any (the card's "so với …"). */
  previousMonth: string | null;
  communes: Map<string, Commune>;
}

/** The page's drawing (draw.ts): its commune shapes, recoloured in place. */
export interface Drawing {
  readonly svg: SVGSVGElement;
  /** The commune shapes in document order at mount (the order of the arrow keys). */
  readonly paths: readonly SVGPathElement[];
  /** The commune shape an event happened in, if any. */
  shapeAt(target: EventTarget | null): SVGPathElement | undefined;
  codeOf(path: SVGPathElement): string;
  shapeOf(code: string): SVGPathElement | undefined;
  /** Band classes, aria-labels and titles of every shape for a month. */
  recolour(data: MapData): void;
  /** Outlines the chosen commune (undefined: none), keeping keyboard focus where it was. */
  mark(code: string | undefined): void;
}

/** Pan and zoom (leaflet-zoom.ts), once Leaflet is loaded. */
export interface Zoom {
  zoomIn(): void;
  zoomOut(): void;
  /** Back to the whole map. */
  reset(): void;
  /** Zooms for a Ctrl (⌘) + wheel event, around the pointer. */
  wheel(e: WheelEvent): void;
  /** Centres a commune and zooms until it is at least 66 px across (44 px plus a margin). */
  show(path: SVGGraphicsElement): void;
  /** Pans, at the same zoom, until a commune is inside the view (keyboard focus follows the map). */
  follow(path: SVGGraphicsElement): void;
}

/** Pan and zoom on demand (zoom.ts). */
export interface ZoomLoader {
  /** Loads Leaflet; undefined when it could not be loaded (offline). */
  load(): Promise<Zoom | undefined>;
  /** Pan and zoom if already loaded (nothing is fetched). */
  ready(): Zoom | undefined;
  /** A zoom button or key: in, out, or back to the whole map. */
  step(how: 'in' | 'out' | 'reset'): Promise<void>;
}

/** What the month switch needs from the map. */
export interface MapController {
  readonly figure: HTMLElement;
  /** The month shown now. */
  data(): MapData;
  /** Shows another month: recolours the drawing, refreshes labels and the open card. */
  setData(data: MapData): void;
}
