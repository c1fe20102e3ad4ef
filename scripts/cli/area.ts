/**
 * npm run area -- <province> — makes the data folder (data/ by default) of any of the 34 provinces
 * from the national reference pinned in reference/ (no ../shared, no network): area.json, an empty
 * campaign.json, the province's vintage (units, sources, simplified boundaries, island frames
 * chosen from its geometry) and an example file. A thin shell over src/lib/area/area-folder.ts:
 * resolve the province, refuse to delete real months unless told, write the folder atomically
 * (a new folder swapped in; a failed run leaves the old one as it was), print a summary.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { isEntry, TERMINAL } from './cli';
import { DataValidationError, parseOrThrow } from '../../src/lib/data/errors';
import { parseJson, readJsonFile } from '../../src/lib/data/json-file';
import { CampaignSchema } from '../../src/lib/data/schema/campaign';
import { isLang, say, type Lang } from '../../src/lib/text/messages';
import { addVintage, buildAreaFolder, type AreaFolder } from '../../src/lib/area/area-folder';
import { loadArea } from '../../src/lib/data/load';
import writeFileAtomic from 'write-file-atomic';
import { AREA } from '../../src/lib/area/messages';
import { resolveProvince } from '../../src/lib/area/province-query';
import {
  DEFAULT_REFERENCE,
  readNationalReference,
  type NationalReference,
  type ReferenceProvince,
} from '../../src/lib/geo/reference';

const writeFileAtomicSync = writeFileAtomic.sync;
import { mapFit } from './map-fit';

const USAGE: Record<Lang, string> = {
  vi: `Cách dùng: npm run area -- <tỉnh> [tùy chọn]

Dựng thư mục dữ liệu của một trong 34 tỉnh, thành phố từ dữ liệu tham chiếu quốc gia
(reference/vn-2025): area.json, campaign.json chưa có tháng nào, danh sách và ranh giới các xã,
phường, đặc khu, khung đảo xa, tệp mẫu. Không cần mạng, không cần ../shared.

<tỉnh>  mã tỉnh (ví dụ 91) hoặc tên, có dấu hay không dấu ("Lâm Đồng", "thanh pho hue");
        tên tỉnh trước 01/07/2025 (ví dụ "Bình Dương") được đổi sang tỉnh mới và lệnh báo rõ.

Tùy chọn:
  --dry-run               chỉ in ra sẽ ghi những tệp nào, không ghi gì
  --data THƯ_MỤC          thư mục dữ liệu cần ghi (mặc định data)
  --reference THƯ_MỤC     dữ liệu tham chiếu (mặc định ${DEFAULT_REFERENCE})
  --replace-real-months   cho phép xóa các tháng số liệu thật đang có trong thư mục (mặc định lệnh
                          từ chối và kể tên các tháng đó)
  --new-vintage           dữ liệu tham chiếu mới hơn, ranh giới đã đổi: thêm một thời kỳ mới cho
                          tỉnh của thư mục (như Kiên Giang có hai thời kỳ), giữ các tháng đã có
  --lang en               thông báo bằng tiếng Anh
  -h, --help              in hướng dẫn này

Ví dụ:
  npm run area -- 91
  npm run area -- "Lâm Đồng" --dry-run
  npm run area -- "binh duong"
  npm run area -- 68 --reference reference/vn-2027 --new-vintage`,
  en: `Usage: npm run area -- <province> [options]

Makes the data folder of one of the 34 provinces from the national reference (reference/vn-2025):
area.json, a campaign.json without months, the list and boundaries of its communes, wards and
special zones, frames for far islands, an example file. No network, no ../shared.

<province>  its code (e.g. 91) or name, with or without diacritics ("Lâm Đồng", "thanh pho hue");
            a province from before 1 July 2025 (e.g. "Bình Dương") maps to the one it joined.

Options:
  --dry-run               print the files it would write, write nothing
  --data DIR              the data folder to write (default data)
  --reference DIR         the national reference (default ${DEFAULT_REFERENCE})
  --replace-real-months   allow deleting the real months the folder holds (by default the command
                          refuses and names them)
  --new-vintage           a newer reference whose boundaries moved: add a vintage to the folder's
                          province (as Kiên Giang has two), keeping the months there
  --lang en               messages in English (default Vietnamese)
  -h, --help              show this help

Examples:
  npm run area -- 91
  npm run area -- "Lâm Đồng" --dry-run
  npm run area -- "binh duong"
  npm run area -- 68 --reference reference/vn-2027 --new-vintage`,
};

export interface AreaOptions {
  province: string;
  data: string;
  reference: string;
  dryRun: boolean;
  replaceRealMonths: boolean;
  /** Add a vintage from a newer reference instead of replacing the folder. */
  newVintage?: boolean;
  lang: Lang;
}

export interface AreaIo {
  out: (line: string) => void;
  err: (line: string) => void;
}

/** The months of the folder's campaign.json: real ones, and how many are illustrative. */
function monthsIn(data: string): { real: string[]; illustrative: number } | { unreadable: string } {
  const file = join(data, 'campaign.json');
  if (!existsSync(file)) return { real: [], illustrative: 0 };
  try {
    const parsed = CampaignSchema.safeParse(parseJson(readFileSync(file, 'utf8'), file));
    if (!parsed.success) return { unreadable: parsed.error.issues[0]?.message ?? 'invalid' };
    const months = parsed.data.months;
    return {
      real: months.filter((m) => !m.illustrative).map((m) => m.month),
      illustrative: months.length - months.filter((m) => !m.illustrative).length,
    };
  } catch (e) {
    return { unreadable: e instanceof DataValidationError ? e.lines.join('; ') : String(e) };
  }
}

/** What replacing the folder removes: entries the new folder does not have, and illustrative months. */
function removed(data: string, folder: AreaFolder, illustrative: number, lang: Lang): string[] {
  const writes = new Set(folder.files.map((f) => f.path));
  const gone: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(join(data, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if ([...writes].some((w) => w.startsWith(`${path}/`))) walk(path);
        else gone.push(`${path}/`);
      } else if (!writes.has(path)) gone.push(path);
    }
  };
  if (existsSync(data)) walk('');
  if (illustrative > 0) gone.push(say({ lang }, AREA.illustrativeMonths, illustrative));
  return gone;
}

/** Writes the folder next to `data`, then swaps it in: a failure leaves `data` as it was. */
function swapIn(data: string, folder: AreaFolder): void {
  const parent = dirname(resolve(data));
  mkdirSync(parent, { recursive: true });
  const fresh = mkdtempSync(join(parent, `.${basename(data)}-new-`));
  try {
    for (const file of folder.files) {
      mkdirSync(dirname(join(fresh, file.path)), { recursive: true });
      writeFileSync(join(fresh, file.path), file.content, 'utf8');
    }
    const old = existsSync(data) ? `${resolve(data)}.old-${process.pid}` : undefined;
    if (old) renameSync(data, old);
    try {
      renameSync(fresh, data);
    } catch (e) {
      if (old) renameSync(old, data);
      throw e;
    }
    if (old) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

/** The reference, or the message that says what is wrong with it. */
function reference(dir: string, lang: Lang): NationalReference | string {
  try {
    return readNationalReference(dir);
  } catch (e) {
    if (e instanceof DataValidationError) return say({ lang }, AREA.referenceInvalid, e.file, e.lines);
    const io = e as NodeJS.ErrnoException;
    if (io.code === 'ENOENT') return say({ lang }, AREA.referenceInvalid, io.path ?? dir, ['no such file']);
    throw e;
  }
}

/** The summary lines after a build (or a dry run). */
function summary(folder: AreaFolder, lang: Lang): string[] {
  const voice = { lang };
  const { units } = folder.vintage;
  const types = (['Xã', 'Phường', 'Thị trấn', 'Đặc khu'] as const)
    .map((t): [string, number] => [t, units.units.filter((u) => u.type === t).length])
    .filter(([, n]) => n > 0);
  const shown = units.units.filter((u) => u.population !== undefined).length;
  const renamed = units.units.filter((u) => u.formerNames).length + (folder.area.formerNames ? 1 : 0);
  const until = units.units.find((u) => u.formerNames)?.formerNames?.[0]?.until;
  return [
    say(voice, AREA.summary, folder.area.fullName, folder.area.province.code, units.units.length, types),
    say(voice, AREA.population, shown, units.units.length - shown),
    say(
      voice,
      AREA.insets,
      folder.vintage.insets.map((i) => i.label),
      folder.vintage.insetsChosen,
    ),
    ...(renamed > 0 && until ? [say(voice, AREA.renamed, renamed, nextDay(until))] : []),
  ];
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

/** `--new-vintage`: adds the newer reference's list to the folder's province as a new vintage. */
function newVintage(options: AreaOptions, ref: NationalReference, province: ReferenceProvince, io: AreaIo): number {
  const voice = { lang: options.lang };
  let site;
  try {
    // Read afresh (not loadSiteData's memo): this process may have written the folder before.
    const campaignFile = join(options.data, 'campaign.json');
    const campaign = parseOrThrow(CampaignSchema, readJsonFile(campaignFile), campaignFile);
    site = { area: loadArea(options.data), campaign };
  } catch (e) {
    io.err(
      say(voice, AREA.unreadableData, options.data, e instanceof DataValidationError ? e.lines.join('; ') : String(e)),
    );
    return 1;
  }
  const added = addVintage({ area: site.area, months: site.campaign.months }, ref, province, {
    build: { layoutFit: mapFit(province.units) },
  });
  if ('kind' in added) {
    if (added.kind === 'notNewer') io.err(say(voice, AREA.notNewer, added.last, added.listDate));
    else if (added.kind === 'otherProvince') io.err(say(voice, AREA.otherProvince, added.area, added.province));
    else io.err(say(voice, AREA.monthsOnOldUnits, added.months, ref.manifest.listDate));
    return 1;
  }
  const [previous, fresh] = added.area.vintages.slice(-2);
  if (options.dryRun) {
    io.out(say(voice, AREA.dryRun, options.data));
    for (const f of added.files) io.out(`  ${f.path}`);
    return 0;
  }
  // The new vintage's files first; area.json, which makes the site read them, last and atomically.
  for (const f of added.files) {
    mkdirSync(dirname(join(options.data, f.path)), { recursive: true });
    writeFileAtomicSync(join(options.data, f.path), f.content, 'utf8');
  }
  io.out(
    say(voice, AREA.addedVintage, fresh?.id ?? '', fresh?.validFrom ?? '', previous?.id ?? '', previous?.validTo ?? ''),
  );
  for (const line of summary({ area: added.area, vintage: added.vintage, files: added.files }, options.lang))
    io.out(line);
  return 0;
}

/** Runs the command; returns the exit code (0 done, 1 refused or failed, 2 bad command line). */
export function runArea(options: AreaOptions, io: AreaIo = TERMINAL): number {
  const { lang } = options;
  const voice = { lang };
  const ref = reference(options.reference, lang);
  if (typeof ref === 'string') {
    io.err(ref);
    return 1;
  }
  const query = resolveProvince(options.province, ref.provinces, ref.formerProvinces);
  if (query.kind === 'unknown') {
    io.err(say(voice, AREA.unknown, options.province, query.suggestions));
    return 2;
  }
  if (query.kind === 'ambiguous') {
    io.err(say(voice, AREA.ambiguous, options.province, query.candidates));
    return 2;
  }
  const { province, former } = query;
  if (former) io.out(say(voice, AREA.former, options.province, former.fullName, province.fullName, province.code));
  if (options.newVintage) return newVintage(options, ref, province, io);
  const months = monthsIn(options.data);
  if ('unreadable' in months && !options.replaceRealMonths) {
    io.err(say(voice, AREA.unreadableData, join(options.data, 'campaign.json'), months.unreadable));
    return 1;
  }
  const real = 'real' in months ? months.real : [];
  if (real.length > 0 && !options.replaceRealMonths) {
    io.err(say(voice, AREA.realMonths, join(options.data, 'campaign.json'), real));
    return 1;
  }
  const folder = buildAreaFolder(ref, province, { build: { layoutFit: mapFit(province.units) } });
  const gone = removed(options.data, folder, 'illustrative' in months ? months.illustrative : 0, lang);
  if (gone.length > 0) io.out(say(voice, AREA.replacing, options.data, gone));
  if (options.dryRun) {
    io.out(say(voice, AREA.dryRun, options.data));
    for (const f of folder.files) {
      const gz = gzipSync(f.content).length;
      io.out(
        `  ${f.path.padEnd(40)} ${(Buffer.byteLength(f.content) / 1024).toFixed(1).padStart(7)} KB (gzip ${(gz / 1024).toFixed(1)} KB)`,
      );
    }
  } else {
    swapIn(options.data, folder);
    io.out(say(voice, AREA.wrote, options.data, folder.files.length));
  }
  for (const line of summary(folder, lang)) io.out(line);
  if (!options.dryRun) io.out(say(voice, AREA.next, options.data));
  return 0;
}

/** The language asked for, read before the options are checked (so a bad option is told in it). */
const requestedLang = (argv: readonly string[]): Lang => {
  const i = argv.indexOf('--lang');
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'en' ? 'en' : 'vi';
};

/** Runs the command with `argv` (without "node script"); returns the exit code. */
export function main(argv: readonly string[], io: AreaIo = TERMINAL): number {
  const fallback = requestedLang(argv);
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        data: { type: 'string', default: 'data' },
        reference: { type: 'string', default: DEFAULT_REFERENCE },
        'dry-run': { type: 'boolean', default: false },
        'replace-real-months': { type: 'boolean', default: false },
        'new-vintage': { type: 'boolean', default: false },
        lang: { type: 'string', default: 'vi' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n\n${USAGE[fallback]}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (!isLang(values.lang)) {
    io.err(`--lang: vi | en\n\n${USAGE[fallback]}`);
    return 2;
  }
  if (values.help) {
    io.out(USAGE[values.lang]);
    return 0;
  }
  const [province] = positionals;
  if (positionals.length !== 1 || province === undefined) {
    io.err(USAGE[values.lang]);
    return 2;
  }
  return runArea(
    {
      province,
      data: values.data,
      reference: values.reference,
      dryRun: values['dry-run'],
      replaceRealMonths: values['replace-real-months'],
      newVintage: values['new-vintage'],
      lang: values.lang,
    },
    io,
  );
}

if (isEntry(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
