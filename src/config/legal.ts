/**
 * The documents the province's letter cites (number, date, issuer, subject), shown on the home
 * page as the campaign's legal basis. Taken from the letter in shared/seed; 5691/BTTTT-CVT is
 * printed "31/12/2025" in the letter, most likely meaning 31/12/2024 (it precedes the letter).
 */
export interface LegalDocument {
  number: string;
  date: string;
  issuer: string;
  subject: string;
  note?: string;
}

export const LEGAL_BASIS: readonly LegalDocument[] = [
  {
    number: '2138/BTTTT-CVT',
    date: '2024-06-03',
    issuer: 'Bộ Thông tin và Truyền thông',
    subject: 'Phối hợp tuyên truyền sử dụng ứng dụng i-Speed để nâng cao chất lượng dịch vụ di động 4G',
  },
  {
    number: '1428/UBND-KGVX',
    date: '2024-07-05',
    issuer: 'Ủy ban nhân dân tỉnh Kiên Giang',
    subject: 'Tuyên truyền sử dụng ứng dụng i-Speed để đo lường, nâng cao chất lượng dịch vụ di động 4G',
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
    note: 'Công văn của Sở ghi ngày 31/12/2025, nhiều khả năng là 31/12/2024.',
  },
];

/** The province's own letter (second reminder, 2025), which this site serves. */
export const PROVINCE_LETTER = {
  issuer: 'Sở Thông tin và Truyền thông tỉnh Kiên Giang',
  subject:
    'Đôn đốc triển khai tuyên truyền và sử dụng ứng dụng i-Speed để đo tốc độ truy nhập Internet băng rộng di động đến cấp xã/phường (lần 2)',
  year: 2025,
} as const;
