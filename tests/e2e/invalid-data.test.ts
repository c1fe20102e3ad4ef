/**
 * Invalid data never reaches the public: the build fails, naming the file, the path and the value,
 * so whoever edited data/ by hand sees what to fix.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildEnv } from './harness';

const dir = mkdtempSync(join(tmpdir(), 'ispeed-invalid-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('a build on invalid data', () => {
  it('fails and says where and what: a negative count in one commune', () => {
    mkdirSync(join(dir, 'geo'));
    copyFileSync('data/units.json', join(dir, 'units.json'));
    copyFileSync('data/geo/map.topojson', join(dir, 'geo/map.topojson'));
    copyFileSync('data/geo/districts.topojson', join(dir, 'geo/districts.topojson'));
    const campaign = JSON.parse(readFileSync('data/campaign.json', 'utf8')) as {
      months: { counts: { mobile: Record<string, number> } }[];
    };
    campaign.months[2]!.counts.mobile['30742'] = -12;
    writeFileSync(join(dir, 'campaign.json'), JSON.stringify(campaign));
    const result = spawnSync('npx', ['astro', 'build', '--outDir', join(dir, 'dist')], {
      env: { ...buildEnv(), DATA_DIR: dir, SITE_URL: 'https://ispeed.example.test', SITE_BASE: '/ispeed/' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    const output = `${result.stdout}${result.stderr}`;
    expect(output).toContain('campaign.json is not valid');
    expect(output).toContain('months[2].counts.mobile.30742: cannot be negative (value: -12)');
  }, 120_000);
});
