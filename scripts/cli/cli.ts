/**
 * What the command-line tools do alike at their edges: know whether they were run (not imported
 * by a test), write lines to the terminal, read the options or print the usage, and turn a failure
 * into a message and an exit code. Exit codes: 0 done (or --help), 1 the inputs have problems
 * (nothing written), 2 the command line is wrong.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { DataValidationError } from '../../src/lib/data/errors';

/**
 * Whether the module at `moduleUrl` (its import.meta.url) is the program being run, rather than
 * imported by a test: compared through real paths, so a symlinked checkout or `npx tsx` agree.
 */
export function isEntry(moduleUrl: string): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}

/** Lines to standard output and standard error: what a tool's `main` writes through. */
export const TERMINAL = {
  out: (line: string) => void process.stdout.write(`${line}\n`),
  err: (line: string) => void process.stderr.write(`${line}\n`),
};

const HELP = { help: { type: 'boolean', short: 'h' } } as const;

type Values<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O & typeof HELP; strict: true }>
>['values'];

/**
 * Reads the options (strictly, with `--help`/`-h` added); on a bad option prints it with the usage
 * and returns 2; on `--help` prints the usage and returns 0.
 */
export function optionsOrExit<O extends ParseArgsOptionsConfig>(
  argv: string[],
  options: O,
  usage: string,
): Values<O> | number {
  let values: Values<O>;
  try {
    values = parseArgs({ args: argv, options: { ...options, ...HELP }, strict: true }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n\n${usage}`);
    return 2;
  }
  if ((values as { help?: boolean }).help) {
    console.log(usage);
    return 0;
  }
  return values;
}

/** Prints why a run failed — every problem of invalid data, or an unreadable input — and returns 1. */
export function failed(e: unknown, prefix: string): number {
  if (e instanceof DataValidationError) {
    console.error(`${prefix}: ${e.lines.length} problem(s) in ${e.file}:`);
    for (const line of e.lines) console.error(`  ${line}`);
    return 1;
  }
  const io = e as NodeJS.ErrnoException;
  if (io.code === 'ENOENT') {
    console.error(`Cannot read ${io.path ?? 'an input file'}: no such file. See --help for the inputs.`);
    return 1;
  }
  console.error(io.message);
  return 1;
}
