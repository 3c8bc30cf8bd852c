import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { account, person, reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { tell } from '../../../core/reminders/tell';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { authorizeIncentive, NOMINATION_HIDDEN } from '../access';
import { reserveRulesOf, reserveStanding } from '../queries/reserve';
import type { reserveAction } from '../http/reserve.schema';

/**
 * 审核推荐（入库或不通过），或退出后备干部库: not of oneself (回避); a nomination is reviewed once, and approved only while
 * nothing blocks it (第5条); only a cadre in the reserve leaves it. The nominator hears the review's result.
 */
export async function reviewReserve(deps: AppDeps, req: FastifyRequest, nominationId: number, b: z.infer<typeof reserveAction>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const rules = await reserveRulesOf(deps, auth.institutionId);
  await runCommand(db, req, async (tx) => {
    const [n] = await tx.select().from(reserveNomination).where(and(eq(reserveNomination.institutionId, auth.institutionId), eq(reserveNomination.id, nominationId))).for('update');
    authorizeIncentive(auth, 'reviewReserve', { personId: found(n, NOMINATION_HIDDEN).personId, action: b.action });
    let set: Partial<typeof reserveNomination.$inferInsert>;
    if (b.action === 'remove') {
      if (n.status !== 'approved') throw new AppError('RESERVE.STATUS', '只有在库的后备干部可以退出', 409);
      set = { status: 'removed', removedOn: today, removalReason: b.reason };
    } else {
      if (n.status !== 'nominated') throw new AppError('RESERVE.STATUS', '该推荐已经审核', 409);
      if (b.action === 'approve') {
        const blocked = (await reserveStanding(tx, deps, auth.institutionId, [n.personId], rules)).of(n.personId).blockers[0];
        if (blocked) throw new AppError(blocked.code, `不能入库：${blocked.reason}`, 409, { article: blocked.article ?? undefined });
      }
      set = { status: b.action === 'approve' ? 'approved' : 'rejected', reviewedOn: today, reviewNote: b.note };
    }
    await tx.update(reserveNomination).set(set).where(eq(reserveNomination.id, n.id));
    if (b.action !== 'remove') {
      // The nominator hears the review's result.
      const [[nominee], [by]] = await Promise.all([
        tx.select({ name: person.name }).from(person).where(eq(person.id, n.personId)),
        tx.select({ personId: account.personId }).from(account).where(eq(account.id, n.createdBy)),
      ]);
      await tell(tx, deps.packs, {
        institutionId: auth.institutionId, createdBy: auth.accountId, actorPersonId: auth.personId, recipients: [by?.personId], event: 'reserve.reviewed',
        ctx: { id: n.id, who: nominee?.name ?? '', what: VALUE_LABELS[n.targetRank] ?? n.targetRank, decision: b.action === 'approve' ? '入库' : '不通过', reason: b.note }, citation: rules.targetCitation,
      });
    }
    return { result: null, audit: { action: `reserve.${b.action}`, entityType: 'reserve_nomination', entityId: n.id, before: { status: n.status }, after: set } };
  });
}
