import { eq, inArray } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { oversight, tenure } from '../../../core/db/schema';
import { AppError } from '../../../core/shared/errors';
import { planRetirement, RETIREMENT_END_REASON } from '../rules/retirement';
import { oversightsOf, tenuresOf } from '../queries/people.repository';

/**
 * Retires a person inside the caller's transaction: every post still held ends on the retirement date with the reason
 * 退休 (which the talks area reads as the retirement talk occasion, scitc-2025 附件1 第五条（二）), and every oversight
 * still running ends on that date. Refused, changing nothing, when the date is missing or does not fit the record.
 * Returns what was ended, for the audit event of the change.
 */
export async function retirePerson(tx: Executor, institutionId: number, p: { id: number; hireDate: string }, retiredOn: string | undefined, docNo: string | null, today: string) {
  const [tenures, oversights] = [await tenuresOf(tx, institutionId, [p.id]), await oversightsOf(tx, institutionId, eq(oversight.leaderPersonId, p.id))];
  const plan = planRetirement({
    hireDate: p.hireDate, retiredOn, today,
    tenures: tenures.map((t) => ({ id: t.id, startDate: t.startDate, endDate: t.endDate, label: `${t.departmentName}${t.title}` })),
    oversights: oversights.map((o) => ({ id: o.id, startDate: o.startDate, endDate: o.endDate, label: `分管${o.departmentName}` })),
  });
  if (!plan.ok) throw new AppError(plan.problem.code, plan.problem.message, 400, { field: plan.problem.field });
  if (plan.endTenures.length) await tx.update(tenure).set({ endDate: retiredOn!, endReason: RETIREMENT_END_REASON, endDocNo: docNo }).where(inArray(tenure.id, plan.endTenures));
  if (plan.endOversights.length) await tx.update(oversight).set({ endDate: retiredOn! }).where(inArray(oversight.id, plan.endOversights));
  return {
    retiredOn: retiredOn!,
    endedTenures: tenures.filter((t) => plan.endTenures.includes(t.id)).map((t) => ({ id: t.id, post: `${t.departmentName}${t.title}` })),
    endedOversights: oversights.filter((o) => plan.endOversights.includes(o.id)).map((o) => ({ id: o.id, department: o.departmentName })),
  };
}
