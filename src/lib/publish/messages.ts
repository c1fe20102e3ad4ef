/**
 * What the publishing gate (`npm run check:base`, src/lib/publish/stale-base.ts) says, in both
 * languages: Vietnamese by default, for the provincial staff who uploaded the file and read the
 * job's log; English for developers (`--lang en`). Every message names the data file as the
 * caller gives it and the staff page by its address.
 */
import { formatMonth } from '../text/format';
import { staffUpdatePath } from '../site/paths';
import { list, message, type Lang } from '../text/messages';

/** Months as each language writes them: "tháng 8/2025, tháng 9/2025" or "2025-08, 2025-09". */
function months(lang: Lang, keys: readonly string[]): string {
  return list(lang, lang === 'vi' ? keys.map(formatMonth) : keys);
}

/** What a refused file is, as the headline of the refusal says it. */
export type RefusedOrigin = 'stale' | 'unknown-base' | 'hand-edit' | 'no-base' | 'based-on-previous';

const SAME_SITE = {
  vi: 'Trang web giữ nguyên, không mất dữ liệu nào.',
  en: 'The site stays as it was.',
};

/** The trailer a commit carries to remove months on purpose (see docs/publishing.md). */
export const REMOVE_TRAILER = 'Remove-month';

export const BASE = {
  refusedBefore: message({
    vi: (versions: readonly string[], file: string, base: string | undefined) =>
      `Ghi chú: phiên bản ${list('vi', versions)} của ${file} đã bị từ chối trước đây và chưa từng được đăng; tệp được so với dữ liệu đã đăng${base ? ` (phiên bản ${base})` : ''}.`,
    en: (versions, file, base) =>
      `Note: version(s) ${list('en', versions)} of ${file} were refused before and never published; compared with the published data${base ? ` (version ${base})` : ''}.`,
    example: [['abc1234'], 'data/campaign.json', 'def5678'],
  }),
  first: message({
    vi: (file: string) => `${file}: chưa có dữ liệu nào được đăng trước đó, không có gì bị mất.`,
    en: (file) => `${file}: no data was published before it; nothing can be lost.`,
    example: ['data/campaign.json'],
  }),
  unchanged: message({
    vi: (file: string) => `${file} không thay đổi so với dữ liệu đã đăng.`,
    en: (file) => `${file} is unchanged from the published data.`,
    example: ['data/campaign.json'],
  }),
  basedOnPrevious: message({
    vi: (file: string) => `${file} được tạo từ đúng dữ liệu đang đăng: không tháng nào bị mất.`,
    en: (file) => `${file} was made from the published data: no month is lost.`,
    example: ['data/campaign.json'],
  }),
  noBase: message({
    vi: (file: string) =>
      `Ghi chú: ${file} không ghi dữ liệu gốc (basedOn) — tệp do người phát triển viết tay hoặc nhập bằng bản cũ của lệnh nhập; không tháng nào đã đăng bị mất, vẫn tiếp tục.`,
    en: (file) =>
      `Note: ${file} records no base (basedOn): written by hand or by an older import; no published month is lost, going on.`,
    example: ['data/campaign.json'],
  }),
  handEdit: message({
    vi: (file: string, changed: readonly string[]) =>
      `Ghi chú: ${file} là dữ liệu đang đăng được sửa tay (không qua trang cập nhật hay lệnh nhập)${changed.length > 0 ? `; phần sửa: ${months('vi', changed)}` : ''}; không tháng nào đã đăng bị mất, vẫn tiếp tục.`,
    en: (file, changed) =>
      `Note: ${file} is the published data edited by hand (not through the import)${changed.length > 0 ? `; edited: ${months('en', changed)}` : ''}; no published month is lost, going on.`,
    example: ['data/campaign.json', ['2025-08']],
  }),
  reverted: message({
    vi: (file: string) => `${file} trở về đúng dữ liệu trước một lần cập nhật (git revert): phần bị bỏ là có chủ ý.`,
    en: (file) =>
      `${file} is back to the data before an accepted change (git revert): what it drops is dropped on purpose.`,
    example: ['data/campaign.json'],
  }),
  confirmedRemoval: message({
    vi: (removed: readonly string[]) =>
      `Ghi chú: commit này ghi "${REMOVE_TRAILER}: …": ${months('vi', removed)} được xoá khỏi trang theo ý người quản trị.`,
    en: (removed) => `Note: this commit says "${REMOVE_TRAILER}: …": ${months('en', removed)} removed on purpose.`,
    example: [['2025-08']],
  }),
  unreadable: message({
    vi: (file: string, reason: string, page: string) =>
      `KHÔNG ĐĂNG: ${file} không phải tệp dữ liệu đọc được (${reason}). ${SAME_SITE.vi} Cách làm: tải lại tệp campaign.json từ trang ${page} rồi tải lên lại.`,
    en: (file, reason) =>
      `Not published: ${file} is not readable JSON (${reason}). Restore it (git revert) or import again.`,
    example: ['data/campaign.json', 'Unexpected end of JSON input', staffUpdatePath()],
  }),
  missing: message({
    vi: (file: string, page: string) =>
      `KHÔNG ĐĂNG: ${file} không còn trong kho mã (đã bị xoá hoặc đổi tên). ${SAME_SITE.vi} Cách làm: tải tệp campaign.json từ trang ${page} rồi tải lên vào thư mục data.`,
    en: (file) => `Not published: ${file} is gone (deleted or renamed). Restore it (git revert).`,
    example: ['data/campaign.json', staffUpdatePath()],
  }),
  refused: message({
    vi: (file: string, origin: RefusedOrigin, madeFrom: string | undefined) => {
      const what: Record<RefusedOrigin, string> = {
        stale: `được tạo từ dữ liệu cũ${madeFrom ? ` (phiên bản ${madeFrom})` : ''}, không phải từ dữ liệu đang đăng trên trang`,
        'unknown-base': 'được tạo từ dữ liệu chưa từng được đăng trên trang, không phải từ dữ liệu đang đăng',
        'hand-edit':
          'là dữ liệu đang đăng được sửa tay (không qua trang cập nhật hay lệnh nhập) và bỏ mất tháng đã đăng',
        'no-base': 'không ghi dữ liệu gốc (basedOn) nên không biết được tạo từ đâu, và bỏ mất tháng đã đăng',
        'based-on-previous': 'được tạo từ dữ liệu đang đăng nhưng đã bị bỏ bớt tháng đã đăng',
      };
      return `KHÔNG ĐĂNG: tệp ${file} ${what[origin]}. ${SAME_SITE.vi}`;
    },
    en: (file, origin, madeFrom) => {
      const what: Record<RefusedOrigin, string> = {
        stale: `was made from older data${madeFrom ? ` (version ${madeFrom})` : ''} than the data it replaces (its basedOn is not the published data's digest)`,
        'unknown-base': 'was made from data never published here (its basedOn is the digest of no published version)',
        'hand-edit': 'is the published data edited by hand (basedOn kept, no new import) and drops published months',
        'no-base': 'records no base (basedOn), so where it came from is unknown, and it drops published months',
        'based-on-previous': 'was made from the published data but published months were taken out of it',
      };
      return `Not published: ${file} ${what[origin]}. ${SAME_SITE.en}`;
    },
    example: ['data/campaign.json', 'stale', 'abc1234'],
  }),
  removed: message({
    vi: (removed: readonly string[]) =>
      `Nếu đăng tệp này, các tháng sau sẽ bị xoá khỏi trang: ${months('vi', removed)}.`,
    en: (removed) => `Publishing it would remove: ${months('en', removed)}.`,
    example: [['2025-08', '2025-09']],
  }),
  lostChanges: message({
    vi: (changed: readonly string[]) =>
      `Không tháng nào bị xoá, nhưng những sửa đổi đã đăng sau khi tệp được tạo${changed.length > 0 ? ` (${months('vi', changed)})` : ' (số mẫu hoặc báo cáo đã sửa)'} sẽ bị mất.`,
    en: (changed) =>
      `No month would vanish, but changes published since it was made${changed.length > 0 ? ` (${months('en', changed)})` : ' (corrected counts or reports)'} would be lost.`,
    example: [['2025-07']],
  }),
  todoStaff: message({
    vi: (page: string) =>
      `Cách làm: mở lại trang ${page} (trang luôn tải dữ liệu mới nhất đã đăng), chọn lại tệp số liệu của tháng để kiểm tra, bấm "Tải tệp dữ liệu đã cập nhật" để tải campaign.json mới về, rồi tải tệp đó lên thư mục data của kho mã, thay tệp cũ.`,
    en: (page) =>
      `Do: import again on top of the current data file (commit each import before the next), or open ${page} again, check the file and download anew. If the refused file is in your working copy, git revert its commit first.`,
    example: [staffUpdatePath()],
  }),
  todoRemoval: message({
    vi: (removed: readonly string[]) =>
      `Nếu thật sự muốn xoá ${months('vi', removed)} khỏi trang: nhờ người quản trị trang dùng "git revert" commit đã thêm tháng đó, hoặc ghi dòng "${REMOVE_TRAILER}: ${removed.join(', ')}" trong nội dung commit (xem hướng dẫn đăng số liệu cho người phát triển).`,
    en: (removed) =>
      `To remove ${months('en', removed)} on purpose: git revert the commit that added it, or write the line "${REMOVE_TRAILER}: ${removed.join(', ')}" in the commit message (docs/publishing.md).`,
    example: [['2025-08']],
  }),
  stray: message({
    vi: (files: readonly string[], file: string) =>
      `KHÔNG ĐĂNG: ${list(
        'vi',
        files.map((f) => `"${f}"`),
      )} không phải tệp dữ liệu của trang — trang chỉ đăng tệp ${file} (tệp tên đúng là campaign.json, trong thư mục data); số liệu trong ${files.length > 1 ? 'các tệp đó' : 'tệp đó'} chưa được đăng. ${SAME_SITE.vi} Cách làm: xoá ${files.length > 1 ? 'các tệp đó' : 'tệp đó'} khỏi kho mã; nếu đó là tệp vừa tải từ trang cập nhật (trình duyệt đặt tên "campaign (1).json" khi tải lần thứ hai), đổi tên tệp thành campaign.json trên máy rồi tải lên vào thư mục data, thay tệp cũ.`,
    en: (files, file) =>
      `Not published: ${list('en', files)} ${files.length > 1 ? 'are' : 'is'} not the site's data file — only ${file} is published, so the data in ${files.length > 1 ? 'them' : 'it'} is not. Remove ${files.length > 1 ? 'them' : 'it'}; an upload meant as the data file goes to ${file} under that exact name.`,
    example: [['data/campaign (1).json'], 'data/campaign.json'],
  }),
  gitFailed: message({
    vi: (file: string, detail: string) =>
      `KHÔNG ĐĂNG: không đọc được lịch sử của ${file} trong kho mã (${detail}), nên không kiểm tra được tệp có làm mất tháng đã đăng hay không. ${SAME_SITE.vi} Hãy báo cho người quản trị trang.`,
    en: (file, detail) =>
      `Not published: the history of ${file} could not be read (${detail}); check:base fails closed. ${SAME_SITE.en}`,
    example: ['data/campaign.json', 'git log: fatal: bad object HEAD'],
  }),
  shallow: message({
    vi: (file: string) =>
      `KHÔNG ĐĂNG: kho mã được tải về không đủ lịch sử (bản "shallow"), hoặc không phải kho git, nên không kiểm tra được ${file}. ${SAME_SITE.vi} Hãy báo cho người quản trị trang (cần toàn bộ lịch sử: actions/checkout với fetch-depth: 0; GitLab GIT_DEPTH: 0; hoặc git config --global --add safe.directory <thư mục>).`,
    en: (file) =>
      `Cannot read the whole history of ${file}: it is shallow, or not a git repository, or git refuses this folder (git config --global --add safe.directory <folder>). check:base needs all of it (actions/checkout with fetch-depth: 0; GitLab GIT_DEPTH: 0).`,
    example: ['data/campaign.json'],
  }),
};
