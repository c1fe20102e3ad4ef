/**
 * When a month's figures last changed, for the Atom feed's `updated` and the sitemap's `lastmod`.
 * An imported month changes when it is imported again (`--replace` writes a new `importedAt`); a
 * generated (illustrative) month has no import time, so its as-of date stands in, at midnight in
 * Vietnam (UTC+7), where the figures are published.
 */
import type { Month } from '../data/schema/campaign';

/** An RFC 3339 instant in UTC, whole seconds: valid as Atom's xsd:dateTime and as W3C Datetime. */
export function instant(time: string | Date): string {
  return new Date(time).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** "2025-07-05T08:00:00+07:00" (import) or as-of "2025-06-05" (generated) → "2025-07-05T01:00:00Z". */
export function monthUpdated(month: Pick<Month, 'asOf' | 'provenance'>): string {
  return month.provenance.kind === 'import'
    ? instant(month.provenance.importedAt)
    : instant(`${month.asOf}T00:00:00+07:00`);
}

/** The latest `monthUpdated` of a set of months (any order), or undefined for none. */
export function latestUpdate(months: readonly Pick<Month, 'asOf' | 'provenance'>[]): string | undefined {
  // Same format and zone throughout, so the strings sort as the instants do.
  return months.map(monthUpdated).sort().at(-1);
}
