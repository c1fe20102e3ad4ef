/**
 * Messages of matching a row to a unit of its month's list: districts, communes by code or by
 * name, names written without diacritics, and what an official who writes a name or code of the
 * other boundary vintage should write instead. Two of them are locked wordings (tests hold their
 * meaning): an old name names the unit it became, and a code and a name that disagree are named.
 */
import { formatDate, formatMonth } from '../../text/format';
import { list, message } from '../../text/messages';
import { CLI_CONTROLS, type Controls } from './voice';

const fm = formatMonth;
const fd = formatDate;
const quoted = (items: readonly string[]): string[] => items.map((i) => `"${i}"`);

export const NAMES = {
  districtAmbiguous: message({
    vi: (text: string, names: readonly string[], closest: readonly string[]) => ({
      problem: `tên huyện "${text}" trùng với ${list('vi', names)}`,
      todo: `sửa lại tên huyện (tên gần đúng: ${closest.join(', ')}).`,
    }),
    en: (text, names, closest) => ({
      problem: `district "${text}" matches ${names.join(' and ')}`,
      todo: `correct the district name (closest: ${closest.join(', ')})`,
    }),
    example: ['Châu Thành', ['Huyện Châu Thành', 'Huyện Châu Thành A'], ['Huyện Châu Thành (903)']],
  }),
  districtUnknown: message({
    vi: (text: string, closest: readonly string[]) => ({
      problem: `không tìm thấy huyện "${text}"`,
      todo: `sửa lại tên huyện (tên gần đúng: ${closest.join(', ')}).`,
    }),
    en: (text, closest) => ({
      problem: `unknown district "${text}"`,
      todo: `correct the district name (closest: ${closest.join(', ')})`,
    }),
    example: ['Huyện Rạch Sỏi', ['Thành phố Rạch Giá (899)']],
  }),
  noUnit: message({
    vi: () => ({
      problem: 'có số mẫu nhưng không ghi tên xã hay mã xã',
      todo: 'ghi tên xã (hoặc mã xã), hoặc xoá dòng này.',
    }),
    en: () => ({
      problem: 'a count without a commune name or code',
      todo: 'write the commune name (or its code), or delete the row',
    }),
    example: [],
  }),
  codeInOtherDistrict: message({
    vi: (unit: string, district: string, written: string) => ({
      problem: `${unit} thuộc ${district}, không thuộc ${written}`,
      todo: 'đã nhập theo mã; kiểm tra lại mã và tên huyện.',
    }),
    en: (unit, district, written) => ({
      problem: `${unit} is in ${district}, not in ${written}`,
      todo: 'imported by the code; check the code and the district',
    }),
    example: ['Phường Vĩnh Thanh (0733)', 'Thành phố Rạch Giá', 'Thành phố Hà Tiên'],
  }),
  unknownCode: message({
    vi: (code: string, month: string | undefined, todo: string) => ({
      problem: `không tìm thấy mã xã "${code}"${month ? ` trong danh sách đơn vị của ${fm(month)}` : ''}`,
      todo,
    }),
    en: (code, month, todo) => ({ problem: `unknown commune code "${code}"${month ? ` for ${month}` : ''}`, todo }),
    example: ['0999', undefined, '0742'],
  }),
  codeIsName: message({
    vi: (name: string, unit: string) => `sửa lại mã: "${name}" là ${unit}.`,
    en: (name, unit) => `correct the code: "${name}" is ${unit}`,
    example: ['Phường Vĩnh Thanh Vân', 'Phường Vĩnh Thanh Vân (0742)'],
  }),
  codeNotInList: message({
    vi: (vintage: string, c: Controls) =>
      `sửa lại mã: mã phải là một mã ĐVHC 5 chữ số trong danh sách đơn vị áp dụng từ ${vintage} (${c.unitList.replace('{vintage}', vintage)}).`,
    en: (vintage, c) =>
      `correct the code: it must be one of the 5-digit GSO codes of vintage ${vintage} (${c.unitList.replace('{vintage}', vintage)})`,
    example: ['2025-01', CLI_CONTROLS],
  }),
  /** Locked wording: a code and a name that name two different units of the month's list. */
  codeNameDisagree: message({
    vi: (code: string, unit: string, month: string, name: string, todo: string) => ({
      problem: `mã ${code} trong ${fm(month)} là ${unit}, không phải "${name}"`,
      todo,
    }),
    en: (code, unit, month, name, todo) => ({ problem: `code ${code} is ${unit} in ${month}, not "${name}"`, todo }),
    example: ['1012', 'Xã Vĩnh Hòa', '2025-09', 'Xã Thạnh Yên', '1012'],
  }),
  nameIsOther: message({
    vi: (name: string, other: string) => `"${name}" là ${other}: sửa lại mã hoặc tên cho đúng.`,
    en: (name, other) => `"${name}" is ${other}: correct the code or the name`,
    example: ['Tô Châu', 'Phường Tô Châu (0766)'],
  }),
  correctCodeOrName: message({
    vi: () => 'sửa lại mã hoặc tên cho đúng.',
    en: () => 'correct the code or the name',
    example: [],
  }),
  typeMismatch: message({
    vi: (name: string, type: string, unit: string) => ({
      problem: `"${name}" ghi là ${type} nhưng danh sách đơn vị có ${unit}`,
      todo: 'đã nhập vào đơn vị đó; nếu ghi sai loại đơn vị (xã, phường, thị trấn) thì sửa lại trong tệp.',
    }),
    en: (name, type, unit) => ({
      problem: `"${name}" is written as a ${type} but the unit list has ${unit}`,
      todo: 'imported as that commune; correct the type in the file if it is wrong',
    }),
    example: ['Phường Bình Sơn', 'Phường', 'Xã Bình Sơn (0823)'],
  }),
  foldedAccepted: message({
    vi: (written: string, unit: string) => ({
      problem: `"${written}" được hiểu là ${unit} (viết không dấu)`,
      todo: 'nên sửa tên trong tệp cho đúng.',
    }),
    en: (written, unit) => ({
      problem: `"${written}" is read as ${unit} (written without diacritics)`,
      todo: 'correct the name in the file',
    }),
    example: ['vinh hoa hung', 'Xã Vĩnh Hòa Hưng'],
  }),
  foldedAmbiguous: message({
    vi: (written: string, candidates: readonly string[], severalDistricts: boolean) => ({
      problem: `"${written}" viết không dấu nên có thể là ${candidates.length} đơn vị: ${list('vi', candidates, 'or')}`,
      todo: `viết tên có dấu cho đúng${severalDistricts ? ', thêm cột "Huyện"' : ''} hoặc ghi mã trong cột "Mã ĐVHC"; không nhập theo tên đoán.`,
    }),
    en: (written, candidates, severalDistricts) => ({
      problem: `"${written}" is written without diacritics and can be ${candidates.length} units: ${list('en', candidates, 'or')}`,
      todo: `write the name with its diacritics${severalDistricts ? ', add a "Huyện" column' : ''} or give the code in a "Mã ĐVHC" column; a guessed name is never imported`,
    }),
    example: ['Vinh Thanh', ['Phường Vĩnh Thanh (0733)', 'Xã Vĩnh Thạnh (0946)'], true],
  }),
  notInDistrict: message({
    vi: (name: string, district: string, elsewhere: readonly string[]) => ({
      problem: `"${name}" không thuộc ${district}; danh sách đơn vị có ${list('vi', elsewhere)}`,
      todo: 'sửa lại tên huyện hoặc tên xã.',
    }),
    en: (name, district, elsewhere) => ({
      problem: `"${name}" is not in ${district}; the unit list has ${list('en', elsewhere)}`,
      todo: 'correct the district or the commune name',
    }),
    example: ['Bình An', 'Huyện Gò Quao', ['Xã Bình An (0808, Huyện Kiên Lương)']],
  }),
  /** Locked wording (with `merged`): a name of the other vintage, and what to write instead. */
  unknownForMonth: message({
    vi: (name: string, month: string, todo: string) => ({
      problem: `không tìm thấy "${name}" trong danh sách đơn vị của ${fm(month)}`,
      todo,
    }),
    en: (name, month, todo) => ({ problem: `unknown commune "${name}" for ${month}`, todo }),
    example: ['Xã Thạnh Yên', '2025-09', '"Xã Vĩnh Hòa"'],
  }),
  unknown: message({
    vi: (name: string, district: string | undefined, closest: readonly string[], codeTip: boolean) => ({
      problem: `không tìm thấy xã "${name}"${district ? ` ở ${district}` : ''}`,
      todo: `sửa lại tên (tên gần đúng: ${closest.join(', ')})${codeTip ? ', hoặc ghi mã vào cột "Mã ĐVHC"' : ''}.`,
    }),
    en: (name, district, closest, codeTip) => ({
      problem: `unknown commune "${name}"${district ? ` in ${district}` : ''}`,
      todo: `correct the name (closest: ${closest.join(', ')})${codeTip ? ' or give the code in a "Mã ĐVHC" column' : ''}`,
    }),
    example: ['Xã Bình Anh', 'Huyện Kiên Lương', ['Xã Bình An (0808, Huyện Kiên Lương)'], false],
  }),
  ambiguous: message({
    vi: (name: string, candidates: readonly string[], sameDistrict: boolean, names: readonly string[]) => ({
      problem: `"${name}" là tên của ${candidates.length} đơn vị: ${list('vi', candidates)}`,
      todo: sameDistrict
        ? `ghi rõ loại đơn vị trước tên (${list('vi', quoted(names), 'or')}), hoặc ghi mã vào cột "Mã ĐVHC".`
        : 'thêm cột "Huyện" ghi tên huyện, hoặc ghi mã vào cột "Mã ĐVHC".',
    }),
    en: (name, candidates, sameDistrict, names) => ({
      problem: `"${name}" is the name of ${candidates.length} communes: ${list('en', candidates)}`,
      todo: sameDistrict
        ? `write the type before the name (${list('en', quoted(names))}) or give the code in a "Mã ĐVHC" column`
        : `add a "Huyện" column with the district, or give the code in a "Mã ĐVHC" column`,
    }),
    example: [
      'Bình An',
      ['Xã Bình An (0808, Huyện Kiên Lương)', 'Xã Bình An (0898, Huyện Châu Thành)'],
      false,
      ['Xã Bình An'],
    ],
  }),
  /**
   * Locked wording: old names and the units they were merged into (`to` undefined: abolished),
   * since a date, and the names to write.
   */
  merged: message({
    vi: (parts: ReadonlyArray<{ from: string; to?: string | undefined }>, since: string, write: readonly string[]) => {
      const done = parts.map((p) => (p.to ? `${p.from} đã sáp nhập vào ${p.to}` : `${p.from} đã bị giải thể`));
      const choose = write.length > 1 ? ' (ghi mã để chọn đúng đơn vị)' : '';
      const then = write.length > 0 ? `; hãy ghi ${list('vi', quoted(write), 'or')}` : '';
      return `${list('vi', done)} từ ngày ${since}${choose}${then}.`;
    },
    en: (parts, since, write) => {
      const done = parts.map((p) => (p.to ? `${p.from} was merged into ${p.to}` : `${p.from} was abolished`));
      const choose = write.length > 1 ? ' (give the code to choose)' : '';
      const then = write.length > 0 ? `; write ${list('en', quoted(write))}` : '';
      return `${list('en', done)} on ${since}${choose}${then}`;
    },
    example: [[{ from: 'Xã Thạnh Yên', to: 'Xã Vĩnh Hòa (1012)' }], '01/07/2025', ['Xã Vĩnh Hòa']],
  }),
  notYet: message({
    vi: (units: readonly string[], since: string, month: string, then: readonly string[]) =>
      `${list('vi', units)} chỉ có từ ngày ${since}` +
      (then.length > 0 ? `; với ${fm(month)} hãy ghi tên xã lúc đó: ${list('vi', then, 'or')}.` : '.'),
    en: (units, since, month, then) =>
      `${list('en', units)} only exists from ${since}` +
      (then.length > 0 ? `; for ${month} write the commune it was then: ${list('en', then, 'or')}` : ''),
    example: [['Xã Vĩnh Hòa Hưng (0970)'], '01/07/2025', '2025-03', ['Xã Vĩnh Hòa Hưng Bắc (0955, Huyện Gò Quao)']],
  }),
  otherList: message({
    vi: (
      month: string,
      file: { units: number; kinds: string; newer: boolean; since: string },
      own: { units: number; kinds: string; since: string },
      rows: { matching: number; all: number; own: number },
    ) => ({
      problem: `tệp này theo danh sách ${file.units} ${file.kinds} ${file.newer ? `mới (từ ${file.since})` : `cũ (trước ${own.since})`}: ${rows.matching} trên ${rows.all} dòng khớp danh sách đó, chỉ ${rows.own} dòng khớp danh sách ${own.units} ${own.kinds} của ${fm(month)}`,
      todo: `tải lại tệp ${fm(month)} theo danh sách ${own.units} ${own.kinds} ${file.newer ? 'cũ' : 'mới'} từ cổng VNNIC; không sửa mã hay tên từng dòng, không gộp các dòng: số mẫu của mỗi đơn vị phải là số VNNIC tính cho đơn vị đó.`,
    }),
    en: (month, file, own, rows) => ({
      problem: `this file follows the ${file.newer ? 'newer' : 'older'} list of ${file.units} units (${file.newer ? `from ${file.since}` : `before ${own.since}`}): ${rows.matching} of ${rows.all} rows match it, only ${rows.own} match the list of ${own.units} units of ${month}`,
      todo: `export the ${month} file again from the VNNIC portal on the list of ${own.units} units; do not rewrite codes or names row by row, nor merge rows: each unit's count must be VNNIC's count for that unit`,
    }),
    example: [
      '2025-09',
      { units: 143, kinds: 'xã, phường, thị trấn', newer: false, since: '01/01/2025' },
      { units: 48, kinds: 'xã, phường, đặc khu', since: '01/07/2025' },
      { matching: 143, all: 143, own: 12 },
    ],
  }),
  oldCode: message({
    vi: (code: string, old: string, to: string, since: string, toCode: string) =>
      `mã ${code} trước đây là ${old}, đã sáp nhập vào ${to} từ ngày ${since}; hãy ghi mã ${toCode}.`,
    en: (code, old, to, since, toCode) => `${code} was ${old}, merged into ${to} on ${since}; write ${toCode}`,
    example: ['0955', 'Xã Vĩnh Hòa Hưng Bắc', 'Xã Vĩnh Hòa Hưng (0970)', '01/07/2025', '0970'],
  }),
};

/** The reports sheet: who reports, and the report date. */
export const REPORTS = {
  unitColumn: message({
    vi: () => '"Huyện" (hoặc "Xã/Phường/Đặc khu")',
    en: () => '"Huyện" (or "Xã/Phường/Đặc khu")',
    example: [],
  }),
  headerMissing: message({
    vi: (cells: string, missing: readonly string[], c: Controls) => ({
      problem: `dòng tiêu đề cột của báo cáo (${cells}) thiếu cột ${missing.join(', ')}`,
      todo: `dùng các tiêu đề cột Huyện (từ tháng 7/2025: Xã/Phường/Đặc khu), Ngày báo cáo, Giải pháp, Khó khăn, vướng mắc (xem ${c.reportsExample}).`,
    }),
    en: (cells, missing, c) => ({
      problem: `the report header row (${cells}) has no ${missing.join(', ')} column`,
      todo: `use the headers Huyện (from 07/2025: Xã/Phường/Đặc khu), Ngày báo cáo, Giải pháp, Khó khăn, vướng mắc (see ${c.reportsExample})`,
    }),
    example: ['Huyện, Giải pháp', ['"Ngày báo cáo"'], CLI_CONTROLS],
  }),
  none: message({
    vi: () => ({
      problem: 'dưới dòng tiêu đề cột không có báo cáo nào',
      todo: 'kiểm tra xem đã chọn đúng tệp và đúng trang tính chưa.',
    }),
    en: () => ({ problem: 'no reports under the header', todo: 'check that this is the right file and sheet' }),
    example: [],
  }),
  noDistrict: message({
    vi: () => ({ problem: 'báo cáo không ghi huyện', todo: 'ghi tên huyện gửi báo cáo (cột "Huyện").' }),
    en: () => ({ problem: 'a report without a district', todo: 'write the district (Huyện) of the report' }),
    example: [],
  }),
  perCommune: message({
    vi: (since: string, month: string) => ({
      problem: `từ ngày ${since} (${fm(month)}) báo cáo được gửi theo từng xã, không theo huyện`,
      todo: 'đặt tiêu đề cột là "Xã/Phường/Đặc khu" và ghi mỗi xã một dòng báo cáo.',
    }),
    en: (since, month) => ({
      problem: `from ${since} (${month}) reports are made per commune, not per district`,
      todo: 'head the column "Xã/Phường/Đặc khu" and write one report per commune',
    }),
    example: ['01/07/2025', '2025-07'],
  }),
  noCommune: message({
    vi: () => ({ problem: 'báo cáo không ghi xã', todo: 'ghi tên xã, phường hoặc đặc khu gửi báo cáo.' }),
    en: () => ({ problem: 'a report without a commune', todo: 'write the commune (Xã/Phường/Đặc khu) of the report' }),
    example: [],
  }),
  noDate: message({
    vi: () => ({ problem: 'chưa ghi ngày báo cáo', todo: 'ghi ngày nhận báo cáo theo dạng DD/MM/YYYY.' }),
    en: () => ({ problem: 'no report date', todo: 'write the date the report was received, as DD/MM/YYYY' }),
    example: [],
  }),
  dateInvalid: message({
    vi: (text: string) => ({
      problem: `"${text}" không phải là một ngày`,
      todo: 'ghi ngày theo dạng DD/MM/YYYY, ví dụ 10/04/2025.',
    }),
    en: (text) => ({ problem: `"${text}" is not a date`, todo: 'write the date as DD/MM/YYYY, e.g. 10/04/2025' }),
    example: ['31/04/2025'],
  }),
  dateFuture: message({
    vi: (date: string, today: string) => ({
      problem: `ngày báo cáo ${fd(date)} là ngày trong tương lai (hôm nay là ${fd(today)})`,
      todo: 'sửa lại ngày báo cáo.',
    }),
    en: (date, today) => ({
      problem: `report date ${date} is in the future (today is ${today})`,
      todo: 'correct the date',
    }),
    example: ['2099-04-10', '2025-04-15'],
  }),
  dateEarly: message({
    vi: (date: string, month: string) => ({
      problem: `ngày báo cáo ${fd(date)} còn trước cả tháng được báo cáo (${fm(month)})`,
      todo: 'kiểm tra lại ngày và tháng.',
    }),
    en: (date, month) => ({
      problem: `report date ${date} is before the month it reports on (${month})`,
      todo: 'check the date and the month',
    }),
    example: ['2025-02-27', '2025-03'],
  }),
  twice: message({
    vi: (name: string, month: string, first: number, row: number) => ({
      problem: `${name} có hai báo cáo trong ${fm(month)}: dòng ${first} và dòng ${row}`,
      todo: 'mỗi đơn vị chỉ giữ một báo cáo mỗi tháng (gộp nội dung hai dòng vào một dòng).',
    }),
    en: (name, month, first, row) => ({
      problem: `${name} has two reports for ${month}: rows ${first} and ${row}`,
      todo: 'keep one report per unit and month (merge the two texts into one row)',
    }),
    example: ['Thành phố Rạch Giá', '2025-03', 3, 4],
  }),
};
