import { describe, expect, it } from 'vitest';
import {
  chooseMosaic,
  layoutMosaic,
  MosaicError,
  mosaicFit,
  tileFeature,
  type MosaicDistrict,
  type MosaicOptions,
} from '../../src/lib/geo/mosaic';
import { rectangle } from '../fixtures/geo/inputs';

const codes = (prefix: string, n: number): string[] =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(2, '0')}`);

/** A big district on the left, a tiny city on its right edge with more communes than fit inside it. */
const districts: MosaicDistrict[] = [
  { code: '901', geometry: rectangle(10, 10, 120, 100), communeCodes: codes('901', 6) },
  { code: '902', geometry: rectangle(130, 40, 12, 12), communeCodes: codes('902', 4) },
];
const options: MosaicOptions = {
  width: 200,
  height: 120,
  cellSize: 20,
  gap: 2,
  blocked: [],
  outsideWeight: 2,
  compactness: 0.5,
};

describe('layoutMosaic', () => {
  const tiles = layoutMosaic(districts, options);

  it('places one tile per commune, sized cell minus gap', () => {
    expect(tiles.map((t) => t.code)).toEqual([...codes('901', 6), ...codes('902', 4)]);
    for (const t of tiles) expect(t.size).toBe(18);
  });

  it('puts the small city next to its outline even though its tiles spill over it', () => {
    for (const t of tiles.filter((x) => x.districtCode === '902')) {
      expect(Math.abs(t.x + t.size / 2 - 136)).toBeLessThanOrEqual(2 * options.cellSize);
      expect(Math.abs(t.y + t.size / 2 - 46)).toBeLessThanOrEqual(2 * options.cellSize);
    }
  });

  it('numbers communes in code order along the reading order of their cells', () => {
    for (const d of ['901', '902']) {
      const own = tiles.filter((t) => t.districtCode === d);
      const byCell = [...own].sort((a, b) => a.row - b.row || a.col - b.col).map((t) => t.code);
      expect(byCell).toEqual(own.map((t) => t.code).sort());
    }
  });

  it('is deterministic', () => {
    expect(layoutMosaic(districts, options)).toEqual(tiles);
  });

  it('keeps tiles off blocked boxes', () => {
    const blocked = layoutMosaic(districts, { ...options, blocked: [[0, 0, 100, 60]] });
    for (const t of blocked) expect(t.x >= 100 || t.y >= 60, t.code).toBe(true);
  });

  it('fails with a clear message when a block cannot grow', () => {
    expect(() => layoutMosaic(districts, { ...options, width: 45, height: 45 })).toThrow(MosaicError);
    expect(() => layoutMosaic(districts, { ...options, width: 45, height: 45 })).toThrow(
      /tiles fit in one block|no free cell/,
    );
  });
});

describe('chooseMosaic', () => {
  /** Whether a mosaic of this cell size can be laid out and meets the spill and own-share limits. */
  const fitsAt = (cellSize: number): boolean => {
    try {
      const fit = mosaicFit(layoutMosaic(districts, { ...options, cellSize }), districts);
      return fit.spill <= 1 && fit.ownShare >= 0.5;
    } catch (e) {
      if (e instanceof MosaicError) return false;
      throw e;
    }
  };

  it('takes the largest cell size whose tiles stay close to their districts', () => {
    const chosen = chooseMosaic(districts, {
      ...options,
      maxCellSize: 60,
      minCellSize: 10,
      maxSpill: 1,
      minOwnShare: 0.5,
    });
    expect(chosen.cellSize).toBeGreaterThanOrEqual(10);
    expect(fitsAt(chosen.cellSize)).toBe(true);
    const largerThatFit = Array.from({ length: 60 - chosen.cellSize }, (_, i) => chosen.cellSize + 1 + i).filter(
      fitsAt,
    );
    expect(largerThatFit).toEqual([]);
    expect(chosen.fit.spill).toBeLessThanOrEqual(1);
    expect(chosen.tiles).toHaveLength(10);
  });

  it('explains every size it tried when none fits', () => {
    expect(() =>
      chooseMosaic(districts, {
        ...options,
        width: 45,
        height: 45,
        maxCellSize: 22,
        minCellSize: 20,
        maxSpill: 1,
        minOwnShare: 0,
      }),
    ).toThrow(/cell 22: .*\ncell 21: .*\ncell 20: /);
  });
});

describe('tileFeature', () => {
  it('is a closed square polygon with {code, districtCode}', () => {
    const f = tileFeature({ code: '90101', districtCode: '901', row: 0, col: 0, x: 1, y: 2, size: 3 });
    expect(f.properties).toEqual({ code: '90101', districtCode: '901' });
    expect(f.geometry.coordinates).toEqual([
      [
        [1, 2],
        [4, 2],
        [4, 5],
        [1, 5],
        [1, 2],
      ],
    ]);
  });
});
