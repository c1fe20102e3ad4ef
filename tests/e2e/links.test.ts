/**
 * Every internal link and asset reference in the built HTML resolves to a built file, under the
 * base path: no broken link between guides, no link that forgot the base.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { BASE } from './harness';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The built file a site URL path would be served from, or undefined. */
function builtFile(pathname: string): string | undefined {
  const rel = decodeURIComponent(pathname.slice(BASE.length));
  const candidates = [join('dist', rel), join('dist', rel, 'index.html')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

describe('internal links', () => {
  const files = htmlFiles('dist');

  it('the build produced pages', () => {
    expect(files.length).toBeGreaterThan(100);
  });

  it('every href and src on every page resolves to a built file under the base path', () => {
    const broken: string[] = [];
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const pageUrl = new URL(`http://site${BASE}${file.slice('dist/'.length).replace(/index\.html$/, '')}`);
      for (const [, ref] of html.matchAll(/\s(?:href|src)="([^"]+)"/g)) {
        if (!ref || /^(mailto:|tel:|#|data:)/.test(ref)) continue;
        const target = new URL(ref.replace(/&amp;/g, '&'), pageUrl);
        if (target.host !== 'site') continue; // external links are not followed
        if (!target.pathname.startsWith(BASE) || !builtFile(target.pathname)) broken.push(`${file}: ${ref}`);
      }
    }
    expect(broken).toEqual([]);
  });
});
