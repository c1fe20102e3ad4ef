/**
 * Runs one import with the disk: reads the file, area.json and the unit list of every vintage
 * (data/vintages/<id>/units.json, next to the data file), and the data file, hands them to the
 * in-memory import (check.ts, also run by the staff page in the browser), prints its lines, and
 * writes the text it returns atomically only when no problem was found — so a failed or dry run
 * leaves the data file byte-identical. This file is the only part of the import that needs Node.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import writeFileAtomic from 'write-file-atomic';
import { DataValidationError } from '../data/errors';
import { loadReference, type Reference } from '../data/load';
import { JsonSyntaxError, parseJson } from '../data/json-file';
import { say } from '../text/messages';
import { voiceOf, type Voice } from './messages/voice';
import { DATA } from './messages/data';
import { RUN } from './messages/summary';
import { checkImport, failLines, type RunOptions } from './check';
import type { Plan } from './plan';
import type { Problem } from './problems';
import { sha256HexOfBytes } from '../data/digest';

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

/** The data file's JSON (the bytes just hashed, so what is checked is what was read), or a problem naming it. */
function parseDataJson(
  bytes: Buffer,
  path: string,
  label: string,
  voice: Voice,
): { value: unknown } | { problem: Problem } {
  try {
    return { value: parseJson(bytes.toString('utf8'), path) };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    return { problem: { file: label, ...say(voice, DATA.notJson, e.line, e.column, voice.controls, e.reason) } };
  }
}

/**
 * area.json and the unit lists of the data folder, validated by load.ts as the site build does; a
 * problem naming the file when one is missing or invalid.
 */
function readReference(dir: string, cwd: string, voice: Voice): { value: Reference } | { problem: Problem } {
  try {
    return { value: loadReference(dir) };
  } catch (e) {
    if (e instanceof DataValidationError) {
      const texts = say(voice, DATA.referenceInvalid, e.lines.join('; '), voice.controls);
      return { problem: { file: relative(cwd, e.file), ...texts } };
    }
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' && err.path) {
      return { problem: { file: relative(cwd, err.path), ...say(voice, DATA.referenceMissing, voice.controls) } };
    }
    throw e;
  }
}

export async function runImport(options: RunOptions, io: RunIo): Promise<RunResult> {
  const cwd = io.cwd ?? process.cwd();
  const voice = voiceOf(options);
  const print = (line: string): void => {
    if (!options.quiet) io.out(line);
  };
  const fail = (problems: Problem[], plan?: Plan): RunResult => {
    for (const line of failLines(options.file, problems, voice)) io.err(line.text);
    return { exitCode: 1, wrote: false, plan };
  };

  const filePath = resolve(cwd, options.file);
  const dataPath = resolve(cwd, options.data);

  let fileBytes: Uint8Array;
  try {
    fileBytes = readFileSync(filePath);
  } catch (e) {
    return fail([say(voice, DATA.fileUnreadable, (e as NodeJS.ErrnoException).code)]);
  }
  const reference = readReference(dirname(dataPath), cwd, voice);
  if ('problem' in reference) return fail([reference.problem]);
  let campaign: unknown;
  let dataSha: string | undefined;
  if (existsSync(dataPath)) {
    const bytes = readFileSync(dataPath);
    dataSha = await sha256HexOfBytes(bytes);
    const parsed = parseDataJson(bytes, dataPath, options.data, voice);
    if ('problem' in parsed) return fail([parsed.problem]);
    campaign = parsed.value;
  }

  const result = await checkImport({ options, fileBytes, reference: reference.value, campaign, now: io.now });
  for (const line of result.lines) (line.stream === 'out' ? io.out : io.err)(line.text);
  const { plan, text } = result;
  if (result.exitCode !== 0 || text === undefined) return { exitCode: 1, wrote: false, plan };
  if (options.dryRun) return { exitCode: 0, wrote: false, plan };

  // Refuse to overwrite changes made to the data file while this import was running.
  const nowSha = existsSync(dataPath) ? await sha256HexOfBytes(readFileSync(dataPath)) : undefined;
  if (nowSha !== dataSha) {
    return fail([{ file: options.data, ...say(voice, DATA.changedMeanwhile) }], plan);
  }
  await writeFileAtomic(dataPath, text, { encoding: 'utf8' });
  print(say(voice, RUN.wrote, options.data));
  return { exitCode: 0, wrote: true, plan };
}
