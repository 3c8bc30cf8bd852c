import { and, count, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import type { AuthContext } from '../../../core/auth/context';
import { appraisal, appraisalCycle, department, dutyReport } from '../../../core/db/schema';
import type { AppraisalRules } from '../rules/appraisal';

/** The college's appraisal cycles, newest first, with how many were graded and how many reports came in. */
export async function appraisalCycles(ex: Executor, institutionId: number) {
  const [cycles, graded, reports] = await Promise.all([
    ex.select().from(appraisalCycle).where(eq(appraisalCycle.institutionId, institutionId)).orderBy(desc(appraisalCycle.year)),
    ex.select({ cycleId: appraisal.cycleId, n: count() }).from(appraisal).where(eq(appraisal.institutionId, institutionId)).groupBy(appraisal.cycleId),
    ex.select({ cycleId: dutyReport.cycleId, n: count() }).from(dutyReport).where(eq(dutyReport.institutionId, institutionId)).groupBy(dutyReport.cycleId),
  ]);
  return cycles.map((c) => ({ ...c, graded: graded.find((g) => g.cycleId === c.id)?.n ?? 0, reports: reports.find((r) => r.cycleId === c.id)?.n ?? 0 }));
}

/** A person's grades over the years; the basis only for those who manage the appraisal and the person themselves. */
export async function personAppraisals(ex: Executor, auth: AuthContext, personId: number, labels: AppraisalRules['labels']) {
  const rows = await ex
    .select({ a: appraisal, departmentName: department.name })
    .from(appraisal)
    .leftJoin(department, eq(department.id, appraisal.departmentId))
    .where(and(eq(appraisal.institutionId, auth.institutionId), eq(appraisal.personId, personId)))
    .orderBy(desc(appraisal.year));
  const seesReason = auth.permissions.has('appraisal.manage') || auth.personId === personId;
  return rows.map(({ a, departmentName }) => ({ year: a.year, grade: a.grade, gradeLabel: labels[a.grade] ?? a.grade, departmentName, reason: seesReason ? a.reason : null, overQuota: a.overQuota, recordedOn: a.recordedOn }));
}

/** The caller's 述职述廉 reports: the open cycles they owe one in (by their ranks) and the reports they made. */
export async function myDutyReports(ex: Executor, auth: AuthContext, rules: Pick<AppraisalRules, 'dutyReportRanks' | 'dutyReportCitation'>) {
  if (!auth.personId) return [];
  const cycles = await ex.select().from(appraisalCycle).where(eq(appraisalCycle.institutionId, auth.institutionId)).orderBy(desc(appraisalCycle.year));
  const reports = await ex.select().from(dutyReport).where(and(eq(dutyReport.institutionId, auth.institutionId), eq(dutyReport.personId, auth.personId)));
  const owes = auth.posts.some((p) => rules.dutyReportRanks.includes(p.rank));
  return cycles
    .map((c) => {
      const r = reports.find((x) => x.cycleId === c.id);
      return { cycleId: c.id, year: c.year, due: c.dutyReportDue, owes: owes && c.status === 'open', submittedOn: r?.submittedOn ?? null, content: r?.content ?? null, citation: rules.dutyReportCitation };
    })
    .filter((x) => x.owes || x.submittedOn);
}
