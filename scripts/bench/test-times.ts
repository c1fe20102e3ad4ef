/**
 * Wall time of `npm test` by part, each part run as the test script runs it, in the same order:
 * check, lint, format:check, build:test, then vitest's unit and e2e projects (`npm test` runs both
 * in one `vitest run`; here they run one after the other so each gets its own time).
 *
 *   npx tsx scripts/bench/test-times.ts
 */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PARTS: [string, string[]][] = [
  ['check', ['npm', 'run', 'check']],
  ['lint', ['npm', 'run', 'lint']],
  ['format:check', ['npm', 'run', 'format:check']],
  ['build:test', ['npm', 'run', 'build:test']],
  ['vitest unit', ['npx', 'vitest', 'run', '--project', 'unit']],
  ['vitest e2e', ['npx', 'vitest', 'run', '--project', 'e2e']],
];

/** Runs every part (a failing part is timed and marked, and the next parts still run). */
export function benchTestTimes(): [string, string][] {
  const rows: [string, string][] = [];
  let total = 0;
  for (const [name, [command, ...args]] of PARTS) {
    const start = performance.now();
    const run = spawnSync(command ?? 'npm', args, { stdio: 'pipe', env: process.env, maxBuffer: 256 * 1024 * 1024 });
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
