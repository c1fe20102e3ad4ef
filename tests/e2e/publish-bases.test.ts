/**
 * A site publishes under any base: the smoke test `npm run test:shipped` runs, on the test data
 * built for a project's Pages address at the root of a host (SITE_BASE=/, e.g. a GitLab Pages
 * unique domain) and under the sub-path every other e2e test uses (dist/, /ispeed/). Each is
 * built for, and served under, one base (harness.ts), as the publishing jobs build and test it.
 */
import { useOwnBuild, useSiteAndBrowser } from './harness';
import { smokeTests } from './smoke';
import { assembleSiteData, TEST_DATA_DIR } from './site-data';
import { loadSiteData } from '../../src/lib/data/load';
import { join } from 'node:path';

const data = loadSiteData(TEST_DATA_DIR);
const root = useOwnBuild('root', (dir) => assembleSiteData(join(dir, 'data')), {
  SITE_URL: 'https://ispeed-kien-giang-3f2a.gitlab.io',
  SITE_BASE: '/',
});
smokeTests(root, data, 'built for and served at the root of a host');
smokeTests(useSiteAndBrowser(), data, 'built for and served under /ispeed/');
