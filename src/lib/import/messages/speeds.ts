/**
 * Messages about the optional speed columns (median download, upload, latency): a value that is
 * not a number, negative or readable two ways, a header in another unit, speeds beside a
 * fixed-broadband count, and the summary lines of a month's speeds.
 */
import type { SpeedRole } from '../../spreadsheet/header';
import { message, type Lang } from '../../text/messages';

/** Each measure as messages name it, its unit, and the header to write. */
const MEASURE: Readonly<Record<Lang, Readonly<Record<SpeedRole, { name: string; unit: string; header: string }>>>> = {
  vi: {
    download: { name: 'tốc độ tải xuống', unit: 'Mbps', header: 'Tốc độ tải xuống (Mbps)' },
    upload: { name: 'tốc độ tải lên', unit: 'Mbps', header: 'Tốc độ tải lên (Mbps)' },
    latency: { name: 'độ trễ', unit: 'ms', header: 'Độ trễ (ms)' },
  },
  en: {
    download: { name: 'download speed', unit: 'Mbps', header: 'Tốc độ tải xuống (Mbps)' },
    upload: { name: 'upload speed', unit: 'Mbps', header: 'Tốc độ tải lên (Mbps)' },
    latency: { name: 'latency', unit: 'ms', header: 'Độ trễ (ms)' },
  },
};

/** What to write instead of a bad speed value. */
const VALUE_TODO: Record<Lang, (role: SpeedRole) => string> = {
  vi: (role) =>
    `ghi ${MEASURE.vi[role].name} bằng ${MEASURE.vi[role].unit}, một số không âm, ví dụ 45,3 hoặc 45.3; để trống nếu không có số liệu.`,
  en: (role) =>
    `write the ${MEASURE.en[role].name} in ${MEASURE.en[role].unit} as a non-negative number, e.g. 45,3 or 45.3; leave the cell blank when there is no figure`,
};

export const SPEEDS = {
  notANumber: message({
    vi: (role: SpeedRole, shown: string) => ({
      problem: `${MEASURE.vi[role].name} ${shown} không phải là số`,
      todo: VALUE_TODO.vi(role),
    }),
    en: (role, shown) => ({ problem: `${MEASURE.en[role].name} ${shown} is not a number`, todo: VALUE_TODO.en(role) }),
    example: ['download', '"nhanh"'],
  }),
  negative: message({
    vi: (role: SpeedRole, shown: string) => ({
      problem: `${MEASURE.vi[role].name} âm ${shown}`,
      todo: VALUE_TODO.vi(role),
    }),
    en: (role, shown) => ({ problem: `${MEASURE.en[role].name} ${shown} is negative`, todo: VALUE_TODO.en(role) }),
    example: ['upload', '"-3,5"'],
  }),
  ambiguous: message({
    vi: (role: SpeedRole, text: string) => ({
      problem: `${MEASURE.vi[role].name} ${JSON.stringify(text)} có thể hiểu hai cách (dấu chấm ngăn hàng nghìn hoặc dấu thập phân)`,
      todo: `nếu là số thập phân, viết bằng dấu phẩy: ${text.replace('.', ',')}; nếu là số nghìn, viết liền: ${text.replace('.', '')}.`,
    }),
    en: (role, text) => ({
      problem: `${MEASURE.en[role].name} ${JSON.stringify(text)} can be read two ways (a thousands separator or a decimal point)`,
      todo: `for a decimal, write it with a comma: ${text.replace('.', ',')}; for thousands, write it without a separator: ${text.replace('.', '')}`,
    }),
    example: ['latency', '1.234'],
  }),
  separators: message({
    vi: (role: SpeedRole, shown: string) => ({
      problem: `${MEASURE.vi[role].name} ${shown} có nhiều dấu phân cách`,
      todo: 'viết liền phần nghìn và chỉ dùng một dấu thập phân, ví dụ 1234,5.',
    }),
    en: (role, shown) => ({
      problem: `${MEASURE.en[role].name} ${shown} has several separators`,
      todo: 'write thousands without a separator and use one decimal separator, e.g. 1234,5',
    }),
    example: ['download', '"1.234,5"'],
  }),
  /** The column a bad value is in, put before its problem. */
  column: message({
    vi: (label: string) => `cột "${label}"`,
    en: (label) => `column "${label}"`,
    example: ['Tốc độ tải xuống (Mbps)'],
  }),
  otherUnit: message({
    vi: (role: SpeedRole, label: string, unit: string) => ({
      problem: `cột "${label}" ghi đơn vị "${unit}"; ${MEASURE.vi[role].name} chỉ nhận bằng ${MEASURE.vi[role].unit}`,
      todo: `ghi số liệu bằng ${MEASURE.vi[role].unit} và đặt tên cột "${MEASURE.vi[role].header}"; số liệu không được tự đổi đơn vị.`,
    }),
    en: (role, label, unit) => ({
      problem: `column "${label}" is in "${unit}"; the ${MEASURE.en[role].name} is taken in ${MEASURE.en[role].unit} only`,
      todo: `give the figures in ${MEASURE.en[role].unit} under the header "${MEASURE.en[role].header}"; units are never converted`,
    }),
    example: ['download', 'Tốc độ tải xuống (Kbps)', 'Kbps'],
  }),
  besideFixed: message({
    vi: (label: string) => ({
      problem: `tệp có cột số mẫu cố định "${label}" nên không rõ các cột tốc độ là của băng rộng di động hay cố định`,
      todo: 'để số mẫu cố định trong một tệp riêng; tốc độ đi cùng số mẫu di động.',
    }),
    en: (label) => ({
      problem: `the file has a fixed-broadband count column "${label}", so it is unclear whether the speed columns are mobile or fixed`,
      todo: 'put fixed-broadband counts in a file of their own; speeds go with the mobile counts',
    }),
    example: ['Số mẫu cố định'],
  }),
  stored: message({
    vi: (download: number, upload: number, latency: number) =>
      `  Tốc độ trung vị (di động) được lưu: tải xuống ${download} đơn vị, tải lên ${upload}, độ trễ ${latency}; ô trống là không có số liệu.`,
    en: (download, upload, latency) =>
      `  Median mobile speeds stored: download for ${download} units, upload ${upload}, latency ${latency}; a blank cell is no figure.`,
    example: [48, 48, 47],
  }),
  dropped: message({
    vi: (before: number) =>
      `  Tháng này đang có tốc độ của ${before} đơn vị; tệp mới không có số liệu tốc độ nên các số liệu đó sẽ bị bỏ.`,
    en: (before) =>
      `  This month has speeds for ${before} units; the new file has no speed figures, so those are dropped.`,
    example: [7],
  }),
};
