/**
 * Invalid data never reaches the public: the build fails, naming the file, the path and the value,
 * so whoever edited data/ by hand sees what to fix. Built from the e2e fixture data.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, buildEnv, type BuildResult } from './harness';
import { assembleSiteData } from './site-data';

const dir = mkdtempSync(join(tmpdir(), 'ispeed-invalid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

type Months = { months: { month: string; vintage: string; counts: { mobile: Record<string, number> } }[] };

/** Builds the fixture with one change to its months; returns the build's exit status and output. */
async function buildWith(change: (c: Months) => void): Promise<BuildResult> {
  assembleSiteData(dir);
  const campaign = JSON.parse(readFileSync(join(dir, 'campaign.json'), 'utf8')) as Months;
  change(campaign);
  writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));
  return astroBuild(join(dir, 'dist'), { ...buildEnv(), DATA_DIR: dir, SITE_BASE: '/ispeed/' });
}

describe('a build on invalid data', () => {
  it('fails and says where and what: a negative count in one commune', async () => {
    const { status, output } = await buildWith((c) => {
      const month = c.months.find((m) => m.vintage === '2025-07');
      if (month) month.counts.mobile['30742'] = -12;
    });
    expect(status).not.toBe(0);
    expect(output).toContain('campaign.json is not valid');
    expect(output).toMatch(/months\[\d\]\.counts\.mobile\.30742: cannot be negative \(value: -12\)/);
  }, 120_000);

  it('refuses a month whose counts use a code of the other vintage, and says what to do', async () => {
    const { status, output } = await buildWith((c) => {
      const month = c.months.find((m) => m.vintage === '2025-07');
      // 30733 was Phường Vĩnh Thanh until 30/06/2025; it is no unit of the 2025-07 list.
      if (month) month.counts.mobile['30733'] = 120;
    });
    expect(status).not.toBe(0);
    expect(output).toMatch(
      /months\[\d\]\.counts\.mobile\.30733: commune code not in the 2025-07 unit list \(value: "30733"\) — use a code of vintage 2025-07/,
    );
  }, 120_000);
});
