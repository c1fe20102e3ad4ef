/**
 * One import, in memory: the file's name and bytes, the data file's JSON value, the reference (area
 * and unit lists), the options and "now" go in; what the command prints, the problems, warnings,
 * summary facts and the next data file's text come out. No file system, no Node module: the command
 * (run.ts) and the staff page (src/client/staff/, in a Web Worker) both call this, so what the page
 * shows and downloads is what `npm run import` prints and writes, by construction.
 */
import type { Reference } from '../data/cross-check';
import { say } from '../text/messages';
import { voiceOf, type Voice } from './messages/voice';
import { DATA } from './messages/data';
import { RUN } from './messages/summary';
import { planImport, type ImportOptions, type Plan } from './plan';
import { formatProblem, sortProblems, type Problem } from './problems';
import { summaryLines } from './summary';

export interface RunOptions extends ImportOptions {
  quiet: boolean;
}

/** A line the command prints: progress, warnings and the summary on stdout, problems on stderr. */
export interface Line {
  stream: 'out' | 'err';
  text: string;
}

export interface CheckInput {
  options: RunOptions;
  fileBytes: Uint8Array;
  reference: Reference;
  /** The data file's JSON value, or `undefined` when it does not exist yet. */
  campaign: unknown;
  /** "Now": decides the current month, today's date and `importedAt`. */
  now: Date;
}

export interface CheckResult {
  /** 1 when there is a problem (nothing may be written). */
  exitCode: 0 | 1;
  /** Everything the command prints, in order (the final "Wrote …" line is the writer's). */
  lines: Line[];
  /** Problems, sorted as printed. */
  problems: Problem[];
  /** Warnings, sorted as printed. */
  warnings: Problem[];
  /** The plan: progress, stats and changes (the summary facts). */
  plan?: Plan | undefined;
  /** The next data file's bytes as text; present only when the import is clean. */
  text?: string | undefined;
}

/** The lines of a refused import: every problem, then the sentence that nothing was written. */
export function failLines(file: string, problems: readonly Problem[], voice: Voice): Line[] {
  return [
    ...sortProblems(problems).map((p) => ({ stream: 'err' as const, text: formatProblem(file, p, voice) })),
    { stream: 'err', text: say(voice, RUN.nothingWritten, problems.length) },
  ];
}

/** A refused import, e.g. when the data file cannot be read (before any plan). */
export function refused(file: string, problems: Problem[], voice: Voice, lines: Line[] = [], plan?: Plan): CheckResult {
  return {
    exitCode: 1,
    lines: [...lines, ...failLines(file, problems, voice)],
    problems: sortProblems(problems),
    warnings: plan ? sortProblems(plan.warnings) : [],
    plan,
  };
}

/** Plans the import and words it as the command does. */
export async function checkImport(input: CheckInput): Promise<CheckResult> {
  const { options } = input;
  const voice = voiceOf(options);
  const lines: Line[] = [];
  const tell = (text: string): void => {
    if (!options.quiet) lines.push({ stream: 'out', text });
  };
  const plan = await planImport({
    options,
    fileBytes: input.fileBytes,
    reference: input.reference,
    campaign: input.campaign,
    now: input.now,
  });
  for (const line of plan.progress) tell(line);
  const warning = say(voice, RUN.warning);
  const warnings = sortProblems(plan.warnings);
  for (const w of warnings) {
    tell(formatProblem(options.file, w, voice).replace(/^([^ ]*:) /u, (_, at: string) => `${at} ${warning} `));
  }
  if (plan.problems.length > 0 || plan.text === undefined) {
    for (const line of summaryLines(plan, { data: options.data, changes: false, voice })) tell(line);
    tell('');
    const problems = plan.problems.length > 0 ? plan.problems : [say(voice, DATA.nothingToImport)];
    return refused(options.file, problems, voice, lines, plan);
  }
  if (options.dryRun) tell(say(voice, RUN.dryRunIntro));
  for (const line of summaryLines(plan, { data: options.data, voice })) tell(line);
  tell('');
  if (options.dryRun) tell(say(voice, RUN.dryRunDone, options.data, voice.controls));
  return { exitCode: 0, lines, problems: [], warnings, plan, text: plan.text };
}
