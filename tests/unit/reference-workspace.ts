/**
 * A temporary data folder for tests that run the import: the shipped area's reference files, as
 * tests/fixtures/kien-giang holds them (area,
 * both unit lists; the shipped data/campaign.json is never read by tests) and `campaign` written
 * as data/campaign.json. `dirs` collects the folder for the test file's cleanup.
 */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export function referenceWorkspace(prefix: string, campaign: unknown, dirs: string[]): { dir: string; data: string } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(dir);
  mkdirSync(join(dir, 'data'));
  copyFileSync('tests/fixtures/kien-giang/area.json', join(dir, 'data/area.json'));
  for (const id of ['2025-01', '2025-07']) {
    mkdirSync(join(dir, 'data/vintages', id), { recursive: true });
    copyFileSync(`tests/fixtures/kien-giang/vintages/${id}/units.json`, join(dir, 'data/vintages', id, 'units.json'));
  }
  const data = join(dir, 'data/campaign.json');
  writeFileSync(data, `${JSON.stringify(campaign, null, 2)}\n`);
  return { dir, data };
}
