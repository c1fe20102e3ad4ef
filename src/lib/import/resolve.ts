/**
 * Resolvers of one row: its district, its commune by code or by name, each in the vintage of the
 * row's month only. Each returns the unit it found (or none) and the problems and warnings of the
 * row, so the vintage rules live here and nowhere else.
 */
import type { CommuneMatch, UnitMatcher } from '../text/names';
import type { Unit } from '../data/schema/units';
import type { Voice } from './messages/voice';
import { say, type Texts } from '../text/messages';
import { NAMES } from './messages/names';
import type { Problem } from './problems';
import { unitLabel, unitWithDistrict, type VintageContext, type VintageIndex } from './vintages';

/** Where a row's problems point: `place(column)` gives row, column and sheet. */
export type Place = (column?: number) => Pick<Problem, 'row' | 'column' | 'sheet'>;

/** What the resolvers know about one row. */
export interface RowInput {
  place: Place;
  month: string;
  context: VintageContext;
  index: VintageIndex;
  /** The commune name as written ("" when blank). */
  name: string;
  /** The code cell as written, and as a 5-digit code (undefined when blank). */
  codeText: string;
  code: string | undefined;
  /** The row's district, in vintages with districts. */
  districtCode?: string | undefined;
  columns: { commune?: number | undefined; code?: number | undefined; district?: number | undefined };
}

export interface Resolved<T> {
  value?: T | undefined;
  problems: Problem[];
  warnings: Problem[];
}

const none = <T>(problems: Problem[] = [], warnings: Problem[] = []): Resolved<T> => ({ problems, warnings });

/** A district written as a name or code, in a vintage with districts. */
export function resolveDistrict(
  text: string,
  matcher: UnitMatcher,
  place: Place,
  column: number,
  voice: Voice,
): Resolved<string> {
  const d = matcher.matchDistrict(text);
  if (d.kind === 'ok') return { value: d.district.code, problems: [], warnings: [] };
  const closest = (d.kind === 'ambiguous' ? d.candidates : d.suggestions).map((x) => `${x.name} (${x.code})`);
  const texts =
    d.kind === 'ambiguous'
      ? say(
          voice,
          NAMES.districtAmbiguous,
          text,
          d.candidates.map((x) => x.name),
          closest,
        )
      : say(voice, NAMES.districtUnknown, text, closest);
  return none([{ ...place(column), ...texts }]);
}

/** The commune of a row: by its code when it has one (the name must then agree), else by its name. */
export function resolveCommune(input: RowInput): Resolved<Unit> {
  if (input.code !== undefined) return communeByCode(input);
  if (input.name !== '') return communeByName(input);
  return none([
    { ...input.place(input.columns.commune ?? input.columns.code), ...say(input.index.voice, NAMES.noUnit) },
  ]);
}

/** By code, in the month's vintage; a name next to it must name the same unit there. */
export function communeByCode(input: RowInput): Resolved<Unit> {
  const { context, place, columns } = input;
  const unit = input.code === undefined ? undefined : context.matcher.unitsByCode.get(input.code);
  if (!unit) return none([unknownCodeProblem(input)]);
  const disagreement = codeNameProblem(input, unit);
  if (disagreement) return none([disagreement]);
  const warnings: Problem[] = [];
  if (input.districtCode && unit.districtCode && input.districtCode !== unit.districtCode) {
    const districts = context.matcher.districtsByCode;
    const written = districts.get(input.districtCode)?.name ?? input.districtCode;
    const district = context.matcher.districtNameOf(unit) ?? '';
    warnings.push({
      ...place(columns.district),
      ...say(input.index.voice, NAMES.codeInOtherDistrict, unitLabel(unit), district, written),
    });
  }
  return { value: unit, problems: [], warnings };
}

function unknownCodeProblem(input: RowInput): Problem {
  const { context, month, index } = input;
  const id = context.vintage.id;
  const hint = input.code === undefined ? undefined : index.codeHint(input.code, context);
  const byName = input.name ? context.matcher.matchCommune(input.name, input.districtCode) : undefined;
  const { voice } = index;
  const todo =
    byName?.kind === 'ok'
      ? say(voice, NAMES.codeIsName, input.name, unitLabel(byName.unit))
      : (hint?.todo ?? say(voice, NAMES.codeNotInList, id, voice.controls));
  return {
    ...input.place(input.columns.code),
    ...say(voice, NAMES.unknownCode, input.codeText, hint ? month : undefined, todo),
  };
}

/**
 * A code and a name that name two different units of the month's vintage (or a name that is
 * clearly not the code's unit) are an error: the row is never imported by the code alone, since
 * codes are re-used across vintages with other meanings.
 */
function codeNameProblem(input: RowInput, unit: Unit): Problem | undefined {
  const { name, context, month, index } = input;
  if (name === '') return undefined;
  const match = context.matcher.matchCommune(name);
  if (match.kind === 'ok' && match.unit === unit) return undefined;
  if (match.kind === 'ambiguous' && match.candidates.includes(unit)) return undefined;
  const other = match.kind === 'ok' ? match.unit : undefined;
  if (!other && !context.matcher.nameDisagrees(name, unit)) return undefined;
  const hint = other ? undefined : index.nameHint(name, month, context);
  const { voice } = index;
  const todo = other
    ? say(voice, NAMES.nameIsOther, name, unitLabel(other))
    : (hint?.todo ?? say(voice, NAMES.correctCodeOrName));
  return {
    ...input.place(input.columns.commune),
    ...say(voice, NAMES.codeNameDisagree, unit.code, unit.name, month, name, todo),
  };
}

/** By name, within the row's district when it has one, in the month's vintage only. */
export function communeByName(input: RowInput): Resolved<Unit> {
  const { context, name, place, columns } = input;
  const match = context.matcher.matchCommune(name, input.districtCode);
  if (match.kind !== 'ok') return none([{ ...place(columns.commune), ...communeMatchProblem(input, match) }]);
  const warnings: Problem[] = [];
  const { voice } = input.index;
  if (match.folded) {
    const district = context.matcher.districtNameOf(match.unit);
    const unit = district ? `${match.unit.name}, ${district}` : match.unit.name;
    warnings.push({ ...place(columns.commune), ...say(voice, NAMES.foldedAccepted, name, unit) });
  }
  if (match.typeMismatch) {
    warnings.push({
      ...place(columns.commune),
      ...say(voice, NAMES.typeMismatch, name, match.typeMismatch, unitLabel(match.unit)),
    });
  }
  return { value: match.unit, problems: [], warnings };
}

/** Problem text of a failed commune-name match. */
export function communeMatchProblem(input: RowInput, match: Exclude<CommuneMatch, { kind: 'ok' }>): Texts {
  const { name, context } = input;
  const { voice } = input.index;
  const matcher = context.matcher;
  const describe = (u: Unit): string => unitWithDistrict(u, matcher);
  if (match.kind === 'ambiguous' && match.folded) {
    const districts = new Set(match.candidates.map((u) => u.districtCode));
    return say(voice, NAMES.foldedAmbiguous, name, match.candidates.map(describe), districts.size > 1);
  }
  if (match.kind === 'ambiguous') return ambiguousProblem(name, match.candidates, matcher, voice);
  const districtName = input.districtCode ? matcher.districtsByCode.get(input.districtCode)?.name : undefined;
  if (match.elsewhere.length > 0 && districtName) {
    return say(voice, NAMES.notInDistrict, name, districtName, match.elsewhere.map(describe));
  }
  const hint = match.elsewhere.length === 0 ? input.index.nameHint(name, input.month, context) : undefined;
  if (hint) return say(voice, NAMES.unknownForMonth, name, input.month, hint.todo);
  const codeTip = input.columns.district === undefined;
  return say(voice, NAMES.unknown, name, districtName, match.suggestions.map(describe), codeTip);
}

function ambiguousProblem(name: string, candidates: Unit[], matcher: UnitMatcher, voice: Voice): Texts {
  const sameDistrict = candidates.every((u) => u.districtCode === candidates[0]?.districtCode);
  const names = [...new Set(candidates.map((u) => u.name))];
  const described = candidates.map((u) => unitWithDistrict(u, matcher));
  return say(voice, NAMES.ambiguous, name, described, sameDistrict, names);
}
