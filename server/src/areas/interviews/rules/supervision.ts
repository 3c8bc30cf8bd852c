import type { Duty, DutyDetail } from '../../../core/duties/types';

/**
 * 督导检查 (六（二）) by year: which of a year's department filings (四（三） the quarterly plans, 六（一） the statistics
 * tables) and campaigns are 逾期未报, and which of earlier years are still open beside them. Pure.
 *
 * A year's page counts that year's duties only. Whether they are still unfiled is judged as late as the duty engine
 * still derives them (this year and the pack's `interviews.carry_over_years`): today while the year is carried, else
 * the last day it was (31 December of the year plus the carry-over years). So a 2025 plan never filed shows on the
 * 2025 page as 逾期未报 in 2026, and one filed late in 2026 no longer does; the fourth quarter's statistics table, due in
 * January, is judged too. On a year's page the unfiled ones of earlier years still carried are listed apart, each with
 * its year, and counted in none of the year's figures.
 */

/** The date a year's page judges its duties on: today for this year (or a later one), else while the year was carried. */
export function supervisionDate(year: number, today: string, carryOverYears: number): string {
  if (year >= Number(today.slice(0, 4))) return today;
  const lastCarried = `${year + carryOverYears}-12-31`;
  return lastCarried < today ? lastCarried : today;
}

/** The kinds a department files with the discipline office (四（三） plans, 六（一） statistics tables). */
export const FILING_KINDS: readonly string[] = ['interview_plan', 'interview_statistics'];

/** The year a yearly duty belongs to (campaigns, plans and statistics carry it in their detail). */
export const yearOf = (d: Duty): number | undefined => {
  const y = (d.detail as DutyDetail & { year?: unknown }).year;
  return typeof y === 'number' ? y : undefined;
};
const byDue = (a: Duty, b: Duty) => a.dueDate.localeCompare(b.dueDate) || a.title.localeCompare(b.title, 'zh');

/**
 * A year's overdue filings, and the overdue filings and campaigns of earlier years (still carried on the same date), each
 * list by due date. `departments` counts the departments behind among the year's filings.
 */
export function lateFilings<D extends Duty>(duties: readonly D[], year: number): { late: D[]; departments: number; carriedOver: D[] } {
  const overdue = duties.filter((d) => d.status === 'overdue' && yearOf(d) !== undefined);
  const late = overdue.filter((d) => FILING_KINDS.includes(d.kind) && yearOf(d) === year).sort(byDue);
  const carriedOver = overdue.filter((d) => (FILING_KINDS.includes(d.kind) || d.kind === 'interview_campaign') && yearOf(d)! < year).sort(byDue);
  return { late, departments: new Set(late.map((d) => d.subjectDepartmentId ?? 0)).size, carriedOver };
}
