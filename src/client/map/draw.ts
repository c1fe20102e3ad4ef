/**
 * The drawing: the server-rendered SVG already on the page, never drawn again. This part finds its
 * commune shapes, recolours them for a month (band class, aria-label, <title>) and outlines the
 * chosen one. Its only state is the shape outlined now.
 */
import { BANDS, bandClass, type BandId } from '../../lib/model/bands';
import { labelOf } from './data';
import type { Drawing, MapData } from './types';

const BAND_CLASSES = BANDS.map((b) => bandClass('count', b.id));
const SHAPE = 'path[data-code]';

/** Recolours a commune shape: its band class gives the fill (the stylesheet's rule of that class). */
function paint(path: SVGElement, id: BandId): void {
  const wanted = bandClass('count', id);
  if (path.classList.contains(wanted)) return;
  path.classList.remove(...BAND_CLASSES);
  path.classList.add(wanted);
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
