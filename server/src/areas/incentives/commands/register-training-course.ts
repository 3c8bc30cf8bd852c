import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { trainingCourse } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { hoursProblem } from '../rules/training';
import { trainingRulesOf } from '../queries/training';
import type { courseCreate } from '../http/training.schema';

/** 登记一次培训 (第9条): a kind the pack names, already begun, with plausible whole hours for its days. Returns the course's id. */
export async function registerTrainingCourse(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof courseCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const { rules } = await trainingRulesOf(db, deps, auth.institutionId);
  if (!rules.kinds.includes(b.kind)) throw new AppError('TRAINING.KIND', `培训类别应为：${rules.kinds.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'kind', article: rules.kindsCitation ?? undefined });
  if (b.startDate > todayIso()) throw new AppError('TRAINING.FUTURE', '只登记已经开始的培训', 400, { field: 'startDate' });
  const problem = hoursProblem(b.hours, b.startDate, b.endDate, rules.maxHoursPerDay);
  if (problem) throw new AppError('TRAINING.HOURS', problem, 400, { field: problem.includes('日期') ? 'endDate' : 'hours' });
  if (!Number.isInteger(b.hours)) throw new AppError('TRAINING.HOURS', '培训学时应为整数', 400, { field: 'hours' });
  return runCommand(db, req, async (tx) => {
    const [c] = await tx.insert(trainingCourse).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: trainingCourse.id });
    return { result: c.id, audit: { action: 'training.course', entityType: 'training_course', entityId: c.id, after: b } };
  });
}
