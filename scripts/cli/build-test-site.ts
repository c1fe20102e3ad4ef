/**
 * npm run build:test — builds the site the end-to-end tests drive: the fixture data of
 * tests/fixtures/site (assembled into .cache/test-site-data) under SITE_BASE=/ispeed/, into dist/.
 * The shipped data/ months are not used (a real import must never break the tests).
 */
import { execFileSync } from 'node:child_process';
import { assembleSiteData } from '../../tests/e2e/site-data';

if (process.argv.includes('--help')) {
  process.stdout.write(
    'Usage: npm run build:test\n\nAssembles tests/fixtures/site into .cache/test-site-data and builds dist/ from it under /ispeed/.\n',
  );
  process.exit(0);
}
const dir = assembleSiteData();
execFileSync('npx', ['astro', 'build'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    DATA_DIR: dir,
    // Never published: a reserved test domain stands in for the public address.
    SITE_URL: process.env['SITE_URL'] ?? 'https://ispeed.example.test',
    SITE_BASE: process.env['SITE_BASE'] ?? '/ispeed/',
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});
