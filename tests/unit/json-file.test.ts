/**
 * The one JSON reader of the build, the import and the scripts: a file broken by hand says which
 * file, and the line and column where it breaks.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataValidationError } from '../../src/lib/data/errors';
import { JsonSyntaxError, lineColumn, parseJson, readJsonFile } from '../../src/lib/data/json-file';

const dir = mkdtempSync(join(tmpdir(), 'json-file-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readJsonFile', () => {
  it('reads a JSON file', () => {
    const file = join(dir, 'ok.json');
    writeFileSync(file, '{ "target": 300, "name": "Kiên Giang" }\n');
    expect(readJsonFile(file)).toEqual({ target: 300, name: 'Kiên Giang' });
  });

  it('names the file, the line and the column of a syntax error', () => {
    const file = join(dir, 'area.json');
    writeFileSync(file, '{\n  "name": "Kiên Giang",\n  "target" 300\n}\n');
    expect(() => readJsonFile(file)).toThrow(DataValidationError);
    try {
      readJsonFile(file);
    } catch (e) {
      expect(e).toBeInstanceOf(JsonSyntaxError);
      const err = e as JsonSyntaxError;
      expect([err.file, err.line, err.column]).toEqual([file, 3, 12]);
      expect(err.lines).toEqual([
        "line 3, column 12: not valid JSON (Expected ':' after property name) — correct the file there, or restore it with git",
      ]);
      expect(err.message).toContain(`${file} is not valid:`);
    }
  });

  it('points at the end of a file cut short', () => {
    expect(() => parseJson('{\n  "months": [\n', 'campaign.json')).toThrow(
      /line 3, column 1: not valid JSON \(Unexpected end of the file\)/,
    );
    expect(() => parseJson('', 'empty.json')).toThrow(/line 1, column 1: not valid JSON/);
  });

  it('leaves a missing file to the file system error, which names it', () => {
    const file = join(dir, 'missing.json');
    expect(() => readJsonFile(file)).toThrow(expect.objectContaining({ code: 'ENOENT', path: file }));
  });
});

describe('lineColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['abc', 2, 1, 3],
    ['a\nbc', 2, 2, 1],
    ['a\nbc\n', 5, 3, 1],
  ])('%j at %i is line %i, column %i', (text, offset, line, column) => {
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
