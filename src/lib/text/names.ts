/**
 * Vietnamese names, done right: cleaning, comparison keys and matching of communes and districts
 * against one official unit list (data/vintages/<id>/units.json).
 *
 * Spreadsheets from offices write the same name in many ways: NFC or NFD, upper or lower case,
 * stray spaces, old or new tone-mark placement ("Hoà"/"Hòa", "Thuỷ"/"Thủy"), the look-alike "Ð"
 * (U+00D0) instead of "Đ" (U+0110), and type prefixes ("Xã", "P.", "TT."). The *name key* survives all
 * of these while keeping tones, so two really different names ("Bình An", "Bình Ân") never collide:
 * each syllable's tone mark is taken off and written at the end of the syllable as a digit.
 */
import { distance } from 'fastest-levenshtein';
import type { District, Unit, UnitList } from '../data/schema/units';

/** Combining tone marks → digit written at the end of the syllable in a name key. */
const TONE_DIGIT: Record<string, string> = {
  '\u0300': '2', // huyền (grave)
  '\u0301': '1', // sắc (acute)
  '\u0309': '3', // hỏi (hook above)
  '\u0303': '4', // ngã (tilde)
  '\u0323': '5', // nặng (dot below)
};

/** Characters that look like "Đ"/"đ" but are not (Icelandic eth, African D). */
const LOOK_ALIKES: Record<string, string> = { Ð: 'Đ', ð: 'đ', Ɖ: 'Đ', ɖ: 'đ' };

/**
 * Cleans text for storage and display: look-alike "Ð" → "Đ", zero-width characters removed, spaces
 * collapsed (including no-break spaces) and trimmed, Unicode NFC.
 */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[ÐðƉɖ]/gu, (c) => LOOK_ALIKES[c] ?? c)
    .replace(/[\u200b-\u200d\u2060\ufeff]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Characters that end a word in a key (a dot ends it too, and is kept: "P.", "TT."). */
const SEPARATOR = /[\s\-–—,/()]/u;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/u;

/**
 * The key words of a name: lower case, look-alikes fixed, each word's tone marks taken off and
 * written at its end as digits ("Hoà" and "Hòa" → "hoa2"). Other marks (â, ă, ơ, ư, ê, ô) stay, as
 * combining characters of the canonical decomposition, so the key is the same for NFC and NFD input.
 * A word written with a dot keeps it ("p.", "tt.") for prefix detection. One pass per name.
 */
function keyWords(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let tones = '';
  const flush = (dot: boolean): void => {
    if (word !== '') out.push(word + tones + (dot ? '.' : ''));
    word = '';
    tones = '';
  };
  for (const ch of text.normalize('NFD').toLowerCase()) {
    const tone = TONE_DIGIT[ch];
    if (tone !== undefined) tones += tone;
    else if (ch === '.') flush(true);
    else if (SEPARATOR.test(ch)) flush(false);
    else if (!INVISIBLE.test(ch)) word += LOOK_ALIKES[ch] ?? ch;
  }
  flush(false);
  return out;
}

/**
 * The comparison key of a name: same for every way of writing it, different for different names.
 * `nameKey("  PHƯỜNG  Vĩnh Hoà ") === nameKey("phường vĩnh hòa")`.
 */
export function nameKey(text: string): string {
  return keyWords(text)
    .map((w) => (w.endsWith('.') ? w.slice(0, -1) : w))
    .join(' ');
}

/** A key without any diacritics ("Đông Hòa" → "dong hoa"), for "did you mean" suggestions only. */
export function tonelessKey(text: string): string {
  return cleanText(text)
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/gu, 'd')
    .replace(/[^a-z0-9 ]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** A name as a URL or file slug: "Đặc khu Trường Sa" → "dac-khu-truong-sa", "Kiên Giang (cũ)" → "kien-giang-cu". */
export function slugOf(text: string): string {
  return tonelessKey(text).replace(/ /gu, '-');
}

/** A name key without its tone digits and diacritics ("vinh4 hoa2" → "vinh hoa"). */
function keyToToneless(key: string): string {
  return tonelessKey(key.replace(/(?<=[\p{L}\p{M}])[1-5]+(?= |$)/gu, ''));
}

/**
 * True when a name carries no Vietnamese diacritic at all (no tone, no â ă ê ô ơ ư, no đ): typed on
 * a keyboard without Vietnamese input ("Vinh Hoa Hung"). Only such names are matched folded.
 */
export function hasNoDiacritics(text: string): boolean {
  return !/[\p{M}đ]/u.test(cleanText(text).toLowerCase().normalize('NFD'));
}

export type CommuneType = Unit['type'];
export type DistrictType = District['type'];

/** Prefix spellings, longest first; turned into key words once (see `prefixTable`). */
const COMMUNE_PREFIXES: ReadonlyArray<[string, CommuneType]> = [
  ['Đặc khu', 'Đặc khu'],
  ['Đ.K.', 'Đặc khu'],
  ['ĐK.', 'Đặc khu'],
  ['ĐK', 'Đặc khu'],
  ['Thị trấn', 'Thị trấn'],
  ['T.T.', 'Thị trấn'],
  ['TT.', 'Thị trấn'],
  ['TT', 'Thị trấn'],
  ['Phường', 'Phường'],
  ['P.', 'Phường'],
  ['P', 'Phường'],
  ['Xã', 'Xã'],
  ['X.', 'Xã'],
  ['X', 'Xã'],
];
const DISTRICT_PREFIXES: ReadonlyArray<[string, DistrictType]> = [
  ['Thành phố', 'Thành phố'],
  ['Thị xã', 'Thị xã'],
  ['Huyện', 'Huyện'],
  ['T.P.', 'Thành phố'],
  ['TP.', 'Thành phố'],
  ['TP', 'Thành phố'],
  ['TX.', 'Thị xã'],
  ['TX', 'Thị xã'],
  ['H.', 'Huyện'],
];

const undot = (w: string): string => (w.endsWith('.') ? w.slice(0, -1) : w);

function prefixTable<T extends string>(prefixes: ReadonlyArray<[string, T]>): Array<[string[], T]> {
  return prefixes.map(([text, type]) => [keyWords(text), type]);
}
const COMMUNE_PREFIX_KEYS = prefixTable(COMMUNE_PREFIXES);
const DISTRICT_PREFIX_KEYS = prefixTable(DISTRICT_PREFIXES);
/** The commune prefixes folded like a name without diacritics ("Xã" → ["xa"], "Đ.K." → ["d", "k"]). */
const FOLDED_COMMUNE_PREFIXES: ReadonlyArray<[string[], CommuneType]> = COMMUNE_PREFIXES.map(([text, type]) => [
  tonelessKey(text).split(' '),
  type,
]);

/**
 * The ways to read a name written without diacritics: without its type prefix when it starts with
 * one ("xa vinh hoa" → Xã, "vinh hoa"), then as a whole, in case the first word belongs to the name.
 */
function foldedReadings(text: string): Array<{ type: CommuneType | undefined; key: string }> {
  const words = tonelessKey(text).split(' ');
  const whole = { type: undefined, key: words.join(' ') };
  for (const [prefix, type] of FOLDED_COMMUNE_PREFIXES) {
    if (words.length > prefix.length && prefix.every((p, i) => words[i] === p)) {
      return [{ type, key: words.slice(prefix.length).join(' ') }, whole];
    }
  }
  return [whole];
}

/** The district prefixes folded the same way ("TP." → ["tp"], "Thành phố" → ["thanh", "pho"]). */
const FOLDED_DISTRICT_PREFIXES: ReadonlyArray<[string[], DistrictType]> = DISTRICT_PREFIXES.map(([text, type]) => [
  tonelessKey(text).split(' '),
  type,
]);

/**
 * What a person typed in a search, folded, with an abbreviated type prefix written out so it meets
 * the official names: "tt hon dat" → "thi tran hon dat", "p. vinh thanh" → "phuong vinh thanh",
 * "dk phu quoc" → "dac khu phu quoc", "tp rach gia" → "thanh pho rach gia". `type` is that prefix's
 * type and `rest` the words after it (the whole query when it starts with none).
 */
export function searchReading(text: string): { key: string; type: string | undefined; rest: string } {
  const words = tonelessKey(text).split(' ');
  for (const [prefix, type] of [...FOLDED_COMMUNE_PREFIXES, ...FOLDED_DISTRICT_PREFIXES]) {
    if (words.length > prefix.length && prefix.every((p, i) => words[i] === p)) {
      const rest = words.slice(prefix.length).join(' ');
      return { key: `${tonelessKey(type)} ${rest}`, type, rest };
    }
  }
  const key = words.join(' ');
  return { key, type: undefined, rest: key };
}

function splitPrefix<T extends string>(
  text: string,
  prefixes: ReadonlyArray<[string[], T]>,
): { type: T | undefined; key: string } {
  const ws = keyWords(text);
  for (const [prefix, type] of prefixes) {
    // Keep at least one word of name: "Xã" alone is not a prefix of nothing.
    if (ws.length > prefix.length && prefix.every((p, i) => ws[i] === p)) {
      return { type, key: ws.slice(prefix.length).map(undot).join(' ') };
    }
  }
  return { type: undefined, key: ws.map(undot).join(' ') };
}

/** "P. Vĩnh Hoà" → { type: "Phường", key: "vinh4 hoa2" }; "ĐK. Phú Quốc" → { type: "Đặc khu", … }. */
export function splitCommuneName(text: string): { type: CommuneType | undefined; key: string } {
  return splitPrefix(text, COMMUNE_PREFIX_KEYS);
}

/** "TP. Rạch Giá" → { type: "Thành phố", key: "rach5 gia1" }. */
export function splitDistrictName(text: string): { type: DistrictType | undefined; key: string } {
  return splitPrefix(text, DISTRICT_PREFIX_KEYS);
}

/** The name without its type prefix, as written in the unit list ("Phường Vĩnh Thanh" → "Vĩnh Thanh"). */
export function bareName(officialName: string, type: string): string {
  return officialName.startsWith(`${type} `) ? officialName.slice(type.length + 1) : officialName;
}

/** How a district type is shortened in a narrow column: a Huyện goes by its name alone. */
const DISTRICT_ABBREVIATIONS: Record<DistrictType, string> = { Huyện: '', 'Thành phố': 'TP', 'Thị xã': 'TX' };

/** A district's name for narrow print columns: "Huyện Châu Thành" → "Châu Thành", "Thành phố Rạch Giá" → "TP Rạch Giá". */
export function shortDistrictName(district: Pick<District, 'name' | 'type'>): string {
  const bare = bareName(district.name, district.type);
  if (bare === district.name) return district.name;
  const abbreviation = DISTRICT_ABBREVIATIONS[district.type];
  return abbreviation ? `${abbreviation} ${bare}` : bare;
}

/**
 * `folded`: the name was written without diacritics and matched only once the unit names were
 * folded the same way (tones and marks taken off) — the import accepts it with a warning.
 */
export type CommuneMatch =
  | { kind: 'ok'; unit: Unit; typeMismatch?: CommuneType; folded?: true }
  /** No unit of that name (in that district, if one was given); `suggestions` are the 3 closest. */
  | { kind: 'unknown'; suggestions: Unit[]; elsewhere: Unit[] }
  /** Several units have that name; `candidates` are all of them. */
  | { kind: 'ambiguous'; candidates: Unit[]; folded?: true };

export type DistrictMatch =
  | { kind: 'ok'; district: District }
  | { kind: 'unknown'; suggestions: District[] }
  | { kind: 'ambiguous'; candidates: District[] };

/**
 * Finds communes and districts of one unit list by code or by name. Build once per import: the
 * indexes make each lookup a map access, so a nationwide list of 10,000+ units stays fast.
 */
export class UnitMatcher {
  readonly unitsByCode = new Map<string, Unit>();
  readonly districtsByCode = new Map<string, District>();
  private readonly unitsByKey = new Map<string, Unit[]>();
  private readonly districtsByKey = new Map<string, District[]>();
  private readonly unitsByDistrict = new Map<string, Unit[]>();
  private readonly toneless = new Map<Unit, string>();
  private readonly districtToneless = new Map<District, string>();
  private readonly districtMatches = new Map<string, DistrictMatch>();
  private unitsByFolded: Map<string, Unit[]> | undefined;

  constructor(readonly list: UnitList) {
    for (const d of list.districts) {
      this.districtsByCode.set(d.code, d);
      const key = splitDistrictName(d.name).key;
      this.districtsByKey.set(key, [...(this.districtsByKey.get(key) ?? []), d]);
    }
    for (const u of list.units) {
      this.unitsByCode.set(u.code, u);
      const key = splitCommuneName(u.name).key;
      const same = this.unitsByKey.get(key);
      if (same) same.push(u);
      else this.unitsByKey.set(key, [u]);
      // Units of a list without districts (2025-07) are all filed under "".
      const district = u.districtCode ?? '';
      const inDistrict = this.unitsByDistrict.get(district);
      if (inDistrict) inDistrict.push(u);
      else this.unitsByDistrict.set(district, [u]);
    }
  }

  /** The toneless bare name of a unit or district, computed when first needed (suggestions are rare). */
  private tonelessOf<T extends Unit | District>(item: T, cache: Map<T, string>): string {
    let key = cache.get(item);
    if (key === undefined) {
      key = tonelessKey(bareName(item.name, item.type));
      cache.set(item, key);
    }
    return key;
  }

  /** True when the list has districts (vintages before 2025-07). */
  get hasDistricts(): boolean {
    return this.list.districts.length > 0;
  }

  /** Name of the district a unit belongs to, or its code, or "" in a list without districts. */
  districtNameOf(unit: Unit): string {
    if (unit.districtCode === undefined) return '';
    return this.districtsByCode.get(unit.districtCode)?.name ?? unit.districtCode;
  }

  /** Units of one district, in list order. */
  unitsOf(districtCode: string): Unit[] {
    return this.unitsByDistrict.get(districtCode) ?? [];
  }

  /** Matches a district written as a code ("899") or a name ("TP. Rạch Giá", "Rạch Giá"). */
  matchDistrict(text: string): DistrictMatch {
    // A sheet repeats each district name on many rows: match each spelling once.
    let match = this.districtMatches.get(text);
    if (!match) {
      match = this.findDistrict(text);
      this.districtMatches.set(text, match);
    }
    return match;
  }

  private findDistrict(text: string): DistrictMatch {
    const trimmed = cleanText(text);
    const byCode = this.districtsByCode.get(trimmed);
    if (byCode) return { kind: 'ok', district: byCode };
    const { type, key } = splitDistrictName(trimmed);
    let found = this.districtsByKey.get(key) ?? [];
    if (found.length > 1 && type) found = found.filter((d) => d.type === type);
    const [first] = found;
    if (found.length === 1 && first) return { kind: 'ok', district: first };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found };
    const target = keyToToneless(key);
    const suggestions = closestBy(
      this.list.districts,
      (d) => distance(target, this.tonelessOf(d, this.districtToneless)),
      3,
    );
    return { kind: 'unknown', suggestions };
  }

  /**
   * Matches a commune name, within `districtCode` when given. The type prefix, when written,
   * separates units of the same name in one district ("Xã Vĩnh Thuận", "Thị trấn Vĩnh Thuận").
   * A name written without any diacritic that matches no name as written is matched folded
   * (`tonelessKey` on both sides): one unit is a `folded` match, several are `folded` ambiguity.
   */
  matchCommune(text: string, districtCode?: string): CommuneMatch {
    const { type, key } = splitCommuneName(text);
    const all = this.unitsByKey.get(key) ?? [];
    const exact = this.choose(all, type, districtCode, false);
    if (exact) return exact;
    let elsewhere = all;
    if (all.length === 0 && hasNoDiacritics(text)) {
      for (const reading of foldedReadings(text)) {
        const folded = this.foldedUnits().get(reading.key) ?? [];
        if (folded.length === 0) continue;
        const match = this.choose(folded, reading.type, districtCode, true);
        if (match) return match;
        elsewhere = folded;
        break;
      }
    }
    const scope = districtCode === undefined ? this.list.units : this.unitsOf(districtCode);
    const target = keyToToneless(key);
    const suggestions = closestBy(scope, (u) => distance(target, this.tonelessOf(u, this.toneless)), 3);
    return { kind: 'unknown', suggestions, elsewhere };
  }

  /** The units of one name within the district, narrowed by the written type when several remain. */
  private choose(
    units: Unit[],
    type: CommuneType | undefined,
    districtCode: string | undefined,
    folded: boolean,
  ): CommuneMatch | undefined {
    let found = districtCode === undefined ? units : units.filter((u) => u.districtCode === districtCode);
    if (found.length > 1 && type) {
      const sameType = found.filter((u) => u.type === type);
      if (sameType.length > 0) found = sameType;
    }
    const how = folded ? { folded: true as const } : {};
    const [first] = found;
    if (found.length === 1 && first) {
      return type && type !== first.type
        ? { kind: 'ok', unit: first, typeMismatch: type, ...how }
        : { kind: 'ok', unit: first, ...how };
    }
    if (found.length > 1) return { kind: 'ambiguous', candidates: found, ...how };
    return undefined;
  }

  /** Units by their folded bare name ("vinh hoa hung"), indexed when first needed (folded names are rare). */
  private foldedUnits(): Map<string, Unit[]> {
    if (!this.unitsByFolded) {
      this.unitsByFolded = new Map();
      for (const u of this.list.units) {
        const key = this.tonelessOf(u, this.toneless);
        const same = this.unitsByFolded.get(key);
        if (same) same.push(u);
        else this.unitsByFolded.set(key, [u]);
      }
    }
    return this.unitsByFolded;
  }

  /**
   * True when a name written next to a code is clearly another commune's name (not just a typo
   * or different tone placement): more than a third of the letters differ, ignoring diacritics.
   */
  nameDisagrees(text: string, unit: Unit): boolean {
    const { key } = splitCommuneName(text);
    if (key === '' || key === splitCommuneName(unit.name).key) return false;
    const a = keyToToneless(key);
    const b = this.tonelessOf(unit, this.toneless);
    return distance(a, b) > Math.max(2, Math.floor(Math.max(a.length, b.length) / 3));
  }
}

/** The `n` items with the smallest score, ties in list order. */
function closestBy<T>(items: readonly T[], score: (item: T) => number, n: number): T[] {
  return items
    .map((item, i) => ({ item, i, s: score(item) }))
    .sort((x, y) => x.s - y.s || x.i - y.i)
    .slice(0, n)
    .map((x) => x.item);
}
