import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { department, interviewStatistics } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { quarterStart } from '../rules/quarters';
import { INTERVIEW_KINDS } from '../rules/rules';
import { authorizeInterview } from '../access';
import { interviewContext } from '../context';
import type { statisticsCreate } from '../http/interviews.schema';
import { zeroCounts } from '../queries/statistics';

/** 六（一）: a department reports its quarterly 约谈情况统计表 (once a quarter, from the quarter's start). */
export async function reportStatistics(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof statisticsCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await interviewContext(db, deps, auth.institutionId, today);
  authorizeInterview(auth, 'reportStatistics', b);
  if (quarterStart(b.year, b.quarter) > today) throw new AppError('INTERVIEW_STATS.FUTURE', '该季度尚未开始，不能报送统计表', 400, { field: 'quarter' });
  const unknown = Object.keys(b.figures).filter((k) => !(INTERVIEW_KINDS as readonly string[]).includes(k));
  if (unknown.length) throw new AppError('INTERVIEW_STATS.KIND', `统计项应为：${INTERVIEW_KINDS.map((k) => VALUE_LABELS[k]).join('、')}`, 400, { field: 'figures' });
  return runCommand(db, req, async (tx) => {
    const [d] = await tx.select({ id: department.id }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.id, b.departmentId)));
    if (!d) throw new AppError('INTERVIEW_STATS.DEPARTMENT', '部门不存在', 400, { field: 'departmentId' });
    const [dup] = await tx.select({ id: interviewStatistics.id }).from(interviewStatistics).where(and(eq(interviewStatistics.departmentId, b.departmentId), eq(interviewStatistics.year, b.year), eq(interviewStatistics.quarter, b.quarter)));
    if (dup) throw new AppError('INTERVIEW_STATS.DUPLICATE', `该部门 ${b.year} 年第 ${b.quarter} 季度的统计表已经报送`, 409, { article: rules.statisticsCitation ?? undefined });
    const [s] = await tx
      .insert(interviewStatistics)
      .values({ institutionId: auth.institutionId, departmentId: b.departmentId, year: b.year, quarter: b.quarter, reportedOn: today, figures: { ...zeroCounts(), ...b.figures }, note: b.note, createdBy: auth.accountId })
      .returning({ id: interviewStatistics.id });
    return { result: s.id, audit: { action: 'interview_statistics.report', entityType: 'interview_statistics', entityId: s.id, after: b } };
  });
}
