/**
 * A province's whole data folder from the national reference, as `npm run area` writes it:
 *
 *   area.json                           the province: names, owner, target, one vintage, its history
 *   campaign.json                       no month yet ("no figures yet" until the first import)
 *   vintages/<id>/units.json            its units, types as they are, doubtful populations withheld
 *   vintages/<id>/sources.json          the reference's credits and licences
 *   vintages/<id>/geo-inputs.json       how `npm run data:geo` rebuilds the vintage (the reference)
 *   vintages/<id>/geo/*.topojson        its polygons, simplified for its map; island frames chosen
 *   examples/so-mau-thang-mau.csv       a made-up example of the monthly file, with its units
 *
 * What the reference does not hold is left out, never invented: the province's own letter, its
 * reporting deadlines, the act that made its communes. Pure: the files' contents, no disk.
 */
import type { Area, AreaInput } from '../data/schema/area';
import type { CampaignInput } from '../data/schema/campaign';
import type { GeoInputs } from '../data/schema/geo-inputs';
import type { UnitList } from '../data/schema/units';
import { DEFAULT_DATA_LICENCE } from '../data/schema/sources';
import { formatDate, formatNumber } from '../text/format';
import {
  buildReferenceVintage,
  dayBefore,
  type ReferenceVintage,
  type ReferenceVintageOptions,
} from '../geo/reference-vintage';
import type { NationalReference, ReferenceProvince } from '../geo/reference';

/** The campaign's target, samples per unit per month: the ministry's letters and VNNIC's minimum. */
export const NATIONAL_TARGET = 300;

/** One file of the folder, path relative to it. */
export interface AreaFile {
  path: string;
  content: string;
}

export interface AreaFolder {
  files: AreaFile[];
  area: AreaInput;
  vintage: ReferenceVintage;
}

const TYPE_ORDER = ['Xã', 'Phường', 'Thị trấn', 'Đặc khu'] as const;

/** "Tỉnh An Giang" → "tỉnh An Giang" (the type in lower case mid-sentence). */
export const midSentence = (fullName: string): string => fullName.charAt(0).toLocaleLowerCase('vi') + fullName.slice(1);

/** How many units of each type, in the list's order of types: [["Xã", 85], ["Phường", 14], …]. */
function typeCounts(units: UnitList): [string, number][] {
  return TYPE_ORDER.map((t): [string, number] => [t, units.units.filter((u) => u.type === t).length]).filter(
    ([, n]) => n > 0,
  );
}

/** "xã, phường, đặc khu" for the types present. */
const kindsOf = (units: UnitList): string =>
  typeCounts(units)
    .map(([t]) => t.toLocaleLowerCase('vi'))
    .join(', ');

/** "a, b và c". */
const listVi = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1) ?? ''}`;
const listEn = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

/** The history paragraphs: the provinces merged on 1 July 2025, the units, and later renames. */
function boundaryHistory(ref: NationalReference, province: ReferenceProvince, units: UnitList) {
  const formers = ref.formerProvinces.filter((f) => f.provinceCode === province.code);
  const counts = typeCounts(units);
  const total = `${formatNumber(units.units.length)} ${kindsOf(units)}`;
  const detail = counts.map(([t, n]) => `${formatNumber(n)} ${t.toLocaleLowerCase('vi')}`).join(', ');
  const since = formatDate(ref.manifest.listDate);
  const merged = formers.length > 1;
  const vi = merged
    ? `Từ ngày ${since}, ${listVi(formers.map((f) => midSentence(f.fullName)))} hợp nhất thành ${midSentence(province.fullName)} (${ref.manifest.provincesAct}); cấp huyện không còn và các xã, phường, thị trấn được sắp xếp lại thành ${total} (${detail}).`
    : `Từ ngày ${since}, cấp huyện không còn và các xã, phường, thị trấn của ${midSentence(province.fullName)} được sắp xếp lại thành ${total} (${detail}).`;
  const enList = listEn(formers.map((f) => f.name));
  const en = merged
    ? `On 1 July 2025 the provinces of ${enList} were merged into ${province.name}, districts were abolished and the communes were merged into ${units.units.length} new units; all figures here are for those units.`
    : `On 1 July 2025 districts were abolished and the communes of ${province.name} were merged into ${units.units.length} new units; all figures here are for those units.`;
  const renames = ref.changes.filter((c) => c.provinceCode === province.code);
  if (renames.length === 0) return { vi, en };
  const self = renames.find((c) => c.code === undefined);
  const unitsRenamed = renames.filter((c) => c.code !== undefined);
  const when = renames[0]?.effective ?? '';
  const acts = [...new Set(renames.map((c) => c.act))];
  const what = [
    ...(self ? [`${midSentence(self.before)} trở thành ${midSentence(self.after)}`] : []),
    ...(unitsRenamed.length > 0
      ? [
          `${formatNumber(unitsRenamed.length)} đơn vị đổi loại (như ${unitsRenamed[0]?.before} thành ${unitsRenamed[0]?.after})`,
        ]
      : []),
  ];
  return {
    vi: `${vi} Từ ngày ${formatDate(when)}, ${listVi(what)} (${listVi(acts)}), giữ nguyên mã và ranh giới; số liệu các tháng trước đó ghi tên cũ.`,
    en: `${en} On ${when} ${self ? `${self.before} became ${self.after} and ` : ''}${unitsRenamed.length} units changed type, with the same codes and boundaries; months before that show the former names.`,
  };
}

/** area.json of the province: one vintage from the reference's list date, no letter. */
function areaJson(ref: NationalReference, province: ReferenceProvince, built: ReferenceVintage): AreaInput {
  const { units } = built;
  const vintage = units.vintage;
  const renamed = ref.changes.find((c) => c.provinceCode === province.code && c.code === undefined);
  return {
    name: province.name,
    fullName: province.fullName,
    province: { code: province.code, name: province.name },
    // Every province's Sở Khoa học và Công nghệ took over the Sở Thông tin và Truyền thông in
    // 2025; the command says to confirm who publishes the site.
    owner: `Sở Khoa học và Công nghệ ${midSentence(province.fullName)}`,
    target: { default: NATIONAL_TARGET, overrides: {} },
    dataLicence: DEFAULT_DATA_LICENCE,
    vintages: [
      {
        id: vintage,
        label: `${formatNumber(units.units.length)} ${kindsOf(units)} của ${midSentence(province.fullName)} (từ ${formatDate(ref.manifest.listDate)})`,
        validFrom: ref.manifest.listDate,
        validTo: null,
        reportingUnit: 'commune',
        unitNoun: { one: 'đơn vị cấp xã', kinds: kindsOf(units) },
        boundarySource: ref.manifest.boundaryCredit,
      },
    ],
    boundaryHistory: boundaryHistory(ref, province, units),
    ...(renamed ? { formerNames: [{ fullName: renamed.before, until: dayBefore(renamed.effective) }] } : {}),
  };
}

/** A made-up monthly file with the province's units (the first line says it is an example). */
function exampleCsv(units: UnitList): string {
  const rows = [
    ['VÍ DỤ – số liệu không có thật (tệp mẫu để đối chiếu cột; không nhập tệp này)', '', '', ''],
    ['SỐ MẪU ĐO TỐC ĐỘ i-SPEED BĂNG RỘNG DI ĐỘNG CẤP XÃ, THÁNG 9/2025', '', '', ''],
    ['STT', 'Mã ĐVHC', 'Xã/Phường/Đặc khu', 'Số mẫu đo'],
    ...units.units.map((u, i) => [String(i + 1), u.code, u.name, String(((i % 5) + 1) * 100)]),
  ];
  const cell = (v: string): string => (/[",\n]/u.test(v) ? `"${v.replace(/"/gu, '""')}"` : v);
  return `\ufeff${rows.map((r) => r.map(cell).join(',')).join('\r\n')}\r\n`;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The files of one vintage folder of the province (units, sources, geometry, geo inputs). */
function vintageFiles(
  ref: NationalReference,
  province: ReferenceProvince,
  built: ReferenceVintage,
  options: ReferenceVintageOptions,
): AreaFile[] {
  const geoInputs: GeoInputs = {
    kind: 'reference',
    reference: ref.dir,
    province: province.code,
    retiredCodes: {},
    ...(options.insets ? { insets: [...options.insets] } : {}),
  };
  const dir = `vintages/${built.units.vintage}`;
  return [
    ...built.files.map((f) => ({ path: `${dir}/${f.path}`, content: f.content })),
    { path: `${dir}/geo-inputs.json`, content: json(geoInputs) },
  ];
}

/** Why a new vintage cannot be added: months it would take over, or a list not newer than the last. */
export type NewVintageRefusal =
  | { kind: 'notNewer'; last: string; listDate: string }
  | { kind: 'otherProvince'; area: string; province: string }
  | { kind: 'monthsOnOldUnits'; months: string[] };

/**
 * A later reference whose units moved boundaries, for an area that already has months: a new
 * vintage from the reference's list date, the last one ending the day before, the months kept on
 * the units they were published on. Never a month drawn on units that did not exist then: months
 * from the new date already on the old units are refused (they are re-imported on the new list).
 */
export function addVintage(
  current: { area: Area; months: readonly { month: string; vintage: string }[] },
  ref: NationalReference,
  province: ReferenceProvince,
  options: ReferenceVintageOptions = {},
): { files: AreaFile[]; area: AreaInput; vintage: ReferenceVintage } | NewVintageRefusal {
  const { area, months } = current;
  const last = area.vintages.at(-1);
  if (area.province.code !== province.code)
    return { kind: 'otherProvince', area: area.fullName, province: province.fullName };
  if (!last || ref.manifest.listDate <= last.validFrom) {
    return { kind: 'notNewer', last: last?.validFrom ?? '', listDate: ref.manifest.listDate };
  }
  const id = ref.manifest.listDate.slice(0, 7);
  const taken = months.filter((m) => m.month >= id).map((m) => m.month);
  if (taken.length > 0) return { kind: 'monthsOnOldUnits', months: taken };
  const built = buildReferenceVintage(ref, province, id, options);
  const fresh = areaJson(ref, province, built);
  const next: AreaInput = {
    ...area,
    vintages: [
      ...area.vintages.map((v, i) =>
        i === area.vintages.length - 1 ? { ...v, validTo: dayBefore(ref.manifest.listDate) } : v,
      ),
      ...fresh.vintages,
    ],
  };
  return {
    files: [...vintageFiles(ref, province, built, options), { path: 'area.json', content: json(next) }],
    area: next,
    vintage: built,
  };
}

/**
 * Builds the data folder of `province` from the reference: every file's content, the area and the
 * built vintage (for the command's summary). Throws DataValidationError when the reference's
 * polygons do not match its list.
 */
export function buildAreaFolder(
  ref: NationalReference,
  province: ReferenceProvince,
  options: ReferenceVintageOptions = {},
): AreaFolder {
  const built = buildReferenceVintage(ref, province, ref.manifest.listDate.slice(0, 7), options);
  const area = areaJson(ref, province, built);
  const campaign: CampaignInput = { months: [] };
  return {
    area,
    vintage: built,
    files: [
      { path: 'area.json', content: json(area) },
      { path: 'campaign.json', content: json(campaign) },
      ...vintageFiles(ref, province, built, options),
      { path: 'examples/so-mau-thang-mau.csv', content: exampleCsv(built.units) },
    ],
  };
}
