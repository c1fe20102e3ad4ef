/**
 * The Atom feed (RFC 4287) of the published months, for newsrooms' feed readers: one entry per
 * month, newest first, with the month's headline figures (the totals of its month view, the ones
 * the map page shows), its as-of date, source, and links to its map and printed summary.
 *
 * Every text goes through the XML builder, which escapes it. Ids are tag URIs (RFC 4151) made of
 * the site's address and the month key only, so a month imported again (`--replace`) keeps its id
 * and gets a new `updated` (see model/updated.ts): readers show it as changed, not as a new month.
 */
import { create } from 'xmlbuilder2';
import type { Area } from '../data/schema/area';
import type { MonthView } from '../model/map-view';
import { instant, latestUpdate, monthUpdated } from '../model/updated';
import { dataPath, feedPath, homePath, mapPath, reportPath } from '../site/paths';
import { formatDate, formatMonth, formatNumber } from '../text/format';
import { targetFor } from '../data/vintage';

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const XHTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The date part of the tag URIs: a year in which the site's address named this feed. It must never
 * change, or every reader would see every month again as new.
 */
const TAG_DATE = '2025';

/** What an illustrative month's entry says, in its title, summary and content. */
export const ILLUSTRATIVE_NOTE = 'Số liệu minh họa – không phải số liệu chính thức';

export interface FeedInput {
  area: Pick<Area, 'name' | 'fullName' | 'owner' | 'target'>;
  /** The months to list, in any order: their month views, so the figures are the map page's. */
  views: readonly Pick<MonthView, 'month' | 'summary'>[];
  /** Absolute URL of a site path for the build's public address (`absolute()` of src/config/site.ts). */
  absolute: (path: string) => string;
  /** The feed's `updated` while no month is published (Atom requires one); the build's time. */
  now: Date;
}

type Builder = ReturnType<typeof create>;

/** Characters XML 1.0 cannot carry at all (control characters, lone surrogates): dropped, not escaped. */
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Appends `<name>text</name>` (the builder escapes the text) and returns the parent. */
function textElement(parent: Builder, name: string, text: string, attributes: Record<string, string> = {}): Builder {
  const clean = Object.fromEntries(Object.entries(attributes).map(([k, v]) => [k, v.replace(NOT_XML, '')]));
  parent.ele(name, clean).txt(text.replace(NOT_XML, ''));
  return parent;
}

/** `tag:<host>,2025:<base path>thang`: the feed's id; an entry's id appends `/<month>`. */
export function feedId(absolute: (path: string) => string): string {
  const root = new URL(absolute(homePath()));
  return `tag:${root.hostname},${TAG_DATE}:${root.pathname.slice(1)}thang`;
}

/** "Số mẫu đo i-Speed tháng 3/2025", marked when the month is illustrative. */
export function entryTitle(month: Pick<MonthView['month'], 'month' | 'illustrative'>): string {
  const title = `Số mẫu đo i-Speed ${formatMonth(month.month)}`;
  return month.illustrative ? `${title} (${ILLUSTRATIVE_NOTE.toLowerCase()})` : title;
}

/** The headline figures of a month in one sentence (the entry's summary). */
export function headline(view: Pick<MonthView, 'month' | 'summary'>, target: number): string {
  const { month, summary: s } = view;
  const units = formatNumber(s.units);
  const figures =
    `Đạt chỉ tiêu ${formatNumber(target)} mẫu: ${formatNumber(s.met)}/${units} đơn vị cấp xã; ` +
    `có số liệu: ${formatNumber(s.withData)}/${units}; tổng số mẫu đo: ${formatNumber(s.samples)}; ` +
    `số liệu tính đến ${formatDate(month.asOf)}.`;
  return month.illustrative ? `${ILLUSTRATIVE_NOTE}. ${figures}` : figures;
}

/** The entry's XHTML content: the note, the figures one per line, the source, the two links. */
function entryContent(entry: Builder, view: FeedInput['views'][number], input: FeedInput): void {
  const { month, summary: s } = view;
  const label = formatMonth(month.month);
  const div = entry.ele('content', { type: 'xhtml' }).ele(XHTML_NS, 'div');
  // Text only in leaf elements: the builder's indentation never lands inside a sentence.
  if (month.illustrative) textElement(div.ele('p'), 'strong', `${ILLUSTRATIVE_NOTE}.`);
  const facts = div.ele('ul');
  textElement(facts, 'li', `Số liệu tính đến ngày ${formatDate(month.asOf)}.`);
  textElement(
    facts,
    'li',
    `Đạt chỉ tiêu ${formatNumber(targetFor(input.area))} mẫu: ${formatNumber(s.met)}/${formatNumber(s.units)} đơn vị cấp xã.`,
  );
  textElement(facts, 'li', `Có số liệu: ${formatNumber(s.withData)}/${formatNumber(s.units)} đơn vị cấp xã.`);
  textElement(facts, 'li', `Tổng số mẫu đo di động: ${formatNumber(s.samples)}.`);
  textElement(facts, 'li', `Nguồn: ${month.source.replace(/\.$/, '')}.`);
  const links = div.ele('ul');
  textElement(links.ele('li'), 'a', `Bản đồ số mẫu đo ${label}`, { href: input.absolute(mapPath(month.month)) });
  textElement(links.ele('li'), 'a', `Bản tóm tắt ${label} để in`, { href: input.absolute(reportPath(month.month)) });
}

/** One month's entry. */
function addEntry(feed: Builder, view: FeedInput['views'][number], input: FeedInput): void {
  const { month } = view;
  const entry = feed.ele('entry');
  textElement(entry, 'id', `${feedId(input.absolute)}/${month.month}`);
  textElement(entry, 'title', entryTitle(month));
  textElement(entry, 'updated', monthUpdated(month));
  entry.ele('link', { rel: 'alternate', type: 'text/html', href: input.absolute(mapPath(month.month)) });
  entry.ele('link', {
    rel: 'related',
    type: 'text/html',
    href: input.absolute(reportPath(month.month)),
    title: `Bản tóm tắt ${formatMonth(month.month)} để in`,
  });
  textElement(entry, 'summary', headline(view, targetFor(input.area)));
  entryContent(entry, view, input);
}

/** The feed document (UTF-8 XML text). */
export function monthFeed(input: FeedInput): string {
  const { area, absolute } = input;
  const views = [...input.views].sort((a, b) => (a.month.month < b.month.month ? 1 : -1));
  const doc = create({ version: '1.0', encoding: 'utf-8' });
  const feed = doc.ele(ATOM_NS, 'feed', { 'xml:lang': 'vi' });
  textElement(feed, 'id', feedId(absolute));
  textElement(feed, 'title', `Số mẫu đo i-Speed hằng tháng – ${area.name}`);
  textElement(
    feed,
    'subtitle',
    `Mỗi tháng một mục: số đơn vị cấp xã của ${area.fullName} đạt chỉ tiêu ${formatNumber(targetFor(area))} mẫu đo tốc độ Internet di động bằng ứng dụng i-Speed, tổng số mẫu đo, ngày tính đến và nguồn.`,
  );
  textElement(feed, 'updated', latestUpdate(views.map((v) => v.month)) ?? instant(input.now));
  const author = feed.ele('author');
  textElement(author, 'name', area.owner);
  textElement(author, 'uri', absolute(homePath()));
  feed.ele('link', { rel: 'self', type: 'application/atom+xml', href: absolute(feedPath()) });
  feed.ele('link', { rel: 'alternate', type: 'text/html', href: absolute(dataPath()) });
  for (const view of views) addEntry(feed, view, input);
  return `${doc.end({ prettyPrint: true })}\n`;
}
