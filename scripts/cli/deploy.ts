/**
 * `npm run deploy -- [user@]host:/path`: copies the built site (dist/) to a plain server with
 * rsync, after checking the target and that dist/ was built for the public address (see
 * src/lib/site/deploy.ts). Builds nothing unless asked (--build). Exit codes: 0 copied (or --help),
 * 1 refused or rsync failed, 2 wrong options.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { TERMINAL, isEntry, optionsOrExit } from './cli';
import { builtAddress, builtAddressProblem, rsyncArgs, targetProblem } from '../../src/lib/publish/deploy';

export const USAGE = `Usage: npm run deploy -- [user@]host:/path [--build] [--dry-run]

Copies the built site, dist/, to a folder of a plain web server with
"rsync -av --delete dist/ <target>": the folder then holds exactly dist/ (files
no longer in the site are deleted). The folder is the one the server serves at
SITE_BASE. For nginx, include dist/nginx-headers.conf there (README, "Deploy").

Before copying, it checks that dist/ was built for a public address: a preview
(npm start) or the test build (npm test builds the test fixtures for
https://ispeed.example.test) is refused.

Options:
  --build      Run "npm run build" first (needs SITE_URL, and SITE_BASE for a sub-path).
  --dry-run    Ask rsync to show what it would change, and change nothing.
  --help       Show this help.

Example:
  SITE_URL=https://ispeed.example.gov.vn SITE_BASE=/ispeed/ npm run deploy -- --build www@web-server:/var/www/ispeed/`;

/** Runs a program with an argument array (no shell) and resolves with its exit code. */
export type Spawner = (command: string, args: string[]) => Promise<number>;

export interface DeployIo {
  out: (line: string) => void;
  err: (line: string) => void;
  spawn: Spawner;
  /** dist/index.html's text, or undefined when there is none. */
  readIndex: () => string | undefined;
}

/** Runs the command with `argv` (without "node script"); returns the exit code. */
export async function main(argv: string[], io: DeployIo): Promise<number> {
  const options = {
    build: { type: 'boolean', default: false },
    'dry-run': { type: 'boolean', default: false },
  } as const;
  // Every option is a flag, so whatever does not start with "-" is the target (optionsOrExit
  // reads options only).
  const parsed = optionsOrExit(
    argv.filter((a) => a.startsWith('-')),
    options,
    USAGE,
  );
  if (typeof parsed === 'number') return parsed;
  const targets = argv.filter((a) => !a.startsWith('-'));
  if (targets.length !== 1) {
    io.err(
      `Give one target, e.g. npm run deploy -- www@web-server:/var/www/ispeed/ (got ${targets.length}).\n\n${USAGE}`,
    );
    return 2;
  }
  const target = targets[0] ?? '';
  const badTarget = targetProblem(target);
  if (badTarget) {
    io.err(badTarget);
    return 2;
  }
  if (parsed.build && (await io.spawn('npm', ['run', 'build'])) !== 0) {
    io.err('The build failed: nothing was copied.');
    return 1;
  }
  const index = io.readIndex();
  const address = index === undefined ? undefined : builtAddress(index);
  const badBuild =
    index === undefined
      ? 'dist/ has no index.html: build the site first (npm run build, or add --build)'
      : builtAddressProblem(address);
  if (badBuild) {
    io.err(`Nothing was copied: ${badBuild}.`);
    return 1;
  }
  const args = rsyncArgs(target, parsed['dry-run']);
  io.out(`Publishing the site built for ${address ?? ''} to ${target}: rsync ${args.join(' ')}`);
  const code = await io.spawn('rsync', args);
  if (code !== 0) {
    io.err(`rsync failed (exit ${code}); the server may hold a partial copy: run the command again.`);
    return 1;
  }
  io.out(parsed['dry-run'] ? 'Dry run: nothing was changed.' : `Published to ${target}.`);
  return 0;
}

const runProgram: Spawner = (command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit' });
    child.on('error', (e) => {
      process.stderr.write(`Cannot run ${command}: ${e.message}\n`);
      resolve(127);
    });
    child.on('close', (code) => resolve(code ?? 1));
  });

if (isEntry(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2), {
    ...TERMINAL,
    spawn: runProgram,
    readIndex: () => {
      try {
        return readFileSync('dist/index.html', 'utf8');
      } catch {
        return undefined;
      }
    },
  });
}
