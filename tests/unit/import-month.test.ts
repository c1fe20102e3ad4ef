import { describe, expect, it } from 'vitest';
import { asOfWarnings } from '../../src/lib/import/month';
import { cliVoice } from '../../src/lib/import/messages/voice';

const VI = cliVoice('vi');

describe('the "as of" date stored with an imported month', () => {
  it.each([
    ['2025-03', '2025-04-05', 0, 'a few days after the month'],
    ['2025-03', '2025-05-31', 0, 'the last day of the second month after'],
    ['2025-03', '2025-06-01', 1, 'the day after that'],
    ['2024-12', '2025-02-28', 0, 'across a year end, to the end of February'],
    ['2024-12', '2025-03-01', 1, 'across a year end, one day later'],
    ['2025-04', '2025-04-15', 0, 'during the month itself'],
  ])('%s as of %s: %i warning(s) (%s)', (month, asOf, count) => {
    expect(asOfWarnings([{ month, asOf }], VI)).toHaveLength(count);
  });

  it('warns once per month, in Vietnamese, saying what to do', () => {
    expect(
      asOfWarnings(
        [
          { month: '2025-01', asOf: '2025-04-15' },
          { month: '2025-03', asOf: '2025-04-15' },
        ],
        VI,
      ),
    ).toEqual([
      {
        problem:
          'số liệu tháng 1/2025 được lưu là tính đến ngày 15/04/2025, hơn hai tháng sau ngày cuối tháng (31/01/2025)',
        todo: 'nếu số liệu được lấy sớm hơn, ghi đúng ngày bằng --as-of (dạng YYYY-MM-DD).',
      },
    ]);
  });
});
