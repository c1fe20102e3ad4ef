/**
 * The drawing: the server-rendered SVG already on the page, never drawn again. This part finds its
 * commune shapes, recolours them for a month (band class, aria-label, <title>) and outlines the
 * chosen one. Its only state is the shape outlined now.
 */
import { band, type BandId } from '../../lib/render/palette';
import { labelOf } from './data';
import type { Drawing, MapData } from './types';

const BAND_CLASSES = ['band-met', 'band-high', 'band-mid', 'band-low', 'band-none'];
const SHAPE = 'path[data-code]';

/**
 * Recolours a commune shape: its band class (`band-<id>` gives the fill). A shape drawn with a
 * `fill` attribute (older MapSvg) gets that attribute kept in step, so it shows the same colour
 * whichever way the drawing was made (a CSS class wins over the attribute anyway).
 */
function paint(path: SVGElement, id: BandId): void {
  const wanted = `band-${id}`;
  if (path.classList.contains(wanted)) return;
  path.classList.remove(...BAND_CLASSES);
  path.classList.add(wanted);
  if (path.hasAttribute('fill')) path.setAttribute('fill', band(id).colour);
}

export function createDrawing(svg: SVGSVGElement): Drawing {
  const paths = [...svg.querySelectorAll<SVGPathElement>(SHAPE)];
  const codeOf = (path: SVGPathElement) => path.dataset['code'] ?? '';
  const byCode = new Map(paths.map((p) => [codeOf(p), p]));
  let marked: SVGPathElement | undefined;

  return {
    svg,
    paths,
    codeOf,
    shapeOf: (code) => byCode.get(code),
    shapeAt: (target) => (target instanceof Element ? (target.closest<SVGPathElement>(SHAPE) ?? undefined) : undefined),
    recolour(data: MapData) {
      for (const path of paths) {
        const c = data.communes.get(codeOf(path));
        if (!c) continue;
        paint(path, c.band);
        const label = labelOf(c);
        path.setAttribute('aria-label', label);
        // The server wrote the same sentence: only a new month changes it.
        const title = path.querySelector('title');
        if (title && title.textContent !== label) title.textContent = label;
      }
    },
    mark(code) {
      marked?.classList.remove('is-chosen');
      marked = code === undefined ? undefined : byCode.get(code);
      if (!marked) return;
      marked.classList.add('is-chosen');
      // Draw the chosen outline above its neighbours; keep keyboard focus where it was.
      const hadFocus = document.activeElement === marked;
      marked.parentNode?.appendChild(marked);
      if (hadFocus) marked.focus({ preventScroll: true });
    },
  };
}
