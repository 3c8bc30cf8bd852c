import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { interviewPlan, writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeInterview } from '../access';
import { interviewContext, leadContext } from '../context';
import type { inquiryCreate } from '../http/interviews.schema';

/** 拟进行谈话函询: in a campaign plan still being drawn up, of someone in post, never of oneself (回避). */
export async function proposeInquiry(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof inquiryCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules, gapDays } = await interviewContext(db, deps, auth.institutionId, today);
  const { posts } = await leadContext(db, auth.institutionId, today, gapDays);
  authorizeInterview(auth, 'proposeInquiry', b);
  const own = posts.filter((p) => p.personId === b.targetPersonId);
  if (!own.length) throw new AppError('INQUIRY.TARGET', '被函询人不存在或当前没有任职', 400, { field: 'targetPersonId' });
  return runCommand(db, req, async (tx) => {
    if (b.planId) {
      const [plan] = await tx.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, auth.institutionId), eq(interviewPlan.id, b.planId)));
      if (!plan || plan.kind !== 'campaign') throw new AppError('INQUIRY.PLAN', '谈话函询纳入集中约谈计划', 400, { field: 'planId', article: rules.planCitation ?? undefined });
      if (!['draft', 'returned'].includes(plan.status)) throw new AppError('INQUIRY.PLAN_LOCKED', '约谈计划已报领导小组审批，不能再增加函询', 409, { article: rules.planCitation ?? undefined });
    }
    const [w] = await tx
      .insert(writtenInquiry)
      .values({ institutionId: auth.institutionId, planId: b.planId, targetPersonId: b.targetPersonId, departmentId: own[0].departmentId, matter: b.matter, questions: b.questions, source: b.source, createdBy: auth.accountId })
      .returning({ id: writtenInquiry.id });
    return { result: w.id, audit: { action: 'inquiry.create', entityType: 'written_inquiry', entityId: w.id, after: { ...b, matter: undefined } } };
  });
}
