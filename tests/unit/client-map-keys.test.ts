/**
 * The map's keyboard and pointer decisions (src/client/map/keys.ts, pointer.ts): which commune an
 * arrow key moves to (wrapping at both ends), Home and End, choose and close, keys left alone; a
 * drag told from a tap.
 */
import { describe, expect, it } from 'vitest';
import { keyAction, neighbourIn } from '../../src/client/map/keys';
import { isDrag } from '../../src/client/map/pointer';

describe('keyAction', () => {
  // The arrows used to follow document order; they now follow the map (issue 14, point 10).
  it("moves in the arrow's direction on the map (y downwards)", () => {
    expect(keyAction('ArrowRight', 48)).toEqual({ kind: 'arrow', direction: { x: 1, y: 0 } });
    expect(keyAction('ArrowDown', 48)).toEqual({ kind: 'arrow', direction: { x: 0, y: 1 } });
    expect(keyAction('ArrowLeft', 48)).toEqual({ kind: 'arrow', direction: { x: -1, y: 0 } });
    expect(keyAction('ArrowUp', 48)).toEqual({ kind: 'arrow', direction: { x: 0, y: -1 } });
  });

  it('moves to the first commune with Home and the last with End', () => {
    expect(keyAction('Home', 143)).toEqual({ kind: 'move', to: 0 });
    expect(keyAction('End', 143)).toEqual({ kind: 'move', to: 142 });
  });

  it('chooses with Enter or Space and closes the card with Escape', () => {
    expect(keyAction('Enter', 48)).toEqual({ kind: 'choose' });
    expect(keyAction(' ', 48)).toEqual({ kind: 'choose' });
    expect(keyAction('Escape', 48)).toEqual({ kind: 'close' });
  });

  it('leaves other keys to the browser (Tab leaves the map)', () => {
    for (const key of ['Tab', 'a', 'PageDown', 'Shift']) expect(keyAction(key, 48)).toBeUndefined();
  });
});

describe('neighbourIn', () => {
  // A plus sign of communes around 0, with one far off diagonally (4) and one just off-axis (5).
  const centres = [
    { x: 0, y: 0 },
    { x: 10, y: 0 },
    { x: -10, y: 0 },
    { x: 0, y: 10 },
    { x: 30, y: -30 },
    { x: 0, y: -12 },
  ];
  const right = { x: 1, y: 0 };
  const up = { x: 0, y: -1 };
  it('takes the nearest centre within 45° of the arrow', () => {
    expect(neighbourIn(centres, 0, right)).toBe(1);
    expect(neighbourIn(centres, 0, { x: -1, y: 0 })).toBe(2);
    expect(neighbourIn(centres, 0, { x: 0, y: 1 })).toBe(3);
    expect(neighbourIn(centres, 0, up)).toBe(5);
  });
  it('prefers straight ahead to a nearer commune off to the side', () => {
    const row = [
      { x: 0, y: 0 },
      { x: 8, y: 7 },
      { x: 12, y: 0 },
    ];
    expect(neighbourIn(row, 0, right)).toBe(2);
  });
  it('goes to the nearest ahead outside the cone when the cone is empty, and nowhere at the edge', () => {
    const lone = [
      { x: 0, y: 0 },
      { x: 5, y: 20 },
    ];
    expect(neighbourIn(lone, 0, right)).toBe(1);
    expect(neighbourIn(centres, 4, right)).toBeUndefined();
    expect(neighbourIn(centres, 4, up)).toBeUndefined();
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
