/**
 * `npm run check:base`: the publishing gate (src/lib/publish/stale-base.ts), run by the publishing
 * workflows before anything else. It refuses a push whose data file would lose a published month
 * or published changes, and a push that leaves a `campaign*.json` where it is not published (a
 * second download's "campaign (1).json", an upload into the wrong folder). A refusal prints, in
 * Vietnamese for the provincial staff who uploaded the file, what would be lost and what to do. It
 * fails closed: a history it cannot read stops the job, never reads as "first upload". A thin
 * shell: reading the versions (from git or two files), printing, exit codes (0 may be published,
 * 1 refused, 2 wrong options or a history that cannot be read).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TERMINAL, failed, isEntry, optionsOrExit } from './cli';
import { staffUpdatePath } from '../../src/lib/site/paths';
import { siteAddress } from '../../src/lib/site/site-address';
import { BASE } from '../../src/lib/publish/messages';
import {
  baseMessage,
  checkBase,
  checkHistory,
  removalsOf,
  strayDataFiles,
  type DataVersion,
  type HistoryOutcome,
} from '../../src/lib/publish/stale-base';
import { isLang, say } from '../../src/lib/text/messages';

export const USAGE = `Usage: npm run check:base [-- --file PATH] [--lang vi|en]
       npm run check:base -- --current FILE [--previous FILE] [--lang vi|en]

Checks, before the site is built, that publishing the data file loses nothing
that is published (see docs/publishing.md).

Without --current, reads every version of the data file on the first-parent
history of HEAD (and the working copy, if it differs): each version is compared
with the last version that passed, since a refused one was never published.
Needs the full history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0).
Any git failure stops the check (exit 2).

Options:
  --file PATH       The data file in the repository (default: data/campaign.json).
  --current FILE    Check this file instead of the repository's ...
  --previous FILE   ... against this one (the data it replaces; none: first data).
  --lang vi|en      Language of the messages (default: vi, for provincial staff).
  --help            Show this help.

Refuses (exit 1):
  - a campaign*.json at the repository's root or under data/ other than the
    data file (tests/ excepted): it would look published and is not;
  - a file that lacks a published (not illustrative) month, whatever its
    basedOn says or lacks, unless its commit is a "git revert" of the commit
    that added the month, or its message has a line "Remove-month: YYYY-MM"
    naming every month it removes;
  - a file made from older data than the published (its basedOn is the digest
    of an earlier version, or of none): changes published since would be lost.
Passes (exit 0), with a note where it matters: an unchanged file, a file made
from the published data, a file without basedOn, or the published file edited
by hand (its basedOn kept, the published changes kept).`;

export interface CheckIo {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd?: string | undefined;
  env?: Readonly<Record<string, string | undefined>>;
}

const OPTIONS = {
  file: { type: 'string', default: 'data/campaign.json' },
  current: { type: 'string' },
  previous: { type: 'string' },
  lang: { type: 'string', default: 'vi' },
} as const;

/** The staff page's route, where a fresh data file is made from the published data. */
const STAFF_PAGE = staffUpdatePath();

/** The staff page's address: absolute on a publishing run (SITE_URL set), else its path. */
export function staffPage(env: Readonly<Record<string, string | undefined>>): string {
  try {
    const { site, base, preview } = siteAddress(env, false);
    return preview ? STAFF_PAGE : `${site}${base}${STAFF_PAGE.slice(1)}`;
  } catch {
    return STAFF_PAGE;
  }
}

/** A git command that failed (or could not run): check:base then fails closed, never "first upload". */
class GitError extends Error {}

/** Runs git in `cwd`; its stdout, or a GitError naming the command and what git said. */
function git(cwd: string | undefined, args: string[]): string {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status === 0) return r.stdout;
  const said = (r.error?.message ?? r.stderr).trim().split('\n')[0] ?? '';
  throw new GitError(`git ${args.slice(0, 2).join(' ')}: ${said || `exit ${r.status}`}`);
}

class ShallowHistoryError extends Error {}

/** The file's text in `commit`, or undefined when the commit has no such file (it was deleted). */
function textAt(cwd: string | undefined, commit: string, file: string): string | undefined {
  if (git(cwd, ['ls-tree', '-z', commit, '--', file]) === '') return undefined;
  return git(cwd, ['show', `${commit}:${file}`]);
}

/** Every version of `file` on HEAD's first-parent history, oldest first, then the working copy. */
export function gitVersions(cwd: string | undefined, file: string): DataVersion[] {
  let shallow: string;
  try {
    shallow = git(cwd, ['rev-parse', '--is-shallow-repository']).trim();
  } catch {
    shallow = 'unknown';
  }
  if (shallow !== 'false') throw new ShallowHistoryError();
  // One record per commit: its id, then its message (NUL-separated, as messages hold newlines).
  const log = git(cwd, ['log', '-z', '--first-parent', '--reverse', '--format=%H%n%B', 'HEAD', '--', file]);
  const versions: DataVersion[] = log
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [commit = '', ...lines] = record.split('\n');
      const message = lines.join('\n');
      const reverts = /^This reverts commit ([0-9a-f]{40})/m.exec(message)?.[1];
      const removes = removalsOf(message);
      return {
        label: commit.slice(0, 7),
        text: textAt(cwd, commit, file),
        commit,
        ...(reverts ? { reverts } : {}),
        ...(removes.length > 0 ? { removes } : {}),
      };
    });
  let working: string | undefined;
  try {
    working = readFileSync(cwd ? `${cwd}/${file}` : file, 'utf8');
  } catch (e) {
    // A missing file is a version (the data file deleted); any other failure stops the check.
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    working = undefined;
  }
  if (working !== versions.at(-1)?.text) versions.push({ label: 'working copy', text: working });
  return versions;
}

/** The files of HEAD's tree that look like the data file but are not it (see strayDataFiles). */
export function strayInHead(cwd: string | undefined, file: string): string[] {
  const paths = git(cwd, ['ls-tree', '-r', '-z', '--name-only', 'HEAD'])
    .split('\0')
    .filter((p) => p !== '');
  return strayDataFiles(paths, file);
}

async function outcomeOf(values: { file: string; current?: string; previous?: string }, io: CheckIo) {
  if (values.current !== undefined) {
    const previous = values.previous === undefined ? undefined : readFileSync(values.previous, 'utf8');
    const outcome = await checkBase(previous, readFileSync(values.current, 'utf8'));
    return { result: { outcome, base: values.previous, refused: [] } as HistoryOutcome, label: values.current };
  }
  return { result: await checkHistory(gitVersions(io.cwd, values.file)), label: values.file };
}

/** Prints a refusal (and, on GitHub Actions, an error annotation on the run's page); returns `code`. */
function refuse(lines: readonly string[], io: CheckIo, code: number): number {
  for (const line of lines) io.err(line);
  // On GitHub Actions an error annotation puts the message on the run's page, where the person who
  // uploaded the file looks first.
  if (io.env?.['GITHUB_ACTIONS'] === 'true') io.err(`::error title=check:base::${lines.join('%0A')}`);
  return code;
}

/** Runs the check with `argv` (without "node script"); returns the exit code. */
export async function main(argv: string[], io: CheckIo): Promise<number> {
  const values = optionsOrExit(argv, OPTIONS, USAGE);
  if (typeof values === 'number') return values;
  const lang = values.lang;
  if (!isLang(lang)) {
    io.err(`--lang must be vi or en, not "${lang}".\n\n${USAGE}`);
    return 2;
  }
  if (values.previous !== undefined && values.current === undefined) {
    io.err(`--previous needs --current (the file to check).\n\n${USAGE}`);
    return 2;
  }
  const voice = { lang };
  let checked;
  let stray: string[] = [];
  try {
    checked = await outcomeOf(values, io);
    if (values.current === undefined) stray = strayInHead(io.cwd, values.file);
  } catch (e) {
    if (e instanceof ShallowHistoryError) return refuse([say(voice, BASE.shallow, values.file)], io, 2);
    if (e instanceof GitError) return refuse([say(voice, BASE.gitFailed, values.file, e.message)], io, 2);
    return failed(e, 'check:base');
  }
  const lines = baseMessage(checked.result, checked.label, lang, staffPage(io.env ?? {}));
  if (stray.length > 0) return refuse([say(voice, BASE.stray, stray, values.file), ...lines], io, 1);
  if (!checked.result.outcome.ok) return refuse(lines, io, 1);
  for (const line of lines) io.out(line);
  return 0;
}

if (isEntry(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    ...TERMINAL,
    env: process.env,
  });
}
