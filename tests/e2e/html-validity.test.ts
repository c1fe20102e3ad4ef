/**
 * Every page of the build is valid HTML for the W3C Nu HTML checker (vnu-jar, run on the files of
 * dist/: it refuses to fetch a loopback server). One Java run checks the whole site plus a control
 * page that must fail, so the check is seen to be able to fail. Java: Debian's
 * default-jre-headless (.ci/run installs it); the npm package's own Java download is never used.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const jar = join(dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

interface NuMessage {
  type: string;
  url: string;
  message: string;
  extract?: string;
}

/** A page with the mistakes this site once made: a combobox role on a search input, a script after </html>. */
const CONTROL = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>x</title></head>
<body><input type="search" role="combobox" aria-expanded="false" aria-controls="l"><ul id="l"></ul></body></html>
<script>1</script>`;

/** Runs vnu over dist/ and a control file; every error, by file. */
async function check(): Promise<NuMessage[]> {
  const dir = mkdtempSync(join(tmpdir(), 'nu-control-'));
  cleanup.push(dir);
  writeFileSync(join(dir, 'control.html'), CONTROL);
  const args = ['-jar', jar, '--errors-only', '--format', 'json', '--skip-non-html', resolve('dist'), dir];
  // vnu exits 1 when it finds errors (the control has some): read its report either way.
  const out = await run('java', args, { maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stderr,
    (e: { stderr?: string; code?: unknown }) => {
      if (e.code === 'ENOENT')
        throw new Error('java not found: apt-get install -y default-jre-headless (.ci/run does)');
      return e.stderr ?? '';
    },
  );
  return (JSON.parse(out) as { messages: NuMessage[] }).messages.filter((m) => m.type === 'error');
}

const cleanup: string[] = [];
afterAll(() => {
  for (const d of cleanup) rmSync(d, { recursive: true, force: true });
});

describe('W3C Nu HTML checker', () => {
  it('finds no error on any page of the build, and finds the control page’s', async () => {
    const errors = await check();
    const control = errors.filter((m) => m.url.endsWith('/control.html'));
    expect(control.map((m) => m.message).join('\n')).toMatch(/“search”[\s\S]*Stray start tag “script”/u);
    const site = errors.filter((m) => !m.url.endsWith('/control.html'));
    expect(site.map((m) => `${m.url.replace(/^.*\/dist\//u, '/')}: ${m.message}`)).toEqual([]);
  }, 180_000);
});
