/** The size an .xlsx declares before it is expanded (the staff page's zip-bomb guard). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { zipUncompressedSize } from '../../src/lib/spreadsheet/zip-size';

describe('zipUncompressedSize', () => {
  it('adds up the entries of a real workbook', () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/import/good-workbook.xlsx'));
    const size = zipUncompressedSize(bytes);
    expect(size).toBeGreaterThan(bytes.length);
    expect(size).toBeLessThan(1_000_000);
  });

  it('is undefined for a file that is not a zip', () => {
    expect(zipUncompressedSize(new TextEncoder().encode('STT,Xã,Số mẫu\n1,A,3\n'))).toBeUndefined();
  });

  it('is Infinity when the directory is damaged', () => {
    const end = new Uint8Array(22);
    const view = new DataView(end.buffer);
    view.setUint32(0, 0x06054b50, true);
    view.setUint16(10, 1, true);
    view.setUint32(16, 5, true);
    expect(zipUncompressedSize(end)).toBe(Infinity);
  });
});
