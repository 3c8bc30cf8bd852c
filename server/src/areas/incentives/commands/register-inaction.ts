import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { inactionCase, inactionStep } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { visiblePerson } from '../../people';
import { authorizeIncentive } from '../access';
import { inactionRules } from '../queries/inaction';
import type { inactionCreate } from '../http/inaction.schema';

/** Signal keys renamed since (the 第14条 不作为 tendency was once `tendency`, the talks' 作风品德廉洁 tendency): earlier requests still mean the same. */
const RENAMED_SIGNALS: Record<string, string> = { tendency: 'inaction_tendency' };

/** 登记干部不作为的苗头或反映 (第14条): a signal the pack names, not dated ahead, not of oneself (回避). Returns the case's id. */
export async function registerInaction(deps: AppDeps, req: FastifyRequest, body: z.infer<typeof inactionCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const b = { ...body, signal: RENAMED_SIGNALS[body.signal] ?? body.signal };
  const r = await inactionRules(db, deps, auth.institutionId);
  if (!r.signals.includes(b.signal)) throw new AppError('INACTION.SIGNAL', `发现渠道应为：${r.signals.map((s) => VALUE_LABELS[s] ?? s).join('、')}`, 400, { field: 'signal', article: r.citation ?? undefined });
  if (b.signaledOn > todayIso()) throw new AppError('INACTION.FUTURE', '发现日期不能晚于今天', 400, { field: 'signaledOn' });
  authorizeIncentive(auth, 'registerInaction', b);
  return runCommand(db, req, async (tx) => {
    await visiblePerson(tx, auth, b.personId, todayIso());
    const [c] = await tx.insert(inactionCase).values({ institutionId: auth.institutionId, ...b, createdBy: auth.accountId }).returning({ id: inactionCase.id });
    await tx.insert(inactionStep).values({ institutionId: auth.institutionId, caseId: c.id, action: 'signal', on: b.signaledOn, note: b.signalDetail, actorName: auth.displayName });
    return { result: c.id, audit: { action: 'inaction.signal', entityType: 'inaction_case', entityId: c.id, after: { personId: b.personId, signal: b.signal } } };
  });
}
