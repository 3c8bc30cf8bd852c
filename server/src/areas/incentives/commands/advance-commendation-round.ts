import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { commendation, commendationNomination, commendationRound } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { applyRound, RoundRuleError, type RoundStatus } from '../rules/commendation';
import { authorizeIncentive } from '../access';
import { commendationRules } from '../queries/commendation';
import type { roundAction } from '../http/commendation.schema';

const roundError = (e: unknown) => (e instanceof RoundRuleError ? new AppError(e.code, e.message, e.code === 'ROUND.STEP_ORDER' ? 409 : 400, { article: e.article ?? undefined }) : e);

/**
 * 结束推荐、集体研究决定表彰人选、公示 (第15条): the steps in order (rules/commendation.ts); deciding and publishing not by
 * a nominee (回避); publishing registers the awards.
 */
export async function advanceCommendationRound(deps: AppDeps, req: FastifyRequest, roundId: number, b: z.infer<typeof roundAction>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const r = await commendationRules(db, deps, auth.institutionId);
  await runCommand(db, req, async (tx) => {
    const [round] = await tx.select().from(commendationRound).where(and(eq(commendationRound.institutionId, auth.institutionId), eq(commendationRound.id, roundId))).for('update');
    if (!round) throw notFound('评选', 'ROUND.NOT_FOUND');
    const noms = await tx.select().from(commendationNomination).where(eq(commendationNomination.roundId, round.id));
    // The persons nominated are the subjects of the decision and of its publication (closing the nominations decides nothing about anyone).
    if (b.action !== 'close') authorizeIncentive(auth, 'decideCommendation', { action: b.action, nomineeIds: noms.map((n) => n.personId) });
    let next;
    try {
      next = applyRound({ status: round.status as RoundStatus, quota: round.quota, nominees: noms.map((n) => n.personId), decidedOn: round.decidedOn }, b, r, todayIso());
    } catch (e) {
      throw roundError(e);
    }
    const set: Partial<typeof commendationRound.$inferInsert> = { status: next.status };
    if (b.action === 'decide') {
      Object.assign(set, { decidedOn: b.on, meetingRef: b.meetingRef });
      for (const n of noms) await tx.update(commendationNomination).set({ status: b.awardedPersonIds.includes(n.personId) ? 'awarded' : 'not_awarded' }).where(eq(commendationNomination.id, n.id));
    }
    if (b.action === 'publish') {
      Object.assign(set, { publishedOn: b.on, publicUntil: next.publicUntil });
      const awarded = noms.filter((n) => n.status === 'awarded');
      if (awarded.length)
        await tx.insert(commendation).values(awarded.map((n) => ({ institutionId: auth.institutionId, personId: n.personId, title: round.title.replace(/评选$/, ''), issuer: '学院党委', awardedOn: b.on, roundId: round.id, createdBy: auth.accountId })));
    }
    await tx.update(commendationRound).set(set).where(eq(commendationRound.id, round.id));
    return { result: null, audit: { action: `commendation.${b.action}`, entityType: 'commendation_round', entityId: round.id, before: { status: round.status }, after: { ...set } } };
  });
}
