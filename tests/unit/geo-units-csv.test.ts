import { describe, expect, it } from 'vitest';
import { DataValidationError } from '../../src/lib/data/errors';
import { parseUnitsCsv } from '../../src/lib/geo/units-csv';
import { loadGeoInputs2025 } from '../fixtures/geo/inputs';

/** The list's facts as the 2025-01 vintage's geo-inputs.json gives them. */
const META = { ...loadGeoInputs2025().units, vintage: '2025-01' };

const CSV = `code,name,type,district_code,district
30733,Phường Vĩnh Thanh,Phường,899,Thành phố Rạch Giá
31108,Xã Hòn Tre,Xã,912,Huyện Kiên Hải
30742,Phường Vĩnh Thanh Vân,Phường,899,Thành phố Rạch Giá
`;

describe('parseUnitsCsv', () => {
  it('builds the unit list with districts typed from their name prefix, sorted by code', () => {
    const list = parseUnitsCsv(CSV, 'units.csv', META);
    expect(list.vintage).toBe('2025-01');
    expect(list.province).toEqual({ code: '91', name: 'Kiên Giang' });
    expect(list.listDate).toBe('2025-03-01');
    expect(list.districts).toEqual([
      { code: '899', name: 'Thành phố Rạch Giá', type: 'Thành phố' },
      { code: '912', name: 'Huyện Kiên Hải', type: 'Huyện' },
    ]);
    expect(list.units.map((u) => u.code)).toEqual(['30733', '30742', '31108']);
    expect(list.units[2]).toEqual({ code: '31108', name: 'Xã Hòn Tre', type: 'Xã', districtCode: '912' });
  });

  it('names the missing columns', () => {
    expect(() => parseUnitsCsv('code,name\n30733,x\n', 'units.csv', META)).toThrow(DataValidationError);
    expect(() => parseUnitsCsv('code,name\n30733,x\n', 'units.csv', META)).toThrow(
      /missing: type, district_code, district/,
    );
  });

  it('rejects a bad code through the shared schema', () => {
    expect(() => parseUnitsCsv(CSV.replace('31108', '3110'), 'units.csv', META)).toThrow(/5-digit GSO commune code/);
  });
});
