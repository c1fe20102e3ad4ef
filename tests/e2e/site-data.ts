/**
 * The data folder the end-to-end suite builds from: the committed fixture (tests/fixtures/site:
 * area, months, one renamed unit) over the shipped area's geometry and unit lists as committed in
 * tests/fixtures/kien-giang. Nothing of data/ is read, so importing real months, or replacing the
 * province with `npm run area`, keeps `npm test` green.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm run build:test` assembles the data (git-ignored), and where e2e tests read it. */
export const TEST_DATA_DIR = resolve('.cache/test-site-data');

/** Assembles the fixture data folder into `dir` (default TEST_DATA_DIR) and returns it. */
export function assembleSiteData(dir = TEST_DATA_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('tests/fixtures/kien-giang/vintages', resolve(dir, 'vintages'), { recursive: true });
  cpSync('tests/fixtures/site', dir, {
    recursive: true,
    filter: (src) => !src.endsWith('.ts'),
  });
  return dir;
}
