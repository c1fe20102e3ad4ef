/**
 * The keyboard on the drawing: the communes become a group of buttons in one Tab stop (roving
 * tabindex); the arrow keys move to the next or previous commune in document order (wrapping),
 * Home and End to the first and last, Enter or Space chooses, Escape closes the card. What a key
 * does is decided by `keyAction` (pure, unit-tested); focus itself is the only state.
 */
import type { Drawing } from './types';

/** What a key pressed on commune `index` of `count` does. */
export type KeyAction = { kind: 'move'; to: number } | { kind: 'choose' } | { kind: 'close' };

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/** The action of `key` on commune `index` of `count`; undefined: the key is not the map's. */
export function keyAction(key: string, index: number, count: number): KeyAction | undefined {
  const step = STEPS[key];
  if (step !== undefined) return { kind: 'move', to: (index + step + count) % count };
  if (key === 'Home') return { kind: 'move', to: 0 };
  if (key === 'End') return { kind: 'move', to: count - 1 };
  if (key === 'Enter' || key === ' ') return { kind: 'choose' };
  if (key === 'Escape') return { kind: 'close' };
  return undefined;
}

export interface KeyEvents {
  /** A commune got focus (say its sentence). */
  focus(code: string): void;
  choose(code: string): void;
  close(): void;
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
  svg.addEventListener('keydown', (e) => {
    const path = drawing.shapeAt(e.target);
    if (!path) return;
    const action = keyAction(e.key, paths.indexOf(path), paths.length);
    switch (action?.kind) {
      case 'close':
        on.close();
        break;
      case 'choose':
        e.preventDefault();
        on.choose(drawing.codeOf(path));
        break;
      case 'move':
        e.preventDefault();
        paths[action.to]?.focus();
        break;
    }
  });
}
