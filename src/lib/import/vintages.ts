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

/** The units a name matches in one list: one, all candidates of an ambiguous name, or none. */
function uniqueMatch(matcher: UnitMatcher, name: string): Unit[] {
  const match = matcher.matchCommune(name);
  if (match.kind === 'ok') return [match.unit];
  return match.kind === 'ambiguous' ? match.candidates : [];
}
