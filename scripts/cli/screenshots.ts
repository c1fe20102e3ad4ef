/**
 * Screenshots of built pages at phone (390 px) and desktop (1280 px) widths, to look at a page as a
 * person would. Serves dist/ like the e2e tests (build with SITE_BASE=/ispeed/ first).
 *
 *   npx tsx scripts/cli/screenshots.ts [--out screenshots] [--no-js] /ban-do/ /huong-dan/cai-dat-android/
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DESKTOP, PHONE, launchChromium, newContext, serveSite } from '../../tests/e2e/harness';

const HELP = `Usage: npx tsx scripts/cli/screenshots.ts [--out DIR] [--no-js] [--fold] PATH...

Takes full-page PNG screenshots of built pages (dist/, built with SITE_BASE=/ispeed/) at 390 px and
1280 px wide into DIR (default screenshots/, git-ignored). --fold: first screen only.

Example:
  SITE_BASE=/ispeed/ npm run build && npx tsx scripts/cli/screenshots.ts /ban-do/ /
`;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: 'string', default: 'screenshots' },
    'no-js': { type: 'boolean', default: false },
    /** Only the first screen instead of the full page. */
    fold: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});
if (values.help || positionals.length === 0) {
  process.stdout.write(HELP);
  process.exit(values.help ? 0 : 1);
}
mkdirSync(values.out, { recursive: true });
const site = await serveSite();
const browser = await launchChromium();
try {
  for (const [name, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    const context = await newContext(browser, viewport, !values['no-js']);
    for (const path of positionals) {
      const page = await context.newPage();
      await page.goto(site.url(path), { waitUntil: 'networkidle' });
      const file = `${values.out}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'home'}-${name}${values['no-js'] ? '-nojs' : ''}.png`;
      await page.screenshot({ path: file, fullPage: !values.fold });
      process.stdout.write(`${file}\n`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  await site.close();
}
