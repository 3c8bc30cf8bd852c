import { importPeople } from '../../../core/imports/people';
import { and, eq } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { importBatch, reserveNomination } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { citationName } from '../../../core/policy/citation-names';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { ReserveImportLookup } from '../rules/reserve-import';
import { reserveRulesOf, reserveStanding } from './reserve';

export const RESERVE_IMPORT_KEY = 'reserve_pool';

/** The nominations a committed 后备干部名单 batch wrote or changed (read from the batches' undo records). */
async function importedNominations(ex: Executor, institutionId: number): Promise<Set<number>> {
  const batches = await ex.select({ undo: importBatch.undo }).from(importBatch).where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.template, RESERVE_IMPORT_KEY), eq(importBatch.status, 'committed')));
  return new Set(batches.flatMap((b) => {
    const u = b.undo as { created?: number[]; updated?: { id: number }[] } | null;
    return [...(u?.created ?? []), ...(u?.updated ?? []).map((x) => x.id)];
  }));
}

/** The target ranks of 第4条 with their labels and article, as users read them. */
export async function reserveImportRanks(deps: Pick<AppDeps, 'db' | 'packs'>, institutionId: number) {
  const rules = await reserveRulesOf(deps, institutionId);
  return { rules, ranks: rules.targetRanks.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })), ranksArticle: citationName(deps.packs, rules.targetCitation) };
}

/** The roster, the nominations and what blocks each person, as the 后备干部名单 rows are checked against them. */
export async function reserveImportLookup(deps: Pick<AppDeps, 'db' | 'packs'>, institutionId: number, today: string, staffNos: string[]): Promise<ReserveImportLookup> {
  const ex = deps.db;
  const { rules, ranks, ranksArticle } = await reserveImportRanks(deps, institutionId);
  const [people, noms, imported] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => ex.select().from(reserveNomination).where(eq(reserveNomination.institutionId, institutionId)),
    () => importedNominations(ex, institutionId),
  ]);
  const wanted = new Set(staffNos);
  const ids = [...people.byStaffNo.values()].filter((p) => wanted.has(p.staffNo) && p.active).map((p) => p.id);
  const { of } = await reserveStanding(ex, deps, institutionId, ids, rules);
  const nominations: ReserveImportLookup['nominations'] = new Map();
  for (const n of noms.sort((a, b) => a.id - b.id))
    nominations.set(n.personId, [...(nominations.get(n.personId) ?? []), { id: n.id, status: n.status, targetRank: n.targetRank, nominatedOn: n.nominatedOn, reasons: n.reasons, reviewNote: n.reviewNote, imported: imported.has(n.id) }]);
  return {
    today,
    people,
    nominations,
    blockers: new Map(ids.map((id) => [id, of(id).blockers.map((b) => ({ reason: b.reason, article: citationName(deps.packs, b.article) }))])),
    ranks,
    ranksArticle,
  };
}
