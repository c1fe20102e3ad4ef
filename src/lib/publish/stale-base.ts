/**
 * Refusing a data file made from stale data, before it is published. The import (CLI or staff
 * page) records in `basedOn` the digest of the campaign it started from. A staff page left open
 * since before the last month was published starts from older data: its file lacks that month,
 * and publishing it would delete the month from the site. So a new data file is accepted only
 * when its base is the data it replaces. Pure: the callers read the files (from git or disk).
 */
import { campaignDigest, sha256Hex } from '../data/digest';
import { CampaignSchema, type CampaignInput } from '../data/schema/campaign';
import { formatMonth } from '../text/format';
import type { Lang } from '../text/messages';

/** Why a data file may be published. */
export type AcceptedKind =
  /** Nothing before it: there is nothing to lose. */
  | 'first'
  /** The same bytes as the data it replaces. */
  | 'unchanged'
  /** No recorded base (edited by hand, or an import older than basedOn): not checked, said in a note. */
  | 'no-base'
  /** Its recorded base is the data it replaces. */
  | 'based-on-previous'
  /** A `git revert` of an accepted change: back to the exact data before it, on purpose. */
  | 'reverted';

export type BaseOutcome =
  | { ok: true; kind: AcceptedKind }
  | {
      ok: false;
      kind: 'stale';
      /** Months ("YYYY-MM") of the replaced data that the new file does not have, ascending. */
      removedMonths: string[];
      basedOn: string;
      previousDigest: string;
    }
  | { ok: false; kind: 'unreadable'; reason: string };

/** The month keys of a parsed campaign, tolerant of a malformed file (the build checks it fully). */
function monthKeys(campaign: unknown): string[] {
  const months = (campaign as { months?: unknown } | null)?.months;
  if (!Array.isArray(months)) return [];
  return months.map((m) => (m as { month?: unknown } | null)?.month).filter((m): m is string => typeof m === 'string');
}

function parse(text: string): { value: unknown } | { reason: string } {
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { reason: 'not a JSON object' };
    return { value };
  } catch (e) {
    return { reason: (e as Error).message };
  }
}

/**
 * The digests a file made from `previous` may record: of its canonical text (what the import
 * computes from the file), of its exact bytes (a file edited by hand, not in canonical form), and
 * of the campaign as the site publishes it (`/du-lieu/campaign.json` without `area`, with the
 * schema's defaults filled in), which is what the staff page starts from. For a file the import
 * wrote, the three are the same.
 */
async function digestsOf(previous: string, parsed: unknown): Promise<{ canonical: string; all: Set<string> }> {
  const bytes = await sha256Hex(previous);
  if (parsed === undefined) return { canonical: bytes, all: new Set([bytes]) };
  const canonical = await campaignDigest(parsed as CampaignInput);
  const published = CampaignSchema.safeParse(parsed);
  const all = new Set([canonical, bytes]);
  if (published.success) all.add(await campaignDigest(published.data));
  return { canonical, all };
}

/**
 * Decides whether `current` may replace `previous` (the text of the data file now published, or
 * undefined when there was none): whether its recorded base is one of the previous data's digests.
 */
export async function checkBase(previous: string | undefined, current: string): Promise<BaseOutcome> {
  if (previous !== undefined && current === previous) return { ok: true, kind: 'unchanged' };
  const parsed = parse(current);
  if ('reason' in parsed) return { ok: false, kind: 'unreadable', reason: parsed.reason };
  if (previous === undefined) return { ok: true, kind: 'first' };
  const basedOn = (parsed.value as { basedOn?: unknown }).basedOn;
  if (basedOn === undefined) return { ok: true, kind: 'no-base' };
  const before = parse(previous);
  const digests = await digestsOf(previous, 'value' in before ? before.value : undefined);
  if (typeof basedOn === 'string' && digests.all.has(basedOn)) return { ok: true, kind: 'based-on-previous' };
  const previousDigest = digests.canonical;
  const kept = new Set(monthKeys(parsed.value));
  const removedMonths = ('value' in before ? monthKeys(before.value) : []).filter((m) => !kept.has(m)).sort();
  return {
    ok: false,
    kind: 'stale',
    removedMonths,
    basedOn: typeof basedOn === 'string' ? basedOn : JSON.stringify(basedOn),
    previousDigest,
  };
}

/** One version of the data file in history: a label (a commit) and its text (undefined: no file). */
export interface DataVersion {
  label: string;
  text: string | undefined;
  /** The commit's full id, and the commit it says it reverts ("This reverts commit …", as git writes). */
  commit?: string;
  reverts?: string;
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
 * refused file in place (a README edit on top of it) is still refused.
 */
export async function checkHistory(versions: readonly DataVersion[]): Promise<HistoryOutcome> {
  let accepted: DataVersion | undefined;
  const refused: string[] = [];
  let last: HistoryOutcome = { outcome: { ok: true, kind: 'first' }, base: undefined, refused };
  const bases = new Map<string, string | undefined>();
  for (const version of versions) {
    if (version.text === undefined) {
      // The file was deleted (the build then fails): whatever comes next starts afresh.
      accepted = undefined;
      continue;
    }
    const outcome: BaseOutcome = isRevert(version, bases)
      ? { ok: true, kind: 'reverted' }
      : await checkBase(accepted?.text, version.text);
    last = { outcome, base: accepted?.label, refused: [...refused] };
    if (outcome.ok) {
      if (version.commit !== undefined) bases.set(version.commit, accepted?.text);
      accepted = version;
    } else refused.push(version.label);
  }
  return last;
}

function monthList(months: readonly string[], lang: Lang): string {
  return lang === 'vi' ? months.map(formatMonth).join(', ') : months.join(', ');
}

/**
 * What the check prints, for provincial staff (Vietnamese) or developers (English). `page` is the
 * staff page's address (absolute when the site's address is known), where a fresh file is made.
 */
export function baseMessage(result: HistoryOutcome, file: string, lang: Lang, page: string): string[] {
  const { outcome } = result;
  const lines: string[] = [];
  if (result.refused.length > 0) {
    lines.push(
      lang === 'vi'
        ? `Ghi chú: phiên bản ${result.refused.join(', ')} của ${file} đã bị từ chối trước đây và chưa từng được đăng; tệp được so với dữ liệu đã đăng${result.base ? ` (phiên bản ${result.base})` : ''}.`
        : `Note: version(s) ${result.refused.join(', ')} of ${file} were refused before and never published; compared with the published data${result.base ? ` (version ${result.base})` : ''}.`,
    );
  }
  if (outcome.ok) return [...lines, acceptedLine(outcome.kind, file, lang)];
  if (outcome.kind === 'unreadable') {
    return [
      ...lines,
      lang === 'vi'
        ? `Không đăng: ${file} không phải tệp dữ liệu đọc được (${outcome.reason}). Hãy tải lại tệp campaign.json từ trang ${page} rồi tải lên lại.`
        : `Not published: ${file} is not readable JSON (${outcome.reason}). Restore it (git revert) or import again.`,
    ];
  }
  return [...lines, ...staleLines(outcome.removedMonths, file, lang, page)];
}

function acceptedLine(kind: AcceptedKind, file: string, lang: Lang): string {
  const vi: Record<AcceptedKind, string> = {
    first: `${file}: chưa có dữ liệu nào được đăng trước đó, không có gì bị mất.`,
    unchanged: `${file} không thay đổi so với dữ liệu đã đăng.`,
    'no-base': `Ghi chú: ${file} không ghi dữ liệu gốc (basedOn) — tệp do người phát triển sửa tay hoặc nhập bằng bản cũ của lệnh nhập, nên không kiểm tra được; vẫn tiếp tục.`,
    'based-on-previous': `${file} được tạo từ đúng dữ liệu đang đăng: không tháng nào bị mất.`,
    reverted: `${file} trở về đúng dữ liệu trước một lần cập nhật (git revert): phần bị bỏ là có chủ ý.`,
  };
  const en: Record<AcceptedKind, string> = {
    first: `${file}: no data was published before it; nothing can be lost.`,
    unchanged: `${file} is unchanged from the published data.`,
    'no-base': `Note: ${file} records no base (basedOn): edited by hand or written by an older import, so it cannot be checked; going on.`,
    'based-on-previous': `${file} was made from the published data: no month is lost.`,
    reverted: `${file} is back to the data before an accepted change (git revert): what it drops is dropped on purpose.`,
  };
  return (lang === 'vi' ? vi : en)[kind];
}

function staleLines(removed: readonly string[], file: string, lang: Lang, page: string): string[] {
  if (lang === 'en') {
    return [
      `Not published: ${file} was made from older data than the data it replaces (its basedOn is not the published data's digest).`,
      removed.length > 0
        ? `Publishing it would remove: ${monthList(removed, lang)}.`
        : 'No month would vanish, but changes published since it was made (corrected counts or reports) would be lost.',
      `Do: import again on top of the current data file (commit each import before the next), or open ${page} again, check the file and download anew. If the refused file is in your working copy, git revert its commit first.`,
    ];
  }
  return [
    `KHÔNG ĐĂNG: tệp ${file} được tạo từ dữ liệu cũ, không phải từ dữ liệu đang đăng trên trang. Trang web giữ nguyên, không mất dữ liệu nào.`,
    removed.length > 0
      ? `Nếu đăng tệp này, các tháng sau sẽ bị xoá khỏi trang: ${monthList(removed, lang)}.`
      : 'Không tháng nào bị xoá, nhưng những sửa đổi đã đăng sau khi tệp được tạo (số mẫu hoặc báo cáo đã sửa) sẽ bị mất.',
    `Cách làm: mở lại trang ${page} (trang sẽ tải dữ liệu mới nhất đã đăng), chọn lại tệp số liệu của tháng để kiểm tra, bấm "Tải tệp dữ liệu đã cập nhật" để tải campaign.json mới về, rồi tải tệp đó lên lại vào thư mục data/.`,
  ];
}
