/**
 * Writes a synthetic nationwide DATA_DIR (made-up units, grid map, illustrative months) that the
 * site builds from, to time and size a build at national scale. Never shipped.
 *
 *   npx tsx scripts/make-nationwide.ts --kind current          → .cache/nationwide/current
 *   DATA_DIR=.cache/nationwide/current SITE_BASE=/ispeed/ npx astro build --outDir /tmp/out
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { NATIONWIDE, writeNationwide, type NationwideKind } from './synthetic';

const HELP = `Usage: npx tsx scripts/make-nationwide.ts [options]

Writes a complete, made-up data folder (area.json, campaign.json, vintages/<id>/units.json and
geo/map.topojson: one square per commune in a grid) for a nationwide-scale build.

Options:
  --kind current|old  current: 3,321 units without districts on vintage 2025-07, communes report
                      old: 10,600 communes in 700 districts on vintage 2025-01, districts report
                      (default current)
  --out DIR           folder to write (emptied first; default .cache/nationwide/<kind>)
  --communes N        number of units instead of the kind's (districts scale with it)
  --from YYYY-MM      first month (default 2024-07)
  --months N          number of months (default 24)
  --seed N            seed (default 2025); same seed, same files
  --help              show this help
`;

const { values } = parseArgs({
  options: {
    kind: { type: 'string', default: 'current' },
    out: { type: 'string' },
    communes: { type: 'string' },
    from: { type: 'string', default: '2024-07' },
    months: { type: 'string', default: '24' },
    seed: { type: 'string', default: '2025' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(HELP);
  process.exit(0);
}
const kind = values.kind;
if (!(kind in NATIONWIDE)) {
  process.stderr.write(`--kind must be current or old (value: "${kind}")\n`);
  process.exit(2);
}
const out = resolve(values.out ?? `.cache/nationwide/${kind}`);
const written = writeNationwide(out, {
  kind: kind as NationwideKind,
  ...(values.communes === undefined ? {} : { communes: Number(values.communes) }),
  from: values.from,
  months: Number(values.months),
  seed: Number(values.seed),
});
process.stdout.write(
  `Wrote ${out}: ${written.units} units, ${written.districts} districts, ${written.months.length} months (${written.months[0] ?? ''} … ${written.months.at(-1) ?? ''}).\n`,
);
