import { and, eq, inArray, max } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { z } from 'zod';
import type { Executor } from '../../../core/db/client';
import { department, outsideOrg, person, post, sideline, sidelineReport, tenure } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { addDays, addYears } from '../../../core/shared/dates';
import { holderRank, mainPost, postChangeDue, recheckAfterPostChange, type HolderTenure } from '../rules/post-change';
import { toOutsideOrg } from '../facts';
import type { sidelineListQuery, sidelineOut } from '../http/sidelines.schema';
import { departmentOfPost, postOfTenure } from '../../../core/db/joins';
import { sidelinesPolicy } from '../policy';

export type LedgerRow = z.infer<typeof sidelineOut>;

/**
 * 兼职台账 (第五条): every post held, with its holder's department and post now, and what the rules say of it today:
 * term or ten-year date, whether it is expiring, and the 第十五条/第十六条 verdict after a change of the holder's post.
 */
export async function ledger(ex: Executor, institutionId: number, policy: EffectivePolicy, asOf: string, where: { personId?: number; id?: number } = {}): Promise<LedgerRow[]> {
  if (where.id !== undefined) {
    // One post's verdict depends on the holder's other posts (第七条 quotas under 第十六条): compute them all.
    const [one] = await ex.select({ personId: sideline.personId }).from(sideline).where(and(eq(sideline.institutionId, institutionId), eq(sideline.id, where.id)));
    return one ? (await ledger(ex, institutionId, policy, asOf, { personId: one.personId })).filter((r) => r.id === where.id) : [];
  }
  const rows = await ex
    .select({ s: sideline, personName: person.name, org: outsideOrg })
    .from(sideline)
    .innerJoin(person, eq(person.id, sideline.personId))
    .innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId))
    .where(and(eq(sideline.institutionId, institutionId), where.personId ? eq(sideline.personId, where.personId) : undefined))
    .orderBy(sideline.personId, sideline.startDate);
  if (!rows.length) return [];
  const personIds = [...new Set(rows.map((r) => r.s.personId))];
  const ids = rows.map((r) => r.s.id);
  const [tenures, reports] = await together(ex, [
    () => ex
      .select({ personId: tenure.personId, rank: post.rank, title: post.title, departmentId: post.departmentId, departmentName: department.name, startDate: tenure.startDate, endDate: tenure.endDate })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(department, departmentOfPost)
      .where(and(eq(tenure.institutionId, institutionId), inArray(tenure.personId, personIds))),
    () => ex.select({ sidelineId: sidelineReport.sidelineId, year: max(sidelineReport.year) }).from(sidelineReport).where(inArray(sidelineReport.sidelineId, ids)).groupBy(sidelineReport.sidelineId),
  ]);
  const byPerson = new Map<number, (HolderTenure & { title: string; departmentId: number; departmentName: string })[]>();
  for (const t of tenures) byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t]);
  const maxYears = policy.value(sidelinesPolicy, 'sidelines.max_years_without_term', asOf);
  const warning = policy.value(sidelinesPolicy, 'sidelines.term_end_warning_days', asOf);
  const verdicts = new Map<number, ReturnType<typeof recheckAfterPostChange> extends Map<number, infer V> ? V : never>();
  for (const pid of personIds) {
    const own = byPerson.get(pid) ?? [];
    const active = rows.filter((r) => r.s.personId === pid && r.s.status !== 'ended');
    const { rank } = holderRank(own, asOf);
    const v = recheckAfterPostChange(
      active.map(({ s, org }) => ({ ...s, org: toOutsideOrg(org) })),
      rank,
      policy,
      asOf,
    );
    v.forEach((x, k) => verdicts.set(k, x));
  }
  return rows.map(({ s, personName, org }) => {
    const own = byPerson.get(s.personId) ?? [];
    const { since } = holderRank(own, asOf);
    const main = mainPost(own, asOf);
    const limitDate = s.hasTerms ? s.endDate : addYears(s.firstHeldSince, maxYears);
    const v = verdicts.get(s.id);
    const due = v?.kind === 'resign' || v?.kind === 'reapprove' ? postChangeDue(v.kind, since, s.registeredAt, policy, asOf) : null;
    const text =
      s.status === 'ended'
        ? null
        : v?.kind === 'resign'
          ? `${due!.from} 职务变动后按新任职务的规定不得兼任（${v.findings.map((f) => f.message).join('；')}），应在 ${due!.due} 前辞去（${v.article}）`
          : v?.kind === 'reapprove'
            ? `${v.reason}，应在 ${due!.due} 前办理（${v.article}）`
            : v?.kind === 'not_managed'
              ? '本人已不担任领导职务，兼职可不再按领导人员兼职管理'
              : null;
    return {
      id: s.id,
      person: { id: s.personId, name: personName },
      departmentId: main?.departmentId ?? null,
      departmentName: main?.departmentName ?? null,
      currentPost: main ? main.title : null,
      postLabel: main ? (main.rank === 'principal' || main.rank === 'leader' ? main.title : `${main.departmentName}${main.title}`) : null,
      org: { id: org.id, name: org.name, kind: org.kind, uscc: org.uscc },
      postTitle: s.postTitle,
      hasTerms: s.hasTerms,
      termNumber: s.termNumber,
      startDate: s.startDate,
      endDate: s.endDate,
      firstHeldSince: s.firstHeldSince,
      approvedRank: s.approvedRank,
      registeredAt: s.registeredAt,
      registrationNo: s.registrationNo,
      status: s.status,
      endKind: s.endKind,
      endedOn: s.endedOn,
      applicationId: s.applicationId,
      watch: {
        verdict: s.status === 'ended' ? 'ended' : (v?.kind ?? 'unchanged'),
        text,
        limitDate,
        expiring: s.status === 'active' && !!limitDate && limitDate <= addDays(asOf, warning),
      },
      lastReportYear: reports.find((r) => r.sidelineId === s.id)?.year ?? null,
    };
  });
}

/** Filters of the ledger, applied to computed rows (a college has hundreds of posts, not millions). */
export function filterLedger(rows: LedgerRow[], q: z.infer<typeof sidelineListQuery>): LedgerRow[] {
  return rows.filter(
    (r) =>
      (!q.status || r.status === q.status) &&
      (!q.kind || r.org.kind === q.kind) &&
      (!q.departmentId || r.departmentId === q.departmentId) &&
      (!q.watch || (q.watch === 'expiring' ? r.watch.expiring : q.watch === 'over_limit' ? r.watch.verdict === 'resign' || r.watch.verdict === 'reapprove' : r.watch.verdict === 'not_managed')) &&
      (!q.q || r.person.name.includes(q.q) || r.org.name.includes(q.q)),
  );
}
