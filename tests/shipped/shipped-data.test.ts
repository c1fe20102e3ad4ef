/**
 * The smoke test of the shipped data/, whatever months it holds (illustrative today, real once the
 * province imports them), built as it will be published: for SITE_URL and SITE_BASE when set (the
 * publishing workflows set them to the Pages address), and served under that very base.
 */
import { resolve } from 'node:path';
import { useOwnBuild } from '../e2e/harness';
import { smokeTests } from '../e2e/smoke';
import { loadSiteData } from '../../src/lib/data/load';

const h = useOwnBuild('shipped', () => resolve('data'));
smokeTests(h, loadSiteData(resolve('data')), `the site built on the shipped data`);
