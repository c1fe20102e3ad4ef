/**
 * Runs a command and measures its wall time and peak memory without /usr/bin/time: while it runs,
 * /proc/<pid>/status of the child and of every descendant is sampled, and the peak is the largest
 * sum of their resident sets (VmRSS) seen, or of their own peaks (VmHWM) at the last sample,
 * whichever is larger; CPU time is summed the same way (useful when other jobs share the cores).
 * Where /proc is missing (not Linux) peak and CPU time are undefined.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  /** Wall time in seconds. */
  seconds: number;
  /** Peak resident memory of the process tree in MB, or undefined without /proc. */
  peakMb: number | undefined;
  /** CPU seconds (user + system) of the process tree at the last sample, or undefined without /proc. */
  cpuSeconds: number | undefined;
  exitCode: number;
  /** Last lines of stdout + stderr (for error messages and page counts). */
  output: string;
}

/** A kB figure of one /proc/<pid>/status field, 0 when absent or unreadable. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const TICKS = 100;

/** Fields of /proc/<pid>/stat after the command (which may contain spaces and parentheses). */
function statFields(pid: number | string): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

/** Parent pid of every process visible in /proc. */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      map.set(Number(name), Number(statFields(name)[1]));
    } catch {
      // the process ended while we looked
    }
  }
  return map;
}

/** `root` and all its descendants. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Runs `command args` with `env`, sampling memory every `intervalMs`. */
export function measure(command: string, args: string[], env: NodeJS.ProcessEnv, intervalMs = 250): Promise<Measured> {
  const hasProc = existsSync('/proc/self/status');
  const start = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer): void => {
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peakRss = 0;
  const hwm = new Map<number, number>();
  const cpu = new Map<number, number>();
  const sample = (): void => {
    if (!hasProc || child.pid === undefined) return;
    let rss = 0;
    for (const pid of tree(child.pid)) {
      rss += statusKb(pid, 'VmRSS');
      hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(pid, 'VmHWM')));
      try {
        // utime, stime (fields 14, 15 of stat; 12, 13 after the command)
        const f = statFields(pid);
        cpu.set(pid, Math.max(cpu.get(pid) ?? 0, (Number(f[11]) + Number(f[12])) / TICKS));
      } catch {
        // ended meanwhile
      }
    }
    peakRss = Math.max(peakRss, rss);
  };
  const timer = setInterval(sample, intervalMs);
  return new Promise((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(timer);
      const hwmSum = [...hwm.values()].reduce((a, b) => a + b, 0);
      resolvePromise({
        seconds: (performance.now() - start) / 1000,
        peakMb: hasProc ? Math.max(peakRss, hwmSum) / 1024 : undefined,
        cpuSeconds: hasProc ? [...cpu.values()].reduce((a, b) => a + b, 0) : undefined,
        exitCode: code ?? 1,
        output,
      });
    });
  });
}
