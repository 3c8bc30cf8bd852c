import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, sql } from 'drizzle-orm';
import { interview, interviewPlan, writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeInterview, mayEditPlan, PLAN_HIDDEN } from '../access';
import { interviewContext } from '../context';
import type { planDecision } from '../http/interviews.schema';
import { planTargets, type PlanRow } from '../queries/plans';

/** A campaign plan submitted to, approved or returned by the leading group; a department's quarterly plan filed (四（三）). */
export async function decidePlan(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof planDecision>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await interviewContext(db, deps, auth.institutionId, today);
  const article = rules.planCitation ?? undefined;
  if ('on' in b && b.on > today) throw new AppError('INTERVIEW_PLAN.FUTURE', '日期不能晚于今天', 400, { field: 'on' });
  await runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, id))).for('update');
    const p = found(row, PLAN_HIDDEN);
    authorizeInterview(auth, 'seePlan', p);
    let set: Partial<PlanRow>;
    // 回避: nobody submits, approves or returns a plan that names them as a target.
    if (p.kind === 'campaign' && b.action !== 'file') authorizeInterview(auth, 'decidePlan', { action: b.action, targetPersonIds: await planTargets(tx, p.id) });
    if (b.action === 'submit') {
      if (p.kind !== 'campaign' || !mayEditPlan(auth, p)) throw new AppError('INTERVIEW_PLAN.FORBIDDEN', '只有草拟中或已退回的集中约谈计划可以由纪检监察室报批', 409, { article });
      const [{ n }] = await tx.select({ n: sql<number>`count(*)::int` }).from(interview).where(and(eq(interview.planId, p.id), sql`${interview.status} <> 'cancelled'`));
      const [{ m }] = await tx.select({ m: sql<number>`count(*)::int` }).from(writtenInquiry).where(eq(writtenInquiry.planId, p.id));
      if (n + m === 0) throw new AppError('INTERVIEW_PLAN.EMPTY', '计划中还没有约谈对象，请先甄选约谈对象、确定主谈人和时间地点', 409, { article });
      set = { status: 'submitted', submittedOn: today, returnReason: null };
    } else if (b.action === 'approve' || b.action === 'return') {
      authorizeInterview(auth, 'approvePlan', { planCitation: rules.planCitation });
      if (p.kind !== 'campaign' || p.status !== 'submitted') throw new AppError('INTERVIEW_PLAN.STATUS', '该计划不在待审批状态', 409);
      set = b.action === 'approve' ? { status: 'approved', approvedOn: b.on, meetingRef: b.meetingRef, approvedBy: auth.accountId } : { status: 'returned', returnReason: b.reason };
    } else {
      if (p.kind !== 'department' || !mayEditPlan(auth, p)) throw new AppError('INTERVIEW_PLAN.STATUS', '只有草拟中的部门季度计划可以报备', 409);
      set = { status: 'filed', filedOn: b.on };
    }
    await tx.update(interviewPlan).set(set).where(eq(interviewPlan.id, p.id));
    return { result: null, audit: { action: `interview_plan.${b.action}`, entityType: 'interview_plan', entityId: p.id, before: { status: p.status }, after: { ...b, ...set } } };
  });
}
