import { and, eq, gte, or } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { person, reserveNomination } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { addMonths } from '../../../core/shared/dates';
import { incentivesPolicy } from '../policy';

export interface ReserveFacts {
  /** Nominations waiting for review, and those reviewed within the pack's months (their review shown as done). */
  nominations: { id: number; personId: number; name: string; targetRank: string; nominatedOn: string; reviewedOn: string | null; departmentId: number | null }[];
}

/**
 * 后备干部 (第4条): the nominations waiting for the organization department's review, with the nominee's department,
 * and those reviewed within `incentives.reserve.done_lookback_months`. Nothing is read where the college's rules have
 * no review duty (no `incentives.reserve.review_days`): the deriver derives none.
 */
export async function loadReserveFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<ReserveFacts> {
  if (!policy.maybeParam(incentivesPolicy, 'incentives.reserve.review_days', asOf)) return { nominations: [] };
  const doneSince = addMonths(asOf, -policy.value(incentivesPolicy, 'incentives.reserve.done_lookback_months', asOf));
  const rows = await ex
    .select({ id: reserveNomination.id, personId: reserveNomination.personId, name: person.name, targetRank: reserveNomination.targetRank, nominatedOn: reserveNomination.nominatedOn, reviewedOn: reserveNomination.reviewedOn })
    .from(reserveNomination)
    .innerJoin(person, eq(person.id, reserveNomination.personId))
    .where(and(eq(reserveNomination.institutionId, institutionId), or(eq(reserveNomination.status, 'nominated'), gte(reserveNomination.reviewedOn, doneSince))));
  if (!rows.length) return { nominations: [] };
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const main = mainPosts(await currentPosts(ex, institutionId, asOf, gap, rows.map((r) => r.personId)));
  return { nominations: rows.map((r) => ({ ...r, departmentId: main.get(r.personId)?.departmentId ?? null })) };
}
