/**
 * The import's view of the boundary vintages: one matcher per unit list, the vintage of each month,
 * and what to tell an official who writes a name or code of the other vintage. The month decides
 * the unit list; a name is matched there only, never in another vintage (codes are re-used with
 * other meanings, see vintage.ts).
 */
import { formatDate } from '../text/format';
import type { Reference } from '../data/cross-check';
import { UnitMatcher } from '../text/names';
import type { Unit } from '../data/schema/units';
import type { Vintage } from '../data/schema/area';
import { previousVintage, successors, vintageForMonth } from '../data/vintage';
import type { Voice } from './messages/voice';
import { say } from '../text/messages';
import { NAMES } from './messages/names';
import { unitNoun } from '../text/unit-noun';
import type { Problem } from './problems';

/** One vintage as the import reads rows against it. */
export interface VintageContext {
  vintage: Vintage;
  matcher: UnitMatcher;
}

/** "Xã Bình An (30808)". */
export function unitLabel(unit: Unit): string {
  return `${unit.name} (${unit.code})`;
}

/** "Xã Bình An (30808, Huyện Kiên Lương)", or without the district in a list without districts. */
export function unitWithDistrict(unit: Unit, matcher: UnitMatcher): string {
  const district = matcher.districtNameOf(unit);
  return district ? `${unit.name} (${unit.code}, ${district})` : unitLabel(unit);
}

/** A hint about the other vintage: what to write instead. */
export interface CrossVintageHint {
  todo: string;
}

export class VintageIndex {
  private readonly contexts = new Map<string, VintageContext>();

  /** `voice`: the language of the hints, and of the messages of every reader given this index. */
  constructor(
    readonly reference: Reference,
    readonly voice: Voice,
  ) {
    for (const [id, data] of reference.vintages) {
      this.contexts.set(id, { vintage: data.vintage, matcher: new UnitMatcher(data.units) });
    }
  }

  /** The vintage a month is published on, with its matcher; undefined after the last vintage ended. */
  forMonth(month: string): VintageContext | undefined {
    const vintage = vintageForMonth(this.reference.area, month);
    return vintage ? this.contexts.get(vintage.id) : undefined;
  }

  /** Every vintage's context, oldest first. */
  all(): VintageContext[] {
    return [...this.contexts.values()];
  }

  /** The vintage after `id` and its context, if any. */
  private next(id: string): VintageContext | undefined {
    const list = this.all();
    const i = list.findIndex((c) => c.vintage.id === id);
    return i >= 0 ? list[i + 1] : undefined;
  }

  private previous(id: string): VintageContext | undefined {
    const prev = previousVintage(this.reference.area, id);
    return prev ? this.contexts.get(prev.id) : undefined;
  }

  /**
   * What a name unknown in the month's vintage is in the vintage before (it was merged into a new
   * unit) or after (it only exists from then on); undefined when it is in neither.
   */
  nameHint(name: string, month: string, context: VintageContext): CrossVintageHint | undefined {
    const before = this.previous(context.vintage.id);
    const old = before ? uniqueMatch(before.matcher, name) : [];
    if (before && old.length > 0) return this.mergedHint(old, context);
    const after = this.next(context.vintage.id);
    const young = after ? uniqueMatch(after.matcher, name) : [];
    if (after && young.length > 0) return this.notYetHint(young, month, after, context);
    return undefined;
  }

  /** "Xã Thạnh Yên was merged into Xã Vĩnh Hòa (31012) on 01/07/2025; write "Xã Vĩnh Hòa"". */
  private mergedHint(old: Unit[], context: VintageContext): CrossVintageHint {
    const next = successors(context.matcher.list);
    const since = formatDate(context.vintage.validFrom);
    const into = old.map((u) => ({ from: u, to: next.get(u.code) }));
    const targets = [...new Set(into.map((x) => x.to).filter((u): u is Unit => u !== undefined))];
    const parts = into.map(({ from, to }) => ({ from: from.name, to: to ? unitLabel(to) : undefined }));
    return {
      todo: say(
        this.voice,
        NAMES.merged,
        parts,
        since,
        targets.map((u) => u.name),
      ),
    };
  }

  /** "Xã Vĩnh Hòa (31012) only exists from 01/07/2025; for 2025-03 write the commune it was then: …". */
  private notYetHint(young: Unit[], month: string, after: VintageContext, context: VintageContext): CrossVintageHint {
    const since = formatDate(after.vintage.validFrom);
    const byCode = context.matcher.unitsByCode;
    const formers = young.flatMap((u) => u.formedFrom ?? []).flatMap((c) => byCode.get(c) ?? []);
    const then = formers.map((u) => unitWithDistrict(u, context.matcher));
    return { todo: say(this.voice, NAMES.notYet, young.map(unitLabel), since, month, then) };
  }

  /**
   * Whether the rows of one month (their names and codes) follow another vintage's list rather
   * than the month's: most of them, at least three, are in that list, and more than in the
   * month's. Then the file was exported on the wrong list, and one message says so instead of a
   * message per row (whose advice, followed row by row, turns the file into an undercount).
   */
  otherList(
    month: string,
    rows: ReadonlyArray<{ name: string; code: string | undefined }>,
  ): Pick<Problem, 'problem' | 'todo'> | undefined {
    const own = this.forMonth(month);
    if (!own) return undefined;
    const count = (c: VintageContext): number => rows.filter((r) => inList(c.matcher, r.name, r.code)).length;
    const ownRows = count(own);
    const others = this.all()
      .filter((c) => c !== own)
      .map((c) => ({ context: c, matching: count(c) }));
    const best = others.sort((a, b) => b.matching - a.matching)[0];
    if (!best || best.matching < 3 || best.matching <= ownRows || 2 * best.matching <= rows.length) return undefined;
    const newer = best.context.vintage.validFrom > own.vintage.validFrom;
    return say(this.voice, NAMES.otherList, month, { ...listWords(best.context), newer }, listWords(own), {
      matching: best.matching,
      all: rows.length,
      own: ownRows,
    });
  }

  /** What a code unknown in the month's vintage was in the vintage before, as a hint. */
  codeHint(code: string, context: VintageContext): CrossVintageHint | undefined {
    const before = this.previous(context.vintage.id);
    const old = before?.matcher.unitsByCode.get(code);
    const to = old ? successors(context.matcher.list).get(code) : undefined;
    if (!old || !to) return undefined;
    const since = formatDate(context.vintage.validFrom);
    return { todo: say(this.voice, NAMES.oldCode, code, old.name, unitLabel(to), since, to.code) };
  }
}

/**
 * Whether a row's code or name names a unit of a list: a code of the list whose name, if written,
 * is that unit's (or not clearly another's); else a name the list knows (ambiguous ones too).
 */
export function inList(matcher: UnitMatcher, name: string, code: string | undefined): boolean {
  if (code === undefined) return name !== '' && matcher.matchCommune(name).kind !== 'unknown';
  const unit = matcher.unitsByCode.get(code);
  if (!unit || name === '') return unit !== undefined;
  const match = matcher.matchCommune(name);
  if (match.kind === 'ok') return match.unit === unit;
  if (match.kind === 'ambiguous') return match.candidates.includes(unit);
  return !matcher.nameDisagrees(name, unit);
}

/** How a list is named in a message: its size, its kinds of unit and the day it applies from. */
export function listWords(context: VintageContext): { units: number; kinds: string; since: string } {
  return {
    units: context.matcher.list.units.length,
    kinds: unitNoun(context.vintage).kinds,
    since: formatDate(context.vintage.validFrom),
  };
}

/** The units a name matches in one list: one, all candidates of an ambiguous name, or none. */
function uniqueMatch(matcher: UnitMatcher, name: string): Unit[] {
  const match = matcher.matchCommune(name);
  if (match.kind === 'ok') return [match.unit];
  return match.kind === 'ambiguous' ? match.candidates : [];
}
