import { importPeople } from '../../../core/imports/people';
import { and, asc, eq, ne } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { importBatch, interview, interviewTarget } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { Pack } from '../../../core/policy/pack-schema';
import { citationName } from '../../../core/policy/citation-names';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { interviewRules } from '../rules/rules';
import type { RecordImportLookup } from '../rules/record-import';
import type { RecordImportUndo } from '../commands/import-records';

export const RECORD_IMPORT_KEY = 'interview_records';

/** The interviews earlier batches wrote, by natural key: still-committed batches, oldest first, later entries winning. */
export async function importedInterviews(ex: Executor, institutionId: number): Promise<Map<string, { interviewId: number; fingerprint: string }>> {
  const batches = await ex
    .select({ undo: importBatch.undo })
    .from(importBatch)
    .where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.template, RECORD_IMPORT_KEY), eq(importBatch.status, 'committed')))
    .orderBy(asc(importBatch.id));
  const out = new Map<string, { interviewId: number; fingerprint: string }>();
  for (const b of batches) for (const e of (b.undo as RecordImportUndo | null)?.entries ?? []) out.set(e.key, { interviewId: e.interviewId, fingerprint: e.fingerprint });
  return out;
}

export async function recordImportLookup(ex: Executor, institutionId: number, today: string, policy: EffectivePolicy, packs: ReadonlyMap<string, Pack>): Promise<RecordImportLookup> {
  const [people, held, imported] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => ex
      .select({ id: interview.id, kind: interview.kind, on: interview.scheduledOn, heldOn: interview.heldOn, personId: interviewTarget.personId })
      .from(interview)
      .innerJoin(interviewTarget, eq(interviewTarget.interviewId, interview.id))
      .where(and(eq(interview.institutionId, institutionId), ne(interview.status, 'cancelled'))),
    () => importedInterviews(ex, institutionId),
  ]);
  const importedIds = new Set([...imported.values()].map((i) => i.interviewId));
  const rules = interviewRules(policy, today);
  return {
    today,
    people,
    kinds: new Map(rules.kinds.map((k) => [VALUE_LABELS[k] ?? k, k])),
    kindsArticle: citationName(packs, rules.kindsCitation),
    arranged: new Set(held.filter((h) => !importedIds.has(h.id)).map((h) => `${h.heldOn ?? h.on}|${h.personId}|${h.kind}`)),
    imported,
  };
}
