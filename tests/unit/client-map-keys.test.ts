/**
 * The map's keyboard and pointer decisions (src/client/map/keys.ts, pointer.ts): which commune an
 * arrow key moves to (wrapping at both ends), Home and End, choose and close, keys left alone; a
 * drag told from a tap.
 */
import { describe, expect, it } from 'vitest';
import { keyAction } from '../../src/client/map/keys';
import { isDrag } from '../../src/client/map/pointer';

describe('keyAction', () => {
  it('moves to the next commune with Right or Down, the previous with Left or Up, wrapping around', () => {
    expect(keyAction('ArrowRight', 3, 48)).toEqual({ kind: 'move', to: 4 });
    expect(keyAction('ArrowDown', 47, 48)).toEqual({ kind: 'move', to: 0 });
    expect(keyAction('ArrowLeft', 3, 48)).toEqual({ kind: 'move', to: 2 });
    expect(keyAction('ArrowUp', 0, 48)).toEqual({ kind: 'move', to: 47 });
  });

  it('moves to the first commune with Home and the last with End', () => {
    expect(keyAction('Home', 20, 143)).toEqual({ kind: 'move', to: 0 });
    expect(keyAction('End', 20, 143)).toEqual({ kind: 'move', to: 142 });
  });

  it('chooses with Enter or Space and closes the card with Escape', () => {
    expect(keyAction('Enter', 5, 48)).toEqual({ kind: 'choose' });
    expect(keyAction(' ', 5, 48)).toEqual({ kind: 'choose' });
    expect(keyAction('Escape', 5, 48)).toEqual({ kind: 'close' });
  });

  it('leaves other keys to the browser (Tab leaves the map)', () => {
    for (const key of ['Tab', 'a', 'PageDown', 'Shift']) expect(keyAction(key, 5, 48)).toBeUndefined();
  });
});

describe('isDrag', () => {
  it('takes a press and click within 6 px for a tap, further for a drag', () => {
    expect(isDrag({ x: 100, y: 100 }, { x: 104, y: 104 })).toBe(false);
    expect(isDrag({ x: 100, y: 100 }, { x: 100, y: 107 })).toBe(true);
    expect(isDrag({ x: 100, y: 100 }, { x: 95, y: 95 })).toBe(true);
  });

  it('takes a click without a press (keyboard, assistive technology) for a tap', () => {
    expect(isDrag(undefined, { x: 0, y: 0 })).toBe(false);
  });
});
