import { describe, expect, it } from 'vitest';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';
import { GeoInputsSchema } from '../../src/lib/data/schema/geo-inputs';
import { DataValidationError, formatZodIssues, parseOrThrow } from '../../src/lib/data/errors';
import { crossCheck, loadGeoInputs, loadReference } from '../../src/lib/data/load';

/** A minimal valid campaign with one month, to break one field at a time. */
function campaign(): Record<string, unknown> {
  return {
    months: [
      {
        month: '2025-03',
        vintage: '2025-01',
        asOf: '2025-04-05',
        source: 'VNNIC',
        illustrative: false,
        counts: { mobile: { '30742': 310, '30733': 0 } },
        provenance: {
          kind: 'import',
          file: 'thang-3.xlsx',
          sha256: 'a'.repeat(64),
          rowsRead: 2,
          importedAt: '2025-04-06T08:00:00+07:00',
        },
      },
    ],
  };
}

function errorsOf(data: unknown): string[] {
  const result = CampaignSchema.safeParse(data);
  return result.success ? [] : formatZodIssues(result.error, data);
}

describe('CampaignSchema', () => {
  it('accepts a valid campaign and fills defaults (no reports)', () => {
    const parsed = CampaignSchema.parse(campaign());
    expect(parsed.months[0]?.reports).toEqual([]);
  });

  it('keeps a zero count as zero and a missing commune as absent', () => {
    const parsed = CampaignSchema.parse(campaign());
    expect(parsed.months[0]?.counts.mobile['30733']).toBe(0);
    expect('30736' in (parsed.months[0]?.counts.mobile ?? {})).toBe(false);
  });

  it('names the path and the value of a negative count', () => {
    const data = campaign();
    (data['months'] as { counts: { mobile: Record<string, number> } }[])[0]!.counts.mobile['30742'] = -5;
    expect(errorsOf(data)).toMatchInlineSnapshot(`
      [
        "months[0].counts.mobile.30742: cannot be negative (value: -5)",
      ]
    `);
  });

  it('names the path and the value of a fractional count and a bad month', () => {
    const data = campaign();
    const month = (data['months'] as Record<string, unknown>[])[0]!;
    (month['counts'] as { mobile: Record<string, number> }).mobile['30742'] = 12.5;
    month['month'] = '2025-13';
    expect(errorsOf(data)).toMatchInlineSnapshot(`
      [
        "months[0].month: must be a month written YYYY-MM, e.g. 2025-03 (value: "2025-13")",
        "months[0].counts.mobile.30742: must be a whole number of samples (value: 12.5)",
      ]
    `);
  });

  it('rejects months out of order', () => {
    const data = campaign();
    const months = data['months'] as Record<string, unknown>[];
    months.push({ ...months[0], month: '2025-02' });
    expect(errorsOf(data)).toEqual([
      'months[1].month: months must be in ascending order without repeats ("2025-02" comes after "2025-03") (value: "2025-02")',
    ]);
  });

  it('parseOrThrow names the file in the error', () => {
    expect(() => parseOrThrow(CampaignSchema, { months: 'none' }, 'data/campaign.json')).toThrow(DataValidationError);
    expect(() => parseOrThrow(CampaignSchema, { months: 'none' }, 'data/campaign.json')).toThrow(
      /^data\/campaign\.json is not valid:/,
    );
  });
});

describe("crossCheck against the unit list of each month's vintage", () => {
  // The reference unit lists and area (not the shipped months, which the province replaces).
  const { area, vintages } = loadReference('tests/fixtures/kien-giang');

  it('accepts a month whose codes are units of its vintage', () => {
    expect(crossCheck(area, CampaignSchema.parse(campaign()), vintages)).toEqual([]);
  });

  it('flags a commune code that is not in the vintage, with what to do', () => {
    const data = CampaignSchema.parse(campaign());
    data.months[0]!.counts.mobile['30730'] = 12; // merged into 30742 on 01/01/2025
    expect(crossCheck(area, data, vintages)).toEqual([
      'months[0].counts.mobile.30730: commune code not in the 2025-01 unit list (value: "30730") — use a code of vintage 2025-01 (data/vintages/2025-01/units.json), or correct the month',
    ]);
  });

  it('decides the vintage by the month: 2025-06 is on the old units, 2025-07 on the new', () => {
    const data = CampaignSchema.parse(campaign());
    const [base] = data.months;
    data.months = [
      { ...base!, month: '2025-06', vintage: '2025-01' },
      { ...base!, month: '2025-07', vintage: '2025-01', counts: { mobile: { '31012': 5 } } },
    ];
    expect(crossCheck(area, data, vintages)).toEqual([
      'months[1].vintage: 2025-07 is published on vintage 2025-07, not 2025-01 (value: "2025-01") — set "vintage": "2025-07" and use that vintage\'s codes',
    ]);
  });

  it('refuses an old code in a month of the new units, even where the code still exists with another meaning', () => {
    const data = CampaignSchema.parse(campaign());
    const [base] = data.months;
    // 30733 (Phường Vĩnh Thanh) is gone in 2025-07; 31012 exists in both, as two communes.
    data.months = [{ ...base!, month: '2025-09', vintage: '2025-07', counts: { mobile: { '30733': 1, '31012': 2 } } }];
    expect(crossCheck(area, data, vintages)).toEqual([
      'months[0].counts.mobile.30733: commune code not in the 2025-07 unit list (value: "30733") — use a code of vintage 2025-07 (data/vintages/2025-07/units.json), or correct the month',
    ]);
  });
});

describe('GeoInputsSchema (vintages/<id>/geo-inputs.json)', () => {
  it.each([
    ['tests/fixtures/kien-giang', '2025-01', 'districts'],
    ['tests/fixtures/kien-giang', '2025-07', 'communes'],
  ])('reads %s vintage %s, of kind %s, with one island frame', (dir, id, kind) => {
    const inputs = loadGeoInputs(dir, id);
    expect(inputs.kind).toBe(kind);
    expect(inputs.insets?.map((i) => i.id)).toEqual(['tho-chau']);
  });

  it('names the path of a frame whose box is upside down, and of a retired code pointing nowhere', () => {
    const inputs = {
      kind: 'communes',
      units: {
        file: 'units.csv',
        province: { code: '01', name: 'X' },
        listDate: '2025-07-01',
        source: 'S',
        formedFrom: false,
      },
      communes: 'communes.geojson',
      insets: [{ id: 'dao', label: 'Đảo', region: [104, 9.5, 103, 9.1], scale: 2 }],
      retiredCodes: { '00001': { into: '1', note: 'old unit' } },
    };
    const result = GeoInputsSchema.safeParse(inputs);
    expect(result.success).toBe(false);
    expect(result.success ? [] : formatZodIssues(result.error, inputs)).toEqual([
      'insets[0].region: must be [west, south, east, north] with west < east and south < north (value: [104,9.5,103,9.1])',
      'retiredCodes.00001.into: must be a 5-digit GSO commune code, e.g. 30742 (value: "1")',
    ]);
  });
});
