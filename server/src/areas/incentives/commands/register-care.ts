import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { careCase, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { careRules } from '../queries/care';
import type { careCreate } from '../http/care.schema';

/** 登记干部遇到的家庭生活困难或重大变故 (第10条): a situation the pack names, not dated ahead; a visit is then owed. Returns the case's id. */
export async function registerCare(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof careCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const r = await careRules(db, deps, auth.institutionId);
  if (!r.situations.includes(b.situation)) throw new AppError('CARE.SITUATION', `情形应为：${r.situations.map((s) => VALUE_LABELS[s] ?? s).join('、')}`, 400, { field: 'situation', article: r.citation ?? undefined });
  if (b.registeredOn > todayIso()) throw new AppError('CARE.FUTURE', '登记日期不能晚于今天', 400, { field: 'registeredOn' });
  return runCommand(db, req, async (tx) => {
    const [p] = await tx.select({ id: person.id }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
    if (!p) throw new AppError('CARE.PERSON', '人员不存在', 400, { field: 'personId' });
    const [c] = await tx.insert(careCase).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: careCase.id });
    return { result: c.id, audit: { action: 'care.register', entityType: 'care_case', entityId: c.id, after: { personId: b.personId, situation: b.situation } } };
  });
}
