import { and, eq, gte, or } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { person, reserveNomination } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { addMonths } from '../../../core/shared/dates';
import { incentivesPolicy } from '../policy';

export interface ReserveFacts {
  /** Nominations waiting for review, and those reviewed in the last year (their review shown as done). */
  nominations: { id: number; personId: number; name: string; targetRank: string; nominatedOn: string; reviewedOn: string | null; departmentId: number | null }[];
}

/** 后备干部 (第4条): the nominations waiting for the organization department's review, with the nominee's department. */
export async function loadReserveFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<ReserveFacts> {
  const rows = await ex
    .select({ id: reserveNomination.id, personId: reserveNomination.personId, name: person.name, targetRank: reserveNomination.targetRank, nominatedOn: reserveNomination.nominatedOn, reviewedOn: reserveNomination.reviewedOn })
    .from(reserveNomination)
    .innerJoin(person, eq(person.id, reserveNomination.personId))
    .where(and(eq(reserveNomination.institutionId, institutionId), or(eq(reserveNomination.status, 'nominated'), gte(reserveNomination.reviewedOn, addMonths(asOf, -12)))));
  if (!rows.length) return { nominations: [] };
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const main = mainPosts(await currentPosts(ex, institutionId, asOf, gap, rows.map((r) => r.personId)));
  return { nominations: rows.map((r) => ({ ...r, departmentId: main.get(r.personId)?.departmentId ?? null })) };
}
