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
import type { AreaGeometry, CommuneProperties } from '../data/map-shapes';
import type { Box } from './types';

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

/** The square grid the tiles sit on, centred in the layout; blocked cells are null. */
interface Grid {
  cells: (Cell | null)[][];
  /** Top-left corner of cell (0, 0). */
  ox: number;
  oy: number;
  at: (row: number, col: number) => Cell | null;
}

function makeGrid({ width, height, cellSize: c, gap, blocked }: MosaicOptions): Grid {
  const cols = Math.floor(width / c);
  const rows = Math.floor(height / c);
  const ox = (width - cols * c) / 2;
  const oy = (height - rows * c) / 2;
  const cells: (Cell | null)[][] = [];
  for (let row = 0; row < rows; row++) {
    const line: (Cell | null)[] = [];
    for (let col = 0; col < cols; col++) {
      const x = ox + col * c;
      const y = oy + row * c;
      const cellBox: Box = [x - gap, y - gap, x + c + gap, y + c + gap];
      const free = !blocked.some((b) => boxesOverlap(b, cellBox));
      line.push(free ? { row, col, cx: x + c / 2, cy: y + c / 2, owner: null } : null);
    }
    cells.push(line);
  }
  return { cells, ox, oy, at: (row, col) => cells[row]?.[col] ?? null };
}

const byReadingOrder = (a: Cell, b: Cell): number => a.row - b.row || a.col - b.col;

/** A district's cost of a cell (memoised): `outsideWeight` × distance outside the outline + distance to the centroid. */
function districtCost(district: MosaicDistrict, outsideWeight: number): (cell: Cell) => number {
  const [gx, gy] = planarCentroid(district.geometry);
  const costs = new Map<Cell, number>();
  return (cell) => {
    let v = costs.get(cell);
    if (v === undefined) {
      const outside = distanceToGeometry([cell.cx, cell.cy], district.geometry);
      v = outsideWeight * outside + Math.hypot(cell.cx - gx, cell.cy - gy);
      costs.set(cell, v);
    }
    return v;
  };
}

/**
 * The district's 4-connected block of as many free cells as it has communes: the cheapest free cell
 * anywhere, then always the cheapest free neighbour of the block. Marks the cells as taken.
 */
function growBlock(grid: Grid, district: MosaicDistrict, options: MosaicOptions): Cell[] {
  const { cellSize: c, outsideWeight, compactness } = options;
  const n = district.communeCodes.length;
  const cost = districtCost(district, outsideWeight);
  const cheaper = (a: Cell, b: Cell): number => cost(a) - cost(b) || byReadingOrder(a, b);
  // While growing, a cell that touches more of the block is cheaper: this fills notches first
  // and keeps blocks round rather than stringy.
  const touching = (cell: Cell): number =>
    NEIGHBOURS.filter(([dr, dc]) => grid.at(cell.row + dr, cell.col + dc)?.owner === district.code).length;
  const growCost = (cell: Cell): number => cost(cell) - compactness * c * (touching(cell) - 1);
  const cheaperToGrow = (a: Cell, b: Cell): number => growCost(a) - growCost(b) || byReadingOrder(a, b);

  let seed: Cell | null = null;
  for (const cell of grid.cells.flat()) {
    if (cell && cell.owner === null && (!seed || cheaper(cell, seed) < 0)) seed = cell;
  }
  if (!seed) throw new MosaicError(`no free cell left for district ${district.code}`);
  const block: Cell[] = [];
  const frontier = new Set<Cell>();
  const take = (cell: Cell): void => {
    cell.owner = district.code;
    block.push(cell);
    frontier.delete(cell);
    for (const [dr, dc] of NEIGHBOURS) {
      const next = grid.at(cell.row + dr, cell.col + dc);
      if (next && next.owner === null) frontier.add(next);
    }
  };
  take(seed);
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
    take(best);
  }
  return block;
}

/** The district's tiles: its communes, in code order, on its block's cells in reading order. */
function blockTiles(
  grid: Grid,
  district: MosaicDistrict,
  block: Cell[],
  { cellSize: c, gap }: MosaicOptions,
): MosaicTile[] {
  const codes = [...district.communeCodes].sort();
  return [...block].sort(byReadingOrder).flatMap((cell, i) => {
    const code = codes[i];
    if (code === undefined) return [];
    const x = grid.ox + cell.col * c + gap / 2;
    const y = grid.oy + cell.row * c + gap / 2;
    return [{ code, districtCode: district.code, row: cell.row, col: cell.col, x, y, size: c - gap }];
  });
}

/**
 * Places one tile per commune. Throws MosaicError when a district's block runs out of free
 * neighbouring cells (the cell size is too large for the space).
 */
export function layoutMosaic(districts: readonly MosaicDistrict[], options: MosaicOptions): MosaicTile[] {
  const grid = makeGrid(options);
  const area = new Map(districts.map((d) => [d, planarArea(d.geometry)]));
  const order = [...districts].sort((a, b) => (area.get(a) ?? 0) - (area.get(b) ?? 0) || a.code.localeCompare(b.code));
  const tiles: MosaicTile[] = [];
  for (const district of order) {
    if (district.communeCodes.length === 0) continue;
    tiles.push(...blockTiles(grid, district, growBlock(grid, district, options), options));
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
