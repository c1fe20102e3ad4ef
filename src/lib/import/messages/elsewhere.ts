/**
 * Messages of a file that is not the area's: another province's, or the national one (one
 * message for the whole sheet, src/lib/import/elsewhere.ts).
 */
import { formatNumber } from '../../text/format';
import { list, message, plural } from '../../text/messages';

const n = formatNumber;

export const ELSEWHERE = {
  otherProvince: message({
    vi: (provinces: string[], ours: number, area: string) => ({
      problem: `đây là tệp số liệu của ${list('vi', provinces)} — số trong ngoặc là số dòng có mã của tỉnh đó; chỉ ${n(ours)} dòng có mã của ${area}`,
      todo: `chọn tệp số mẫu của ${area} (tải từ cổng dữ liệu VNNIC bằng tài khoản của tỉnh); chưa nhập gì.`,
    }),
    en: (provinces, ours, area) => ({
      problem: `this is the file of ${list('en', provinces)} (rows with that province's codes in brackets); only ${plural(ours, 'row')} of ${area}`,
      todo: `choose the file of ${area} (downloaded from VNNIC's data portal with the province's account); nothing imported`,
    }),
    example: [['Tỉnh Lâm Đồng (124)'], 0, 'Tỉnh An Giang'],
  }),
  national: message({
    vi: (provinces: number, other: number, ours: number, area: string) => ({
      problem: `đây là tệp toàn quốc (hoặc của nhiều tỉnh): ${n(other)} dòng có mã của ${n(provinces)} tỉnh, thành khác, ${n(ours)} dòng của ${area}`,
      todo: `lọc giữ lại các dòng của ${area} rồi nhập lại, hoặc tải tệp của riêng tỉnh từ cổng dữ liệu VNNIC; chưa nhập gì.`,
    }),
    en: (provinces, other, ours, area) => ({
      problem: `this is the national file (or several provinces'): ${plural(other, 'row')} with codes of ${provinces} other provinces, ${ours} of ${area}`,
      todo: `keep only the rows of ${area} and import again, or download the province's own file from VNNIC's data portal; nothing imported`,
    }),
    example: [33, 3219, 102, 'Tỉnh An Giang'],
  }),
};
