/**
 * Turning validation failures into lines people can act on: `where: what is wrong — what to do`.
 */
import type { z } from 'zod';

/** A data file failed validation; `lines` holds one `where: problem` line per issue. */
export class DataValidationError extends Error {
  override name = 'DataValidationError';
  constructor(
    readonly file: string,
    readonly lines: string[],
  ) {
    super(`${file} is not valid:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
  }
}

/** Renders a zod path as `months[3].counts.mobile.30742`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(top level)';
}

/** Reads the value at `path` in `data`, for quoting it in an error message. */
function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** One line per zod issue, naming the path and the offending value. */
export function formatZodIssues(error: z.ZodError, data: unknown): string[] {
  return error.issues.map((issue) => {
    const value = valueAt(data, issue.path);
    const shown = value === undefined ? '' : ` (value: ${JSON.stringify(value)})`;
    return `${formatPath(issue.path)}: ${issue.message}${shown}`;
  });
}

/** Parses `data` with `schema` or throws a DataValidationError naming `file`. */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, file: string): z.infer<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new DataValidationError(file, formatZodIssues(result.error, data));
  return result.data;
}
