/**
 * The guides and the texts for officials and the press (src/content) are the campaign's, for any
 * province; what in them is a province's own — its letter, what the letter asks and finds, when
 * reports are due and where they go, how its units came to be — is area data, cited in the
 * Markdown through {{mustache}} tags and filled in here, on the rendered HTML, at build time:
 *
 *   {{province}} {{target}}                 the area's full name, its target
 *   {{#letter}}…{{/letter}}                 only with the province's own letter ({{^letter}}: without)
 *     {{issuer}} {{year}} {{subject}} {{asks}} {{findings}} {{cited}} {{#reportContents}}{{text}}{{end}}{{/reportContents}}
 *   {{#reporting}}…{{/reporting}}           only with the letter's reporting rhythm
 *     {{quote}} {{recipient}} {{day}}
 *   {{#history}}{{history}}{{/history}}     the area's boundary history
 *
 * Values are HTML-escaped (data reaches the page as text). A tag left standing alone in a
 * paragraph (or a list) leaves it empty, and an empty paragraph or list is removed.
 */
import Mustache from 'mustache';
import type { Area } from '../data/schema/area';
import { targetFor } from '../data/vintage';
import { formatDate, formatNumber } from '../text/format';

/** The values the content's tags read, from the area's data (false where the area has none). */
export function areaTextView(area: Area): Record<string, unknown> {
  const { letter } = area;
  const reporting = letter?.reporting;
  const contents = letter?.reportContents ?? [];
  return {
    province: area.fullName,
    target: formatNumber(targetFor(area)),
    history: area.boundaryHistory?.vi ?? false,
    letter: letter
      ? {
          issuer: letter.issuer,
          year: letter.year,
          subject: letter.subject,
          asks: letter.asks,
          findings: letter.findings ?? false,
          cited:
            letter.cites
              .map((d) => `${d.issuer} ban hành Công văn số ${d.number} ngày ${formatDate(d.date)}`)
              .join('; ') || false,
          reportContents: contents.map((text, i) => ({ text, end: i === contents.length - 1 ? '.' : ';' })),
        }
      : false,
    reporting: reporting
      ? { quote: reporting.quote, recipient: reporting.recipient, day: reporting.dayOfNextMonth }
      : false,
  };
}

/** The rendered HTML of a content entry with its area tags filled in from `area`. */
export function fillAreaText(html: string, area: Area): string {
  return Mustache.render(html, areaTextView(area)).replace(/<(p|ul)>\s*<\/\1>/gu, '');
}
