/**
 * Times real `astro build`s of two synthetic nationwide data folders (scripts/fixtures/make-nationwide.ts):
 *
 *   current  3,321 units, no districts, communes report, 24 months
 *   old      10,600 communes in 700 districts, districts report, 24 months
 *
 * Each build runs alone (DATA_DIR=.cache/nationwide/<kind>, SITE_BASE=/ispeed/, a temp outDir,
 * removed afterwards); its wall time and peak memory (RSS of the process tree) are measured.
 * Goals: ≤ 3 min and ≤ 2 GB each on 2 cores.
 *
 *   npx tsx scripts/bench/nationwide.ts [current|old]…
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure';
import { NATIONWIDE, writeNationwide, type NationwideKind } from '../fixtures/synthetic';

export const GOAL_SECONDS = 180;
export const GOAL_MB = 2048;

export interface NationwideResult {
  kind: NationwideKind;
  units: number;
  districts: number;
  months: number;
  pages: number;
  seconds: number;
  peakMb: number | undefined;
  cpuSeconds: number | undefined;
}

/** Writes the data folder of `kind` and times one build of it. Throws when the build fails. */
export async function benchNationwide(kind: NationwideKind): Promise<NationwideResult> {
  const data = resolve(`.cache/nationwide/${kind}`);
  const written = writeNationwide(data, { kind });
  const out = mkdtempSync(join(tmpdir(), `ispeed-nationwide-${kind}-`));
  try {
    const astro = resolve('node_modules/astro/bin/astro.mjs');
    const result = await measure(process.execPath, [astro, 'build', '--outDir', out], {
      ...process.env,
      DATA_DIR: data,
      SITE_BASE: '/ispeed/',
      ASTRO_TELEMETRY_DISABLED: '1',
    });
    if (result.exitCode !== 0) {
      throw new Error(`the ${kind} nationwide build failed (exit ${result.exitCode}):\n${result.output.slice(-4000)}`);
    }
    const pages = /(\d+) page\(s\) built/.exec(result.output)?.[1];
    return {
      kind,
      units: written.units,
      districts: written.districts,
      months: written.months.length,
      pages: Number(pages ?? Number.NaN),
      seconds: result.seconds,
      peakMb: result.peakMb,
      cpuSeconds: result.cpuSeconds,
    };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** One bench-table row: label and value, with the goals. */
export function nationwideRow(r: NationwideResult): [string, string] {
  const shape =
    r.districts > 0
      ? `${r.units.toLocaleString('en')} communes, ${r.districts} districts`
      : `${r.units.toLocaleString('en')} units, no districts`;
  const peak = r.peakMb === undefined ? 'peak n/a (no /proc)' : `peak ${Math.round(r.peakMb).toLocaleString('en')} MB`;
  const ok = r.seconds <= GOAL_SECONDS && (r.peakMb ?? 0) <= GOAL_MB ? 'ok' : 'OVER GOAL';
  return [
    `nationwide ${r.kind} build (${shape}, ${r.months} months; goal ≤ 3 min, ≤ 2 GB on ${availableParallelism()} cores)`,
    `${r.pages.toLocaleString('en')} pages, ${r.seconds.toFixed(1)} s${r.cpuSeconds === undefined ? '' : ` (CPU ${r.cpuSeconds.toFixed(0)} s)`}, ${peak} — ${ok}`,
  ];
}

const isEntry = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isEntry) {
  if (process.argv.includes('--help')) {
    process.stdout.write(
      'Usage: npx tsx scripts/bench/nationwide.ts [current|old]…\n\nBuilds the synthetic nationwide sites (default both) and prints pages, seconds and peak MB.\n',
    );
    process.exit(0);
  }
  const asked = process.argv.slice(2).filter((a): a is NationwideKind => a in NATIONWIDE);
  for (const kind of asked.length > 0 ? asked : (Object.keys(NATIONWIDE) as NationwideKind[])) {
    const [label, value] = nationwideRow(await benchNationwide(kind));
    process.stdout.write(`${label}  ${value}\n`);
  }
}
