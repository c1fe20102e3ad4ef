import { describe, expect, it } from 'vitest';
import {
  bareName,
  cleanText,
  hasNoDiacritics,
  nameKey,
  shortDistrictName,
  splitCommuneName,
  splitDistrictName,
  tonelessKey,
  UnitMatcher,
} from '../../src/lib/text/names';
import { UnitListSchema } from '../../src/lib/data/schema/units';
import { readJsonFile } from '../../src/lib/data/json-file';

const list = (id: string) => UnitListSchema.parse(readJsonFile(`tests/fixtures/kien-giang/vintages/${id}/units.json`));
/** The unit list before 1 July 2025 (143 communes in 15 districts). */
const matcher = new UnitMatcher(list('2025-01'));
/** The unit list from 1 July 2025 (48 units, no districts). */
const current = new UnitMatcher(list('2025-07'));

describe('name keys', () => {
  it.each([
    ['Hòa', 'Hoà', 'old and new tone placement (oa)'],
    ['Thủy Liễu', 'Thuỷ Liễu', 'old and new tone placement (uy)'],
    ['Vĩnh Hòa Hiệp'.normalize('NFD'), 'Vĩnh Hòa Hiệp', 'decomposed (NFD) and composed (NFC) text'],
    ['HÒN ĐẤT', 'hòn đất', 'upper and lower case'],
    ['  Hòn   Đất ', 'Hòn Đất', 'extra and leading spaces'],
    ['Hòn \u00d0ất', 'Hòn Đất', 'the look-alike Ð (U+00D0) for Đ (U+0110)'],
    ['Hòn\u00a0Đất', 'Hòn Đất', 'a no-break space'],
  ])('"%s" and "%s" have the same key (%s)', (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    ['Bình An', 'Bình Ân'],
    ['Hòa', 'Hóa'],
    ['Đông Hòa', 'Dông Hòa'],
    ['Thạnh Đông A', 'Thạnh Đông B'],
  ])('keeps really different names apart: "%s" ≠ "%s"', (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });

  it('moves each tone mark to the end of its syllable as a digit', () => {
    expect(nameKey('Vĩnh Hoà')).toBe('vinh4 hoa2');
    expect(nameKey('Vĩnh Hòa')).toBe('vinh4 hoa2');
  });

  it('drops every diacritic only in the toneless key used for suggestions', () => {
    expect(tonelessKey('Đông Hòa')).toBe('dong hoa');
  });

  it('cleans text for storage: NFC, real Đ, single spaces', () => {
    expect(cleanText(' \u00d0ông  Hồ '.normalize('NFD'))).toBe('Đông Hồ');
    expect(cleanText(' \u00d0ông  Hồ '.normalize('NFD')).normalize('NFC')).toBe(cleanText(' \u00d0ông  Hồ '));
  });
});

describe('type prefixes', () => {
  it.each([
    ['Xã Bình An', 'Xã', 'Bình An'],
    ['X. Bình An', 'Xã', 'Bình An'],
    ['X.Bình An', 'Xã', 'Bình An'],
    ['Phường Vĩnh Thanh', 'Phường', 'Vĩnh Thanh'],
    ['P. Vĩnh Thanh', 'Phường', 'Vĩnh Thanh'],
    ['P.Vĩnh Thanh', 'Phường', 'Vĩnh Thanh'],
    ['Thị trấn Hòn Đất', 'Thị trấn', 'Hòn Đất'],
    ['THỊ TRẤN Hòn Đất', 'Thị trấn', 'Hòn Đất'],
    ['TT. Hòn Đất', 'Thị trấn', 'Hòn Đất'],
    ['TT Hòn Đất', 'Thị trấn', 'Hòn Đất'],
    ['T.T. Hòn Đất', 'Thị trấn', 'Hòn Đất'],
    ['Đặc khu Phú Quốc', 'Đặc khu', 'Phú Quốc'],
    ['ĐK. Phú Quốc', 'Đặc khu', 'Phú Quốc'],
    ['ĐK.Phú Quốc', 'Đặc khu', 'Phú Quốc'],
    ['\u00d0K. Phú Quốc', 'Đặc khu', 'Phú Quốc'],
    ['Đ.K. Thổ Châu', 'Đặc khu', 'Thổ Châu'],
  ])('"%s" is a %s named %s', (text, type, name) => {
    expect(splitCommuneName(text)).toEqual({ type, key: nameKey(name) });
  });

  it('leaves a name without prefix alone', () => {
    expect(splitCommuneName('Bình An')).toEqual({ type: undefined, key: nameKey('Bình An') });
  });

  it.each([
    ['Thành phố Rạch Giá', 'Thành phố'],
    ['TP. Rạch Giá', 'Thành phố'],
    ['TP Rạch Giá', 'Thành phố'],
    ['Tp.Rạch Giá', 'Thành phố'],
    ['Huyện Gò Quao', 'Huyện'],
    ['H. Gò Quao', 'Huyện'],
  ])('district "%s" is a %s', (text, type) => {
    expect(splitDistrictName(text).type).toBe(type);
  });
});

describe('matching the units of 2025-07 (no districts)', () => {
  it.each([
    ['ĐK. Phú Quốc', '31078'],
    ['Phú Quốc', '31078'],
    ['đặc khu thổ châu', '31105'],
    ['P. Rạch Giá', '30742'],
    ['Xã Vĩnh Hoà', '31012'],
  ])('"%s" is %s', (text, code) => {
    const m = current.matchCommune(text);
    expect(m.kind === 'ok' && m.unit.code).toBe(code);
  });

  it('has no districts and no district names', () => {
    expect(current.hasDistricts).toBe(false);
    const unit = current.unitsByCode.get('31012');
    expect(unit && current.districtNameOf(unit)).toBe('');
  });
});

describe('matching communes and districts of the units before 2025-07', () => {
  it.each([
    ['Phường Vĩnh Thanh Vân', undefined, '30742'],
    ['P. Vĩnh Thanh Vân', undefined, '30742'],
    ['Thuỷ Liễu', undefined, '30967'],
    ['xã vĩnh hoà hiệp'.normalize('NFD'), undefined, '30892'],
    ['Vĩnh Hòa Phú', undefined, '30893'],
    ['TT. Hòn \u00d0ất', undefined, '30817'],
    ['Bình An', '902', '30808'],
    ['Bình An', '905', '30898'],
    ['TT Vĩnh Thuận', '910', '31051'],
    ['Xã Vĩnh Thuận', '910', '31069'],
  ])('"%s" (district %s) is %s', (name, district, code) => {
    const m = matcher.matchCommune(name, district);
    expect(m.kind).toBe('ok');
    expect(m.kind === 'ok' && m.unit.code).toBe(code);
  });

  it.each([
    ['Bình An', ['30808', '30898']],
    ['Thạnh Lộc', ['30901', '30913']],
    ['Vĩnh Phú', ['30947', '30791']],
  ])('"%s" without a district is ambiguous between %j', (name, codes) => {
    const m = matcher.matchCommune(name);
    expect(m.kind).toBe('ambiguous');
    expect(m.kind === 'ambiguous' && m.candidates.map((u) => u.code).sort()).toEqual([...codes].sort());
  });

  it('needs the type to tell Thị trấn Vĩnh Thuận from Xã Vĩnh Thuận (same district)', () => {
    const m = matcher.matchCommune('Vĩnh Thuận', '910');
    expect(m.kind).toBe('ambiguous');
  });

  it('suggests the 3 closest names for an unknown commune', () => {
    const m = matcher.matchCommune('Bình Anh', '902');
    expect(m.kind).toBe('unknown');
    expect(m.kind === 'unknown' && m.suggestions.map((u) => u.name)).toEqual([
      'Xã Bình An',
      'Xã Bình Trị',
      'Xã Kiên Bình',
    ]);
  });

  it('says where a commune is when it is written under the wrong district', () => {
    const m = matcher.matchCommune('Bình An', '907');
    expect(m.kind === 'unknown' && m.elsewhere.map((u) => u.code)).toEqual(['30808', '30898']);
  });

  it.each([
    ['TP. Rạch Giá', '899'],
    ['Rạch Giá', '899'],
    ['huyện hòn \u00d0ất', '903'],
    ['H. Gò Quao', '907'],
    ['907', '907'],
  ])('district "%s" is %s', (text, code) => {
    const m = matcher.matchDistrict(text);
    expect(m.kind === 'ok' && m.district.code).toBe(code);
  });

  it('tells a typo from another commune next to a code', () => {
    const unit = matcher.unitsByCode.get('30742');
    if (!unit) throw new Error('30742 missing from the 2025-01 unit list');
    expect(matcher.nameDisagrees('Vĩnh Thanh Vân', unit)).toBe(false);
    expect(matcher.nameDisagrees('Vinh Thanh Van', unit)).toBe(false);
    expect(matcher.nameDisagrees('Tô Châu', unit)).toBe(true);
  });
});

describe('names without their type prefix', () => {
  it.each([
    ['Phường Vĩnh Thanh', 'Phường', 'Vĩnh Thanh'],
    ['Đặc khu Phú Quốc', 'Đặc khu', 'Phú Quốc'],
    ['Xã Thạnh Yên', 'Phường', 'Xã Thạnh Yên'],
    ['Xã', 'Xã', 'Xã'],
  ])('bareName(%j, %j) is %j', (name, type, bare) => {
    expect(bareName(name, type)).toBe(bare);
  });

  it('shortens every district of the 2025-01 list for narrow print columns', () => {
    const short = Object.fromEntries(list('2025-01').districts.map((d) => [d.name, shortDistrictName(d)]));
    expect(short['Huyện Châu Thành']).toBe('Châu Thành');
    expect(short['Thành phố Rạch Giá']).toBe('TP Rạch Giá');
    expect(short['Thành phố Phú Quốc']).toBe('TP Phú Quốc');
    for (const [name, s] of Object.entries(short)) expect(name.endsWith(s.replace(/^TP /, ''))).toBe(true);
  });

  it.each([
    [{ name: 'Thị xã Hà Tiên', type: 'Thị xã' }, 'TX Hà Tiên'],
    [{ name: 'Huyện An Biên', type: 'Huyện' }, 'An Biên'],
    [{ name: 'Rạch Giá', type: 'Thành phố' }, 'Rạch Giá'],
  ] as const)('shortDistrictName(%j) is %j', (district, short) => {
    expect(shortDistrictName(district)).toBe(short);
  });
});

describe('names typed without diacritics (folded)', () => {
  it.each([
    ['Vinh Hoa Hung', true],
    ['xa vinh hoa', true],
    ['DK. Phu Quoc', true],
    ['Vĩnh Hoa Hung', false],
    ['Vinh Hoa Hưng', false],
    ['Dong Hoa', true],
    ['Đong Hoa', false],
    ['\u00d0ong Hoa', false],
  ])('"%s" has no diacritics: %s', (text, expected) => {
    expect(hasNoDiacritics(text)).toBe(expected);
  });

  it.each([
    ['Vinh Hoa Hung', '30970'],
    ['xa vinh hoa', '31012'],
    ['  VINH   HOA ', '31012'],
    ['dk phu quoc', '31078'],
    ['d.k. tho chau', '31105'],
    ['p rach gia', '30742'],
  ])('2025-07: "%s" is %s, matched folded', (text, code) => {
    const m = current.matchCommune(text);
    expect(m).toMatchObject({ kind: 'ok', folded: true });
    expect(m.kind === 'ok' && m.unit.code).toBe(code);
  });

  it('matches a name as written first: an exact match is never marked folded', () => {
    expect(current.matchCommune('Xã Vĩnh Hòa')).not.toHaveProperty('folded');
  });

  it('does not fold a name written with some diacritics: it may be another name', () => {
    expect(current.matchCommune('Vĩnh Hoa Hung').kind).toBe('unknown');
    expect(matcher.matchCommune('Bình Ân', '902').kind).toBe('unknown');
  });

  it.each([
    ['vinh thanh', ['30733', '30946']],
    ['Tan Thanh', ['30856', '31031']],
    ['binh an', ['30808', '30898']],
  ])('2025-01: "%s" folds to two units: ambiguous, never a guess (%j)', (text, codes) => {
    const m = matcher.matchCommune(text);
    expect(m).toMatchObject({ kind: 'ambiguous', folded: true });
    expect(m.kind === 'ambiguous' && m.candidates.map((u) => u.code).sort()).toEqual(codes);
  });

  it('2025-01: the district or the written type picks one of the folded candidates, as for exact names', () => {
    const inGiongRieng = matcher.matchCommune('vinh thanh', '906');
    expect(inGiongRieng.kind === 'ok' && [inGiongRieng.unit.code, inGiongRieng.folded]).toEqual(['30946', true]);
    const ward = matcher.matchCommune('P. Vinh Thanh');
    expect(ward.kind === 'ok' && ward.unit.code).toBe('30733');
    const wrongDistrict = matcher.matchCommune('vinh thanh', '907');
    expect(wrongDistrict.kind === 'unknown' && wrongDistrict.elsewhere.map((u) => u.code).sort()).toEqual([
      '30733',
      '30946',
    ]);
  });

  it('keeps the type written before a folded name, and says when the unit has another type', () => {
    // "x" is the short prefix of Xã; Phú Quốc is a Đặc khu.
    expect(current.matchCommune('x phu quoc')).toMatchObject({ kind: 'ok', folded: true, typeMismatch: 'Xã' });
  });

  it('reads a first word that folds to a type as part of the name when the rest matches nothing', () => {
    // Elsewhere in the country a name starts with such a word: Xã Phương Thịnh folds to "phuong thinh".
    const other = new UnitMatcher(
      UnitListSchema.parse({
        vintage: '2025-07',
        province: { code: '25', name: 'Phú Thọ' },
        listDate: '2025-07-01',
        source: 'test',
        districts: [],
        units: [
          { code: '08001', name: 'Xã Phương Thịnh', type: 'Xã' },
          { code: '08002', name: 'Phường Thanh Miếu', type: 'Phường' },
        ],
      }),
    );
    const m = other.matchCommune('phuong thinh');
    expect(m.kind === 'ok' && [m.unit.code, m.folded]).toEqual(['08001', true]);
    const ward = other.matchCommune('phuong thanh mieu');
    expect(ward.kind === 'ok' && ward.unit.code).toBe('08002');
  });
});
