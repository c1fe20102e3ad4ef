/**
 * `npm run check:base`: refuses, before the site is built and published, a data file made from
 * stale data (see src/lib/data/stale-base.ts). The publishing workflows run it on every push; a
 * refusal prints, in Vietnamese for the provincial staff who uploaded the file, which months would
 * vanish and what to do. A thin shell: reading the versions (from git or two files), printing,
 * exit codes (0 may be published, 1 refused, 2 wrong options or history too shallow).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TERMINAL, failed, isEntry, optionsOrExit } from './cli';
import { siteAddress } from '../../src/lib/site/site-address';
import {
  baseMessage,
  checkBase,
  checkHistory,
  type DataVersion,
  type HistoryOutcome,
} from '../../src/lib/publish/stale-base';
import { isLang } from '../../src/lib/text/messages';

export const USAGE = `Usage: npm run check:base [-- --file PATH] [--lang vi|en]
       npm run check:base -- --current FILE [--previous FILE] [--lang vi|en]

Checks that the data file to be published was made from the data published
before it (its "basedOn" is that data's digest), so that a file made on a staff
page opened before the last month was published cannot delete that month.

Without --current, reads every version of the data file on the first-parent
history of HEAD (and the working copy, if it differs): each version is compared
with the last version that passed, since a refused one was never published.
Needs the full history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0).

Options:
  --file PATH       The data file in the repository (default: data/campaign.json).
  --current FILE    Check this file instead of the repository's ...
  --previous FILE   ... against this one (the data it replaces; none: first data).
  --lang vi|en      Language of the messages (default: vi, for provincial staff).
  --help            Show this help.

Passes (exit 0) when the file is unchanged, has no basedOn (edited by hand or
by an older import: said in a note), its basedOn is the previous data's digest, or it is a
"git revert" of an accepted change (removing a month on purpose). Refuses
(exit 1) otherwise, naming the months the new file would remove.`;

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
const STAFF_PAGE = '/can-bo/cap-nhat/';

/** The staff page's address: absolute on a publishing run (SITE_URL set), else its path. */
export function staffPage(env: Readonly<Record<string, string | undefined>>): string {
  try {
    const { site, base, preview } = siteAddress(env, false);
    return preview ? STAFF_PAGE : `${site}${base}${STAFF_PAGE.slice(1)}`;
  } catch {
    return STAFF_PAGE;
  }
}

/** Runs git in `cwd`; stdout, or undefined when git fails (e.g. the file is not in that commit). */
function git(cwd: string | undefined, args: string[]): string | undefined {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return r.status === 0 ? r.stdout : undefined;
}

class ShallowHistoryError extends Error {}

/** Every version of `file` on HEAD's first-parent history, oldest first, then the working copy. */
export function gitVersions(cwd: string | undefined, file: string): DataVersion[] {
  if (git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false') {
    throw new ShallowHistoryError(
      'Cannot read the whole history: it is shallow, or not a git repository, or git refuses this folder (git config --global --add safe.directory <folder>). check:base needs all of it (actions/checkout with fetch-depth: 0; GitLab GIT_DEPTH: 0).',
    );
  }
  // One record per commit: its id, then its message (NUL-separated, as messages hold newlines).
  const log = git(cwd, ['log', '-z', '--first-parent', '--reverse', '--format=%H%n%B', 'HEAD', '--', file]) ?? '';
  const versions: DataVersion[] = log
    .split('\0')
    .filter((record) => record.trim() !== '')
    .map((record) => {
      const [commit = '', ...message] = record.split('\n');
      const reverts = /^This reverts commit ([0-9a-f]{40})/m.exec(message.join('\n'))?.[1];
      const text = git(cwd, ['show', `${commit}:${file}`]);
      return { label: commit.slice(0, 7), text, commit, ...(reverts ? { reverts } : {}) };
    });
  let working: string | undefined;
  try {
    working = readFileSync(cwd ? `${cwd}/${file}` : file, 'utf8');
  } catch {
    working = undefined;
  }
  if (working !== versions.at(-1)?.text) versions.push({ label: 'working copy', text: working });
  return versions;
}

async function outcomeOf(values: { file: string; current?: string; previous?: string }, io: CheckIo) {
  if (values.current !== undefined) {
    const previous = values.previous === undefined ? undefined : readFileSync(values.previous, 'utf8');
    const outcome = await checkBase(previous, readFileSync(values.current, 'utf8'));
    return { result: { outcome, base: values.previous, refused: [] } as HistoryOutcome, label: values.current };
  }
  return { result: await checkHistory(gitVersions(io.cwd, values.file)), label: values.file };
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
  let checked;
  try {
    checked = await outcomeOf(values, io);
  } catch (e) {
    if (e instanceof ShallowHistoryError) {
      io.err(e.message);
      return 2;
    }
    return failed(e, 'check:base');
  }
  const lines = baseMessage(checked.result, checked.label, lang, staffPage(io.env ?? {}));
  if (checked.result.outcome.ok) {
    for (const line of lines) io.out(line);
    return 0;
  }
  for (const line of lines) io.err(line);
  // On GitHub Actions an error annotation puts the message on the run's page, where the person who
  // uploaded the file looks first.
  if (io.env?.['GITHUB_ACTIONS'] === 'true') io.err(`::error title=check:base::${lines.join('%0A')}`);
  return 1;
}

if (isEntry(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    ...TERMINAL,
    env: process.env,
  });
}
