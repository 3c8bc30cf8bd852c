import { and, desc, eq, gte } from 'drizzle-orm';
import { talkOccasion } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import { namesOf } from './people';

/** The college's registered occasions (第五条), latest first. */
export async function listOccasions(ex: Executor, institutionId: number) {
  const rows = await ex.select().from(talkOccasion).where(eq(talkOccasion.institutionId, institutionId)).orderBy(desc(talkOccasion.occasionDate)).limit(200);
  const names = await namesOf(ex, institutionId, rows.map((r) => r.subjectPersonId).filter((x): x is number => x !== null));
  // Own requests carry the person's words: the organization department sees that one was made, not its text.
  return rows.map((r) => ({
    id: r.id, kind: r.kind, subject: names.get(r.subjectPersonId ?? -1) ?? null, occasionDate: r.occasionDate,
    note: r.kind === 'own_request' ? '（本人申请）' : r.note, source: r.source,
  }));
}

/** The person's own request for a talk made on or after `since`, if any. */
export async function ownRequestSince(ex: Executor, institutionId: number, personId: number, since: string) {
  const [open] = await ex
    .select({ id: talkOccasion.id })
    .from(talkOccasion)
    .where(and(eq(talkOccasion.institutionId, institutionId), eq(talkOccasion.kind, 'own_request'), eq(talkOccasion.subjectPersonId, personId), gte(talkOccasion.occasionDate, since)));
  return open;
}
