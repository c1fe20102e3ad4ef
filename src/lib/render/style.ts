/**
 * The one look of every drawn map: the page SVG (MapSvg), the district view (DistrictMapSvg),
 * the press picture (map-image.ts) and the share card (share-card.ts) all take their non-band
 * colours, strokes and type sizes from here, and their band colours from palette.ts.
 *
 * Contrast (WCAG 1.4.11): band fills alone are not all 3:1 from a light sea ("Gần đạt" and "Chưa
 * có số liệu" are light), so every commune carries a near-black outline that is at least 3:1
 * against every band fill, the sea and the district land ("contrast of every band" in
 * tests/unit/map-render.test.ts computes each ratio).
 */

export const MAP_STYLE = {
  /** The sea behind the map, and the frame of the map on the share card. */
  sea: '#eef5fb',
  /** District outlines (the land the mosaic tiles sit on). */
  district: { fill: '#ffffff', stroke: '#475569', strokeWidth: 1 },
  /** Every commune shape: near-black outline; its fill is the band's colour. */
  commune: { stroke: '#0f172a', strokeWidth: 1 },
  /** The frame of an inset (Thổ Châu). */
  inset: { stroke: '#334155', strokeWidth: 1.5, dash: '6 4' },
  /** Pictures (press map, share card): page colour, type colours and sizes in px. */
  picture: {
    background: '#ffffff',
    ink: '#1a1a1a',
    muted: '#4a4a4a',
    accent: '#1f5fa8',
    swatchStroke: '#475569',
    warn: { fill: '#fff4d6', stroke: '#d97706', ink: '#8a4b00' },
    font: { title: 24, legend: 16, note: 14, label: 13 },
  },
} as const;

/** Relative luminance of a `#rrggbb` colour (WCAG 2.x definition). */
export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = match.slice(1).map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
