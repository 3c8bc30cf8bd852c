import { and, desc, eq } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { commendation, commendationNomination, commendationRound, person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { ROUND_STATUS_LABELS, type RoundStatus } from '../rules/commendation';
import { incentivesPolicy } from '../policy';

/** 第15条: the steps' article, the days of publicity, and a round's quota by default. */
export async function commendationRules(ex: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number) {
  const { policy } = await policyFor(ex, packs, institutionId);
  const steps = policy.param(incentivesPolicy, 'incentives.commendation.steps', todayIso());
  return { citation: steps.source.citation, publicityDays: policy.value(incentivesPolicy, 'incentives.commendation.publicity_days', todayIso()), quota: policy.value(incentivesPolicy, 'incentives.commendation.round_quota', todayIso()) };
}

/** The 担当作为好干部 rounds, newest first, with their nominations. */
export async function commendationRounds(ex: Executor, institutionId: number, where?: ReturnType<typeof and>) {
  const rs = await ex.select().from(commendationRound).where(and(eq(commendationRound.institutionId, institutionId), where)).orderBy(desc(commendationRound.year), desc(commendationRound.id));
  const noms = await ex.select({ n: commendationNomination, name: person.name }).from(commendationNomination).innerJoin(person, eq(person.id, commendationNomination.personId)).where(eq(commendationNomination.institutionId, institutionId));
  return rs.map((r) => ({
    ...r, statusLabel: ROUND_STATUS_LABELS[r.status as RoundStatus] ?? r.status,
    nominations: noms.filter((x) => x.n.roundId === r.id).map(({ n, name }) => ({ id: n.id, personId: n.personId, name, deeds: n.deeds, status: n.status })),
  }));
}

/** Every award registered in the college, newest first. */
export const commendations = (ex: Executor, institutionId: number) =>
  ex
    .select({ id: commendation.id, personId: commendation.personId, name: person.name, title: commendation.title, issuer: commendation.issuer, awardedOn: commendation.awardedOn })
    .from(commendation)
    .innerJoin(person, eq(person.id, commendation.personId))
    .where(eq(commendation.institutionId, institutionId))
    .orderBy(desc(commendation.awardedOn));
