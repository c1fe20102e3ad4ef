/**
 * Wall time of `npm test` by part, each part run as the test script runs it, in the same order: the
 * parts are read from package.json's `test` script (its `&&` steps), so this cannot drift from it;
 * its last step, `vitest run` over two projects, runs here once per project so each gets its own time.
 *
 *   npx tsx scripts/bench/test-times.ts
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The parts of a test script: [name, shell command]; `vitest run --project a --project b` splits per project. */
export function testParts(script: string): [string, string][] {
  return script.split(' && ').flatMap((step): [string, string][] => {
    const projects = [...step.matchAll(/--project (\S+)/g)].map((m) => m[1] ?? '');
    if (step.startsWith('vitest run') && projects.length > 1) {
      return projects.map((p) => [`vitest ${p}`, `npx vitest run --project ${p}`]);
    }
    // A readable name: no environment prefix, no `npm run`, no options or quotes.
    const name = step
      .replace(/^(\w+=\S+ )+/, '')
      .replace(/^npm run /, '')
      .replace(/ --[\w-]*/g, '')
      .replace(/"/g, '');
    return [[name, step]];
  });
}

function parts(): [string, string][] {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
  const script = pkg.scripts['test'];
  if (!script) throw new Error('package.json has no test script');
  return testParts(script);
}

/** Runs every part (a failing part is timed and marked, and the next parts still run). */
export function benchTestTimes(): [string, string][] {
  const rows: [string, string][] = [];
  let total = 0;
  for (const [name, command] of parts()) {
    const start = performance.now();
    const run = spawnSync('sh', ['-c', command], { stdio: 'pipe', env: process.env, maxBuffer: 256 * 1024 * 1024 });
    const seconds = (performance.now() - start) / 1000;
    total += seconds;
    if (run.status !== 0) {
      // Say why on stderr (the table stays on stdout): the last lines the failing part printed.
      const output = `${run.stdout.toString('utf8')}${run.stderr.toString('utf8')}`;
      process.stderr.write(`npm test: ${name} failed; its last output:\n${output.slice(-6000)}\n`);
    }
    rows.push([
      `npm test: ${name}`,
      `${seconds.toFixed(1)} s${run.status === 0 ? '' : ` (FAILED, exit ${run.status})`}`,
    ]);
  }
  rows.push(['npm test: total', `${total.toFixed(1)} s`]);
  return rows;
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  for (const [k, v] of benchTestTimes()) process.stdout.write(`${k.padEnd(24)}  ${v}\n`);
}
