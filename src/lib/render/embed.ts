/**
 * The embed code news sites paste into their editor: one line of HTML, built here once for the
 * Vietnamese share box and the English page alike, so both hand out the same frame.
 */
import { escapeXml } from './map-image';

/**
 * `<iframe src="…" title="…" …>` for the embeddable map at `src` (an absolute URL). The frame is
 * full-width and 560 px high (the map and its legend fit on a phone), borderless and lazy.
 */
export function mapEmbedCode(src: string, title: string): string {
  return `<iframe src="${escapeXml(src)}" title="${escapeXml(title)}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
}
