/**
 * How many bytes an .xlsx (a zip) says it expands to, read from its central directory before any
 * entry is inflated, so a "zip bomb" (a few megabytes that expand to gigabytes) can be refused
 * before ExcelJS (through JSZip) expands it. Declared sizes can lie; the staff page also reads the
 * file in a worker, so a lie costs the worker, never the tab.
 */

const EOCD = 0x06054b50;
const ENTRY = 0x02014b50;

/** The sum of the entries' declared uncompressed sizes; Infinity for zip64 or a damaged directory; undefined when no zip. */
export function zipUncompressedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 22 + 65,535 bytes (its comment is at most 65,535 bytes long).
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i -= 1) {
    if (view.getUint32(i, true) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== ENTRY) return Infinity;
    const size = view.getUint32(at + 24, true);
    if (size === 0xffffffff) return Infinity;
    total += size;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}
