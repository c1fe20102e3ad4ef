/**
 * The palette of the status bands, kept apart from the d3 scales so the browser script can import
 * it without d3. Palette: ColorBrewer RdYlBu (4 classes), rated colour-blind safe, plus a neutral
 * grey for "no data" that is lighter than every band. Bands are also told apart by text (legend,
 * table, tooltip), never by colour alone.
 */

/** Identifier of a status band. `none` = no data for that commune and month. */
export type BandId = 'none' | 'low' | 'mid' | 'high' | 'met';

export interface Band {
  id: BandId;
  /** Vietnamese label used in legends. */
  label: string;
  /** Short label for table cells on a phone. */
  short: string;
  /** Fill colour. */
  colour: string;
  /** Text colour with at least 4.5:1 contrast on `colour` (for chips with text on them). */
  ink: string;
}

/** Bands from best to worst, then "no data": the order of every legend. */
export const BANDS: readonly Band[] = [
  { id: 'met', label: 'Đạt chỉ tiêu (≥ 100 %)', short: 'Đạt', colour: '#2c7bb6', ink: '#ffffff' },
  { id: 'high', label: 'Gần đạt (67–99 %)', short: 'Gần đạt', colour: '#abd9e9', ink: '#1a1a1a' },
  { id: 'mid', label: 'Còn thiếu nhiều (33–66 %)', short: 'Thiếu nhiều', colour: '#fdae61', ink: '#1a1a1a' },
  { id: 'low', label: 'Rất thấp (dưới 33 %)', short: 'Rất thấp', colour: '#d7191c', ink: '#ffffff' },
  { id: 'none', label: 'Chưa có số liệu', short: 'Chưa có số liệu', colour: '#e6e6e6', ink: '#1a1a1a' },
];

const byId = new Map(BANDS.map((b) => [b.id, b]));

/** The band record for an id. */
export function band(id: BandId): Band {
  const found = byId.get(id);
  if (!found) throw new Error(`unknown band ${id}`);
  return found;
}

/** One-letter codes used to ship per-month bands to the browser compactly (one letter per unit). */
export const BAND_LETTER: Record<BandId, string> = { met: 'm', high: 'h', mid: 'd', low: 'l', none: 'n' };

const LETTER_BAND: ReadonlyMap<string, BandId> = new Map(
  Object.entries(BAND_LETTER).map(([id, letter]) => [letter, id as BandId]),
);

/** The inverse of BAND_LETTER, for the server and the browser alike: an unknown letter is "no data". */
export function bandOfLetter(letter: string | undefined): BandId {
  return (letter !== undefined && LETTER_BAND.get(letter)) || 'none';
}
