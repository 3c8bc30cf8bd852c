import { and, desc, eq, inArray } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { appraisal, commendation, inactionCase, person, reserveFinding, reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { activeImpactPeriods, determinations } from '../../tolerance';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { excellentCount, reserveBlockers, reserveRules, type ReserveRules } from '../rules/reserve';
import { incentivesPolicy } from '../policy';

const STATUS: Record<string, string> = { nominated: '待审核', approved: '在库', rejected: '未通过', removed: '已退出' };

/** 后备干部 (第4条、第5条): the target ranks, the findings that block, the years of grades looked back on. */
export const reserveRulesOf = async ({ db, packs }: Pick<AppDeps, 'db' | 'packs'>, institutionId: number) => reserveRules((await policyFor(db, packs, institutionId)).policy, todayIso());

/** What blocks each person (findings, running impact periods) and their excellent grades. */
export async function reserveStanding(ex: Executor, deps: Pick<AppDeps, 'db' | 'packs'>, institutionId: number, personIds: number[], given?: ReserveRules) {
  // Rules are read before any transaction (PGlite has one connection: a read outside an open transaction would wait for it).
  const rules = given ?? (await reserveRulesOf(deps, institutionId));
  const today = todayIso();
  if (!personIds.length) return { rules, of: () => ({ blockers: [], excellent: 0, commendations: 0 }) };
  const [findings, grades, dets, awards, inaction] = await together(ex, [
    () => ex.select().from(reserveFinding).where(and(eq(reserveFinding.institutionId, institutionId), inArray(reserveFinding.personId, personIds))),
    () => ex.select({ personId: appraisal.personId, year: appraisal.year, grade: appraisal.grade }).from(appraisal).where(and(eq(appraisal.institutionId, institutionId), inArray(appraisal.personId, personIds))),
    () => together(ex, personIds.map((id) => () => determinations(ex, institutionId, { personId: id }).then((d) => [id, d] as const))),
    () => ex.select({ personId: commendation.personId, awardedOn: commendation.awardedOn }).from(commendation).where(and(eq(commendation.institutionId, institutionId), inArray(commendation.personId, personIds))),
    () => ex
      .select({ personId: inactionCase.personId, signaledOn: inactionCase.signaledOn, detail: inactionCase.signalDetail, status: inactionCase.status, decision: inactionCase.decision })
      .from(inactionCase)
      .where(and(eq(inactionCase.institutionId, institutionId), inArray(inactionCase.personId, personIds), inArray(inactionCase.status, ['uncorrected', 'admonished', 'proposed', 'decided']))),
  ]);
  const since = `${Number(today.slice(0, 4)) - rules.excellentLookbackYears}-01-01`;
  const detsOf = new Map(dets);
  return {
    rules,
    of: (personId: number) => ({
      blockers: reserveBlockers(
        {
          findings: findings.filter((f) => f.personId === personId),
          impactPeriods: activeImpactPeriods(detsOf.get(personId) ?? [], { personId }, today).map((d) => ({ matter: d.matter, impactUntil: d.impactUntil! })),
          uncorrected: inaction.filter((c) => c.personId === personId && !(c.status === 'decided' && c.decision === 'not_adjusted')),
        },
        rules,
      ),
      excellent: excellentCount(grades.filter((g) => g.personId === personId), Number(today.slice(0, 4)), rules.excellentLookbackYears),
      commendations: awards.filter((a) => a.personId === personId && a.awardedOn >= since).length,
    }),
  };
}

export async function reserveNominations(deps: Pick<AppDeps, 'db' | 'packs'>, institutionId: number, where?: ReturnType<typeof and>) {
  const { db } = deps;
  const rows = await db.select({ n: reserveNomination, name: person.name }).from(reserveNomination).innerJoin(person, eq(person.id, reserveNomination.personId)).where(and(eq(reserveNomination.institutionId, institutionId), where)).orderBy(desc(reserveNomination.nominatedOn));
  const ids = [...new Set(rows.map((r) => r.n.personId))];
  const { of } = await reserveStanding(db, deps, institutionId, ids);
  const { policy } = await policyFor(db, deps.packs, institutionId);
  const posts = await currentPosts(db, institutionId, todayIso(), policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', todayIso()), ids);
  const mains = mainPosts(posts);
  return rows.map(({ n, name }) => {
    const main = mains.get(n.personId);
    return { ...n, name, departmentName: main?.departmentName ?? null, title: main?.title ?? null, targetRankLabel: VALUE_LABELS[n.targetRank] ?? n.targetRank, statusLabel: STATUS[n.status] ?? n.status, ...of(n.personId) };
  });
}

