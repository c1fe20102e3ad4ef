import { describe, expect, it } from 'vitest';
import { CampaignSchema } from '../../src/lib/schema';
import { DataValidationError, formatZodIssues, parseOrThrow } from '../../src/lib/errors';
import { crossCheck, loadSiteData } from '../../src/lib/load';

/** A minimal valid campaign with one month, to break one field at a time. */
function campaign(): Record<string, unknown> {
  return {
    province: { code: '91', name: 'Kiên Giang' },
    vintage: { id: '2025-01', label: '143 đơn vị', unitCount: 143 },
    target: { default: 300 },
    months: [
      {
        month: '2025-03',
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
  it('accepts a valid campaign and fills defaults (no overrides, no reports)', () => {
    const parsed = CampaignSchema.parse(campaign());
    expect(parsed.target.overrides).toEqual({});
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
    expect(() => parseOrThrow(CampaignSchema, { months: [] }, 'data/campaign.json')).toThrow(DataValidationError);
    expect(() => parseOrThrow(CampaignSchema, { months: [] }, 'data/campaign.json')).toThrow(
      /^data\/campaign\.json is not valid:/,
    );
  });
});

describe('crossCheck against the unit list', () => {
  const { units } = loadSiteData('data');

  it('accepts the shipped data', () => {
    const { campaign: shipped } = loadSiteData('data');
    expect(crossCheck(shipped, units)).toEqual([]);
  });

  it('flags a commune code that is not in the vintage, with what to do', () => {
    const data = CampaignSchema.parse(campaign());
    data.months[0]!.counts.mobile['30730'] = 12; // merged into 30742 on 01/01/2025
    expect(crossCheck(data, units)).toEqual([
      'months[0].counts.mobile.30730: commune code not in the 2025-01 unit list (value: "30730") — check the code or the boundary vintage',
    ]);
  });
});
