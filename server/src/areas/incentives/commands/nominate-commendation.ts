import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { commendationNomination, commendationRound } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { visiblePerson } from '../../people';
import { authorizeIncentive } from '../access';
import { commendationRules } from '../queries/commendation';
import type { nominationCreate } from '../http/commendation.schema';

/** 推荐人选，写明担当作为的事迹: not oneself (回避), while the round takes nominations, once a person. */
export async function nominateCommendation(deps: AppDeps, req: FastifyRequest, roundId: number, b: z.infer<typeof nominationCreate>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  authorizeIncentive(auth, 'nominateCommendation', b);
  const r = await commendationRules(db, deps, auth.institutionId);
  await runCommand(db, req, async (tx) => {
    const [round] = await tx.select().from(commendationRound).where(and(eq(commendationRound.institutionId, auth.institutionId), eq(commendationRound.id, roundId))).for('update');
    if (!round) throw notFound('评选', 'ROUND.NOT_FOUND');
    if (round.status !== 'nominating') throw new AppError('ROUND.STEP_ORDER', '推荐已经结束', 409, { article: r.citation ?? undefined });
    await visiblePerson(tx, auth, b.personId, todayIso());
    const [dup] = await tx.select({ id: commendationNomination.id }).from(commendationNomination).where(and(eq(commendationNomination.roundId, round.id), eq(commendationNomination.personId, b.personId)));
    if (dup) throw new AppError('ROUND.DUPLICATE', '该同志已被推荐', 409);
    const [n] = await tx.insert(commendationNomination).values({ institutionId: auth.institutionId, roundId: round.id, ...b, createdBy: auth.accountId }).returning({ id: commendationNomination.id });
    return { result: n.id, audit: { action: 'commendation.nominate', entityType: 'commendation_round', entityId: round.id, after: { personId: b.personId } } };
  });
}
