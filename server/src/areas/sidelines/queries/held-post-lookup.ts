import { and, eq, inArray, isNotNull } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { heldPostImport, outsideOrg, post, sideline, sidelineApplication, sidelineFile, sidelinePay, sidelineReport, tenure } from '../../../core/db/schema';
import { postOfTenure } from '../../../core/db/joins';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { Pack } from '../../../core/policy/pack-schema';
import { citationName } from '../../../core/policy/citation-names';
import { sidelinesPolicy } from '../policy';
import { holderRank } from '../rules/post-change';
import { normalizePostTitle } from '../rules/terms';
import type { HeldPostLookup } from '../rules/held-post-import';
import { importPeople } from '../../../core/imports/people';

/** Of these held posts, those used since they were written: a report, pay, a file, or an application continuing them. */
export async function sidelinesInUse(ex: Executor, ids: number[]): Promise<Set<number>> {
  if (!ids.length) return new Set();
  const [reports, pays, files, apps] = await together(ex, [
    () => ex.select({ id: sidelineReport.sidelineId }).from(sidelineReport).where(inArray(sidelineReport.sidelineId, ids)),
    () => ex.select({ id: sidelinePay.sidelineId }).from(sidelinePay).where(inArray(sidelinePay.sidelineId, ids)),
    () => ex.select({ id: sidelineFile.ownerId }).from(sidelineFile).where(and(eq(sidelineFile.ownerType, 'sideline'), inArray(sidelineFile.ownerId, ids))),
    () => ex.select({ id: sidelineApplication.continuesSidelineId }).from(sidelineApplication).where(and(isNotNull(sidelineApplication.continuesSidelineId), inArray(sidelineApplication.continuesSidelineId, ids))),
  ]);
  const used = new Set([...reports, ...pays, ...files, ...apps].map((r) => r.id!));
  // An end reported or registered since the import is a use too.
  const ended = await ex.select({ id: sideline.id, status: sideline.status, endReportedAt: sideline.endReportedAt, endKind: sideline.endKind }).from(sideline).where(inArray(sideline.id, ids));
  for (const s of ended) if (s.endReportedAt || (s.status !== 'active' && s.endKind !== 'renewed')) used.add(s.id);
  return used;
}

/** The roster, the organizations, the posts registered and the earlier imports, as the 兼职台账 rows are checked against them. */
export async function heldPostLookup(ex: Executor, institutionId: number, today: string, policy: EffectivePolicy, packs: ReadonlyMap<string, Pack>): Promise<HeldPostLookup> {
  const cite = (c: string | null) => citationName(packs, c);
  const [people, tenures, orgs, held, imports] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => ex
      .select({ personId: tenure.personId, rank: post.rank, startDate: tenure.startDate, endDate: tenure.endDate })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .where(eq(tenure.institutionId, institutionId)),
    () => ex.select({ id: outsideOrg.id, name: outsideOrg.name, kind: outsideOrg.kind, uscc: outsideOrg.uscc }).from(outsideOrg).where(eq(outsideOrg.institutionId, institutionId)),
    () => ex.select({ id: sideline.id, personId: sideline.personId, orgId: sideline.orgId, postTitle: sideline.postTitle, status: sideline.status }).from(sideline).where(eq(sideline.institutionId, institutionId)),
    () => ex.select().from(heldPostImport).where(eq(heldPostImport.institutionId, institutionId)),
  ]);
  const byPerson = new Map<number, typeof tenures>();
  for (const t of tenures) byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t]);
  const rankOf = new Map([...byPerson].map(([id, ts]) => [id, holderRank(ts, today).rank]));
  const importedIds = new Set(imports.flatMap((i) => i.sidelineIds));
  const inUse = await sidelinesInUse(ex, [...importedIds]);
  const scope = policy.param(sidelinesPolicy, 'sidelines.scope_ranks', today);
  const maxTerms = policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', today);
  const maxYears = policy.param(sidelinesPolicy, 'sidelines.max_years_without_term', today);
  const pay = policy.param(sidelinesPolicy, 'sidelines.pay_allowed', today);
  return {
    today,
    people,
    rankOf,
    orgsByUscc: new Map(orgs.filter((o) => o.uscc).map((o) => [o.uscc!, o])),
    orgsByName: new Map(orgs.map((o) => [o.name, o])),
    registered: new Set(held.filter((h) => !importedIds.has(h.id) && h.status !== 'ended').map((h) => `${h.personId}|${h.orgId}|${normalizePostTitle(h.postTitle)}`)),
    imported: new Map(imports.map((i) => [`${i.personId}|${i.orgId}|${i.postKey}`, { id: i.id, fingerprint: i.fingerprint, inUse: i.sidelineIds.some((id) => inUse.has(id)) }])),
    rules: {
      scopeRanks: scope.value, scopeArticle: cite(scope.source.citation), maxTerms: maxTerms.value, termsArticle: cite(maxTerms.source.citation),
      maxYears: maxYears.value, yearsArticle: cite(maxYears.source.citation), payArticle: cite(pay.source.citation),
    },
  };
}
