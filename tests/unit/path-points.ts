/**
 * The absolute points of each ring of a map path as render/svg-path.ts writes it ("M x,y l dx,dy …
 * z"): what a browser draws, read back by the tests.
 */
export function pathPoints(d: string): [number, number][][] {
  return [...d.matchAll(/M(-?\d+),(-?\d+)l([^z]*)z/g)].map(([, x, y, steps]) => {
    const ring: [number, number][] = [[Number(x), Number(y)]];
    for (const [, dx, dy] of (steps ?? '').matchAll(/(-?\d+),?(-?\d+)/g)) {
      const [px, py] = ring.at(-1)!;
      ring.push([px + Number(dx), py + Number(dy)]);
    }
    return ring;
  });
}
