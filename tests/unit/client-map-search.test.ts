/**
 * The search box's state (src/client/map/search.ts): what the status line announces, and which
 * option the arrow keys make active.
 */
import { describe, expect, it } from 'vitest';
import { nextActive, searchStatus } from '../../src/client/map/search';

describe('searchStatus', () => {
  it('announces how many results there are and how to choose', () => {
    expect(searchStatus('vinh', 3)).toBe('3 kết quả. Dùng phím mũi tên để chọn.');
  });
  it('says when nothing matches', () => {
    expect(searchStatus(' xyz ', 0)).toBe('Không tìm thấy xã, phường nào khớp với “xyz”.');
  });
  it('says nothing for an empty or blank query', () => {
    expect(searchStatus('', 0)).toBe('');
    expect(searchStatus('   ', 0)).toBe('');
  });
});

describe('nextActive', () => {
  it('goes from no active option to the first with Down and the last with Up', () => {
    expect(nextActive(-1, 1, 5)).toBe(0);
    expect(nextActive(-1, -1, 5)).toBe(4);
  });
  it('moves by one and wraps at both ends', () => {
    expect(nextActive(2, 1, 5)).toBe(3);
    expect(nextActive(4, 1, 5)).toBe(0);
    expect(nextActive(0, -1, 5)).toBe(4);
  });
});
