/**
 * The commune mosaic: one equal square tile per commune, grouped by district and placed on a global
 * square grid so that each district's tiles form a compact, 4-connected block on (or next to) the
 * district's real outline. Used while no commune polygons are installed: every commune, however
 * small, gets a tappable shape at a fixed size.
 *
 * Method (deterministic): districts are placed from the smallest outline to the largest, so small
 * cities (Rạch Giá, Hà Tiên) and island districts (Kiên Hải) get the cells near them before large
 * neighbours do. A district starts at its cheapest free cell and grows one 4-neighbour cell at a
 * time, always taking the cheapest free cell adjacent to its block, where
 * cost = `outsideWeight` × (distance from the cell centre to the outline, 0 inside) + distance to
 * the district's centroid. Inside cells near the centroid come first; a district with more
 * communes than fit inside spills over its nearest edge (often the sea). Within a district the
 * communes, in code order, take the cells in reading order (top row first, left to right).
 */
import type { Feature, Polygon } from 'geojson';
import { boxesOverlap, distanceToGeometry, planarArea, planarCentroid } from './planar';
import type { AreaGeometry, Box, CommuneProperties } from './types';

/** One district as the mosaic sees it: its projected outline and its communes. */
export interface MosaicDistrict {
  code: string;
  /** Layout-space outline (inset parts removed). */
  geometry: AreaGeometry;
  /** Commune codes of the district. */
  communeCodes: readonly string[];
}

export interface MosaicOptions {
  width: number;
  height: number;
  /** Grid pitch: distance between neighbouring tile origins. */
  cellSize: number;
  /** Empty space between neighbouring tiles; the tile side is `cellSize - gap`. */
  gap: number;
  /** Boxes no tile may touch (inset frames, legends). */
  blocked: readonly Box[];
  /** How much more a unit of distance outside the outline costs than a unit towards the centroid. */
  outsideWeight: number;
  /** Discount, in cell sizes, per extra block neighbour of a candidate cell (0 = none). */
  compactness: number;
}

/** One placed tile. `x`, `y` is its top-left corner. */
export interface MosaicTile {
  code: string;
  districtCode: string;
  row: number;
  col: number;
  x: number;
  y: number;
  size: number;
}

/** The layout could not place every commune at this cell size. */
export class MosaicError extends Error {
  override name = 'MosaicError';
}

const NEIGHBOURS = [
  [-1, 0],
  [1, 0],
  [0, -1],
  [0, 1],
] as const;

interface Cell {
  row: number;
  col: number;
  cx: number;
  cy: number;
  owner: string | null;
}

/**
 * Places one tile per commune. Throws MosaicError when a district's block runs out of free
 * neighbouring cells (the cell size is too large for the space).
 */
export function layoutMosaic(districts: readonly MosaicDistrict[], options: MosaicOptions): MosaicTile[] {
  const { width, height, cellSize: c, gap, blocked, outsideWeight, compactness } = options;
  const cols = Math.floor(width / c);
  const rows = Math.floor(height / c);
  const ox = (width - cols * c) / 2;
  const oy = (height - rows * c) / 2;
  const grid: (Cell | null)[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: (Cell | null)[] = [];
    for (let col = 0; col < cols; col++) {
      const x = ox + col * c;
      const y = oy + row * c;
      const cellBox: Box = [x - gap, y - gap, x + c + gap, y + c + gap];
      const free = !blocked.some((b) => boxesOverlap(b, cellBox));
      line.push(free ? { row, col, cx: x + c / 2, cy: y + c / 2, owner: null } : null);
    }
    grid.push(line);
  }
  const cellAt = (row: number, col: number): Cell | null => grid[row]?.[col] ?? null;
  const byReadingOrder = (a: Cell, b: Cell): number => a.row - b.row || a.col - b.col;

  const order = [...districts].sort(
    (a, b) => planarArea(a.geometry) - planarArea(b.geometry) || a.code.localeCompare(b.code),
  );
  const tiles: MosaicTile[] = [];
  for (const district of order) {
    const n = district.communeCodes.length;
    if (n === 0) continue;
    const [gx, gy] = planarCentroid(district.geometry);
    const costs = new Map<Cell, number>();
    const cost = (cell: Cell): number => {
      let v = costs.get(cell);
      if (v === undefined) {
        const outside = distanceToGeometry([cell.cx, cell.cy], district.geometry);
        v = outsideWeight * outside + Math.hypot(cell.cx - gx, cell.cy - gy);
        costs.set(cell, v);
      }
      return v;
    };
    const cheaper = (a: Cell, b: Cell): number => cost(a) - cost(b) || byReadingOrder(a, b);
    // While growing, a cell that touches more of the block is cheaper: this fills notches first
    // and keeps blocks round rather than stringy.
    const touching = (cell: Cell): number =>
      NEIGHBOURS.filter(([dr, dc]) => cellAt(cell.row + dr, cell.col + dc)?.owner === district.code).length;
    const growCost = (cell: Cell): number => cost(cell) - compactness * c * (touching(cell) - 1);
    const cheaperToGrow = (a: Cell, b: Cell): number => growCost(a) - growCost(b) || byReadingOrder(a, b);

    // Seed: the cheapest free cell anywhere.
    let seed: Cell | null = null;
    for (const line of grid) {
      for (const cell of line) {
        if (cell && cell.owner === null && (!seed || cheaper(cell, seed) < 0)) seed = cell;
      }
    }
    if (!seed) throw new MosaicError(`no free cell left for district ${district.code}`);
    const block: Cell[] = [seed];
    seed.owner = district.code;
    const frontier = new Set<Cell>();
    const addNeighbours = (cell: Cell): void => {
      for (const [dr, dc] of NEIGHBOURS) {
        const next = cellAt(cell.row + dr, cell.col + dc);
        if (next && next.owner === null) frontier.add(next);
      }
    };
    addNeighbours(seed);
    while (block.length < n) {
      let best: Cell | null = null;
      for (const cell of frontier) {
        if (cell.owner !== null) continue;
        if (!best || cheaperToGrow(cell, best) < 0) best = cell;
      }
      if (!best) {
        throw new MosaicError(
          `district ${district.code}: only ${block.length} of ${n} tiles fit in one block at cell size ${c}`,
        );
      }
      frontier.delete(best);
      best.owner = district.code;
      block.push(best);
      addNeighbours(best);
    }
    const codes = [...district.communeCodes].sort();
    block.sort(byReadingOrder).forEach((cell, i) => {
      const code = codes[i];
      if (code === undefined) return;
      tiles.push({
        code,
        districtCode: district.code,
        row: cell.row,
        col: cell.col,
        x: ox + cell.col * c + gap / 2,
        y: oy + cell.row * c + gap / 2,
        size: c - gap,
      });
    });
  }
  return tiles.sort((a, b) => a.code.localeCompare(b.code));
}

/** How well a mosaic follows the district outlines. */
export interface MosaicFit {
  /** The worst tile's distance from its district outline, in tile sides (0 = every tile on its district). */
  spill: number;
  /** Share of tiles whose centre lies inside their own district's outline (0–1). */
  ownShare: number;
}

/** Measures how well the tiles follow their districts' outlines. */
export function mosaicFit(tiles: readonly MosaicTile[], districts: readonly MosaicDistrict[]): MosaicFit {
  const byCode = new Map(districts.map((d) => [d.code, d]));
  let spill = 0;
  let own = 0;
  for (const t of tiles) {
    const d = byCode.get(t.districtCode);
    if (!d) continue;
    const distance = distanceToGeometry([t.x + t.size / 2, t.y + t.size / 2], d.geometry);
    if (distance === 0) own++;
    spill = Math.max(spill, distance / (t.size || 1));
  }
  return { spill, ownShare: tiles.length ? own / tiles.length : 1 };
}

export interface ChooseMosaicOptions extends Omit<MosaicOptions, 'cellSize'> {
  /** Largest cell size tried. */
  maxCellSize: number;
  /** Smallest cell size accepted; below it the layout fails. */
  minCellSize: number;
  /** Largest accepted distance of a tile centre from its district outline, in tile sides. */
  maxSpill: number;
  /** Smallest accepted share of tiles lying inside their own district. */
  minOwnShare: number;
}

/**
 * Tries cell sizes from `maxCellSize` down to `minCellSize` (step 1) and returns the first, i.e.
 * largest, layout that places every tile and follows the outlines well enough (`maxSpill`,
 * `minOwnShare`). Larger cells give bigger, easier-to-tap tiles but push blocks off their districts.
 */
export function chooseMosaic(
  districts: readonly MosaicDistrict[],
  options: ChooseMosaicOptions,
): { cellSize: number; tiles: MosaicTile[]; fit: MosaicFit } {
  const { maxCellSize, minCellSize, maxSpill, minOwnShare, ...rest } = options;
  const reasons: string[] = [];
  for (let cellSize = maxCellSize; cellSize >= minCellSize; cellSize--) {
    try {
      const tiles = layoutMosaic(districts, { ...rest, cellSize });
      const fit = mosaicFit(tiles, districts);
      if (fit.spill <= maxSpill && fit.ownShare >= minOwnShare) return { cellSize, tiles, fit };
      reasons.push(
        `cell ${cellSize}: worst tile ${fit.spill.toFixed(2)} tile sides off its district, ` +
          `${(fit.ownShare * 100).toFixed(0)}% of tiles on their own district`,
      );
    } catch (e) {
      if (!(e instanceof MosaicError)) throw e;
      reasons.push(`cell ${cellSize}: ${e.message}`);
    }
  }
  throw new MosaicError(`no mosaic fits between cell sizes ${maxCellSize} and ${minCellSize}:\n${reasons.join('\n')}`);
}

/** A tile as a layout polygon (clockwise on screen), properties {code, districtCode}. */
export function tileFeature(tile: MosaicTile): Feature<Polygon, CommuneProperties> {
  const { x, y, size } = tile;
  return {
    type: 'Feature',
    properties: { code: tile.code, districtCode: tile.districtCode },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [x, y],
          [x + size, y],
          [x + size, y + size],
          [x, y + size],
          [x, y],
        ],
      ],
    },
  };
}
