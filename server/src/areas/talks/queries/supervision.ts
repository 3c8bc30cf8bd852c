import { and, desc, eq } from 'drizzle-orm';
import { person, talkSupervisionNote } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';

/** 对谈话人的提醒和批评教育记录 of a year (第十一条), latest first. */
export async function listSupervisionNotes(ex: Executor, institutionId: number, year: number) {
  const rows = await ex
    .select({ id: talkSupervisionNote.id, talker: person.name, kind: talkSupervisionNote.kind, note: talkSupervisionNote.note, createdAt: talkSupervisionNote.createdAt })
    .from(talkSupervisionNote)
    .innerJoin(person, eq(person.id, talkSupervisionNote.talkerPersonId))
    .where(and(eq(talkSupervisionNote.institutionId, institutionId), eq(talkSupervisionNote.year, year)))
    .orderBy(desc(talkSupervisionNote.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}
