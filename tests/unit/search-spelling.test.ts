import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchUnits } from '../../src/lib/model/map-search';
import { nameKey } from '../../src/lib/text/names';

// The two lists spell tone marks differently ("Hoà" on older lists, "Hòa" on the 2025 one); search
// treats both alike and each result keeps its list's official spelling.
const index = buildSearchIndex([
  { code: '30001', name: 'Xã Bình Hoà', former: ['Xã Thuỷ Liễu'] },
  { code: '30002', name: 'Xã Tân Hòa' },
]);
const names = (q: string) => searchUnits(index, q).map((r) => r.name);

describe('search spelling: Hoà / Hòa', () => {
  it('folds the old and new placement of the tone mark to one key', () => {
    expect(nameKey('Xã Bình Hoà')).toBe(nameKey('Xã Bình Hòa'));
    expect(nameKey('Thuỷ')).toBe(nameKey('Thủy'));
  });

  it('finds a unit typed with either spelling and shows its official one', () => {
    expect(names('bình hòa')).toEqual(['Xã Bình Hoà']);
    expect(names('Bình Hoà')).toEqual(['Xã Bình Hoà']);
    expect(names('tân hoà')).toEqual(['Xã Tân Hòa']);
    expect(searchUnits(index, 'thủy liễu')[0]).toMatchObject({ name: 'Xã Bình Hoà', formerly: 'Xã Thuỷ Liễu' });
  });
});
