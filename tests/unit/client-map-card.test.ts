/**
 * What the commune card says (src/client/map/card.ts `cardText`), on the e2e fixture's months: a
 * commune without data, one below target with a change, one past it, and a hostile name kept as
 * plain text for textContent.
 */
import { describe, expect, it } from 'vitest';
import { cardText } from '../../src/client/map/card';
import { dataFromIsland } from '../../src/client/map/data';
import { fixtureSite } from './client-map-fixture';

const site = fixtureSite();
const july = dataFromIsland(site.pageIsland('2025-07'));
const august = dataFromIsland(site.pageIsland('2025-08'));
const BASE = '/ispeed/xa/2025-07/';
const textOf = (data: typeof july, code: string) => cardText(code, data.communes.get(code)!, data, BASE);

describe('cardText', () => {
  it('says a commune has no data for the month, without figures or change', () => {
    expect(textOf(july, '30826')).toEqual({
      name: 'Xã Bình Giang',
      district: '',
      count: 'Chưa có số liệu',
      share: '',
      gap: 'Chưa có số mẫu đo của tháng 7/2025.',
      change: '',
      notes: '',
      href: '/ispeed/xa/2025-07/30826/',
      link: 'Xem trang Xã Bình Giang →',
    });
  });

  it("adds the page month's pace and per-1,000 sentences, one a line, and none for another month", () => {
    const island = site.pageIsland('2025-08');
    const withNotes = dataFromIsland({ ...island, notes: { '30985': ['Nhịp.', 'Trên 1.000 dân.'] } });
    expect(textOf(withNotes, '30985').notes).toBe('Nhịp.\nTrên 1.000 dân.');
    expect(textOf(withNotes, '30742').notes).toBe('');
  });

  it('gives the count, share of target, what is missing and the change since the month before', () => {
    expect(textOf(august, '30811')).toMatchObject({
      name: 'Xã Sơn Hải',
      count: '44 mẫu đo',
      share: '· 14% chỉ tiêu 300',
      gap: 'Còn thiếu 256 mẫu đo',
      change: '-16 mẫu đo so với tháng 7/2025',
    });
    expect(textOf(august, '30742')).toMatchObject({ count: '788 mẫu đo', change: '+244 mẫu đo so với tháng 7/2025' });
  });

  it('says when a commune reached its target, in thousands the Vietnamese way', () => {
    expect(textOf(august, '31078')).toMatchObject({
      name: 'Đặc khu Phú Quốc',
      count: '1.148 mẫu đo',
      share: '· 382% chỉ tiêu 300',
      gap: 'Đã đạt chỉ tiêu',
    });
  });

  it('has no change in the first month on new units (the month before counted other units)', () => {
    expect(textOf(july, '30811').change).toBe('');
  });

  it('keeps a name with markup as it is: the card writes it as text', () => {
    expect(textOf(august, '31105')).toMatchObject({
      name: '<img src=x onerror=alert(1)>',
      link: 'Xem trang <img src=x onerror=alert(1)> →',
    });
  });
});
