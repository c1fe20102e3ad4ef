/** Pace to month-end (issue 16, point 1), at the edges of the calendar and of the target. */
import { describe, expect, it } from 'vitest';
import { monthPace, paceCalendar, paceOf } from '../../src/lib/model/pace';
import { paceSentence } from '../../src/lib/model/pace-text';

describe('paceCalendar', () => {
  it('counts the as-of day as elapsed: on the 1st one day has passed', () => {
    expect(paceCalendar({ month: '2025-10', asOf: '2025-10-01' })).toEqual({ elapsed: 1, left: 30, days: 31 });
  });
  it('has no pace on the last day: the month is complete', () => {
    expect(paceCalendar({ month: '2025-10', asOf: '2025-10-31' })).toBeUndefined();
  });
  it('has no pace when the as-of date is after the month (the usual complete month)', () => {
    expect(paceCalendar({ month: '2025-10', asOf: '2025-11-05' })).toBeUndefined();
  });
  it('has no pace when the as-of date is before the month (no day has elapsed)', () => {
    expect(paceCalendar({ month: '2025-10', asOf: '2025-09-30' })).toBeUndefined();
  });
  it('knows February of a leap year has 29 days', () => {
    expect(paceCalendar({ month: '2028-02', asOf: '2028-02-28' })).toEqual({ elapsed: 28, left: 1, days: 29 });
    expect(paceCalendar({ month: '2028-02', asOf: '2028-02-29' })).toBeUndefined();
    expect(paceCalendar({ month: '2027-02', asOf: '2027-02-28' })).toBeUndefined();
  });
});

describe('paceOf', () => {
  const oct12 = { elapsed: 12, left: 19, days: 31 };
  it('projects count ÷ days elapsed × days in month: 140 by 12/10 → about 362, on track', () => {
    const p = paceOf(140, 300, oct12);
    expect(p.projection).toBeCloseTo((140 / 12) * 31, 9);
    expect(Math.round(p.projection ?? 0)).toBe(362);
    expect(p.status).toBe('on-track');
  });
  it('asks ⌈(target − count) ÷ days left⌉ a day: 100 by 12/9 → 250, behind, 12 a day for 18 days', () => {
    const p = paceOf(100, 300, { elapsed: 12, left: 18, days: 30 });
    expect(p.status).toBe('behind');
    expect(p.projection).toBe(250);
    expect(p.perDayNeeded).toBe(12);
    // Rounded up: 162 missing over 18 days is exactly 9; 163 is 9.06, so 10.
    expect(paceOf(138, 300, { elapsed: 12, left: 18, days: 30 }).perDayNeeded).toBe(9);
    expect(paceOf(137, 300, { elapsed: 12, left: 18, days: 30 }).perDayNeeded).toBe(10);
  });
  it('on track means projection ≥ target, exactly at the target too', () => {
    // 100 in 10 of 30 days projects exactly 300.
    expect(paceOf(100, 300, { elapsed: 10, left: 20, days: 30 }).status).toBe('on-track');
    expect(paceOf(99, 300, { elapsed: 10, left: 20, days: 30 }).status).toBe('behind');
  });
  it('says "đã đạt" once the count reaches the target, needing nothing more', () => {
    const p = paceOf(300, 300, oct12);
    expect(p.status).toBe('met');
    expect(p.perDayNeeded).toBe(0);
  });
  it('has no figures without data (never read as zero)', () => {
    expect(paceOf(undefined, 300, oct12)).toMatchObject({
      status: 'none',
      projection: undefined,
      perDayNeeded: undefined,
    });
  });
  it('reads zero as a real count: behind, needing the whole target over the days left', () => {
    expect(paceOf(0, 300, oct12)).toMatchObject({ status: 'behind', projection: 0, perDayNeeded: 16 });
  });
  it('on the 1st projects one day over the whole month', () => {
    expect(monthPace({ month: '2025-10', asOf: '2025-10-01' }, 10, 300)).toMatchObject({
      projection: 310,
      status: 'on-track',
      perDayNeeded: 10,
    });
  });
  it('in a leap February the day before the last leaves one day', () => {
    expect(monthPace({ month: '2028-02', asOf: '2028-02-28' }, 250, 300)).toMatchObject({
      projection: (250 * 29) / 28,
      status: 'behind',
      perDayNeeded: 50,
    });
  });
  it('shows no projection for a complete month', () => {
    expect(monthPace({ month: '2025-10', asOf: '2025-10-31' }, 140, 300)).toBeUndefined();
  });
});

describe('paceSentence', () => {
  it('says the projection and that it reaches the target', () => {
    expect(paceSentence(paceOf(140, 300, { elapsed: 12, left: 19, days: 31 }), '2025-10-12')).toBe(
      'Đến ngày 12/10/2025: 140 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 362 mẫu — đạt chỉ tiêu.',
    );
  });
  it('says how many samples a day are needed in the days left', () => {
    expect(paceSentence(paceOf(138, 300, { elapsed: 12, left: 18, days: 30 }), '2025-09-12')).toBe(
      'Đến ngày 12/09/2025: 138 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 345 mẫu — đạt chỉ tiêu.',
    );
    expect(paceSentence(paceOf(100, 300, { elapsed: 12, left: 18, days: 30 }), '2025-09-12')).toBe(
      'Đến ngày 12/09/2025: 100 mẫu đo; theo nhịp hiện tại cuối tháng sẽ có khoảng 250 mẫu, chưa đạt chỉ tiêu 300: cần thêm 12 mẫu/ngày trong 18 ngày còn lại.',
    );
  });
  it('says when the target is met, and when there is no data', () => {
    const oct12 = { elapsed: 12, left: 19, days: 31 };
    expect(paceSentence(paceOf(312, 300, oct12), '2025-10-12')).toBe(
      'Đến ngày 12/10/2025: 312 mẫu đo — đã đạt chỉ tiêu 300.',
    );
    expect(paceSentence(paceOf(undefined, 300, oct12), '2025-10-12')).toBe('Đến ngày 12/10/2025: chưa có số liệu.');
  });
});
