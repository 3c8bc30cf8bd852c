import { describe, expect, it } from 'vitest';
import type { Duty, DutyStatus } from '../../../core/duties/types';
import { lateFilings, supervisionDate } from './supervision';

describe('督导检查 by year (tongren-2016 六（二）; carry-over interviews.carry_over_years, 系统默认)', () => {
  it.each<[string, number, string, number, string]>([
    // case, page year, today, carry-over years, judged on
    ['六（二）: this year is judged today', 2026, '2026-03-01', 1, '2026-03-01'],
    ['四（三）: last year, still carried, is judged today (its Q4 statistics table falls due in January)', 2025, '2026-03-01', 1, '2026-03-01'],
    ['四（三）: a year no longer carried is judged on its last day carried', 2024, '2026-03-01', 1, '2025-12-31'],
    ['四（三）: with no carry-over a past year is judged as at its 31 December', 2025, '2026-03-01', 0, '2025-12-31'],
    ['六（二）: a later year than today is judged today', 2027, '2026-12-07', 1, '2026-12-07'],
  ])('%s', (_case, year, today, carry, judgedOn) => {
    expect(supervisionDate(year, today, carry)).toBe(judgedOn);
  });

  const duty = (kind: string, year: number | undefined, status: DutyStatus, dueDate: string, departmentId?: number): Duty =>
    ({ key: `${kind}:${departmentId}:${year}:${dueDate}`, kind, title: `${kind} ${year}`, owner: { type: 'role', role: 'discipline' }, subjectDepartmentId: departmentId, dueDate, dueSoonDays: 7, citation: null, isDefaultRule: false, dueIsDefault: false, link: '', detail: { reasons: [], ...(year ? { year } : {}) }, institutionId: 1, status }) as Duty;

  it.each<[string, Duty, 'late' | 'carried' | 'neither']>([
    ['四（三）: an unfiled plan of the year is late', duty('interview_plan', 2026, 'overdue', '2026-10-15', 7), 'late'],
    ['六（一）: an unreported statistics table of the year is late', duty('interview_statistics', 2026, 'overdue', '2026-10-10', 8), 'late'],
    ['四（三）: a plan filed late is not 未报', duty('interview_plan', 2026, 'done', '2026-04-15', 7), 'neither'],
    ['四（三）: a plan of last year still unfiled is listed apart, not in the year', duty('interview_plan', 2025, 'overdue', '2025-07-15', 7), 'carried'],
    ['四（三）: a campaign of last year not carried out is listed apart', duty('interview_campaign', 2025, 'overdue', '2025-12-20', 5), 'carried'],
    ['四（三）: the year\'s own campaign is on the campaign card, not in the late filings', duty('interview_campaign', 2026, 'overdue', '2026-06-30', 5), 'neither'],
    ['四（三）: a plan of a later year is not on this year\'s page', duty('interview_plan', 2027, 'overdue', '2027-01-15', 7), 'neither'],
    ['五（三）: a duty without a year (an interviewee\'s material) is not a filing', duty('interview_work', undefined, 'overdue', '2026-03-01', 7), 'neither'],
  ])('%s', (_case, d, where) => {
    const r = lateFilings([d], 2026);
    expect(r.late.includes(d) ? 'late' : r.carriedOver.includes(d) ? 'carried' : 'neither').toBe(where);
  });

  it('六（二）: the count is of departments behind, not of items; each list by due date', () => {
    const r = lateFilings([duty('interview_plan', 2026, 'overdue', '2026-07-15', 7), duty('interview_plan', 2026, 'overdue', '2026-04-15', 7), duty('interview_statistics', 2026, 'overdue', '2026-04-10', 8)], 2026);
    expect(r.late.map((d) => d.dueDate)).toEqual(['2026-04-10', '2026-04-15', '2026-07-15']);
    expect(r.departments).toBe(2);
  });
});
