/**
 * The one way the build, the import and the scripts read JSON. A file someone edited by hand and
 * broke should say where: the error names the file, the line and the column, not just "Unexpected
 * token at position 48213".
 */
import { readFileSync } from 'node:fs';
import { DataValidationError } from './errors';

/** 1-based line and column of a 0-based character offset in `text`. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: (before.match(/\n/g)?.length ?? 0) + 1, column: offset - lineStart + 1 };
}

/** A JSON file that does not parse: where parsing stopped, and why. */
export class JsonSyntaxError extends DataValidationError {
  override name = 'JsonSyntaxError';
  constructor(
    file: string,
    readonly line: number,
    readonly column: number,
    readonly reason: string,
  ) {
    super(file, [
      `line ${line}, column ${column}: not valid JSON (${reason}) — correct the file there, or restore it with git`,
    ]);
  }
}

/**
 * Parses JSON text read from `file`. Invalid JSON throws a JsonSyntaxError (a DataValidationError)
 * naming the file and the line and column where parsing stopped.
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    // V8 says "… in JSON at position N (line L column C)", or "Unexpected end of JSON input".
    const position = /at position (\d+)/.exec(message)?.[1];
    const { line, column } = lineColumn(text, position === undefined ? text.length : Number(position));
    const reason = message.replace(/\s*in JSON at position \d+.*$/s, '').replace(/ of JSON input$/, ' of the file');
    throw new JsonSyntaxError(file, line, column, reason);
  }
}

/**
 * Reads and parses a JSON file. A missing or unreadable file throws the file system's error (its
 * `code` and `path` say which); invalid JSON throws a JsonSyntaxError (see parseJson).
 */
export function readJsonFile(file: string): unknown {
  return parseJson(readFileSync(file, 'utf8'), file);
}
