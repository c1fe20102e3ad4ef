/**
 * `npm run import -- <file> [options]`: imports a month of sample counts (or reports) from
 * an official's spreadsheet into data/campaign.json. A thin shell: arguments, printing, exit codes.
 * The work is done by src/lib/import (see "Publishing a month" in README.md).
 */
import { TERMINAL, isEntry } from './cli';
import { parseArgs } from 'node:util';
import { CLI_CONTROLS, type Voice } from '../../src/lib/import/messages/voice';
import { isLang, say, type Lang } from '../../src/lib/text/messages';
import { CLI } from '../../src/lib/import/messages/cli';
import { DEFAULT_SOURCE } from '../../src/lib/import/plan';
import { runImport } from '../../src/lib/import/run';

/** The help, in Vietnamese (`--help`); `helpText('en')` is the English one (`--help --lang en`). */
export function helpText(lang: Lang): string {
  return say({ lang }, CLI.help, DEFAULT_SOURCE);
}

export const HELP = helpText('vi');

export interface MainIo {
  now: Date;
  out: (line: string) => void;
  err: (line: string) => void;
  cwd?: string;
}

const OPTIONS = {
  month: { type: 'string' },
  sheet: { type: 'string' },
  replace: { type: 'boolean', default: false },
  'dry-run': { type: 'boolean', default: false },
  data: { type: 'string', default: 'data/campaign.json' },
  'blank-is-no-data': { type: 'boolean', default: false },
  'as-of': { type: 'string' },
  source: { type: 'string' },
  'imported-at': { type: 'string' },
  lang: { type: 'string' },
  quiet: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

/** The language asked for on the command line (read before the options are parsed, for their errors). */
function requestedLang(argv: readonly string[]): Lang {
  const at = argv.lastIndexOf('--lang');
  const written = argv.findLast((a) => a.startsWith('--lang='))?.slice('--lang='.length);
  const value = at >= 0 ? argv[at + 1] : written;
  return value === 'en' ? 'en' : 'vi';
}

/** The message for options node:util could not parse, in the user's language. */
function optionError(e: unknown, voice: Voice): string {
  const error = e as Error & { code?: string };
  const option = /'(-[^' ]+)/u.exec(error.message)?.[1] ?? '';
  const text =
    error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION'
      ? say(voice, CLI.unknownOption, option)
      : error.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE'
        ? say(voice, CLI.missingValue, option)
        : say(voice, CLI.badOptions, error.message);
  return `${text}\n${say(voice, CLI.seeHelp)}`;
}

/** `--imported-at` as a Date, or undefined when it is not an ISO date and time. */
function importedAt(value: string): Date | undefined {
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/u;
  const date = new Date(value);
  return iso.test(value) && !Number.isNaN(date.getTime()) ? date : undefined;
}

/** Runs the command with `argv` (without "node script"); returns the exit code. */
export async function main(argv: readonly string[], io: MainIo): Promise<number> {
  let parsed;
  const fallback: Voice = { lang: requestedLang(argv), controls: CLI_CONTROLS };
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    io.err(optionError(e, fallback));
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.lang !== undefined && !isLang(values.lang)) {
    io.err(say({ lang: 'vi' }, CLI.badLang, values.lang));
    return 2;
  }
  const voice: Voice = { lang: values.lang ?? 'vi', controls: CLI_CONTROLS };
  if (values.help) {
    io.out(helpText(voice.lang));
    return 0;
  }
  const now = values['imported-at'] === undefined ? io.now : importedAt(values['imported-at']);
  if (!now) {
    io.err(say(voice, CLI.badImportedAt, values['imported-at'] ?? ''));
    return 2;
  }
  if (positionals.length !== 1) {
    io.err(positionals.length === 0 ? say(voice, CLI.noFile) : say(voice, CLI.severalFiles, positionals));
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
      lang: voice.lang,
      controls: voice.controls,
    },
    { ...io, now },
  );
  return result.exitCode;
}

if (isEntry(import.meta.url)) {
  const code = await main(process.argv.slice(2), {
    now: new Date(),
    ...TERMINAL,
  });
  process.exitCode = code;
}
