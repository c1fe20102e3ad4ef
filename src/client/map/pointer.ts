/**
 * The pointer on the drawing: a tap or click chooses a commune, hovering says its sentence. A drag
 * (a pan, once Leaflet is loaded) ends with a click on whatever is under the pointer: `isDrag`
 * (pure) tells it from a tap. The press position is the only state.
 */
import type { Drawing } from './types';

interface Point {
  x: number;
  y: number;
}

/** Whether the pointer moved more than 6 px between press and click: a drag, not a choice. */
export function isDrag(down: Point | undefined, up: Point): boolean {
  return down !== undefined && Math.hypot(up.x - down.x, up.y - down.y) > 6;
}

export interface PointerEvents {
  hover(code: string): void;
  choose(code: string): void;
}

export function setupPointer(frame: HTMLElement, drawing: Drawing, on: PointerEvents): void {
  let down: Point | undefined;
  frame.addEventListener('pointerdown', (e) => {
    down = { x: e.clientX, y: e.clientY };
  });
  drawing.svg.addEventListener('click', (e) => {
    const path = drawing.shapeAt(e.target);
    if (!path || isDrag(down, { x: e.clientX, y: e.clientY })) return;
    on.choose(drawing.codeOf(path));
  });
  drawing.svg.addEventListener('mouseover', (e) => {
    const path = drawing.shapeAt(e.target);
    if (path) on.hover(drawing.codeOf(path));
  });
}
