import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { interviewTargetFact, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { POST_SOURCES } from '../rules/targets';
import { authorizeInterview } from '../access';
import { interviewContext } from '../context';
import type { targetFactCreate } from '../http/interviews.schema';

/** 三: registers a fact that makes a cadre an interview target (批评教育、组织处理、纪律处分…), never about oneself (回避). */
export async function registerTargetFact(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof targetFactCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await interviewContext(db, deps, auth.institutionId, today);
  const allowed = Object.values(rules.targetSources.value).flat().filter((s) => !POST_SOURCES.includes(s));
  if (!allowed.includes(b.source))
    throw new AppError('INTERVIEW.TARGET_SOURCE', `可登记的情形为：${allowed.map((s) => VALUE_LABELS[s] ?? s).join('、')}`, 400, { field: 'source', article: rules.targetSources.citation ?? undefined });
  if (b.on > today) throw new AppError('INTERVIEW.FUTURE', '日期不能晚于今天', 400, { field: 'on' });
  authorizeInterview(auth, 'registerTargetFact', b);
  return runCommand(db, req, async (tx) => {
    const [p] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
    if (!p) throw new AppError('INTERVIEW.PERSON', '人员不存在', 400, { field: 'personId' });
    const [f] = await tx.insert(interviewTargetFact).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: interviewTargetFact.id });
    return { result: f.id, audit: { action: 'interview.target_fact', entityType: 'interview_target_fact', entityId: f.id, after: b } };
  });
}
