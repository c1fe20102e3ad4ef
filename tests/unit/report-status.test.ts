import { describe, expect, it } from 'vitest';
import { countStates, reportDeadline, reportState, reportStatuses } from '../../src/lib/model/report-status';

describe('reportDeadline', () => {
  it('gives the first deadline, 20/02/2025, to every month up to 2025-01', () => {
    expect(reportDeadline('2024-10')).toBe('2025-02-20');
    expect(reportDeadline('2024-12')).toBe('2025-02-20');
    expect(reportDeadline('2025-01')).toBe('2025-02-20');
  });
  it('is the 10th of the following month from 2025-02 on, across a year end', () => {
    expect(reportDeadline('2025-02')).toBe('2025-03-10');
    expect(reportDeadline('2025-06')).toBe('2025-07-10');
    expect(reportDeadline('2025-12')).toBe('2026-01-10');
  });
});

describe('reportState', () => {
  it('counts the deadline day itself as on time', () => {
    expect(reportState('2025-06', '2025-07-10')).toBe('on-time');
    expect(reportState('2025-06', '2025-07-01')).toBe('on-time');
    expect(reportState('2025-06', '2025-07-11')).toBe('late');
  });
  it('reads the first deadline for January 2025', () => {
    expect(reportState('2025-01', '2025-02-15')).toBe('on-time');
    expect(reportState('2025-01', '2025-02-20')).toBe('on-time');
    expect(reportState('2025-01', '2025-02-21')).toBe('late');
  });
  it('says missing without a report', () => {
    expect(reportState('2025-08', undefined)).toBe('missing');
  });
});

describe('reportStatuses', () => {
  const units = [
    { code: '899', name: 'Thành phố Rạch Giá' },
    { code: '900', name: 'Thành phố Hà Tiên' },
    { code: '902', name: 'Huyện Kiên Lương' },
  ];
  it('gives every unit a status, in the order of the units, with its first report', () => {
    const statuses = reportStatuses('2025-06', units, [
      { unit: '900', reportedOn: '2025-07-12' },
      { unit: '899', reportedOn: '2025-07-09' },
      { unit: '900', reportedOn: '2025-07-08' },
      { unit: '123', reportedOn: '2025-07-01' },
    ]);
    expect(statuses).toEqual([
      { code: '899', name: 'Thành phố Rạch Giá', state: 'on-time', reportedOn: '2025-07-09' },
      { code: '900', name: 'Thành phố Hà Tiên', state: 'on-time', reportedOn: '2025-07-08' },
      { code: '902', name: 'Huyện Kiên Lương', state: 'missing', reportedOn: undefined },
    ]);
    expect(countStates(statuses)).toEqual({ 'on-time': 2, late: 0, missing: 1 });
  });
  it('marks a report after the deadline late', () => {
    const [s] = reportStatuses(
      '2025-08',
      [{ code: '30742', name: 'Phường Rạch Giá' }],
      [{ unit: '30742', reportedOn: '2025-09-11' }],
    );
    expect(s?.state).toBe('late');
  });
});
