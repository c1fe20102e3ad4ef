/** The worker's answer to an exception of its check (kept apart from the worker so it can be tested). */
import { TEXT } from './text';
import type { WorkerReply } from './types';

/**
 * What an exception means: memory running out is the file's size (said plainly); anything else is
 * a bug of the page, said as such with the error for the report — never "unreadable file".
 */
export function failure(id: number, error: unknown): WorkerReply {
  if (error instanceof RangeError && /memory|allocation|Array buffer/iu.test(error.message)) {
    return { id, kind: 'refused', message: TEXT.outOfMemory };
  }
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return { id, kind: 'bug', detail };
}
