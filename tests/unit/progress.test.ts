import { describe, expect, it } from 'vitest';
import { bandFor } from '../../src/lib/model/band-scale';

describe('bandFor', () => {
  it.each([
    [0, 'low'],
    [1, 'low'],
    [99, 'low'],
    [100, 'mid'],
    [199, 'mid'],
    [200, 'high'],
    [299, 'high'],
    [300, 'met'],
    [1200, 'met'],
  ] as const)('%i samples against 300 is %s', (count, expected) => {
    expect(bandFor(count, 300)).toBe(expected);
  });
  it('treats a missing count as no data, not zero', () => {
    expect(bandFor(undefined, 300)).toBe('none');
  });
});
