import { and, count, desc, eq, isNotNull, ne } from 'drizzle-orm';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import { department, interview, interviewPlan, interviewTarget, writtenInquiry } from '../../../core/db/schema';
import { mayEditPlan, mayInterview } from '../access';
import { PLAN_STATUS_LABELS } from './interviews';

export type PlanRow = typeof interviewPlan.$inferSelect;

/** Who a plan names as targets: of its interviews (not cancelled) and its written inquiries. */
export async function planTargets(ex: Executor, planId: number): Promise<number[]> {
  const [ivs, inquiries] = await Promise.all([
    ex.select({ personId: interviewTarget.personId }).from(interviewTarget).innerJoin(interview, eq(interview.id, interviewTarget.interviewId)).where(and(eq(interview.planId, planId), ne(interview.status, 'cancelled'))),
    ex.select({ personId: writtenInquiry.targetPersonId }).from(writtenInquiry).where(eq(writtenInquiry.planId, planId)),
  ]);
  return [...ivs, ...inquiries].map((x) => x.personId);
}

/** The plans that name a person as a target (回避: they neither submit nor approve them). */
async function plansNaming(ex: Executor, institutionId: number, personId: number): Promise<number[]> {
  const [ivs, inquiries] = await Promise.all([
    ex
      .selectDistinct({ planId: interview.planId })
      .from(interviewTarget)
      .innerJoin(interview, eq(interview.id, interviewTarget.interviewId))
      .where(and(eq(interview.institutionId, institutionId), eq(interviewTarget.personId, personId), isNotNull(interview.planId), ne(interview.status, 'cancelled'))),
    ex.selectDistinct({ planId: writtenInquiry.planId }).from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, institutionId), eq(writtenInquiry.targetPersonId, personId), isNotNull(writtenInquiry.planId))),
  ]);
  return [...ivs, ...inquiries].map((x) => x.planId!);
}

/** The plans the caller may see, with their interviews and inquiries counted and what the caller may do with each. */
export async function listPlans(ex: Executor, auth: AuthContext, where?: ReturnType<typeof and>) {
  const [plans, ivs, inquiries] = await Promise.all([
    ex
      .select({ p: interviewPlan, departmentName: department.name })
      .from(interviewPlan)
      .leftJoin(department, eq(department.id, interviewPlan.departmentId))
      .where(and(eq(interviewPlan.institutionId, auth.institutionId), where))
      .orderBy(desc(interviewPlan.year), desc(interviewPlan.quarter), desc(interviewPlan.id)),
    ex
      .select({ planId: interview.planId, status: interview.status, n: count() })
      .from(interview)
      .where(and(eq(interview.institutionId, auth.institutionId), isNotNull(interview.planId)))
      .groupBy(interview.planId, interview.status),
    ex.select({ planId: writtenInquiry.planId, n: count() }).from(writtenInquiry).where(and(eq(writtenInquiry.institutionId, auth.institutionId), isNotNull(writtenInquiry.planId))).groupBy(writtenInquiry.planId),
  ]);
  const named = auth.personId === null ? [] : await plansNaming(ex, auth.institutionId, auth.personId);
  const tally = (planId: number, statuses: string[]) => ivs.filter((x) => x.planId === planId && statuses.includes(x.status)).reduce((n, x) => n + x.n, 0);
  const rows = plans.map((r) => ({
    ...r, interviews: tally(r.p.id, ['planned', 'held', 'closed']), held: tally(r.p.id, ['held', 'closed']), inquiries: inquiries.find((x) => x.planId === r.p.id)?.n ?? 0,
  }));
  return rows
    .filter((r) => mayInterview(auth, 'seePlan', r.p))
    .map(({ p, departmentName, interviews, held, inquiries }) => ({
      ...p, kindLabel: p.kind === 'campaign' ? '集中约谈计划' : '部门季度约谈计划', departmentName, statusLabel: PLAN_STATUS_LABELS[p.status] ?? p.status, interviews, held, inquiries,
      may: {
        edit: mayEditPlan(auth, p),
        submit: p.kind === 'campaign' && mayEditPlan(auth, p) && !named.includes(p.id),
        approve: p.kind === 'campaign' && p.status === 'submitted' && auth.permissions.has('interview.approve') && !named.includes(p.id),
        file: p.kind === 'department' && mayEditPlan(auth, p),
      },
    }));
}
