/**
 * Writes ILLUSTRATIVE (made-up) monthly counts for every commune into data/campaign.json, so the
 * site can be built and reviewed before real figures are imported. Deterministic: the same seed
 * gives byte-identical output. Every month is flagged `illustrative: true`, and every page that
 * shows such a month carries a banner saying the numbers are not official.
 *
 *   npm run data:illustrative -- [--seed 2025] [--from 2025-01] [--to 2026-10] [--data data/campaign.json]
 *
 * Each month goes on its own boundary vintage (area.json next to the campaign file decides).
 */
import { parseArgs } from 'node:util';
import { dirname, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { makeIllustrativeCampaign } from '../src/lib/illustrative';
import { crossCheck, loadReference } from '../src/lib/load';
import { DataValidationError, parseOrThrow } from '../src/lib/errors';
import { CampaignSchema } from '../src/lib/schema';

const HELP = `Usage: npm run data:illustrative -- [options]

Writes made-up, clearly flagged monthly counts for every commune (for demos and review only),
each month on the unit list of its own boundary vintage.

Options:
  --seed N        seed of the generator (default 2025); same seed, same numbers
  --from YYYY-MM  first month (default 2025-01)
  --to YYYY-MM    last month (default 2026-10)
  --data PATH     campaign file to write (default data/campaign.json); area.json and
                  vintages/<id>/units.json are read from the same folder
  --help          show this help

Example:
  npm run data:illustrative -- --seed 7 --from 2025-05 --to 2025-09
`;

function main(): void {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string', default: '2025' },
      from: { type: 'string', default: '2025-01' },
      to: { type: 'string', default: '2026-10' },
      data: { type: 'string', default: 'data/campaign.json' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(HELP);
    return;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number (value: "${values.seed}")`);
  const dataFile = resolve(values.data);
  const { area, vintages } = loadReference(dirname(dataFile));
  const unitsOf = (id: string) => {
    const found = vintages.get(id);
    if (!found) throw new Error(`vintage ${id} has no unit list`);
    return found.units;
  };
  const campaign = makeIllustrativeCampaign(area, unitsOf, { seed, from: values.from, to: values.to });
  // Validate what we are about to write with the same schema and cross-checks the build uses.
  const parsed = parseOrThrow(CampaignSchema, campaign, dataFile);
  const lines = crossCheck(area, parsed, vintages);
  if (lines.length > 0) throw new DataValidationError(dataFile, lines);
  writeFileAtomic.sync(dataFile, `${JSON.stringify(campaign, null, 2)}\n`);
  process.stdout.write(
    `Wrote ${campaign.months.length} illustrative months (${values.from} … ${values.to}) on ${[...vintages.keys()].join(', ')} to ${values.data}\n`,
  );
}

try {
  main();
} catch (e) {
  process.stderr.write(`error: ${(e as Error).message}\n`);
  process.exit(1);
}
