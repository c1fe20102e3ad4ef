/**
 * The keyboard on the drawing: the communes become a group of buttons in one Tab stop (roving
 * tabindex); an arrow key moves to the neighbour in its direction on the map (`neighbourIn`, from
 * the shapes' centres), Home and End to the first and last in document order, Enter or Space
 * chooses, Escape closes the card, + and − zoom. What a key does is decided by `keyAction` and `neighbourIn`
 * (pure, unit-tested); focus itself is the only state.
 */
import type { Drawing } from './types';

/** What a key pressed on a commune, of `count`, does. */
export type KeyAction =
  | { kind: 'move'; to: number }
  | { kind: 'arrow'; direction: Point }
  | { kind: 'choose' }
  | { kind: 'close' }
  | { kind: 'zoom'; how: 'in' | 'out' };

/** + zooms in and − out, whichever key of the keyboard or keypad types them. */
const ZOOM_KEYS: Readonly<Record<string, 'in' | 'out'>> = { '+': 'in', '=': 'in', '-': 'out', _: 'out' };

/** A point in the drawing's coordinates (y downwards). */
export interface Point {
  x: number;
  y: number;
}

const DIRECTIONS: Readonly<Record<string, Point>> = {
  ArrowRight: { x: 1, y: 0 },
  ArrowLeft: { x: -1, y: 0 },
  ArrowDown: { x: 0, y: 1 },
  ArrowUp: { x: 0, y: -1 },
};

/**
 * The commune an arrow moves to from commune `from`: of the centres ahead within 45° of the
 * direction, the nearest (sideways distance counts double, so straight ahead wins); failing that,
 * the nearest anywhere ahead. Undefined when nothing lies that way (the edge of the map).
 */
export function neighbourIn(centres: readonly Point[], from: number, direction: Point): number | undefined {
  const here = centres[from];
  if (!here) return undefined;
  let best: [number, number] | undefined;
  let ahead: [number, number] | undefined;
  centres.forEach((c, i) => {
    const dx = c.x - here.x;
    const dy = c.y - here.y;
    const along = dx * direction.x + dy * direction.y;
    const across = Math.abs(dx * direction.y - dy * direction.x);
    if (i === from || along <= 0) return;
    const score = along + 2 * across;
    if (across <= along && (!best || score < best[0])) best = [score, i];
    if (!ahead || score < ahead[0]) ahead = [score, i];
  });
  return (best ?? ahead)?.[1];
}

/** The action of `key` on a commune, of `count`; undefined: the key is not the map's. */
export function keyAction(key: string, count: number): KeyAction | undefined {
  const direction = DIRECTIONS[key];
  if (direction !== undefined) return { kind: 'arrow', direction };
  if (key === 'Home') return { kind: 'move', to: 0 };
  if (key === 'End') return { kind: 'move', to: count - 1 };
  if (key === 'Enter' || key === ' ') return { kind: 'choose' };
  if (key === 'Escape') return { kind: 'close' };
  const how = ZOOM_KEYS[key];
  if (how) return { kind: 'zoom', how };
  return undefined;
}

export interface KeyEvents {
  /** A commune got focus (say its sentence). */
  focus(code: string): void;
  choose(code: string): void;
  close(): void;
  zoom(how: 'in' | 'out'): void;
}

export function setupKeys(drawing: Drawing, on: KeyEvents): void {
  const { svg, paths } = drawing;
  svg.setAttribute('role', 'group');
  paths.forEach((path, i) => {
    path.setAttribute('tabindex', i === 0 ? '0' : '-1');
    path.setAttribute('role', 'button');
  });
  svg.addEventListener('focusin', (e) => {
    const path = drawing.shapeAt(e.target);
    if (!path) return;
    for (const p of paths) p.setAttribute('tabindex', p === path ? '0' : '-1');
    on.focus(drawing.codeOf(path));
  });
  // Centres in the drawing's own coordinates: Leaflet scales the whole SVG, so they never change.
  let centres: Point[] | undefined;
  const centresOf = () =>
    (centres ??= paths.map((p) => {
      const b = p.getBBox();
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    }));
  svg.addEventListener('keydown', (e) => {
    const path = drawing.shapeAt(e.target);
    if (!path) return;
    const action = keyAction(e.key, paths.length);
    switch (action?.kind) {
      case 'close':
        on.close();
        break;
      case 'choose':
        e.preventDefault();
        on.choose(drawing.codeOf(path));
        break;
      case 'zoom':
        e.preventDefault();
        on.zoom(action.how);
        break;
      case 'move':
        e.preventDefault();
        paths[action.to]?.focus();
        break;
      case 'arrow': {
        e.preventDefault();
        const to = neighbourIn(centresOf(), paths.indexOf(path), action.direction);
        if (to !== undefined) paths[to]?.focus();
        break;
      }
    }
  });
}
