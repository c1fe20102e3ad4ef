/**
 * The data folder the end-to-end suite builds from: the committed fixture (tests/fixtures/site:
 * area, months, one renamed unit) over the shipped reference geometry and unit lists. The shipped
 * months in data/campaign.json are never read, so importing real months keeps `npm test` green.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where `npm run build:test` assembles the data (git-ignored), and where e2e tests read it. */
export const TEST_DATA_DIR = resolve('.cache/test-site-data');

/** Assembles the fixture data folder into `dir` (default TEST_DATA_DIR) and returns it. */
export function assembleSiteData(dir = TEST_DATA_DIR): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync('data/vintages', resolve(dir, 'vintages'), { recursive: true });
  cpSync('tests/fixtures/site', dir, {
    recursive: true,
    filter: (src) => !src.endsWith('.ts'),
  });
  return dir;
}
