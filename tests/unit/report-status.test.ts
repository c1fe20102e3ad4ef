import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { assembleSiteData } from '../e2e/site-data';
import { loadArea, loadSiteData } from '../../src/lib/data/load';
import type { ReportingArea } from '../../src/lib/model/report-status';
import {
  countStates,
  deadlineText,
  nextFiguresExpected,
  reportDeadline,
  reportRowByText,
  reportRowStatusText,
  reportState,
  reportStates,
  reportStatuses,
  unitReportHistory,
} from '../../src/lib/model/report-status';

/** The shipped area's letter, as its fixture holds it: "trước ngày 20/02/2025, sau đó định kỳ ngày 10 …". */
const withLetter: ReportingArea = loadArea('tests/fixtures/kien-giang');
/** A province without its own letter (what `npm run area` writes): no rhythm at all. */
const noLetter: ReportingArea = {};
/** The same letter with a rhythm of its own (the 15th, no first deadline), to prove the rule is read from the data. */
const fifteenth: ReportingArea = {
  letter: {
    ...withLetter.letter!,
    reporting: { quote: 'ngày 15 của tháng tiếp theo', recipient: 'Sở Khoa học và Công nghệ', dayOfNextMonth: 15 },
  },
};

describe('nextFiguresExpected', () => {
  it("names the next month and its deadline under the area's rhythm (06/12/2026: latest 10/2026 → 11/2026 after 10/12/2026)", () => {
    expect(nextFiguresExpected(withLetter, '2026-10')).toEqual({
      month: '2026-11',
      after: '2026-12-10',
      text: 'Số liệu tháng 11/2026 dự kiến được cập nhật sau ngày 10/12/2026 (hạn báo cáo hằng tháng).',
    });
    expect(nextFiguresExpected(withLetter, '2025-12')?.after).toBe('2026-02-10');
    expect(nextFiguresExpected(fifteenth, '2025-12')?.after).toBe('2026-02-15');
  });
  it('expects nothing where the area has no rhythm', () => {
    expect(nextFiguresExpected(noLetter, '2026-10')).toBeUndefined();
  });
});

describe('reportDeadline', () => {
  it('has no deadline, ever, for an area without its own letter', () => {
    expect(reportDeadline(noLetter, '2025-01')).toBeUndefined();
    expect(reportDeadline(noLetter, '2025-09')).toBeUndefined();
    expect(deadlineText(noLetter, '2025-09')).toBeUndefined();
  });
  it("follows the letter's own day, when it has another", () => {
    expect(reportDeadline(fifteenth, '2025-01')).toBe('2025-02-15');
    expect(reportDeadline(fifteenth, '2025-12')).toBe('2026-01-15');
  });
  it('gives the first deadline, 20/02/2025, to every month up to 2025-01', () => {
    expect(reportDeadline(withLetter, '2024-10')).toBe('2025-02-20');
    expect(reportDeadline(withLetter, '2024-12')).toBe('2025-02-20');
    expect(reportDeadline(withLetter, '2025-01')).toBe('2025-02-20');
  });
  it('is the 10th of the following month from 2025-02 on, across a year end', () => {
    expect(reportDeadline(withLetter, '2025-02')).toBe('2025-03-10');
    expect(reportDeadline(withLetter, '2025-06')).toBe('2025-07-10');
    expect(reportDeadline(withLetter, '2025-12')).toBe('2026-01-10');
  });
});

describe('reportState', () => {
  it('counts the deadline day itself as on time', () => {
    expect(reportState(withLetter, '2025-06', '2025-07-10')).toBe('on-time');
    expect(reportState(withLetter, '2025-06', '2025-07-01')).toBe('on-time');
    expect(reportState(withLetter, '2025-06', '2025-07-11')).toBe('late');
  });
  it('reads the first deadline for January 2025', () => {
    expect(reportState(withLetter, '2025-01', '2025-02-15')).toBe('on-time');
    expect(reportState(withLetter, '2025-01', '2025-02-20')).toBe('on-time');
    expect(reportState(withLetter, '2025-01', '2025-02-21')).toBe('late');
  });
  it('says missing without a report', () => {
    expect(reportState(withLetter, '2025-08', undefined)).toBe('missing');
  });
  it('is never late without a deadline: a report is received, or missing', () => {
    expect(reportState(noLetter, '2025-06', '2026-12-31')).toBe('received');
    expect(reportState(noLetter, '2025-06', undefined)).toBe('missing');
    expect(reportStates(noLetter)).toEqual(['received', 'missing']);
    expect(reportStates(withLetter)).toEqual(['on-time', 'late', 'missing']);
  });
});

describe('reportStatuses', () => {
  const units = [
    { code: '899', name: 'Thành phố Rạch Giá' },
    { code: '900', name: 'Thành phố Hà Tiên' },
    { code: '902', name: 'Huyện Kiên Lương' },
  ];
  it('gives every unit a status, in the order of the units, with its first report', () => {
    const statuses = reportStatuses(withLetter, '2025-06', units, [
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
    expect(countStates(statuses)).toEqual({ 'on-time': 2, late: 0, received: 0, missing: 1 });
  });
  it('marks a report after the deadline late', () => {
    const [s] = reportStatuses(
      withLetter,
      '2025-08',
      [{ code: '30742', name: 'Phường Rạch Giá' }],
      [{ unit: '30742', reportedOn: '2025-09-11' }],
    );
    expect(s?.state).toBe('late');
  });
});

describe('unitReportHistory on the e2e fixture (tests/fixtures/site)', () => {
  const dir = assembleSiteData(mkdtempSync(join(tmpdir(), 'report-status-')));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const { area, campaign, vintages } = loadSiteData(dir);
  const old = vintages.get('2025-01')!;
  const current = vintages.get('2025-07')!;

  it("gives an old unit its district's status every month of its vintage, a month without report included", () => {
    // 30733 Phường Vĩnh Thanh is in Thành phố Rạch Giá (899), which reported 2025-06 on 09/07/2025.
    expect(unitReportHistory(area, campaign, old, '30733')).toEqual([
      {
        month: '2025-05',
        deadline: '2025-06-10',
        status: 'missing',
        by: 'district',
        districtName: 'Thành phố Rạch Giá',
      },
      {
        month: '2025-06',
        deadline: '2025-07-10',
        status: 'on-time',
        receivedOn: '2025-07-09',
        by: 'district',
        districtName: 'Thành phố Rạch Giá',
      },
    ]);
    // 30808 Xã Bình An is in Huyện Kiên Lương, which never reported.
    expect(unitReportHistory(area, campaign, old, '30808').map((r) => [r.status, r.districtName])).toEqual([
      ['missing', 'Huyện Kiên Lương'],
      ['missing', 'Huyện Kiên Lương'],
    ]);
  });

  it("gives a new unit its own status; the other vintage's months are not its", () => {
    expect(unitReportHistory(area, campaign, current, '31012')).toEqual([
      { month: '2025-07', deadline: '2025-08-10', status: 'missing', by: 'unit' },
      { month: '2025-08', deadline: '2025-09-10', status: 'on-time', receivedOn: '2025-09-08', by: 'unit' },
    ]);
    // Without the letter: the same reports, no deadline, and the one that came is received, not on time.
    expect(unitReportHistory(noLetter, campaign, current, '31012')).toEqual([
      { month: '2025-07', status: 'missing', by: 'unit' },
      { month: '2025-08', status: 'received', receivedOn: '2025-09-08', by: 'unit' },
    ]);
    // The unit whose name is markup: its rows carry no name at all, only month, dates and status.
    expect(unitReportHistory(area, campaign, current, '31105').map((r) => r.status)).toEqual(['missing', 'missing']);
  });

  it('marks a report after the deadline late, with the day it came; the first of two reports counts', () => {
    const months = campaign.months.map((m) =>
      m.month === '2025-08'
        ? {
            ...m,
            reports: [
              ...m.reports,
              { unit: '30742', reportedOn: '2025-09-15', solutions: '', difficulties: '' },
              { unit: '30742', reportedOn: '2025-09-11', solutions: '', difficulties: '' },
            ],
          }
        : m,
    );
    const [, august] = unitReportHistory(area, { months }, current, '30742');
    expect(august).toEqual({
      month: '2025-08',
      deadline: '2025-09-10',
      status: 'late',
      receivedOn: '2025-09-11',
      by: 'unit',
    });
  });
});

describe('wording of a report row', () => {
  it.each([
    [{ status: 'on-time', receivedOn: '2025-09-08' } as const, 'Đúng hạn'],
    [{ status: 'late', receivedOn: '2025-09-11' } as const, 'Trễ hạn (nhận ngày 11/09/2025)'],
    [{ status: 'received', receivedOn: '2025-09-30' } as const, 'Đã nhận (ngày 30/09/2025)'],
    [{ status: 'missing' } as const, 'Chưa nhận'],
  ])('%o → %s', (row, text) => {
    expect(reportRowStatusText(row)).toBe(text);
  });

  it("says when the status is the district's report, with the district's type in lower case", () => {
    expect(reportRowByText({ by: 'district', districtName: 'Huyện An Biên' })).toBe('Báo cáo của huyện An Biên');
    expect(reportRowByText({ by: 'district', districtName: 'Thành phố Rạch Giá' })).toBe(
      'Báo cáo của thành phố Rạch Giá',
    );
    expect(reportRowByText({ by: 'unit' })).toBeUndefined();
  });

  it('names the deadline of a month', () => {
    expect(deadlineText(withLetter, '2025-08')).toBe('Hạn nộp báo cáo tháng 8/2025: ngày 10/09/2025');
    expect(deadlineText(withLetter, '2025-01')).toBe('Hạn nộp báo cáo tháng 1/2025: ngày 20/02/2025');
  });
});
