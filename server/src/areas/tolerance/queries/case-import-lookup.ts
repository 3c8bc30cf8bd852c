import { importPeople } from '../../../core/imports/people';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { correctionMeasure, department, importBatch, post, sidelineFile, tenure, toleranceFollowup, toleranceReview } from '../../../core/db/schema';
import { postOfTenure } from '../../../core/db/joins';
import { mainPost } from '../../sidelines';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { Pack } from '../../../core/policy/pack-schema';
import { citationName } from '../../../core/policy/citation-names';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { tolerancePolicy } from '../policy';
import { OUTCOME_LABELS } from '../rules/procedure';
import { toleranceRules } from '../rules/rules';
import { IMPORT_OUTCOMES, type CaseImportLookup, type ImportOutcome } from '../rules/case-import';
import type { CaseImportUndo } from '../commands/import-cases';

export const CASE_IMPORT_KEY = 'accountability_cases';

/** The pack's kinds of accountability on a day, as codes (none where the pack lists none). */
export const accountabilityKinds = (policy: EffectivePolicy, asOf: string): string[] => policy.maybeParam(tolerancePolicy, 'tolerance.accountability_kinds', asOf)?.value ?? [];

export const outcomeLabels = () => IMPORT_OUTCOMES.map((o) => OUTCOME_LABELS[o]);

/** Of these cases, those used since they were imported: a corrective measure, a follow-up visit, a file on a review. */
export async function casesInUse(ex: Executor, caseIds: number[]): Promise<Set<number>> {
  if (!caseIds.length) return new Set();
  const reviews = await ex.select({ id: toleranceReview.id, caseId: toleranceReview.caseId }).from(toleranceReview).where(inArray(toleranceReview.caseId, caseIds));
  const caseOf = new Map(reviews.map((r) => [r.id, r.caseId]));
  const reviewIds = [...caseOf.keys()];
  const [measures, visits, files] = await together(ex, [
    () => ex.select({ caseId: correctionMeasure.caseId }).from(correctionMeasure).where(inArray(correctionMeasure.caseId, caseIds)),
    () => (reviewIds.length ? ex.select({ id: toleranceFollowup.reviewId }).from(toleranceFollowup).where(inArray(toleranceFollowup.reviewId, reviewIds)) : Promise.resolve([])),
    () => (reviewIds.length ? ex.select({ id: sidelineFile.ownerId }).from(sidelineFile).where(and(eq(sidelineFile.ownerType, 'tolerance_review'), inArray(sidelineFile.ownerId, reviewIds))) : Promise.resolve([])),
  ]);
  return new Set([...measures.map((m) => m.caseId), ...[...visits, ...files].map((r) => caseOf.get(r.id)!)]);
}

/**
 * The cases earlier batches of this template wrote, by natural key: the batches still committed, oldest first, a later
 * batch's entry replacing an earlier one's (the batch payload is the record; no table of its own).
 */
export async function importedCases(ex: Executor, institutionId: number): Promise<Map<string, { caseId: number; fingerprint: string }>> {
  const batches = await ex
    .select({ undo: importBatch.undo })
    .from(importBatch)
    .where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.template, CASE_IMPORT_KEY), eq(importBatch.status, 'committed')))
    .orderBy(asc(importBatch.id));
  const out = new Map<string, { caseId: number; fingerprint: string }>();
  for (const b of batches) for (const e of (b.undo as CaseImportUndo | null)?.entries ?? []) out.set(e.key, { caseId: e.caseId, fingerprint: e.fingerprint });
  return out;
}

/** The roster, the departments, the pack's words and the earlier imports, as the rows are checked against them. */
export async function caseImportLookup(ex: Executor, institutionId: number, today: string, policy: EffectivePolicy, packs: ReadonlyMap<string, Pack>): Promise<CaseImportLookup> {
  const [people, depts, imported, tenures] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => ex.select({ id: department.id, name: department.name }).from(department).where(eq(department.institutionId, institutionId)),
    () => importedCases(ex, institutionId),
    () => ex.select({ personId: tenure.personId, rank: post.rank, startDate: tenure.startDate, endDate: tenure.endDate }).from(tenure).innerJoin(post, postOfTenure).where(eq(tenure.institutionId, institutionId)),
  ]);
  const tenuresOf = new Map<number, typeof tenures>();
  for (const t of tenures) tenuresOf.set(t.personId, [...(tenuresOf.get(t.personId) ?? []), t]);
  const inUse = await casesInUse(ex, [...imported.values()].map((i) => i.caseId));
  const rules = toleranceRules(policy, today);
  return {
    today,
    people,
    departments: new Map(depts.map((d) => [d.name, d.id])),
    kinds: new Map(accountabilityKinds(policy, today).map((k) => [VALUE_LABELS[k] ?? k, k])),
    outcomes: new Map(IMPORT_OUTCOMES.map((o) => [OUTCOME_LABELS[o], o as ImportOutcome])),
    exOfficio: rules.strategy === 'investigate_with_accountability',
    applicationArticle: citationName(packs, rules.filing.citation),
    protections: rules.protections.map((p) => VALUE_LABELS[p] ?? p),
    protectionsArticle: citationName(packs, rules.protectionsCitation),
    imported: new Map([...imported].map(([k, i]) => [k, { ...i, inUse: inUse.has(i.caseId) }])),
    scope: rules.subjectScope ? { ranks: rules.subjectScope.ranks, article: citationName(packs, rules.subjectScope.citation) } : null,
    rankOn: (personId, on) => mainPost(tenuresOf.get(personId) ?? [], on)?.rank ?? null,
  };
}
