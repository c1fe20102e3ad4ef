import { readFileSync } from 'node:fs';
import type { FeatureCollection } from 'geojson';
import { describe, expect, it } from 'vitest';
import { svgPath } from '../../src/lib/render/svg-path';
import type { AreaGeometry } from '../../src/lib/data/map-shapes';

const fixture = JSON.parse(
  readFileSync(new URL('../fixtures/geo/three-features.planar.geojson', import.meta.url), 'utf8'),
) as FeatureCollection<AreaGeometry, { code: string }>;

describe('svgPath', () => {
  it('draws a tiny three-feature fixture the same way every time (1 decimal, no projection)', () => {
    expect(fixture.features.map((f) => `${f.properties.code}: ${svgPath(f.geometry)}`)).toMatchInlineSnapshot(`
      [
        "90001: M10,10.1L40.1,10L40,40L10,40Z",
        "90002: M50,10L90,10L90,50L50,50ZM60,20L60,40L80,40L80,20Z",
        "90003: M100,10L120,10L120,30L100,30ZM130.3,40.7L140.3,40.8L135.1,50Z",
      ]
    `);
  });

  it('gives an empty path for no geometry', () => {
    expect(svgPath(null)).toBe('');
    expect(svgPath(undefined)).toBe('');
  });
});
