/**
 * The national documents of the campaign (number, date, issuer, subject): the ministry's and
 * VNNIC's letters, sent to every province, shown on the home page as the campaign's legal basis.
 * What is a province's own — its letter, its provincial documents, doubts about how its letter
 * cites these — is area data (data/area.json `letter`), so a province without a letter shows these
 * only.
 */
import type { LegalDocument } from '../lib/data/schema/area';

export const LEGAL_BASIS: readonly LegalDocument[] = [
  {
    number: '2138/BTTTT-CVT',
    date: '2024-06-03',
    issuer: 'Bộ Thông tin và Truyền thông',
    subject: 'Phối hợp tuyên truyền sử dụng ứng dụng i-Speed để nâng cao chất lượng dịch vụ di động 4G',
  },
  {
    number: '2495/VNNIC',
    date: '2024-07-22',
    issuer: 'Trung tâm Internet Việt Nam (VNNIC)',
    subject: 'Hướng dẫn tuyên truyền, cài đặt và sử dụng i-Speed',
  },
  {
    number: '4459/BTTTT-CVT',
    date: '2024-10-18',
    issuer: 'Bộ Thông tin và Truyền thông',
    subject:
      'Đôn đốc triển khai tuyên truyền và sử dụng ứng dụng i-Speed để đo tốc độ truy nhập Internet băng rộng di động đến cấp xã/phường',
  },
  {
    number: '5691/BTTTT-CVT',
    date: '2024-12-31',
    issuer: 'Bộ Thông tin và Truyền thông',
    subject:
      'Đôn đốc triển khai tuyên truyền và sử dụng ứng dụng i-Speed để đo tốc độ truy nhập Internet băng rộng di động đến cấp xã/phường',
  },
];
