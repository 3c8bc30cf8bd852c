import { describe, expect, it } from 'vitest';
import { buildCalendar } from './source';
import { workingDayDeadline } from './deadlines';

const cal = buildCalendar([], []);

describe('working-day deadlines of the tolerance procedure', () => {
  it.each([
    // article, from, working days, due
    ['xzcit 第五条（二）: 30 working days for the report, accepted before Mid-Autumn and National Day 2026', '2026-09-15', 30, '2026-11-02'],
    ['xzcit 第五条（二）: 30 working days for the report, accepted in spring', '2026-03-02', 30, '2026-04-14'],
    ['xzcit 第五条（三）: feedback within 3 working days of a Thursday decision', '2026-11-19', 3, '2026-11-24'],
    ['xzcit 第五条（三）: feedback within 3 working days of a decision on the eve of Labour Day', '2026-04-30', 3, '2026-05-08'],
    ['xzcit 第五条（一）: 7 working days over Labour Day and the 调休 Saturday 05-09', '2026-04-28', 7, '2026-05-11'],
  ])('%s', (_article, from, n, due) => {
    expect(workingDayDeadline(cal, from, n)).toEqual({ date: due, provisional: false });
  });

  it('a deadline running into a year whose holidays are unknown is provisional, counted over weekends only', () => {
    const known = new Set([...cal.knownYears].filter((y) => y <= 2026));
    const d = workingDayDeadline({ ...cal, knownYears: known }, '2026-12-28', 5);
    // 12-29, 12-30, 12-31 in 2026 (known), then 2027-01-01 (Fri) and 01-04 (Mon) as plain weekdays
    expect(d).toEqual({ date: '2027-01-04', provisional: true });
  });

  it('a confirmed override year is counted with its holidays', () => {
    const c = buildCalendar([{ date: '2030-01-01', kind: 'holiday' }], [2030]);
    expect(workingDayDeadline(c, '2029-12-31', 1).date).toBe('2030-01-02');
  });
});
