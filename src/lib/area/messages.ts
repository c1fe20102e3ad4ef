/**
 * What `npm run area` says: Vietnamese by default (the province's IT staff run it), English with
 * `--lang en`. One entry per message, both languages, with sample arguments for the tests.
 */
import { formatDate, formatMonth, formatNumber } from '../text/format';
import { list, message, plural } from '../text/messages';
import type { Candidate } from './province-query';

/** "Tỉnh Lâm Đồng (68)", or "Tỉnh Lâm Đồng (68), qua tên cũ Tỉnh Bình Thuận". */
function candidateVi(c: Candidate): string {
  const via = c.former ? `, nay gồm cả ${c.former.fullName} cũ` : '';
  return `${c.province.fullName} (${c.province.code}${via})`;
}
function candidateEn(c: Candidate): string {
  const via = c.former ? `, which took in the former ${c.former.fullName}` : '';
  return `${c.province.fullName} (${c.province.code}${via})`;
}

/** Flags the messages name. */
export const AREA_FLAGS = {
  replace: '--replace-real-months',
  dryRun: '--dry-run',
  newVintage: '--new-vintage',
} as const;

export const AREA = {
  unknown: message({
    vi: (query: string, suggestions: Candidate[]) =>
      `Không tìm thấy tỉnh, thành phố “${query}”.${suggestions.length > 0 ? ` Có phải: ${list('vi', suggestions.map(candidateVi), 'or')}?` : ''} Gõ mã tỉnh (ví dụ 91) hoặc tên (ví dụ "Lâm Đồng", có dấu hay không dấu đều được).`,
    en: (query, suggestions) =>
      `No province "${query}".${suggestions.length > 0 ? ` Did you mean ${list('en', suggestions.map(candidateEn), 'or')}?` : ''} Type the province code (e.g. 91) or its name (e.g. "Lâm Đồng", with or without diacritics).`,
    example: ['Lam Dng', []],
  }),
  ambiguous: message({
    vi: (query: string, candidates: Candidate[]) =>
      `“${query}” có thể là: ${list('vi', candidates.map(candidateVi), 'or')}. Gõ đầy đủ tên hoặc mã tỉnh.`,
    en: (query, candidates) =>
      `"${query}" can be ${list('en', candidates.map(candidateEn), 'or')}. Type the whole name or the code.`,
    example: ['giang', []],
  }),
  former: message({
    vi: (query: string, former: string, province: string, code: string) =>
      `“${query}” là ${former}, đơn vị hành chính trước ngày 01/07/2025; từ ngày đó thuộc ${province} (${code}). Trang được dựng cho ${province}.`,
    en: (query, former, province, code) =>
      `"${query}" is ${former}, a province before 1 July 2025; since then it is part of ${province} (${code}). Making the site of ${province}.`,
    example: ['Bình Dương', 'Tỉnh Bình Dương', 'Thành phố Hồ Chí Minh', '79'],
  }),
  realMonths: message({
    vi: (data: string, months: string[]) =>
      `${data} có ${formatNumber(months.length)} tháng số liệu thật (${list('vi', months.map(formatMonth))}); lệnh này sẽ xóa chúng. Chưa ghi gì. Nếu thật sự muốn thay bằng tỉnh khác, chạy lại với ${AREA_FLAGS.replace} (các tháng cũ vẫn còn trong lịch sử git).`,
    en: (data, months) =>
      `${data} holds ${plural(months.length, 'month')} of real figures (${list('en', months)}); this command would delete ${months.length === 1 ? 'it' : 'them'}. Nothing written. To replace them with another province deliberately, run again with ${AREA_FLAGS.replace} (the old months stay in the git history).`,
    example: ['data/campaign.json', ['2025-09', '2025-10']],
  }),
  unreadableData: message({
    vi: (file: string, detail: string) =>
      `Không đọc được ${file} (${detail}), nên không biết trong đó có số liệu thật hay không. Chưa ghi gì. Sửa tệp, hoặc chạy lại với ${AREA_FLAGS.replace} nếu muốn thay cả thư mục.`,
    en: (file, detail) =>
      `Cannot read ${file} (${detail}), so whether it holds real figures is unknown. Nothing written. Fix the file, or run again with ${AREA_FLAGS.replace} to replace the whole folder.`,
    example: ['data/campaign.json', 'line 3, column 1: not valid JSON'],
  }),
  referenceInvalid: message({
    vi: (file: string, lines: string[]) =>
      `Dữ liệu tham chiếu quốc gia bị lỗi ở ${file}: ${lines.join('; ')}. Chưa ghi gì.`,
    en: (file, lines) => `The national reference is broken in ${file}: ${lines.join('; ')}. Nothing written.`,
    example: ['reference/vn-2025/units.csv', ['sha256 differs']],
  }),
  replacing: message({
    vi: (data: string, what: string[]) => `Sẽ thay toàn bộ ${data}/; bỏ đi: ${list('vi', what)}.`,
    en: (data, what) => `Replaces the whole of ${data}/; removes ${list('en', what)}.`,
    example: ['data', ['vintages/2025-01/', '3 tháng số liệu minh họa']],
  }),
  illustrativeMonths: message({
    vi: (n: number) => `${formatNumber(n)} tháng số liệu minh họa`,
    en: (n) => `${plural(n, 'month')} of illustrative figures`,
    example: [24],
  }),
  dryRun: message({
    vi: (data: string) => `Chạy thử (${AREA_FLAGS.dryRun}): sẽ ghi các tệp sau vào ${data}/, chưa ghi gì:`,
    en: (data) => `Dry run (${AREA_FLAGS.dryRun}): would write these files to ${data}/, nothing written:`,
    example: ['data'],
  }),
  wrote: message({
    vi: (data: string, n: number) => `Đã ghi ${formatNumber(n)} tệp vào ${data}/.`,
    en: (data, n) => `Wrote ${plural(n, 'file')} to ${data}/.`,
    example: ['data', 8],
  }),
  summary: message({
    vi: (province: string, code: string, units: number, types: [string, number][]) =>
      `${province} (${code}): ${formatNumber(units)} đơn vị cấp xã (${types.map(([t, n]) => `${formatNumber(n)} ${t.toLocaleLowerCase('vi')}`).join(', ')}), đủ như danh mục tham chiếu.`,
    en: (province, code, units, types) =>
      `${province} (${code}): ${units} commune-level units (${types.map(([t, n]) => `${n} ${t}`).join(', ')}), as many as the reference lists.`,
    example: [
      'Tỉnh An Giang',
      '91',
      102,
      [
        ['Xã', 85],
        ['Phường', 14],
        ['Đặc khu', 3],
      ],
    ],
  }),
  population: message({
    vi: (shown: number, withheld: number) =>
      `Số dân: ${formatNumber(shown)} đơn vị có số liệu tham khảo; ${formatNumber(withheld)} đơn vị ghi “—” (nguồn đánh dấu nghi vấn hoặc không có số, lý do ghi kèm).`,
    en: (shown, withheld) =>
      `Population: shown for ${shown} units (for reference); withheld for ${withheld} ("—" with the reason: flagged as doubtful by the source, or missing).`,
    example: [93, 9],
  }),
  insets: message({
    vi: (labels: string[], chosen: boolean) =>
      labels.length === 0
        ? 'Khung đảo: không cần (mọi phần lãnh thổ vẽ đúng vị trí).'
        : `Khung đảo ${chosen ? '(chọn theo hình học)' : '(theo geo-inputs.json)'}: ${labels.join('; ')}.`,
    en: (labels, chosen) =>
      labels.length === 0
        ? 'Island frames: none needed (every part drawn in place).'
        : `Island frames ${chosen ? '(chosen from the geometry)' : '(from geo-inputs.json)'}: ${labels.join('; ')}.`,
    example: [['Đặc khu Thổ Châu – phóng to, không theo tỷ lệ và vị trí thực'], true],
  }),
  renamed: message({
    vi: (n: number, date: string) =>
      `${formatNumber(n)} tên đổi từ ngày ${formatDate(date)} (cùng mã, cùng ranh giới): các tháng trước đó hiển thị tên cũ.`,
    en: (n, date) =>
      `${plural(n, 'name')} changed on ${date} (same codes and boundaries): earlier months show the former names.`,
    example: [11, '2026-04-30'],
  }),
  notNewer: message({
    vi: (last: string, listDate: string) =>
      `Danh mục của dữ liệu tham chiếu (từ ${formatDate(listDate)}) không mới hơn thời kỳ cuối của trang (từ ${formatDate(last)}): không có thời kỳ mới để thêm. Chưa ghi gì.`,
    en: (last, listDate) =>
      `The reference's list (from ${listDate}) is not newer than the site's last vintage (from ${last}): no new vintage to add. Nothing written.`,
    example: ['2025-07-01', '2025-07-01'],
  }),
  otherProvince: message({
    vi: (area: string, province: string) =>
      `Thư mục dữ liệu là của ${area}, không phải ${province}: ${AREA_FLAGS.newVintage} chỉ thêm thời kỳ cho chính tỉnh đó. Chưa ghi gì.`,
    en: (area, province) =>
      `The data folder is ${area}'s, not ${province}'s: ${AREA_FLAGS.newVintage} only adds a vintage to that province. Nothing written.`,
    example: ['Tỉnh Lai Châu', 'Tỉnh Lâm Đồng'],
  }),
  monthsOnOldUnits: message({
    vi: (months: string[], since: string) =>
      `${list('vi', months.map(formatMonth))} đã nhập trên danh sách đơn vị cũ, nhưng từ ${formatDate(since)} danh sách mới có hiệu lực: không tháng nào được vẽ trên những đơn vị không còn tồn tại. Chưa ghi gì. Xóa các tháng đó khỏi campaign.json (git vẫn giữ), thêm thời kỳ mới, rồi nhập lại chúng theo danh sách mới.`,
    en: (months, since) =>
      `${list('en', months)} ${months.length === 1 ? 'is' : 'are'} on the old unit list, but the new list is in force from ${since}: no month is drawn on units that did not exist then. Nothing written. Remove those months from campaign.json (git keeps them), add the vintage, then import them again on the new list.`,
    example: [['2026-08'], '2026-07-01'],
  }),
  addedVintage: message({
    vi: (id: string, since: string, previous: string, until: string) =>
      `Đã thêm thời kỳ ${id} (từ ${formatDate(since)}); thời kỳ ${previous} kết thúc ngày ${formatDate(until)}. Các tháng đã có giữ nguyên đơn vị của chúng; tháng từ ${formatMonth(id)} được nhập theo danh sách mới.`,
    en: (id, since, previous, until) =>
      `Added vintage ${id} (from ${since}); vintage ${previous} ends on ${until}. The months already there keep their units; months from ${id} are imported on the new list.`,
    example: ['2026-07', '2026-07-01', '2025-07', '2026-06-30'],
  }),
  next: message({
    vi: (data: string) =>
      [
        'Chưa có tháng số liệu nào: trang ghi “chưa có số liệu” đến lần nhập đầu tiên.',
        'Việc tiếp theo (xem docs/trien-khai-tinh-moi.md):',
        `  1. kiểm tra "owner" (cơ quan chủ trang) trong ${data}/area.json;`,
        '  2. nếu tỉnh có công văn riêng về i-Speed, ghi vào "letter" (kèm hạn báo cáo) — không có thì để trống, trang chỉ trích công văn của Bộ;',
        '  3. npm start để xem trang; npm run import -- <tệp số mẫu> để nhập tháng đầu tiên.',
      ].join('\n'),
    en: (data) =>
      [
        'No month yet: the site says "no figures yet" until the first import.',
        'Next (see docs/trien-khai-tinh-moi.md):',
        `  1. check "owner" (who publishes the site) in ${data}/area.json;`,
        '  2. if the province has its own i-Speed letter, enter it as "letter" (with its reporting deadlines) — otherwise leave it out and the site cites the ministry\'s letters only;',
        '  3. npm start to look at the site; npm run import -- <file> for the first month.',
      ].join('\n'),
    example: ['data'],
  }),
};
