import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { inactionCase, inactionStep } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applyInaction, InactionRuleError, type InactionStatus } from '../rules/inaction';
import { authorizeIncentive, INACTION_HIDDEN } from '../access';
import { adjustmentLabel, INACTION_ACTION_LABELS, inactionRules } from '../queries/inaction';
import type { inactionAction } from '../http/inaction.schema';

/**
 * 提醒并提出整改要求、核查整改、诫勉、提出组织调整建议、集体研究决定 (第14条; 第8条 for a refusal to rotate): the steps in
 * order (rules/inaction.ts), not on one's own case (回避); each step is kept in the case's history.
 */
export async function handleInaction(deps: AppDeps, req: FastifyRequest, caseId: number, b: z.infer<typeof inactionAction>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const r = await inactionRules(db, deps, auth.institutionId);
  await runCommand(db, req, async (tx) => {
    const [c] = await tx.select().from(inactionCase).where(and(eq(inactionCase.institutionId, auth.institutionId), eq(inactionCase.id, caseId))).for('update');
    authorizeIncentive(auth, 'handleInaction', { personId: found(c, INACTION_HIDDEN).personId, action: b.action, label: INACTION_ACTION_LABELS[b.action] });
    let next;
    try {
      next = applyInaction({ status: c.status as InactionStatus, signal: c.signal, signaledOn: c.signaledOn, deadline: c.deadline }, b, r.forSignal(c.signal), todayIso());
    } catch (e) {
      throw e instanceof InactionRuleError ? new AppError(e.code, e.message, e.code === 'INACTION.STEP_ORDER' || e.code === 'INACTION.NOT_YET' ? 409 : 400, { article: e.article ?? undefined }) : e;
    }
    const set: Partial<typeof inactionCase.$inferInsert> = { status: next.status, deadline: next.deadline };
    if (b.action === 'remind') set.requirements = b.requirements;
    if (b.action === 'propose') Object.assign(set, { proposedAdjustment: b.adjustment, proposedOn: b.on });
    if (b.action === 'decide') Object.assign(set, { decision: b.decision, decidedOn: b.on, meetingRef: b.meetingRef });
    await tx.update(inactionCase).set(set).where(eq(inactionCase.id, c.id));
    const note = b.action === 'remind' ? `${b.requirements}（期限 ${b.deadline}）` : b.action === 'admonish' ? `${b.note}（期限 ${b.deadline}）` : b.action === 'propose' ? `${adjustmentLabel(b.adjustment)}：${b.reason}` : b.action === 'decide' ? `${adjustmentLabel(b.decision)}（${b.meetingRef}）：${b.note}` : `${b.corrected ? '已改正' : '未改正'}：${b.note}`;
    await tx.insert(inactionStep).values({ institutionId: auth.institutionId, caseId: c.id, action: b.action, on: b.on, note, actorName: auth.displayName });
    return { result: null, audit: { action: `inaction.${b.action}`, entityType: 'inaction_case', entityId: c.id, before: { status: c.status }, after: { status: next.status, on: b.on } } };
  });
}
