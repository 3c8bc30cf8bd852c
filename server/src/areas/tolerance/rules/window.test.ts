import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../core/calendar/source';
import { checkFiling, filingDeadline, type CaseStage, type FilingRule } from './window';

const cal = buildCalendar([], []);
const xzcit: FilingRule = { strategy: 'apply_to_party_committee_within_working_days', citation: 'xzcit-2018 第五条（一）', workingDays: 7 };
const scitc: FilingRule = { strategy: 'apply_to_accountable_department_during_investigation', citation: 'scitc-2025 附件3 第五条（一）（二）', stages: ['investigating'] };
const ahzaxy: FilingRule = { strategy: 'investigate_with_accountability', citation: 'ahzaxy-2020 第12条' };

describe('filing window (tolerance.application_strategy)', () => {
  it.each<[string, FilingRule, CaseStage, string, string, string | null]>([
    // article, rule, stage, procedure started, filed on, refusal code (null = accepted for filing)
    ['xzcit 第五条（一）: the 7th working day, counted over Labour Day 2026 and its 调休 Saturday 05-09', xzcit, 'investigating', '2026-04-28', '2026-05-11', null],
    ['xzcit 第五条（一）: the 8th working day is late', xzcit, 'investigating', '2026-04-28', '2026-05-12', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: a holiday does not use the window (05-07 would be the 7th day counting weekends only)', xzcit, 'investigating', '2026-04-28', '2026-05-08', null],
    ['xzcit 第五条（一）: the day the procedure starts is not counted', xzcit, 'started', '2026-03-02', '2026-03-11', null],
    ['xzcit 第五条（一）: the next working day after the 7th is late', xzcit, 'started', '2026-03-02', '2026-03-12', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: over National Day 2026 (10-10 调休 Saturday counts)', xzcit, 'investigating', '2026-09-30', '2026-10-15', null],
    // The window is compared as a date: any day after the deadline — a weekend, a holiday, a 调休 Saturday — is late.
    ['xzcit 第五条（一）: filed on the deadline day (Friday 03-13, the 7th working day)', xzcit, 'started', '2026-03-04', '2026-03-13', null],
    ['xzcit 第五条（一）: the Saturday right after the deadline is late (no working day passed, the date did)', xzcit, 'started', '2026-03-04', '2026-03-14', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: the Sunday right after the deadline is late', xzcit, 'started', '2026-03-04', '2026-03-15', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: a 调休 working Saturday (05-09) that is the 7th working day is in time', xzcit, 'started', '2026-04-27', '2026-05-09', null],
    ['xzcit 第五条（一）: a 调休 working Saturday (05-09) after the deadline (05-08) is late', xzcit, 'started', '2026-04-24', '2026-05-09', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: a holiday (中秋 09-25) right after the deadline (09-24) is late', xzcit, 'started', '2026-09-16', '2026-09-25', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: National Day (10-01) right after the deadline (09-30) is late', xzcit, 'started', '2026-09-20', '2026-10-01', 'TOLERANCE.WINDOW_CLOSED'],
    ['xzcit 第五条（一）: a holiday before the deadline (中秋 09-26, deadline 09-28) is in time', xzcit, 'started', '2026-09-17', '2026-09-26', null],
    ['xzcit 第五条（一）: before the procedure started', xzcit, 'started', '2026-03-02', '2026-03-01', 'TOLERANCE.BEFORE_START'],
    ['scitc 第五条（一）: during the investigation of the case', scitc, 'investigating', '2026-03-02', '2026-06-30', null],
    ['scitc 第五条（一）: not before the investigation stage', scitc, 'started', '2026-03-02', '2026-03-03', 'TOLERANCE.NOT_INVESTIGATING'],
    ['scitc 第五条（二）: never after accountability was carried out', scitc, 'decided', '2026-03-02', '2026-04-01', 'TOLERANCE.AFTER_CARRIED_OUT'],
    ['scitc 第五条（二）: nor after the case was closed', scitc, 'closed', '2026-03-02', '2026-04-01', 'TOLERANCE.AFTER_CARRIED_OUT'],
    ['ahzaxy 第12条: no application, the inquiry starts with the procedure', ahzaxy, 'investigating', '2026-03-02', '2026-03-03', 'TOLERANCE.NO_APPLICATION'],
  ])('%s', (_article, rule, stage, startedOn, filedOn, code) => {
    const refusal = checkFiling(rule, { stage, startedOn }, filedOn, cal);
    expect(refusal?.code ?? null).toBe(code);
    if (refusal && code !== 'TOLERANCE.BEFORE_START') expect(refusal.article).toBe(rule.citation);
  });

  it('xzcit 第五条（一）: the refusal states the last day of the window', () => {
    expect(filingDeadline(xzcit, { stage: 'investigating', startedOn: '2026-04-28' }, cal)).toEqual({ date: '2026-05-11', provisional: false });
    expect(checkFiling(xzcit, { stage: 'investigating', startedOn: '2026-04-28' }, '2026-05-12', cal)?.message).toContain('申请截止 2026-05-11');
  });

  it('scitc and ahzaxy have no working-day window', () => {
    expect(filingDeadline(scitc, { stage: 'investigating', startedOn: '2026-04-28' }, cal)).toBeNull();
    expect(filingDeadline(ahzaxy, { stage: 'investigating', startedOn: '2026-04-28' }, cal)).toBeNull();
  });

  it('xzcit 第五条（一）: the deadline of each weekend and holiday case', () => {
    const until = (startedOn: string) => filingDeadline(xzcit, { stage: 'started', startedOn }, cal)?.date;
    expect([until('2026-03-04'), until('2026-04-27'), until('2026-04-24'), until('2026-09-16'), until('2026-09-20'), until('2026-09-17')]).toEqual([
      '2026-03-13', '2026-05-09', '2026-05-08', '2026-09-24', '2026-09-30', '2026-09-28',
    ]);
  });

  it('xzcit 第五条（一）: a late filing against a provisional deadline (holidays of the year unknown) is not refused by a guess', () => {
    const unknown = buildCalendar([], []);
    const year = Math.max(...unknown.knownYears) + 2;
    const c = { stage: 'started' as const, startedOn: `${year}-03-02` };
    const until = filingDeadline(xzcit, c, unknown)!;
    expect(until.provisional).toBe(true);
    expect(checkFiling(xzcit, c, until.date, unknown)).toBeNull();
    expect(() => checkFiling(xzcit, c, `${year}-04-30`, unknown)).toThrow(expect.objectContaining({ code: 'CALENDAR.YEAR_UNKNOWN' }));
  });
});
