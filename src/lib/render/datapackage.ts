/**
 * The Frictionless Data Package (https://datapackage.org/) of the open-data page: one resource per
 * download — each month's CSV (with a Table Schema), campaign.json, each vintage's unit list and
 * boundary files — with its source and licence. The province's own figures carry the licence of
 * area.json (`dataLicence`); every other file the licence its source gives (data/vintages/<id>/
 * sources.json), and `notspecified` where the source gives none: a licence is never assumed.
 *
 * There is deliberately no package-level `licenses`: a resource without one would inherit it, and
 * the package mixes licences (and an unclear one).
 */
import type { Area } from '../data/schema/area';
import type { Campaign, Month } from '../data/schema/campaign';
import type { Licence, Source, VintageSources } from '../data/schema/sources';
import type { VintageData } from '../data/vintage';
import { CSV_HEADER, SPEED_CSV_COLUMN, type SpeedCsvColumn } from './csv-export';
import { speedMeasuresOf } from '../model/speeds';
import { BANDS } from '../model/bands';
import { formatDate, formatMonth } from '../text/format';
import { slugOf } from '../text/names';
import {
  boundaryPath,
  campaignJsonPath,
  dataPath,
  monthCsvPath,
  monthsWorkbookPath,
  unitListPath,
} from '../site/paths';

export const XLSX_MEDIATYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A licence as the Data Package spec writes one. */
export interface PackageLicence {
  name: string;
  title: string;
  path?: string;
}

/** A source as the Data Package spec writes one. */
export interface PackageSource {
  title: string;
  path?: string;
}

/** One column of a Table Schema (https://datapackage.org/standard/table-schema/). */
export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'yearmonth';
  title: string;
  description: string;
  trueValues?: string[];
  falseValues?: string[];
  constraints?: { required?: boolean; minimum?: number; pattern?: string; enum?: string[] };
}

export interface TableSchema {
  fields: TableField[];
  missingValues: string[];
  primaryKey: string[];
}

export interface DataResource {
  profile?: 'tabular-data-resource';
  name: string;
  title: string;
  description: string;
  /** Relative to datapackage.json (all downloads are in its folder): a downloaded folder validates offline. */
  path: string;
  format: 'csv' | 'json' | 'topojson' | 'xlsx';
  mediatype: 'text/csv' | 'application/json' | typeof XLSX_MEDIATYPE;
  /** Of text files; a workbook is a zip. */
  encoding?: 'utf-8';
  dialect?: { delimiter: string; lineTerminator: string; quoteChar: string; doubleQuote: boolean; header: boolean };
  schema?: TableSchema;
  sources: PackageSource[];
  licenses: PackageLicence[];
}

export interface DataPackage {
  profile: 'data-package';
  name: string;
  title: string;
  description: string;
  homepage: string;
  keywords: string[];
  contributors: { title: string; role: 'publisher' }[];
  resources: DataResource[];
}

/** What the package is built from: the validated data, and how a path becomes the public URL. */
export interface DataPackageInput {
  area: Area;
  campaign: Campaign;
  vintages: ReadonlyMap<string, VintageData>;
  /** The sources.json of a vintage. */
  sources: (vintage: string) => VintageSources;
  /** The boundary files shipped (routes.ts `boundaryPaths()`). */
  boundaries: readonly { params: { vintage: string; boundary: string }; props: { file: string } }[];
  /** Absolute URL of a site path (`absolute()` of src/config/site.ts, with the build's address). */
  absolute: (path: string) => string;
}

type CsvColumn = (typeof CSV_HEADER)[number];

const VINTAGE_PATTERN = '[0-9]{4}-(0[1-9]|1[0-2])';

/** What each CSV column holds; keyed by the header, so a new column cannot go undescribed. */
const CSV_FIELDS: Record<CsvColumn, Omit<TableField, 'name'>> = {
  month: {
    type: 'yearmonth',
    title: 'Tháng',
    description: 'Tháng của số liệu, viết YYYY-MM.',
    constraints: { required: true },
  },
  vintage: {
    type: 'string',
    title: 'Thời kỳ đơn vị hành chính',
    description:
      'Thời kỳ của danh mục đơn vị hành chính (YYYY-MM, tháng danh mục có hiệu lực). Mã đơn vị chỉ có nghĩa cùng thời kỳ: từ 01/07/2025 nhiều mã cũ được dùng lại cho đơn vị mới khác tên.',
    constraints: { required: true, pattern: VINTAGE_PATTERN },
  },
  code: {
    type: 'string',
    title: 'Mã đơn vị',
    description:
      'Mã đơn vị hành chính cấp xã (5 chữ số, danh mục của Tổng cục Thống kê) trong thời kỳ của cột vintage.',
    constraints: { required: true, pattern: '[0-9]{5}' },
  },
  commune: {
    type: 'string',
    title: 'Tên đơn vị',
    description: 'Tên xã, phường, thị trấn hoặc đặc khu, có tiền tố loại đơn vị.',
    constraints: { required: true },
  },
  district_code: {
    type: 'string',
    title: 'Mã huyện',
    description: 'Mã huyện, thành phố (3 chữ số); để trống từ thời kỳ 2025-07, khi không còn cấp huyện.',
    constraints: { pattern: '[0-9]{3}' },
  },
  district: {
    type: 'string',
    title: 'Huyện',
    description: 'Tên huyện, thành phố; để trống từ thời kỳ 2025-07.',
  },
  samples_mobile: {
    type: 'integer',
    title: 'Số mẫu đo di động',
    description:
      'Số mẫu đo tốc độ Internet di động bằng i-Speed trong tháng (đơn vị: số mẫu đo). Để trống nghĩa là chưa có số liệu, không phải 0.',
    constraints: { minimum: 0 },
  },
  target: {
    type: 'integer',
    title: 'Chỉ tiêu',
    description: 'Chỉ tiêu của đơn vị trong tháng (đơn vị: số mẫu đo).',
    constraints: { required: true, minimum: 1 },
  },
  share_of_target: {
    type: 'number',
    title: 'Tỷ lệ so với chỉ tiêu',
    description:
      'Số mẫu đo chia cho chỉ tiêu (1 nghĩa là đạt 100 %), 3 chữ số thập phân; để trống khi chưa có số liệu.',
    constraints: { minimum: 0 },
  },
  status: {
    type: 'string',
    title: 'Mức so với chỉ tiêu',
    description: `Mức so với chỉ tiêu: ${BANDS.map((b) => `${b.id} = ${b.label}`).join('; ')}.`,
    constraints: { required: true, enum: BANDS.map((b) => b.id) },
  },
  as_of: {
    type: 'date',
    title: 'Tính đến ngày',
    description: 'Ngày số liệu có giá trị (số liệu tính đến ngày này), viết YYYY-MM-DD.',
    constraints: { required: true },
  },
  source: {
    type: 'string',
    title: 'Nguồn',
    description: 'Nơi công bố số liệu của tháng.',
    constraints: { required: true },
  },
  illustrative: {
    type: 'boolean',
    title: 'Số liệu minh họa',
    description:
      'yes: số liệu minh họa do máy tạo ra, không phải số liệu chính thức; no: số liệu nhập từ tệp của cơ quan có thẩm quyền.',
    trueValues: ['yes'],
    falseValues: ['no'],
    constraints: { required: true },
  },
  population: {
    type: 'integer',
    title: 'Số dân',
    description:
      'Số dân của đơn vị theo nguồn số dân của thời kỳ (xem nguồn của tệp); để trống khi không có số dân đáng tin cậy (danh mục đơn vị cũ, hoặc số dân ở nguồn không hợp lý so với diện tích).',
    constraints: { minimum: 1 },
  },
  samples_per_1000: {
    type: 'number',
    title: 'Số mẫu đo trên 1.000 dân',
    description: 'Số mẫu đo chia cho số dân, nhân 1.000, 2 chữ số thập phân; để trống khi chưa có số liệu hoặc số dân.',
    constraints: { minimum: 0 },
  },
};

/** The speed columns a month's CSV may add; the unit is in the name, the title and the description. */
const SPEED_FIELDS: Record<SpeedCsvColumn, Omit<TableField, 'name'>> = {
  download_mbps: {
    type: 'number',
    title: 'Tốc độ tải xuống trung vị (Mbps)',
    description:
      'Tốc độ tải xuống trung vị của băng rộng di động trong tháng, theo tệp của tháng (đơn vị: Mbps, megabit/giây). Để trống nghĩa là không có số liệu.',
    constraints: { minimum: 0 },
  },
  upload_mbps: {
    type: 'number',
    title: 'Tốc độ tải lên trung vị (Mbps)',
    description:
      'Tốc độ tải lên trung vị của băng rộng di động trong tháng, theo tệp của tháng (đơn vị: Mbps, megabit/giây). Để trống nghĩa là không có số liệu.',
    constraints: { minimum: 0 },
  },
  latency_ms: {
    type: 'number',
    title: 'Độ trễ trung vị (ms)',
    description:
      'Độ trễ (ping) trung vị của băng rộng di động trong tháng, theo tệp của tháng (đơn vị: ms, mili giây). Để trống nghĩa là không có số liệu.',
    constraints: { minimum: 0 },
  },
};

/**
 * The Table Schema of a month's CSV without speeds: its header, in order; an empty cell is no
 * data. A month with speeds adds their fields (`csvSchema`).
 */
export const CSV_SCHEMA: TableSchema = {
  fields: CSV_HEADER.map((name) => ({ name, ...CSV_FIELDS[name] })),
  missingValues: [''],
  primaryKey: ['vintage', 'code'],
};

/** The Table Schema of one month's CSV: CSV_SCHEMA, then the fields of the month's speed columns. */
export function csvSchema(month: Month): TableSchema {
  const speeds = speedMeasuresOf(month).map((m) => SPEED_CSV_COLUMN[m]);
  if (speeds.length === 0) return CSV_SCHEMA;
  return { ...CSV_SCHEMA, fields: [...CSV_SCHEMA.fields, ...speeds.map((name) => ({ name, ...SPEED_FIELDS[name] }))] };
}

/** How csv-stringify writes the CSV (src/lib/render/csv-export.ts). */
const CSV_DIALECT = { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true };

/** Resource names: the file's own name, lower case, unique in the package. */
export const resourceName = {
  monthCsv: (month: string): string => `so-mau-${month}`,
  monthsWorkbook: (): string => 'so-mau-cac-thang',
  campaign: (): string => 'campaign',
  unitList: (vintage: string): string => `units-${vintage}`,
  boundary: (vintage: string, boundary: string): string => `${boundary}-${vintage}`,
};

/** A licence of area.json or sources.json as the package writes it. */
function packageLicence(licence: Licence): PackageLicence {
  return { name: licence.name, title: licence.title, path: licence.path };
}

/**
 * The distinct licences of some sources. A source without one becomes Open Definition's
 * `notspecified` with the reason, so the resource neither inherits nor implies a licence.
 */
export function licencesOf(sources: readonly Source[]): PackageLicence[] {
  const out = new Map<string, PackageLicence>();
  for (const s of sources) {
    const licence: PackageLicence =
      s.licence === 'unclear'
        ? { name: 'notspecified', title: s.note ? `Chưa rõ – ${s.note}` : 'Chưa rõ' }
        : packageLicence(s.licence);
    out.set(`${licence.name} ${licence.title}`, licence);
  }
  return [...out.values()];
}

/** The sources of some sources.json entries as the package writes them. */
function packageSources(sources: readonly Source[]): PackageSource[] {
  return sources.map((s) => (s.path ? { title: s.title, path: s.path } : { title: s.title }));
}

/** The notes of some sources, as one sentence list ('' when none). */
function notesOf(sources: readonly Source[]): string {
  const notes = [...new Set(sources.flatMap((s) => (s.note && s.licence !== 'unclear' ? [s.note] : [])))];
  return notes.length > 0 ? ` Ghi chú: ${notes.join(' ')}` : '';
}

/** What a geometry file of a vintage comes from; a file sources.json does not name gets an unclear licence. */
export function geoSources(sources: VintageSources, file: string): Source[] {
  return sources.geo[file] ?? [{ title: `Chưa ghi nguồn của tệp ${file}`, licence: 'unclear' }];
}

/** Vietnamese name of what a boundary file draws. */
function boundaryLabel(file: string): string {
  return file.startsWith('districts') ? 'huyện, thành phố' : 'xã';
}

/** Title of a vintage's boundary file, in the package and inside the file. */
export function boundaryTitle(vintage: string, file: string): string {
  return `Ranh giới ${boundaryLabel(file)}, thời kỳ ${vintage}`;
}

/**
 * A download's path as the package gives it: relative to datapackage.json, whose folder holds every
 * download, so that the folder read from disk (downloaded, or dist/) is the package as published.
 */
export function packagePath(path: string): string {
  if (!path.startsWith(dataPath())) throw new Error(`${path} is not under ${dataPath()}: the package cannot name it`);
  return path.slice(dataPath().length);
}

/** The distinct licences of several lists (the first of equal name and title kept). */
function distinct(licences: readonly PackageLicence[]): PackageLicence[] {
  return [...new Map(licences.map((l) => [`${l.name} ${l.title}`, l])).values()];
}

/**
 * What a month's table carries, each part with its own licence: the province's figures
 * (area.json), the unit names and codes (the vintage's unit list), the population column.
 */
function monthLicences(input: DataPackageInput, vintage: string): PackageLicence[] {
  const sources = input.sources(vintage);
  return distinct([
    packageLicence(input.area.dataLicence),
    ...licencesOf(sources.units),
    ...licencesOf(sources.population ?? []),
  ]);
}

/** Which columns each licence covers, as one sentence ("Giấy phép: …"). */
function licenceNote(input: DataPackageInput, vintage: string): string {
  const sources = input.sources(vintage);
  const titles = (list: readonly Source[]): string =>
    licencesOf(list)
      .map((l) => l.title)
      .join('; ');
  const units = `mã và tên đơn vị (code, commune, district_code, district): ${sources.units.map((s) => s.title).join('; ')} – ${titles(sources.units)}${notesOf(sources.units)}`;
  const population = sources.population ? `; số dân (population): ${titles(sources.population)}` : '';
  return ` Giấy phép theo phần dữ liệu: số mẫu và các cột của tỉnh – ${input.area.dataLicence.title}; ${units}${population}.`;
}

/** Where the CSV's population column comes from, under its source's licence ('' without one). */
function populationNote(sources: readonly Source[]): string {
  if (sources.length === 0) return ' Cột population để trống: thời kỳ này chưa có số dân đáng tin cậy.';
  const licences = licencesOf(sources)
    .map((l) => l.title)
    .join('; ');
  return ` Cột population (và samples_per_1000): ${sources.map((s) => s.title).join('; ')} – ${licences}.`;
}

/** A month's CSV. */
function monthResource(input: DataPackageInput, month: Month): DataResource {
  const units = input.vintages.get(month.vintage)?.units;
  const population = input.sources(month.vintage).population ?? [];
  const status = month.illustrative ? 'SỐ LIỆU MINH HỌA, không phải số liệu chính thức. ' : '';
  return {
    profile: 'tabular-data-resource',
    name: resourceName.monthCsv(month.month),
    title: `Số mẫu đo i-Speed theo xã, ${formatMonth(month.month)}`,
    description: `${status}Một dòng cho mỗi đơn vị cấp xã của thời kỳ ${month.vintage}; số liệu tính đến ${formatDate(month.asOf)}.${speedMeasuresOf(month).length > 0 ? ' Có thêm tốc độ trung vị theo tệp của tháng.' : ''} UTF-8 (không có BOM), cho phần mềm; mở bằng Excel hay LibreOffice thì dùng tệp so-mau-cac-thang.xlsx.${populationNote(population)}${licenceNote(input, month.vintage)}`,
    path: packagePath(monthCsvPath(month.month)),
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    dialect: CSV_DIALECT,
    schema: csvSchema(month),
    sources: [{ title: month.source }, ...(units ? [{ title: units.source }] : []), ...packageSources(population)],
    licenses: monthLicences(input, month.vintage),
  };
}

/** The workbook of every month (months-workbook.ts): for people, in Excel or LibreOffice. */
function workbookResource(input: DataPackageInput): DataResource {
  const vintages = [...new Set(input.campaign.months.map((m) => m.vintage))];
  return {
    name: resourceName.monthsWorkbook(),
    title: 'Số mẫu đo i-Speed theo xã, mọi tháng (Excel)',
    description:
      'Sổ tính Excel (.xlsx) mở bằng Excel hoặc LibreOffice, không cần chọn bảng mã: trang "Giới thiệu" ghi nguồn và giấy phép, rồi mỗi tháng một trang tính (mới nhất trước), cùng các cột với tệp CSV của tháng.' +
      vintages.map((v) => licenceNote(input, v).replace(' Giấy phép', ` Thời kỳ ${v} – giấy phép`)).join(''),
    path: packagePath(monthsWorkbookPath()),
    format: 'xlsx',
    mediatype: XLSX_MEDIATYPE,
    sources: [...new Set([...input.campaign.months.map((m) => m.source), input.area.owner])].map((title) => ({
      title,
    })),
    licenses: distinct([packageLicence(input.area.dataLicence), ...vintages.flatMap((v) => monthLicences(input, v))]),
  };
}

/** campaign.json: the area and every month as published. */
function campaignResource(input: DataPackageInput): DataResource {
  const { area, campaign } = input;
  return {
    name: resourceName.campaign(),
    title: 'Toàn bộ dữ liệu chiến dịch',
    description:
      'Khu vực, chỉ tiêu, mọi tháng (mỗi tháng ghi thời kỳ đơn vị hành chính, nguồn, ngày tính đến, số mẫu đo theo mã đơn vị và, nếu tệp của tháng có, tốc độ trung vị: speeds.mobile, downloadMbps và uploadMbps tính bằng Mbps, latencyMs tính bằng ms) và báo cáo của các đơn vị.',
    path: packagePath(campaignJsonPath()),
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    sources: [...new Set([...campaign.months.map((m) => m.source), `Báo cáo của các đơn vị gửi ${area.owner}`])].map(
      (title) => ({ title }),
    ),
    // The figures are the province's; the unit codes they are keyed on come with each vintage's list.
    licenses: distinct([
      packageLicence(area.dataLicence),
      ...[...new Set(campaign.months.map((m) => m.vintage))].flatMap((v) => licencesOf(input.sources(v).units)),
    ]),
  };
}

/** A vintage's unit list. */
function unitListResource(input: DataPackageInput, data: VintageData): DataResource {
  const sources = input.sources(data.vintage.id).units;
  return {
    name: resourceName.unitList(data.vintage.id),
    title: `Danh mục đơn vị hành chính cấp xã, thời kỳ ${data.vintage.id}`,
    description: `${data.units.units.length} đơn vị cấp xã (${data.vintage.label}).${notesOf(sources)}`,
    path: packagePath(unitListPath(data.vintage.id)),
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
    sources: packageSources(sources),
    licenses: licencesOf(sources),
  };
}

/** A boundary file of a vintage. */
function boundaryResource(input: DataPackageInput, vintage: string, boundary: string, file: string): DataResource {
  const sources = geoSources(input.sources(vintage), file);
  return {
    name: resourceName.boundary(vintage, boundary),
    title: boundaryTitle(vintage, file),
    description: `Ranh giới ${boundaryLabel(file)} (TopoJSON, kinh độ/vĩ độ WGS84).${notesOf(sources)}`,
    path: packagePath(boundaryPath(vintage, boundary)),
    format: 'topojson',
    mediatype: 'application/json',
    encoding: 'utf-8',
    sources: packageSources(sources),
    licenses: licencesOf(sources),
  };
}

/** The data package of the open-data page, newest month first as the page lists them. */
export function buildDataPackage(input: DataPackageInput): DataPackage {
  const { area, campaign, vintages } = input;
  return {
    profile: 'data-package',
    name: `ispeed-${slugOf(area.name)}`,
    title: `Số mẫu đo i-Speed theo xã – ${area.fullName}`,
    description:
      'Dữ liệu mở của chiến dịch đo tốc độ Internet di động bằng ứng dụng i-Speed: số mẫu đo theo xã từng tháng, danh mục đơn vị hành chính và ranh giới. Mỗi tệp ghi nguồn và giấy phép riêng. Mã đơn vị chỉ có nghĩa cùng thời kỳ (vintage).',
    homepage: input.absolute(dataPath()),
    keywords: ['i-Speed', 'số mẫu đo', 'tốc độ Internet di động', area.province.name],
    contributors: [{ title: area.owner, role: 'publisher' }],
    resources: [
      ...[...campaign.months].reverse().map((m) => monthResource(input, m)),
      workbookResource(input),
      campaignResource(input),
      ...[...vintages.values()].map((v) => unitListResource(input, v)),
      ...input.boundaries.map((b) => boundaryResource(input, b.params.vintage, b.params.boundary, b.props.file)),
    ],
  };
}

/** Source and licence carried inside a TopoJSON file (a foreign member, ignored by TopoJSON readers). */
export interface GeoMetadata {
  title: string;
  sources: PackageSource[];
  licenses: PackageLicence[];
}

/** The metadata of a geometry file drawn from `sources`. */
export function geoMetadata(title: string, sources: readonly Source[]): GeoMetadata {
  return { title, sources: packageSources(sources), licenses: licencesOf(sources) };
}

/**
 * The metadata of a vintage's map layout (ban-do.topojson), drawn from its boundary files `files`
 * (district outlines and/or commune polygons): it carries the sources and licences of all of them.
 */
export function mapMetadata(vintage: string, sources: VintageSources, files: readonly string[]): GeoMetadata {
  return geoMetadata(
    `Bố cục bản đồ (tọa độ phẳng), thời kỳ ${vintage}`,
    files.flatMap((f) => geoSources(sources, f)),
  );
}

/** A TopoJSON text with a top-level `metadata` member added; the geometry is left as it is. */
export function withGeoMetadata(topojson: string, metadata: GeoMetadata): string {
  return JSON.stringify({ ...(JSON.parse(topojson) as Record<string, unknown>), metadata });
}

/** The resource named `name` of a package; a download the package does not describe is a bug. */
export function resourceIn(pkg: DataPackage, name: string): DataResource {
  const found = pkg.resources.find((r) => r.name === name);
  if (!found) throw new Error(`datapackage.json has no resource ${name}: every download must be described`);
  return found;
}
