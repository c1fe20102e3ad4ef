import { describe, expect, it } from 'vitest';
import { buildSearchIndex, searchUnits } from '../../src/lib/model/map-search';

const index = buildSearchIndex([
  { code: '31012', name: 'Xã Vĩnh Hòa', former: ['Xã Thạnh Yên', 'Xã Thạnh Yên A', 'Xã Vĩnh Hòa'] },
  { code: '30900', name: 'Xã Vĩnh Hòa Hưng', former: ['Xã Vĩnh Hòa Hưng Bắc', 'Xã Vĩnh Hòa Hưng Nam'] },
  { code: '30742', name: 'Phường Rạch Giá', former: ['Phường Vĩnh Thanh Vân'] },
  { code: '31105', name: 'Đặc khu <img src=x> Thổ Châu' },
]);
const names = (q: string) => searchUnits(index, q).map((r) => r.name);

describe('searchUnits', () => {
  it('matches without diacritics, any case, with or without the type prefix, on any part', () => {
    expect(names('vinh hoa')).toEqual(['Xã Vĩnh Hòa', 'Xã Vĩnh Hòa Hưng']);
    expect(names('VĨNH HOÀ')).toEqual(['Xã Vĩnh Hòa', 'Xã Vĩnh Hòa Hưng']);
    expect(names('rach gia')).toEqual(['Phường Rạch Giá']);
    expect(names('phuong rach')).toEqual(['Phường Rạch Giá']);
    expect(names('hưng')).toEqual(['Xã Vĩnh Hòa Hưng']);
    expect(names('tho chau')).toEqual(['Đặc khu <img src=x> Thổ Châu']);
  });
  it('finds the unit an old name became, saying the old name', () => {
    expect(searchUnits(index, 'thanh yen')).toEqual([{ code: '31012', name: 'Xã Vĩnh Hòa', formerly: 'Xã Thạnh Yên' }]);
    expect(searchUnits(index, 'vinh thanh van')[0]).toMatchObject({ code: '30742', formerly: 'Phường Vĩnh Thanh Vân' });
  });
  it('returns nothing for an empty query', () => {
    expect(searchUnits(index, '  ')).toEqual([]);
  });
});
