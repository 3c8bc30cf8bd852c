import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { appraisal, appraisalCycle, dutyReport, inactionCase } from '../../../core/db/schema';
import { INACTION_STATUS_LABELS, type InactionStatus } from '../rules/inaction';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { AppError, notFound } from '../../../core/shared/errors';
import { appraisalRules, AppraisalRuleError, type AppraisalRules } from '../rules/appraisal';
import { personCases, type PersonCase } from './grade-facts';
import { byRank, currentPosts, mainPosts } from '../../../core/roster/posts';
import { incentivesPolicy } from '../policy';

/** The college's appraisal rules on a date, and the gap that joins tenures into one period. */
export async function appraisalContext(ex: Executor, deps: AppDeps, institutionId: number, asOf: string, factsVersion?: number) {
  const { policy } = await policyFor(ex, deps.packs, institutionId, factsVersion);
  return { rules: appraisalRules(policy, asOf), policy, gapDays: policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf) };
}

export const appraisalError = (e: unknown) =>
  e instanceof AppraisalRuleError ? new AppError(e.code, e.message, e.status, { article: e.article ?? undefined, field: e.field }) : e;

export async function getCycle(ex: Executor, institutionId: number, id: number) {
  const [c] = await ex.select().from(appraisalCycle).where(and(eq(appraisalCycle.institutionId, institutionId), eq(appraisalCycle.id, id)));
  if (!c) throw notFound('考核年度', 'APPRAISAL.CYCLE_NOT_FOUND');
  return c;
}


/**
 * Who is appraised in a department: active persons whose main post (their highest-ranked) is in it, below the
 * leadership; with what they hold, whether they owe a duty report, and their grade, report and exempted matters.
 */
export async function appraisalSheet(ex: Executor, institutionId: number, cycle: typeof appraisalCycle.$inferSelect, departmentId: number | null, asOf: string, gapDays: number, rules: Pick<AppraisalRules, 'dutyReportRanks' | 'appraisedRanks'>) {
  const posts = await currentPosts(ex, institutionId, asOf, gapDays);
  const members = [...mainPosts(posts).values()].filter((p) => (departmentId === null || p.departmentId === departmentId) && rules.appraisedRanks.includes(p.rank)).sort((a, b) => byRank(a, b) || a.personId - b.personId);
  const [grades, reports, inaction] = await together(ex, [
    () => ex.select().from(appraisal).where(and(eq(appraisal.institutionId, institutionId), eq(appraisal.year, cycle.year))),
    () => ex.select({ personId: dutyReport.personId, submittedOn: dutyReport.submittedOn }).from(dutyReport).where(eq(dutyReport.cycleId, cycle.id)),
    () => // 第14条: inaction found in the year is an important basis of the appraisal.
    ex.select({ personId: inactionCase.personId, status: inactionCase.status, signaledOn: inactionCase.signaledOn }).from(inactionCase).where(and(eq(inactionCase.institutionId, institutionId), gte(inactionCase.signaledOn, `${cycle.year}-01-01`), lte(inactionCase.signaledOn, `${cycle.year}-12-31`))),
  ]);
  // By person, once: a college of 2,000 is one sheet (the results export, the progress by department).
  const gradeOf = new Map(grades.map((g) => [g.personId, g]));
  const reportOf = new Map(reports.map((r) => [r.personId, r.submittedOn]));
  const inactionOf = new Map<number, string>();
  for (const c of inaction) if (!inactionOf.has(c.personId)) inactionOf.set(c.personId, `${c.signaledOn} 反映不作为（${INACTION_STATUS_LABELS[c.status as InactionStatus] ?? c.status}）`);
  return members.map((p) => {
    const g = gradeOf.get(p.personId);
    return {
      personId: p.personId, name: p.name, departmentId: p.departmentId, departmentName: p.departmentName, title: p.title, rank: p.rank, owesReport: rules.dutyReportRanks.includes(p.rank),
      reportOn: reportOf.get(p.personId) ?? null,
      inaction: inactionOf.get(p.personId) ?? null,
      grade: g?.grade ?? null, reason: g?.reason ?? null, overQuota: g?.overQuota ?? false, quotaReason: g?.quotaReason ?? null, recordedOn: g?.recordedOn ?? null,
    };
  });
}

/** The grades of a year already recorded for these people. */
export async function gradesOf(ex: Executor, institutionId: number, year: number, personIds: number[]) {
  if (!personIds.length) return [];
  return ex.select({ personId: appraisal.personId, grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, institutionId), eq(appraisal.year, year), inArray(appraisal.personId, personIds)));
}

/** A person's accountability cases, with those exempted for the annual appraisal (ahzaxy 第12条; the tolerance area answers). */
export async function casesForAppraisal(ex: Executor, institutionId: number, personId: number): Promise<PersonCase[]> {
  const r = await ex.execute(sql`SELECT ${personCases(institutionId, personId)} AS cases`);
  return (r.rows[0] as { cases: PersonCase[] }).cases;
}
