/**
 * The publishing gate: nothing unpublished may look published. Before the site is built, a new
 * data file is compared with the data it replaces (the last version that passed), and refused when
 * publishing it would lose something:
 *
 * - a published month it lacks, whatever its recorded base says or lacks — unless the commit is a
 *   `git revert` of an accepted change, or says so deliberately (a `Remove-month:` line);
 * - changes published since it was made: the import (CLI or staff page) records in `basedOn` the
 *   digest of the data it started from, and a staff page left open since before the last update
 *   starts from older data.
 *
 * A file edited by hand from the published data (its `basedOn` kept) is told apart from a stale
 * one: a stale file undoes what the published version changed, a hand edit keeps it. Pure: the
 * callers read the versions (from git or disk).
 */
import { campaignDigest, sha256Hex } from '../data/digest';
import { CampaignSchema, type CampaignInput } from '../data/schema/campaign';
import { say, type Lang } from '../text/messages';
import { BASE, REMOVE_TRAILER, type RefusedOrigin } from './messages';

/** How a data file relates to the data it replaces, read from its recorded base (`basedOn`). */
export type Origin =
  /** Made by the import from the published data. */
  | 'based-on-previous'
  /** No recorded base: written by hand, or by an import older than basedOn. */
  | 'no-base'
  /** The published file edited by hand: it still records the published file's own base and keeps its changes. */
  | 'hand-edit'
  /** Made by the import from an earlier published version (`madeFrom`): what was published since is lost. */
  | 'stale'
  /** Its base is the digest of no version published here (a later import of an uncommitted file, or another site's data). */
  | 'unknown-base';

/** A data file compared with the data it replaces. */
export interface Comparison {
  kind: 'compared';
  ok: boolean;
  origin: Origin;
  /** Real (not illustrative) months of the replaced data that the file lacks, ascending. */
  removedMonths: string[];
  /** Of those, the months the commit removes on purpose (`Remove-month:`). */
  confirmedMonths: string[];
  /** The earlier version a stale file was made from, when known. */
  madeFrom?: string | undefined;
  /** Months whose published changes a stale file undoes, or that a hand edit changed. */
  changedMonths: string[];
}

export type BaseOutcome =
  /** Nothing before it / the same bytes / a `git revert` of an accepted change. */
  | { ok: true; kind: 'first' | 'unchanged' | 'reverted' }
  | Comparison
  | { ok: false; kind: 'unreadable'; reason: string }
  /** The data file is gone from the newest version. */
  | { ok: false; kind: 'missing' };

type Json = Record<string, unknown>;

function parse(text: string): { value: Json } | { reason: string } {
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object' };
    return { value: value as Json };
  } catch (e) {
    return { reason: (e as Error).message };
  }
}

/** The months of a parsed campaign by key, tolerant of a malformed file (the build checks it fully). */
function monthsOf(campaign: Json | undefined): Map<string, Json> {
  const months = campaign?.['months'];
  if (!Array.isArray(months)) return new Map();
  return new Map(
    months.flatMap((m: unknown) => {
      const key = (m as Json | null)?.['month'];
      return typeof key === 'string' ? [[key, m as Json] as const] : [];
    }),
  );
}

/**
 * The digests a file made from `text` may record: of its canonical text (what the import computes
 * from the file), of its exact bytes (a file edited by hand, not in canonical form), and of the
 * campaign as the site publishes it (`/du-lieu/campaign.json` without `area`, with the schema's
 * defaults filled in), which is what the staff page starts from. For a file the import wrote, the
 * three are the same.
 */
export async function digestsOf(text: string): Promise<Set<string>> {
  const all = new Set([await sha256Hex(text)]);
  const parsed = parse(text);
  if (!('value' in parsed)) return all;
  all.add(await campaignDigest(parsed.value as unknown as CampaignInput));
  const published = CampaignSchema.safeParse(parsed.value);
  if (published.success) all.add(await campaignDigest(published.data));
  return all;
}

/** An accepted earlier version: its label, text and digests. */
export interface KnownVersion {
  label: string;
  text: string;
  digests: ReadonlySet<string>;
}

/** What the comparison knows besides the two texts. */
export interface CheckContext {
  /** Months the commit removes on purpose (its `Remove-month:` lines). */
  confirmed?: readonly string[];
  /** Versions accepted before the previous one, newest first (to tell stale files and hand edits apart). */
  earlier?: readonly KnownVersion[];
}

const same = (a: Json | undefined, b: Json | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Months where `after` differs from `before` (added, removed or changed), ascending. */
function changed(before: Map<string, Json>, after: Map<string, Json>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((k) => !same(before.get(k), after.get(k))).sort();
}

/** Whether `after` holds a month the import wrote that `before` does not have (a provenance it lacks). */
function importedAnew(before: Map<string, Json>, after: Map<string, Json>): boolean {
  const known = new Set([...before.values()].map((m) => JSON.stringify(m['provenance'])));
  return [...after.values()].some((m) => !known.has(JSON.stringify(m['provenance'])));
}

/**
 * Where a file that records `basedOn` came from, given the data it replaces: the months the
 * previous version changed since the version the file was made from are undone in a stale file
 * (it has that version's month back) and kept in a hand edit.
 */
function originOf(
  basedOn: unknown,
  previous: { text: string; value: Json; digests: ReadonlySet<string> },
  current: Map<string, Json>,
  earlier: readonly KnownVersion[],
): Pick<Comparison, 'origin' | 'madeFrom' | 'changedMonths'> {
  if (basedOn === undefined) return { origin: 'no-base', changedMonths: [] };
  if (typeof basedOn === 'string' && previous.digests.has(basedOn)) {
    return { origin: 'based-on-previous', changedMonths: [] };
  }
  const from = earlier.find((v) => typeof basedOn === 'string' && v.digests.has(basedOn));
  const previousMonths = monthsOf(previous.value);
  if (!from) {
    if (basedOn !== previous.value['basedOn']) return { origin: 'unknown-base', changedMonths: [] };
    // Without the version both were made from, a hand edit is a file that imported nothing anew.
    return importedAnew(previousMonths, current)
      ? { origin: 'stale', changedMonths: [] }
      : { origin: 'hand-edit', changedMonths: changed(previousMonths, current) };
  }
  const fromMonths = monthsOf((parse(from.text) as { value?: Json }).value);
  const publishedSince = changed(fromMonths, previousMonths);
  const undone = publishedSince.filter((m) => same(current.get(m), fromMonths.get(m)));
  if (basedOn === previous.value['basedOn'] && undone.length === 0) {
    return { origin: 'hand-edit', changedMonths: changed(previousMonths, current) };
  }
  return { origin: 'stale', madeFrom: from.label, changedMonths: undone };
}

/**
 * Decides whether `current` may replace `previous` (the text of the data now published, or
 * undefined when there was none).
 */
export async function checkBase(
  previous: string | undefined,
  current: string,
  context: CheckContext = {},
): Promise<BaseOutcome> {
  if (previous !== undefined && current === previous) return { ok: true, kind: 'unchanged' };
  const parsed = parse(current);
  if ('reason' in parsed) return { ok: false, kind: 'unreadable', reason: parsed.reason };
  if (previous === undefined) return { ok: true, kind: 'first' };
  const before = parse(previous);
  // A previous version that is not JSON was never published (the build fails on it): nothing to lose.
  if (!('value' in before)) return { ok: true, kind: 'first' };
  const currentMonths = monthsOf(parsed.value);
  const removedMonths = [...monthsOf(before.value)]
    .filter(([key, month]) => !currentMonths.has(key) && month['illustrative'] !== true)
    .map(([key]) => key)
    .sort();
  const confirmed = new Set(context.confirmed ?? []);
  const confirmedMonths = removedMonths.filter((m) => confirmed.has(m));
  const origin = originOf(
    parsed.value['basedOn'],
    { text: previous, value: before.value, digests: await digestsOf(previous) },
    currentMonths,
    context.earlier ?? [],
  );
  const ok =
    (origin.origin === 'based-on-previous' || origin.origin === 'no-base' || origin.origin === 'hand-edit') &&
    confirmedMonths.length === removedMonths.length;
  return { kind: 'compared', ok, removedMonths, confirmedMonths, ...origin };
}

/** One version of the data file in history: a label (a commit) and its text (undefined: no file). */
export interface DataVersion {
  label: string;
  text: string | undefined;
  /** The commit's full id, and the commit it says it reverts ("This reverts commit …", as git writes). */
  commit?: string;
  reverts?: string;
  /** Months its commit message removes on purpose (`Remove-month: 2025-08`). */
  removes?: string[];
}

/** The months a commit message removes on purpose: its `Remove-month: YYYY-MM[, YYYY-MM…]` lines. */
export function removalsOf(message: string): string[] {
  const pattern = new RegExp(`^${REMOVE_TRAILER}:(.*)$`, 'gimu');
  return [...message.matchAll(pattern)].flatMap((m) => (m[1] ?? '').match(/\b\d{4}-\d{2}\b/gu) ?? []);
}

/**
 * True when `version` is a `git revert` of an accepted change, restoring exactly the data that
 * change was accepted on (`bases`: commit → the text it was compared with). Only git's own revert
 * message counts, so an old downloaded file uploaded again by mistake (the same bytes as an
 * earlier month) is still refused; and a revert that would bring back refused data is no revert.
 */
function isRevert(version: DataVersion, bases: ReadonlyMap<string, string | undefined>): boolean {
  if (version.reverts === undefined || !bases.has(version.reverts)) return false;
  return bases.get(version.reverts) === version.text;
}

export interface HistoryOutcome {
  outcome: BaseOutcome;
  /** The version the last one was compared with (the last accepted one), if any. */
  base: string | undefined;
  /** Earlier versions that were refused, and so were never published, oldest first. */
  refused: string[];
}

/**
 * Checks the newest of the data file's versions (oldest first) against the data actually
 * published before it. A refused version was never published, so it is skipped as a base: a
 * corrected file made from the published data is then accepted, and a later commit that leaves a
 * refused file in place (a README edit on top of it) is still refused. A version without the file
 * fails its own build, so it too is skipped, and the newest one without the file is refused.
 */
export async function checkHistory(versions: readonly DataVersion[]): Promise<HistoryOutcome> {
  let accepted: KnownVersion | undefined;
  const earlier: KnownVersion[] = [];
  const refused: string[] = [];
  let last: HistoryOutcome = { outcome: { ok: true, kind: 'first' }, base: undefined, refused };
  const bases = new Map<string, string | undefined>();
  for (const version of versions) {
    if (version.text === undefined) {
      last = { outcome: { ok: false, kind: 'missing' }, base: accepted?.label, refused: [...refused] };
      continue;
    }
    const outcome: BaseOutcome = isRevert(version, bases)
      ? { ok: true, kind: 'reverted' }
      : await checkBase(accepted?.text, version.text, { confirmed: version.removes ?? [], earlier });
    last = { outcome, base: accepted?.label, refused: [...refused] };
    if (outcome.ok) {
      if (version.commit !== undefined) bases.set(version.commit, accepted?.text);
      if (accepted) earlier.unshift(accepted);
      accepted = { label: version.label, text: version.text, digests: await digestsOf(version.text) };
    } else refused.push(version.label);
  }
  return last;
}

/**
 * What the check prints, for provincial staff (Vietnamese) or developers (English). `page` is the
 * staff page's address (absolute when the site's address is known), where a fresh file is made.
 */
export function baseMessage(result: HistoryOutcome, file: string, lang: Lang, page: string): string[] {
  const voice = { lang };
  const { outcome } = result;
  const lines: string[] = [];
  if (result.refused.length > 0) lines.push(say(voice, BASE.refusedBefore, result.refused, file, result.base));
  switch (outcome.kind) {
    case 'first':
      return [...lines, say(voice, BASE.first, file)];
    case 'unchanged':
      return [...lines, say(voice, BASE.unchanged, file)];
    case 'reverted':
      return [...lines, say(voice, BASE.reverted, file)];
    case 'unreadable':
      return [...lines, say(voice, BASE.unreadable, file, outcome.reason, page)];
    case 'missing':
      return [...lines, say(voice, BASE.missing, file, page)];
    case 'compared':
      return [...lines, ...comparisonLines(outcome, file, lang, page)];
  }
}

function comparisonLines(c: Comparison, file: string, lang: Lang, page: string): string[] {
  const voice = { lang };
  if (c.ok) {
    const removal = c.confirmedMonths.length > 0 ? [say(voice, BASE.confirmedRemoval, c.confirmedMonths)] : [];
    if (c.origin === 'hand-edit') return [say(voice, BASE.handEdit, file, c.changedMonths), ...removal];
    if (c.origin === 'no-base') return [say(voice, BASE.noBase, file), ...removal];
    return [say(voice, BASE.basedOnPrevious, file), ...removal];
  }
  const unconfirmed = c.removedMonths.filter((m) => !c.confirmedMonths.includes(m));
  const lines: string[] = [say(voice, BASE.refused, file, c.origin satisfies RefusedOrigin, c.madeFrom)];
  lines.push(
    unconfirmed.length > 0 ? say(voice, BASE.removed, unconfirmed) : say(voice, BASE.lostChanges, c.changedMonths),
  );
  lines.push(say(voice, BASE.todoStaff, page));
  // A month taken out on purpose is taken out by the owner, deliberately; a stale file means none.
  const stale = c.origin === 'stale' || c.origin === 'unknown-base';
  if (!stale && unconfirmed.length > 0) lines.push(say(voice, BASE.todoRemoval, unconfirmed));
  return lines;
}

/**
 * Files of the repository that look like a data file but are not the one published: a
 * `campaign*.json` at the root or under `data/` other than `file` (a second download's "campaign
 * (1).json", an upload into the wrong folder). Test fixtures are not data.
 */
export function strayDataFiles(paths: readonly string[], file: string): string[] {
  return paths.filter((p) => {
    if (p === file || p.startsWith('tests/')) return false;
    const name = p.slice(p.lastIndexOf('/') + 1);
    const inPlace = !p.includes('/') || p.startsWith('data/');
    return inPlace && /^campaign.*\.json$/iu.test(name);
  });
}
