/**
 * The pictures of the staff guide (src/components/StaffGuide.astro): the real staff page, driven
 * in Chromium at 390 px with import fixtures, photographed at the steps a person takes — a refused
 * file and its problems, the preview of a clean file, the download. Serves dist/ like the e2e tests;
 * build the test site first (its data is test data, and the guide says so under each picture).
 *
 *   SITE_URL=https://ispeed.example.test npm run build:test && npx tsx scripts/cli/staff-shots.ts
 */
import { parseArgs } from 'node:util';
import type { Locator, Page } from 'playwright-core';
import { PHONE, launchChromium, newContext, serveSite } from '../../tests/e2e/harness';
import { STAFF_NOW, chooseStaffFile } from '../../tests/e2e/staff-page';
import { staffUpdatePath } from '../../src/lib/site/paths';

const HELP = `Usage: npx tsx scripts/cli/staff-shots.ts [--out DIR]

Photographs the staff page (/can-bo/cap-nhat/ of dist/, the test build) at 390 px: a refused file,
the preview of a clean file and the download, as JPEG into DIR (default public/can-bo/cap-nhat/).
`;

/** The fixtures shown: one the import refuses for a name it cannot match, one it accepts. */
const BAD = 'bad-several-problems.csv';
const GOOD = 'warn-no-diacritics.csv';

/** A JPEG of `from` down to the end of `to` (the page's own width), small enough for a slow line. */
async function shoot(page: Page, from: Locator, to: Locator, path: string): Promise<void> {
  const a = await from.boundingBox();
  const b = await to.boundingBox();
  if (!a || !b) throw new Error(`nothing to photograph for ${path}`);
  const top = Math.max(0, a.y - 8);
  const height = Math.min(b.y + b.height + 8 - top, 1400);
  await page.screenshot({
    path,
    type: 'jpeg',
    quality: 60,
    fullPage: true,
    clip: { x: 0, y: top, width: PHONE.width, height },
  });
  process.stdout.write(`${path}\n`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { out: { type: 'string', default: 'public/can-bo/cap-nhat' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const site = await serveSite();
  const browser = await launchChromium();
  try {
    const context = await newContext(browser, PHONE);
    const page = await context.newPage();
    await page.clock.setFixedTime(STAFF_NOW);
    await page.goto(site.url(staffUpdatePath()), { waitUntil: 'networkidle' });
    await chooseStaffFile(page, BAD);
    await shoot(
      page,
      page.locator('[data-staff-status]'),
      page.locator('[data-staff-result]'),
      `${values.out}/buoc-2-loi.jpg`,
    );
    await chooseStaffFile(page, GOOD);
    const preview = page.locator('[data-staff-preview]');
    await shoot(page, preview, page.locator('[data-preview-map]'), `${values.out}/buoc-3-xem-truoc.jpg`);
    const download = page.locator('[data-staff-download]');
    await shoot(page, download, download, `${values.out}/buoc-4-tai-ve.jpg`);
    await context.close();
  } finally {
    await browser.close();
    await site.close();
  }
}

await main();
