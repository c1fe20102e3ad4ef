/**
 * The pointer on the drawing: a tap or click chooses a commune, hovering says its sentence. A drag
 * (a pan, once Leaflet is loaded) ends over whatever is under the pointer: `isDrag` (pure) tells
 * it from a tap. The press (position and shape) is the only state.
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
  let press: (Point & { code: string | undefined }) | undefined;
  let chosenOnRelease = false;
  // Capture on the frame: once Leaflet is loaded the drawing sits inside its container.
  frame.addEventListener(
    'pointerdown',
    (e) => {
      const path = drawing.shapeAt(e.target);
      press = { x: e.clientX, y: e.clientY, code: path && drawing.codeOf(path) };
      chosenOnRelease = false;
    },
    true,
  );
  // The choice is the shape under the press, made on the release: a first press loads Leaflet,
  // which moves the drawing into its pane, and on a slow phone that can happen between press and
  // release, so the browser's "click" (which needs both on the same element) would be lost.
  frame.addEventListener(
    'pointerup',
    (e) => {
      if (!press?.code || e.button !== 0 || isDrag(press, { x: e.clientX, y: e.clientY })) return;
      chosenOnRelease = true;
      on.choose(press.code);
    },
    true,
  );
  // A click without a press (a screen reader's "activate") chooses too; one after a release does not again.
  frame.addEventListener(
    'click',
    (e) => {
      const path = drawing.shapeAt(e.target);
      const already = chosenOnRelease;
      chosenOnRelease = false;
      if (already || !path || isDrag(press, { x: e.clientX, y: e.clientY })) return;
      on.choose(drawing.codeOf(path));
    },
    true,
  );
  drawing.svg.addEventListener('mouseover', (e) => {
    const path = drawing.shapeAt(e.target);
    if (path) on.hover(drawing.codeOf(path));
  });
}
