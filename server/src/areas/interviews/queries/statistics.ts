import { and, eq, gte, lte, ne } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { department, interview, interviewStatistics, interviewTarget } from '../../../core/db/schema';
import { quarterOf } from '../rules/quarters';
import { INTERVIEW_KINDS } from '../rules/rules';
import { headsDepartment, seesAllStatistics } from '../access';

export const zeroCounts = () => Object.fromEntries(INTERVIEW_KINDS.map((k) => [k, 0])) as Record<string, number>;

/** Persons interviewed in a year, each with the kind, the month, their department and who organized the interview. */
export async function heldInYear(ex: Executor, institutionId: number, year: number) {
  return ex
    .select({ kind: interview.kind, heldOn: interview.heldOn, organizerKind: interview.organizerKind, organizerDepartmentId: interview.organizerDepartmentId, departmentId: interviewTarget.departmentId, departmentName: department.name, form: interview.form, planId: interview.planId })
    .from(interviewTarget)
    .innerJoin(interview, eq(interview.id, interviewTarget.interviewId))
    .leftJoin(department, eq(department.id, interviewTarget.departmentId))
    .where(and(eq(interview.institutionId, institutionId), ne(interview.status, 'cancelled'), gte(interview.heldOn, `${year}-01-01`), lte(interview.heldOn, `${year}-12-31`)));
}

export interface QuarterRow {
  departmentId: number;
  departmentName: string;
  quarter: number;
  counted: Record<string, number>;
  reported: Record<string, number> | null;
  reportedOn: string | null;
  note: string | null;
  mayReport: boolean;
}

/** Each department's quarters: persons interviewed in interviews it organized, beside what it reported (六（一）). */
export async function quarterlyStatistics(ex: Executor, auth: AuthContext, year: number): Promise<QuarterRow[]> {
  const [held, reports, depts] = await together(ex, [
    () => heldInYear(ex, auth.institutionId, year),
    () => ex.select().from(interviewStatistics).where(and(eq(interviewStatistics.institutionId, auth.institutionId), eq(interviewStatistics.year, year))),
    () => ex.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, auth.institutionId)),
  ]);
  const all = seesAllStatistics(auth);
  const rows = new Map<string, QuarterRow>();
  const row = (departmentId: number, quarter: number) => {
    const k = `${departmentId}:${quarter}`;
    if (!rows.has(k)) rows.set(k, { departmentId, departmentName: depts.find((d) => d.id === departmentId)?.name ?? '', quarter, counted: zeroCounts(), reported: null, reportedOn: null, note: null, mayReport: all || headsDepartment(auth, departmentId) });
    return rows.get(k)!;
  };
  for (const h of held) if (h.organizerKind === 'department' && h.organizerDepartmentId) row(h.organizerDepartmentId, quarterOf(h.heldOn!)).counted[h.kind]++;
  for (const r of reports) Object.assign(row(r.departmentId, r.quarter), { reported: r.figures, reportedOn: r.reportedOn, note: r.note, mayReport: false });
  return [...rows.values()].filter((r) => all || headsDepartment(auth, r.departmentId)).sort((a, b) => a.quarter - b.quarter || a.departmentName.localeCompare(b.departmentName, 'zh'));
}
