import { and, eq, gte, inArray, or } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { appraisalCycle, dutyReport, person, post, tenure } from '../../../core/db/schema';
import { activeOn } from '../../../core/db/sql';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { personOfTenure, postOfTenure } from '../../../core/db/joins';
import { dutyYears } from '../../../core/duties/years';
import { incentivesPolicy } from '../policy';

export interface AppraisalFacts {
  /** Open cycles (their duty reports are owed), and those of this year and the carry-over years (reports viewable). */
  cycles: { id: number; year: number; dutyReportDue: string; status: string }[];
  /** Current holders of the ranks that report, with their department. */
  reporters: { personId: number; name: string; departmentId: number }[];
  reports: { cycleId: number; personId: number; submittedOn: string }[];
}

export async function loadAppraisalFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<AppraisalFacts> {
  const ranks = policy.value(incentivesPolicy, 'incentives.appraisal.duty_report_ranks', asOf);
  const cycles = await ex
    .select({ id: appraisalCycle.id, year: appraisalCycle.year, dutyReportDue: appraisalCycle.dutyReportDue, status: appraisalCycle.status })
    .from(appraisalCycle)
    .where(and(eq(appraisalCycle.institutionId, institutionId), or(eq(appraisalCycle.status, 'open'), gte(appraisalCycle.year, dutyYears(policy, 'incentives', asOf)[0]))));
  if (!cycles.length) return { cycles, reporters: [], reports: [] };
  const [holders, reports] = await together(ex, [
    () => ex
      .selectDistinctOn([tenure.personId], { personId: tenure.personId, name: person.name, departmentId: post.departmentId })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(person, personOfTenure)
      .where(and(eq(tenure.institutionId, institutionId), activeOn(tenure.startDate, tenure.endDate, asOf), inArray(post.rank, ranks), eq(person.status, 'active')))
      .orderBy(tenure.personId),
    () => ex.select({ cycleId: dutyReport.cycleId, personId: dutyReport.personId, submittedOn: dutyReport.submittedOn }).from(dutyReport).where(inArray(dutyReport.cycleId, cycles.map((c) => c.id))),
  ]);
  return { cycles, reporters: holders, reports };
}
