/**
 * `npm run import -- <file> [options]`: imports a month of sample counts (or reports) from
 * an official's spreadsheet into data/campaign.json. A thin shell: arguments, printing, exit codes.
 * The work is done by src/lib/import (see "Publishing a month" in README.md).
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_SOURCE } from '../../src/lib/import/plan';
import { runImport } from '../../src/lib/import/run';

export const HELP = `Usage: npm run import -- <file> [options]

Imports one month of i-Speed sample counts per commune (or the reports of the
month) from a .csv or .xlsx file into the site's data file. Everything is checked
first; if anything is wrong, all problems are listed and nothing is written.

The month decides the unit list. Months before 2025-07 use the 143 communes of
the 15 former districts (a "Huyện" column helps with names found in two
districts; reports are per district). Months from 2025-07 use the 48 new units
(Xã, Phường, Đặc khu; no districts; reports are per commune): head the name
column "Xã/Phường/Đặc khu". A name of the other list is refused with the name to
write instead; a code and a name that name two different units are refused.
A name typed without diacritics ("Vinh Hoa Hung") is imported, with a warning,
only when it can be one unit of the month's list; otherwise it is refused with
the units it could be.

Options:
  --month YYYY-MM        The month of the figures, e.g. --month 2025-09. Needed when the
                         file has no "Tháng" column and no "THÁNG 9/2025" in its title.
  --sheet NAME           Read this sheet of an .xlsx file (default: the first sheet, plus
                         a sheet named "Báo cáo" with the reports).
  --replace              Overwrite a month (or a report) that is already imported.
  --dry-run              Check and show what would change; write nothing.
  --data PATH            The data file (default: data/campaign.json). The unit lists are
                         read from the same folder: area.json and vintages/<id>/units.json.
  --blank-is-no-data     Store a blank count as "no data" instead of refusing the file.
  --as-of YYYY-MM-DD     The date the figures are valid for (default: today). The summary
                         names it; before the month's last day the site shows the month
                         as in progress ("đang cập nhật"); more than two months after
                         the month's end it gets a warning.
  --source TEXT          Who published the figures (default: "${DEFAULT_SOURCE}").
  --quiet                Print only problems.
  --help                 Show this help.

Examples:
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx --dry-run
  npm run import -- ~/Downloads/so-mau-thang-9-2025.xlsx
  npm run import -- bao-cao-thang-9-2025.csv
  npm run import -- so-mau.csv --month 2025-03 --as-of 2025-04-05 --replace

Exit status: 0 imported (or dry run passed), 1 problems found (nothing written),
2 wrong options.`;

export interface MainIo {
  now: Date;
  out: (line: string) => void;
  err: (line: string) => void;
  cwd?: string;
}

/** Runs the command with `argv` (without "node script"); returns the exit code. */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        month: { type: 'string' },
        sheet: { type: 'string' },
        replace: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        data: { type: 'string', default: 'data/campaign.json' },
        'blank-is-no-data': { type: 'boolean', default: false },
        'as-of': { type: 'string' },
        source: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\nRun "npm run import -- --help" to see the options.`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    io.err(
      positionals.length === 0
        ? 'Give the file to import, e.g. npm run import -- so-mau-thang-3-2025.xlsx (see --help).'
        : `Give one file at a time (got ${positionals.length}: ${positionals.join(', ')}).`,
    );
    return 2;
  }
  const result = await runImport(
    {
      file: positionals[0] ?? '',
      month: values.month,
      sheet: values.sheet,
      replace: values.replace,
      dryRun: values['dry-run'],
      data: values.data,
      blankIsNoData: values['blank-is-no-data'],
      asOf: values['as-of'],
      source: values.source,
      quiet: values.quiet,
    },
    io,
  );
  return result.exitCode;
}

const isEntry = (() => {
  try {
    return (
      process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))
    );
  } catch {
    return false;
  }
})();

if (isEntry) {
  const code = await main(process.argv.slice(2), {
    now: new Date(),
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
  });
  process.exitCode = code;
}
