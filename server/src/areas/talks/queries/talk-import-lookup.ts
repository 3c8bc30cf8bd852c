import { and, eq, inArray, ne } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { importBatch, talk, talkParticipant } from '../../../core/db/schema';
import { show } from '../../../core/db/sealed';
import { together } from '../../../core/db/together';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { Pack } from '../../../core/policy/pack-schema';
import { citationName } from '../../../core/policy/citation-names';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { importPeople } from '../../../core/imports/people';
import { normalizeImportDate } from '../../../core/imports/cells';
import type { ImportRawRow } from '../../../core/imports/template';
import { talksPolicy } from '../policy';
import { loadTalkRosters } from '../facts';
import { talkFingerprint, talkNaturalKey, type TalkImportLookup, type TalkKindOption } from '../rules/talk-import';
import type { TalkImportUndo } from '../commands/import-talks';

/** The key of the go-live template of talk records (core/imports/template.ts GO_LIVE_LEDGERS). */
export const TALK_RECORDS_TEMPLATE = 'talk_records';

/** The kinds of 第四条 in force on the day, with their Chinese names (the template's drop-down). */
export function talkKindOptions(policy: EffectivePolicy, today: string): TalkKindOption[] {
  return policy.value(talksPolicy, 'talks.kinds', today).map((value) => ({ value, label: VALUE_LABELS[value] ?? value }));
}

/** The first day the college's talks regulation was in force (its quotas, 第八条), or null where no pack states them. */
function regulationSince(policy: EffectivePolicy): string | null {
  for (const pack of policy.sourcesFor('talks')) {
    const def = pack.parameters['talks.middle_to_staff_per_year'];
    if (def?.values.length) return def.values.map((v) => v.since).sort()[0];
  }
  return null;
}

/** The talks written by the college's committed go-live imports of talk records (their ids, from the batches' undo records). */
export async function importedTalkIds(ex: Executor, institutionId: number): Promise<Set<number>> {
  const batches = await ex
    .select({ undo: importBatch.undo })
    .from(importBatch)
    .where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.template, TALK_RECORDS_TEMPLATE), eq(importBatch.status, 'committed')));
  return new Set(batches.flatMap((b) => ((b.undo as TalkImportUndo | null)?.entries ?? []).map((e) => e.talkId)));
}

/**
 * What the rows of a talk-records file are checked against: the roster by 工号, the kinds, the regulation's dates and
 * articles, the talks already held on the file's dates (by natural key, and whether an import wrote them), and 第六条
 * on each of those dates.
 */
export async function talkImportLookup(ex: Executor, institutionId: number, today: string, policy: EffectivePolicy, packs: ReadonlyMap<string, Pack>, rows: ImportRawRow[]): Promise<TalkImportLookup> {
  const cite = (c: string | null) => citationName(packs, c);
  const citeOf = (k: 'talks.kinds' | 'talks.responsibility' | 'talks.middle_to_staff_per_year' | 'talks.record_required_fields') => cite(policy.maybeParam(talksPolicy, k, today)?.source.citation ?? null);
  const dates = [...new Set(rows.map((r) => normalizeImportDate(String(r.talkDate ?? ''))).filter((d): d is string => d !== null && d <= today))].sort();
  const [people, imported, held] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => importedTalkIds(ex, institutionId),
    () => dates.length
      ? ex
          .select({ id: talk.id, talkDate: talk.talkDate, kind: talk.kind, status: talk.status, talkTime: talk.talkTime, place: talk.place, keyPoints: talk.keyPoints, recorderPersonId: talk.recorderPersonId })
          .from(talk)
          .where(and(eq(talk.institutionId, institutionId), inArray(talk.talkDate, dates), ne(talk.status, 'cancelled')))
      : Promise.resolve([]),
  ]);
  const parts = held.length ? await ex.select().from(talkParticipant).where(inArray(talkParticipant.talkId, held.map((t) => t.id))) : [];
  const byTalk = new Map(held.map((t) => [t.id, { talkerIds: [] as number[], subjectIds: [] as number[] }]));
  for (const p of parts) (p.role === 'talker' ? byTalk.get(p.talkId)!.talkerIds : byTalk.get(p.talkId)!.subjectIds).push(p.personId);
  const onDates = held.map((t) => ({ ...t, ...byTalk.get(t.id)! }));
  const existing: TalkImportLookup['existing'] = new Map();
  for (const t of onDates)
    if (t.status === 'held')
      existing.set(talkNaturalKey(t.talkDate, t.talkerIds, t.subjectIds, t.kind), {
        id: t.id,
        imported: imported.has(t.id),
        fingerprint: imported.has(t.id) ? talkFingerprint({ ...t, keyPoints: show(talk.keyPoints, t.id, t.keyPoints) }) : '',
      });
  // 第六条 as the roster stood on each date of the file (today first: it sets the roster's reading of continuity).
  const rosters = dates.length ? (await loadTalkRosters(ex, institutionId, [today, ...dates], policy)).slice(1) : [];
  const responsible = new Map(dates.map((d, i) => [d, new Map(rosters[i].responsibilities.map((r) => [r.subjectId, r.talkerIds]))]));
  const named = cite(policy.maybeParam(talksPolicy, 'talks.kinds', today)?.source.citation ?? null);
  return {
    today,
    people,
    kinds: talkKindOptions(policy, today),
    regulation: { since: regulationSince(policy), name: named?.match(/^《[^》]+》/)?.[0] ?? '《谈心谈话规定》' },
    articles: { kinds: citeOf('talks.kinds'), responsibility: citeOf('talks.responsibility'), quota: citeOf('talks.middle_to_staff_per_year'), record: citeOf('talks.record_required_fields') },
    existing,
    onDates: onDates.map(({ id, talkDate, kind, talkerIds, subjectIds }) => ({ id, talkDate, kind, talkerIds, subjectIds })),
    responsible,
  };
}
