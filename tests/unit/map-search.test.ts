import { describe, expect, it } from 'vitest';
import { loadReference } from '../../src/lib/data/load';
import { lineageOf } from '../../src/lib/data/vintage';
import { buildSearchIndex, searchUnits, type SearchIndex } from '../../src/lib/model/map-search';

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

/**
 * The real unit lists of both vintages (the shipped area's, as tests/fixtures/kien-giang holds them), read
 * through the loaders, as the map page gives them to the search: district, former and later names.
 */
describe('searchUnits on the real unit lists', () => {
  const { area, vintages } = loadReference('tests/fixtures/kien-giang');
  const indexOf = (id: string) => {
    const list = vintages.get(id)?.units;
    if (!list) throw new Error(`no vintage ${id}`);
    const districts = new Map(list.districts.map((d) => [d.code, d.name]));
    return buildSearchIndex(
      list.units.map((u) => {
        const lineage = lineageOf(area, vintages, id, u);
        return {
          code: u.code,
          name: u.name,
          district: (u.districtCode && districts.get(u.districtCode)) ?? '',
          former: lineage.formedFrom?.units.map((o) => o.name) ?? [],
          ...(lineage.becameUnit ? { later: lineage.becameUnit.unit.name } : {}),
        };
      }),
    );
  };
  const old = indexOf('2025-01');
  const current = indexOf('2025-07');
  const found = (index: SearchIndex, q: string) => searchUnits(index, q, 8);

  it('lists every unit of a former district by its name (old vintage)', () => {
    const phuQuoc = found(old, 'phu quoc');
    expect(phuQuoc).toHaveLength(9);
    expect(phuQuoc.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Phường Dương Đông', 'Phường An Thới', 'Xã Cửa Cạn', 'Xã Thổ Châu']),
    );
    expect(phuQuoc.every((r) => r.district === 'Thành phố Phú Quốc')).toBe(true);
    expect(found(old, 'kien hai').map((r) => r.district)).toEqual(Array(4).fill('Huyện Kiên Hải'));
    expect(found(old, 'rach gia').length).toBeGreaterThan(8);
  });
  it('lists the old units a new unit was formed from (old vintage)', () => {
    const dk = found(old, 'dk phu quoc');
    expect(dk.length).toBeGreaterThan(0);
    expect(dk.every((r) => r.later === 'Đặc khu Phú Quốc')).toBe(true);
    expect(dk.map((r) => r.name)).not.toContain('Xã Thổ Châu');
  });
  it('reads abbreviated type prefixes on both vintages', () => {
    expect(found(old, 'tt hon dat')[0]?.name).toBe('Thị trấn Hòn Đất');
    expect(found(old, 'p. vinh thanh')[0]?.name).toBe('Phường Vĩnh Thanh');
    expect(found(current, 'dk phu quoc')[0]?.name).toBe('Đặc khu Phú Quốc');
    expect(found(current, 'tt hon dat')[0]).toMatchObject({ formerly: 'Thị trấn Hòn Đất' });
    expect(found(current, 'p. vinh thanh')[0]).toMatchObject({ formerly: 'Phường Vĩnh Thanh' });
    expect(found(current, 'x. vinh hoa')[0]?.name).toBe('Xã Vĩnh Hòa');
    expect(found(current, 'đk phú quốc')[0]?.name).toBe('Đặc khu Phú Quốc');
    expect(found(current, 'ĐK. Kiên Hải')[0]?.name).toBe('Đặc khu Kiên Hải');
  });
  it('reads "tp" as the city on the old units and, failing a match with the prefix, finds the name alone', () => {
    const city = found(old, 'tp rach gia');
    expect(city.length).toBeGreaterThan(8);
    expect(city.every((r) => r.district === 'Thành phố Rạch Giá')).toBe(true);
    expect(found(current, 'tp rach gia')[0]?.name).toBe('Phường Rạch Giá');
    expect(found(current, 'TP. Hà Tiên')[0]?.name).toBe('Phường Hà Tiên');
    // A prefix that matches comes first: "p vinh" lists a Phường before the Xã Vĩnh … units.
    expect(found(current, 'p vinh')[0]?.name).toMatch(/^Phường Vĩnh/u);
    expect(found(current, 'xyz rach')).toEqual([]);
  });
  it('finds nothing for a name no unit, district or successor has', () => {
    expect(found(old, 'xyz')).toEqual([]);
    // Two letters match names only: no whole district is listed for them.
    expect(found(old, 'ph').filter((r) => r.district !== undefined || r.later !== undefined)).toEqual([]);
  });
});
