import { describe, expect, it } from 'vitest';
import { main, type DeployIo } from '../../scripts/cli/deploy';
import { builtAddress, builtAddressProblem, rsyncArgs, targetProblem } from '../../src/lib/publish/deploy';

const page = (href: string): string => `<head><link rel="canonical" href="${href}"></head>`;

describe('deploy checks', () => {
  it.each(['www@web-server:/var/www/ispeed/', 'web-server:/srv/site', 'me@10.0.0.5:public_html/ispeed'])(
    'accepts the target %s',
    (target) => {
      expect(targetProblem(target)).toBeUndefined();
    },
  );

  it.each([
    ['/var/www/ispeed', /local folder is refused/],
    ['web-server:', /names no folder/],
    ['web-server:/', /names no folder/],
    ['web-server:~/', /names no folder/],
    ['web-server::module', /daemon module/],
    ['--rsh=evil', /not an rsync target/],
    ['web server:/srv', /not an rsync target/],
  ])('refuses the target %s', (target, message) => {
    expect(targetProblem(target)).toMatch(message);
  });

  it('accepts a build for a public address, refuses a preview, a test build and a foreign file', () => {
    expect(builtAddress(page('https://ispeed.example.gov.vn/ispeed/'))).toBe('https://ispeed.example.gov.vn/ispeed/');
    expect(builtAddressProblem('https://ispeed.example.gov.vn/ispeed/')).toBeUndefined();
    expect(builtAddressProblem('http://localhost:4321/ispeed/')).toMatch(/preview/);
    expect(builtAddressProblem('https://ispeed.example.test/ispeed/')).toMatch(/test address/);
    expect(builtAddressProblem(builtAddress('<html></html>'))).toMatch(/no canonical link/);
  });

  it('builds the rsync argv: the contents of dist/ mirrored into the target', () => {
    expect(rsyncArgs('www@h:/var/www/x/', false)).toEqual(['-av', '--delete', 'dist/', 'www@h:/var/www/x/']);
    expect(rsyncArgs('h:/x', true)).toEqual(['-av', '--delete', '--dry-run', 'dist/', 'h:/x']);
  });
});

function fakeIo(index: string | undefined, codes: Record<string, number> = {}) {
  const calls: string[][] = [];
  const out: string[] = [];
  const err: string[] = [];
  const io: DeployIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    readIndex: () => index,
    spawn: (command, args) => {
      calls.push([command, ...args]);
      return Promise.resolve(codes[command] ?? 0);
    },
  };
  return { io, calls, out, err };
}

describe('npm run deploy', () => {
  const good = page('https://ispeed.example.gov.vn/ispeed/');

  it('runs rsync with an argument array, no shell', async () => {
    const run = fakeIo(good);
    expect(await main(['www@web:/var/www/ispeed/'], run.io)).toBe(0);
    expect(run.calls).toEqual([['rsync', '-av', '--delete', 'dist/', 'www@web:/var/www/ispeed/']]);
    expect(run.out.at(-1)).toBe('Published to www@web:/var/www/ispeed/.');
  });

  it('builds first only when asked, and copies nothing when the build fails', async () => {
    const run = fakeIo(good, { npm: 1 });
    expect(await main(['--build', 'web:/srv/x'], run.io)).toBe(1);
    expect(run.calls).toEqual([['npm', 'run', 'build']]);
  });

  it('refuses a test build, a missing dist/ and wrong arguments without running anything', async () => {
    const test = fakeIo(page('https://ispeed.example.test/ispeed/'));
    expect(await main(['web:/srv/x'], test.io)).toBe(1);
    expect(test.err[0]).toMatch(/^Nothing was copied: dist\/ was built for https:\/\/ispeed\.example\.test/);
    const none = fakeIo(undefined);
    expect(await main(['web:/srv/x'], none.io)).toBe(1);
    for (const argv of [[], ['a:/x', 'b:/y'], ['web:'], ['--force', 'web:/x']]) {
      const run = fakeIo(good);
      expect(await main(argv, run.io), argv.join(' ')).toBe(2);
      expect(run.calls).toEqual([]);
    }
    expect(test.calls).toEqual([]);
    expect(none.calls).toEqual([]);
  });

  it('passes --dry-run to rsync, and reports a failed rsync', async () => {
    const dry = fakeIo(good);
    expect(await main(['--dry-run', 'web:/srv/x'], dry.io)).toBe(0);
    expect(dry.calls[0]).toContain('--dry-run');
    const failed = fakeIo(good, { rsync: 23 });
    expect(await main(['web:/srv/x'], failed.io)).toBe(1);
    expect(failed.err[0]).toMatch(/rsync failed \(exit 23\)/);
  });
});
