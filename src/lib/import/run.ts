/**
 * Runs one import with the disk: reads the file, area.json and the unit list of every vintage
 * (data/vintages/<id>/units.json, next to the data file), and the data file, hands them to the
 * in-memory import (check.ts, also run by the staff page in the browser), prints its lines, and
 * writes the text it returns atomically only when no problem was found — so a failed or dry run
 * leaves the data file byte-identical. This file is the only part of the import that needs Node.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DataValidationError } from '../data/errors';
import { loadReference, type Reference } from '../data/load';
import { JsonSyntaxError, parseJson } from '../data/json-file';
import { checkImport, failLines, type Line, type RunOptions } from './check';
import type { Plan } from './plan';
import type { Problem } from './problems';

export type { RunOptions } from './check';

export interface RunIo {
  /** "Now", injected: decides the current month, today's date and `importedAt`. */
  now: Date;
  /** Progress lines, warnings and the summary (stdout). */
  out: (line: string) => void;
  /** Problems (stderr). */
  err: (line: string) => void;
  /** Folder relative paths are read from (default: the process's). */
  cwd?: string | undefined;
}

export interface RunResult {
  exitCode: 0 | 1;
  wrote: boolean;
  plan?: Plan | undefined;
}

const sha = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** The data file's JSON (the bytes just hashed, so what is checked is what was read), or a problem naming it. */
function parseDataJson(bytes: Buffer, path: string, label: string): { value: unknown } | { problem: Problem } {
  try {
    return { value: parseJson(bytes.toString('utf8'), path) };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return {
      problem: {
        file: label,
        problem: `the file is not valid JSON: line ${e.line}, column ${e.column} (${e.reason})`,
        todo: 'check the --data path; restore the file with git if it was damaged',
      },
    };
  }
}

/**
 * area.json and the unit lists of the data folder, validated by load.ts as the site build does; a
 * problem naming the file when one is missing or invalid.
 */
function readReference(dir: string, cwd: string): { value: Reference } | { problem: Problem } {
  const todo = 'check the --data path (area.json and vintages/ must be next to it); restore the files with git';
  try {
    return { value: loadReference(dir) };
  } catch (e) {
    if (e instanceof DataValidationError) {
      return { problem: { file: relative(cwd, e.file), problem: `not valid: ${e.lines.join('; ')}`, todo } };
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' && err.path) {
      return { problem: { file: relative(cwd, err.path), problem: 'the file does not exist', todo } };
    }
    throw e;
  }
}

export async function runImport(options: RunOptions, io: RunIo): Promise<RunResult> {
  const cwd = io.cwd ?? process.cwd();
  const print = (lines: readonly Line[]): void => {
    for (const line of lines) (line.stream === 'out' ? io.out : io.err)(line.text);
  };
  const fail = (problems: Problem[], plan?: Plan): RunResult => {
    print(failLines(options.file, problems));
    return { exitCode: 1, wrote: false, plan };
  };

  const filePath = resolve(cwd, options.file);
  const dataPath = resolve(cwd, options.data);

  let fileBytes: Uint8Array;
  try {
    fileBytes = readFileSync(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return fail([
      {
        problem: code === 'ENOENT' ? 'the file does not exist' : `the file cannot be read (${code ?? 'error'})`,
        todo: 'check the file name and folder',
      },
    ]);
  }
  const reference = readReference(dirname(dataPath), cwd);
  if ('problem' in reference) return fail([reference.problem]);
  let campaign: unknown;
  let dataSha: string | undefined;
  if (existsSync(dataPath)) {
    const bytes = readFileSync(dataPath);
    dataSha = sha(bytes);
    const parsed = parseDataJson(bytes, dataPath, options.data);
    if ('problem' in parsed) return fail([parsed.problem]);
    campaign = parsed.value;
  }

  const result = await checkImport({ options, fileBytes, reference: reference.value, campaign, now: io.now });
  print(result.lines);
  const { plan, text } = result;
  if (result.exitCode !== 0 || text === undefined) return { exitCode: 1, wrote: false, plan };
  if (options.dryRun) return { exitCode: 0, wrote: false, plan };

  // Refuse to overwrite changes made to the data file while this import was running.
  const nowSha = existsSync(dataPath) ? sha(readFileSync(dataPath)) : undefined;
  if (nowSha !== dataSha) {
    return fail(
      [
        {
          file: options.data,
          problem: 'the data file changed while the import was running',
          todo: 'run the import again',
        },
      ],
      plan,
    );
  }
  await writeFileAtomic(dataPath, text, { encoding: 'utf8' });
  if (!options.quiet) {
    io.out(
      `Wrote ${options.data}. Review the change with "git diff ${options.data}", then build and publish the site.`,
    );
  }
  return { exitCode: 0, wrote: true, plan };
}
