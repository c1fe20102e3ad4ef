/**
 * Which province `npm run area -- <province>` means: a code ("91", "1"), a name typed with or
 * without diacritics, with or without its type ("thanh pho hue", "Lâm Đồng", "TP. Hồ Chí Minh",
 * "tphcm"), or the name (or code) of a province from before 1 July 2025, which maps to the
 * province it went into ("Bình Dương" → Thành phố Hồ Chí Minh). Ambiguous and unknown names get
 * the candidates. Pure: the reference's tables in, a decision out.
 */
import { distance } from 'fastest-levenshtein';
import { tonelessKey } from '../text/names';
import type { FormerProvince, ReferenceProvince } from '../geo/reference';

export type ProvinceQuery =
  | { kind: 'ok'; province: ReferenceProvince; former?: FormerProvince | undefined }
  | { kind: 'ambiguous'; candidates: Candidate[] }
  | { kind: 'unknown'; suggestions: Candidate[] };

/** A province a query may mean, and the former province it was named by (if any). */
export interface Candidate {
  province: ReferenceProvince;
  former?: FormerProvince | undefined;
}

/** Type words a name may be typed with, folded: "tỉnh", "thành phố", "tp", "t.p.". */
const TYPE_WORDS = /^(tinh|thanh pho|tp|t p)\s+/u;

/** A typed province name folded for comparison: no diacritics, no type word, no punctuation. */
export function provinceKey(text: string): string {
  return tonelessKey(text)
    .replace(/^tp(?=[a-z]{2})/u, '')
    .replace(TYPE_WORDS, '')
    .trim();
}

/** "ho chi minh" → "hcm". */
const initials = (key: string): string =>
  key
    .split(' ')
    .map((w) => w[0] ?? '')
    .join('');

/** Every name a query can match: the 34 provinces, then the provinces before 1 July 2025. */
function names(provinces: readonly ReferenceProvince[], formers: readonly FormerProvince[]) {
  const byCode = new Map(provinces.map((p) => [p.code, p]));
  const current = provinces.map((p) => ({ key: provinceKey(p.name), candidate: { province: p } }));
  const former = formers.flatMap((f) => {
    const province = byCode.get(f.provinceCode);
    // A former province of the same name is the province itself (Hà Nội, Lai Châu …).
    if (!province || provinceKey(f.name) === provinceKey(province.name)) return [];
    return [{ key: provinceKey(f.name), candidate: { province, former: f } }];
  });
  return [...current, ...former];
}

/** The distinct provinces among candidates, in order, keeping the first way each was reached. */
function distinct(candidates: readonly Candidate[]): Candidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => !seen.has(c.province.code) && seen.add(c.province.code));
}

/** A code, 1 or 2 digits: a current province, or a province before 1 July 2025. */
function byCode(
  code: string,
  provinces: readonly ReferenceProvince[],
  formers: readonly FormerProvince[],
): ProvinceQuery {
  const padded = code.padStart(2, '0');
  const province = provinces.find((p) => p.code === padded);
  if (province) return { kind: 'ok', province };
  const former = formers.find((f) => f.oldCode === padded);
  const into = former && provinces.find((p) => p.code === former.provinceCode);
  if (former && into) return { kind: 'ok', province: into, former };
  return { kind: 'unknown', suggestions: [] };
}

/** Resolves a typed province (code or name, current or former) against the reference's tables. */
export function resolveProvince(
  query: string,
  provinces: readonly ReferenceProvince[],
  formers: readonly FormerProvince[],
): ProvinceQuery {
  const text = query.trim();
  if (/^\d{1,2}$/u.test(text)) return byCode(text, provinces, formers);
  const key = provinceKey(text);
  if (key === '') return { kind: 'unknown', suggestions: [] };
  const all = names(provinces, formers);
  const exact = distinct(all.filter((n) => n.key === key).map((n) => n.candidate));
  if (exact.length === 1 && exact[0]) return { kind: 'ok', ...exact[0] };
  if (exact.length > 1) return { kind: 'ambiguous', candidates: exact };
  const compact = key.replace(/ /gu, '');
  const partial = distinct(
    all
      .filter((n) => n.key.split(' ').some((w) => w === key) || n.key.includes(key) || initials(n.key) === compact)
      .map((n) => n.candidate),
  );
  if (partial.length === 1 && partial[0]) return { kind: 'ok', ...partial[0] };
  if (partial.length > 1) return { kind: 'ambiguous', candidates: partial };
  const close = all
    .map((n) => ({ n, d: distance(n.key, key) }))
    .filter(({ d }) => d <= Math.max(2, Math.floor(key.length / 3)))
    .sort((a, b) => a.d - b.d)
    .map(({ n }) => n.candidate);
  return { kind: 'unknown', suggestions: distinct(close).slice(0, 5) };
}
