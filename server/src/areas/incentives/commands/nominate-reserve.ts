import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq, inArray } from 'drizzle-orm';
import { person, reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { personsHolding, tell } from '../../../core/reminders/tell';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { authorizeIncentive } from '../access';
import { reserveStanding } from '../queries/reserve';
import type { reserveNominationCreate } from '../http/reserve.schema';

/**
 * 推荐后备干部 (第4条、第5条): not oneself (回避), to a target rank the pack names, of an active person with no finding that
 * blocks (一票否决、零容忍) nor a running impact period, once at a time; those who review are told. Returns its id.
 */
export async function nominateReserve(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof reserveNominationCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  authorizeIncentive(auth, 'nominateReserve', b);
  const { rules, of } = await reserveStanding(db, deps, auth.institutionId, [b.personId]);
  if (!rules.targetRanks.includes(b.targetRank)) throw new AppError('RESERVE.TARGET_RANK', `拟任职级应为：${rules.targetRanks.map((r) => VALUE_LABELS[r] ?? r).join('、')}`, 400, { field: 'targetRank', article: rules.targetCitation ?? undefined });
  const blocked = of(b.personId).blockers[0];
  if (blocked) throw new AppError(blocked.code, `不能推荐为后备干部：${blocked.reason}`, 409, { article: blocked.article ?? undefined });
  return runCommand(db, req, async (tx) => {
    const [p] = await tx.select({ id: person.id, status: person.status }).from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.id, b.personId)));
    if (!p || p.status !== 'active') throw new AppError('RESERVE.PERSON', '人员不存在或不在职', 400, { field: 'personId' });
    const [dup] = await tx.select({ id: reserveNomination.id }).from(reserveNomination).where(and(eq(reserveNomination.personId, b.personId), inArray(reserveNomination.status, ['nominated', 'approved'])));
    if (dup) throw new AppError('RESERVE.DUPLICATE', '该同志已在后备干部库中或正在审核', 409);
    const [n] = await tx.insert(reserveNomination).values({ institutionId: auth.institutionId, ...b, nominatedOn: todayIso(), createdBy: auth.accountId }).returning({ id: reserveNomination.id });
    const [nominee] = await tx.select({ name: person.name }).from(person).where(eq(person.id, b.personId));
    await tell(tx, deps.packs, {
      institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: await personsHolding(tx, auth.institutionId, { permission: 'reserve.manage' }),
      event: 'reserve.nominated', ctx: { id: n.id, who: nominee?.name ?? '', what: VALUE_LABELS[b.targetRank] ?? b.targetRank }, citation: rules.targetCitation,
    });
    return { result: n.id, audit: { action: 'reserve.nominate', entityType: 'reserve_nomination', entityId: n.id, after: b } };
  });
}
