/**
 * Resolvers of one row: its district, its commune by code or by name, each in the vintage of the
 * row's month only. Each returns the unit it found (or none) and the problems and warnings of the
 * row, so the vintage rules live here and nowhere else.
 */
import type { CommuneMatch, UnitMatcher } from '../text/names';
import type { Unit } from '../data/schema';
import { foldedNameAccepted, foldedNameAmbiguous } from './messages-vi';
import type { Problem } from './problems';
import { listWithAnd, unitLabel, unitWithDistrict, type VintageContext, type VintageIndex } from './vintages';

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
export function resolveDistrict(text: string, matcher: UnitMatcher, place: Place, column: number): Resolved<string> {
  const d = matcher.matchDistrict(text);
  if (d.kind === 'ok') return { value: d.district.code, problems: [], warnings: [] };
  const closest = (d.kind === 'ambiguous' ? d.candidates : d.suggestions).map((x) => `${x.name} (${x.code})`);
  return none([
    {
      ...place(column),
      problem:
        d.kind === 'ambiguous'
          ? `district "${text}" matches ${d.candidates.map((x) => x.name).join(' and ')}`
          : `unknown district "${text}"`,
      todo: `correct the district name (closest: ${closest.join(', ')})`,
    },
  ]);
}

/** The commune of a row: by its code when it has one (the name must then agree), else by its name. */
export function resolveCommune(input: RowInput): Resolved<Unit> {
  if (input.code !== undefined) return communeByCode(input);
  if (input.name !== '') return communeByName(input);
  return none([
    {
      ...input.place(input.columns.commune ?? input.columns.code),
      problem: 'a count without a commune name or code',
      todo: 'write the commune name (or its code), or delete the row',
    },
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
    warnings.push({
      ...place(columns.district),
      problem: `${unitLabel(unit)} is in ${context.matcher.districtNameOf(unit)}, not in ${districts.get(input.districtCode)?.name ?? input.districtCode}`,
      todo: 'imported by the code; check the code and the district',
    });
  }
  return { value: unit, problems: [], warnings };
}

function unknownCodeProblem(input: RowInput): Problem {
  const { context, month, index } = input;
  const id = context.vintage.id;
  const hint = input.code === undefined ? undefined : index.codeHint(input.code, context);
  const byName = input.name ? context.matcher.matchCommune(input.name, input.districtCode) : undefined;
  const todo =
    byName?.kind === 'ok'
      ? `correct the code: "${input.name}" is ${unitLabel(byName.unit)}`
      : hint
        ? hint.todo
        : `correct the code: it must be one of the 5-digit GSO codes of vintage ${id} (data/vintages/${id}/units.json)`;
  return {
    ...input.place(input.columns.code),
    problem: `unknown commune code "${input.codeText}"${hint ? ` for ${month}` : ''}`,
    todo,
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
  return {
    ...input.place(input.columns.commune),
    problem: `code ${unit.code} is ${unit.name} in ${month}, not "${name}"`,
    todo: other
      ? `"${name}" is ${unitLabel(other)}: correct the code or the name`
      : (hint?.todo ?? 'correct the code or the name'),
  };
}

/** By name, within the row's district when it has one, in the month's vintage only. */
export function communeByName(input: RowInput): Resolved<Unit> {
  const { context, name, place, columns } = input;
  const match = context.matcher.matchCommune(name, input.districtCode);
  if (match.kind !== 'ok') return none([{ ...place(columns.commune), ...communeMatchProblem(input, match) }]);
  const warnings: Problem[] = [];
  if (match.folded) {
    const district = context.matcher.districtNameOf(match.unit);
    warnings.push({
      ...place(columns.commune),
      ...foldedNameAccepted(name, district ? `${match.unit.name}, ${district}` : match.unit.name),
    });
  }
  if (match.typeMismatch) {
    warnings.push({
      ...place(columns.commune),
      problem: `"${name}" is written as a ${match.typeMismatch} but the unit list has ${unitLabel(match.unit)}`,
      todo: 'imported as that commune; correct the type in the file if it is wrong',
    });
  }
  return { value: match.unit, problems: [], warnings };
}

/** Problem text of a failed commune-name match. */
export function communeMatchProblem(
  input: RowInput,
  match: Exclude<CommuneMatch, { kind: 'ok' }>,
): { problem: string; todo: string } {
  const { name, context } = input;
  const matcher = context.matcher;
  const describe = (u: Unit): string => unitWithDistrict(u, matcher);
  if (match.kind === 'ambiguous' && match.folded) {
    const districts = new Set(match.candidates.map((u) => u.districtCode));
    return foldedNameAmbiguous(name, match.candidates.map(describe), districts.size > 1);
  }
  if (match.kind === 'ambiguous') return ambiguousProblem(name, match.candidates, matcher);
  const districtName = input.districtCode ? matcher.districtsByCode.get(input.districtCode)?.name : undefined;
  if (match.elsewhere.length > 0 && districtName) {
    return {
      problem: `"${name}" is not in ${districtName}; the unit list has ${listWithAnd(match.elsewhere.map(describe))}`,
      todo: 'correct the district or the commune name',
    };
  }
  const hint = match.elsewhere.length === 0 ? input.index.nameHint(name, input.month, context) : undefined;
  if (hint) return { problem: `unknown commune "${name}" for ${input.month}`, todo: hint.todo };
  const where = districtName ? ` in ${districtName}` : '';
  const codeTip = input.columns.district === undefined ? ' or give the code in a "Mã ĐVHC" column' : '';
  return {
    problem: `unknown commune "${name}"${where}`,
    todo: `correct the name (closest: ${match.suggestions.map(describe).join(', ')})${codeTip}`,
  };
}

function ambiguousProblem(name: string, candidates: Unit[], matcher: UnitMatcher): { problem: string; todo: string } {
  const sameDistrict = candidates.every((u) => u.districtCode === candidates[0]?.districtCode);
  const typed = listWithAnd([...new Set(candidates.map((u) => `"${u.name}"`))]);
  return {
    problem: `"${name}" is the name of ${candidates.length} communes: ${listWithAnd(candidates.map((u) => unitWithDistrict(u, matcher)))}`,
    todo: sameDistrict
      ? `write the type before the name (${typed}) or give the code in a "Mã ĐVHC" column`
      : `add a "Huyện" column with the district, or give the code in a "Mã ĐVHC" column`,
  };
}
