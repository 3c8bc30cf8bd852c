import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { department, interviewPlan } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeInterview } from '../access';
import { interviewContext } from '../context';
import type { planCreate } from '../http/interviews.schema';

/** 四（三）: the discipline office draws up the campaign plan; a department its quarterly plan (one a quarter). */
export async function draftPlan(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof planCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const { rules } = await interviewContext(db, deps, auth.institutionId, todayIso());
  authorizeInterview(auth, 'draftPlan', { kind: b.kind, planCitation: rules.planCitation });
  if (b.kind === 'department') {
    if (!b.departmentId) throw new AppError('INTERVIEW_PLAN.DEPARTMENT', '请选择部门', 400, { field: 'departmentId' });
    if (!b.quarter) throw new AppError('INTERVIEW_PLAN.QUARTER', '部门约谈计划按季度报备，请选择季度', 400, { field: 'quarter', article: rules.planCitation ?? undefined });
    authorizeInterview(auth, 'draftDepartmentPlan', { departmentId: b.departmentId });
  }
  return runCommand(db, req, async (tx) => {
    if (b.departmentId) {
      const [d] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.id, b.departmentId)));
      if (!d) throw new AppError('INTERVIEW_PLAN.DEPARTMENT', '部门不存在', 400, { field: 'departmentId' });
      const [dup] = await tx.select({ id: interviewPlan.id }).from(interviewPlan).where(and(eq(interviewPlan.departmentId, b.departmentId), eq(interviewPlan.year, b.year), eq(interviewPlan.quarter, b.quarter!)));
      if (dup && b.kind === 'department') throw new AppError('INTERVIEW_PLAN.DUPLICATE', `该部门 ${b.year} 年第 ${b.quarter} 季度的约谈计划已经制定`, 409);
    }
    const [p] = await tx
      .insert(interviewPlan)
      .values({ institutionId: auth.institutionId, kind: b.kind, year: b.year, quarter: b.kind === 'department' ? b.quarter : null, departmentId: b.kind === 'department' ? b.departmentId : null, title: b.title, summary: b.summary, createdBy: auth.accountId })
      .returning({ id: interviewPlan.id });
    return { result: p.id, audit: { action: 'interview_plan.create', entityType: 'interview_plan', entityId: p.id, after: b } };
  });
}
