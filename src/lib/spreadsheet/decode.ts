/**
 * Turns the bytes of a CSV/text export into a string: UTF-8 with or without BOM, and UTF-16 LE/BE
 * with BOM (what Excel writes as "Unicode text"). Anything else is refused with a way to fix it.
 */
import { both } from '../text/messages';
import { FILE } from './messages';
import { SpreadsheetError } from './types';

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'UTF-8 with BOM' | 'UTF-16 LE' | 'UTF-16 BE';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'UTF-8 with BOM' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16 LE' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16 BE' };
  }
  // UTF-16 without BOM shows as many zero bytes; no legitimate UTF-8 CSV holds any.
  const sample = bytes.subarray(0, 4096);
  if (sample.includes(0)) {
    throw new SpreadsheetError(both(FILE.utf16WithoutBom));
  }
  return { text: utf8(bytes), encoding: 'UTF-8' };
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SpreadsheetError(both(FILE.notUtf8));
  }
}
