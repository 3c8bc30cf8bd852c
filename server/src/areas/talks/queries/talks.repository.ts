import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { person, talk, talkParticipant } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import { AppError } from '../../../core/shared/errors';
import { show } from '../../../core/db/sealed';
import { found } from '../../../core/http/authorize';
import { authorizeTalk, mayTalk, TALK_HIDDEN } from '../access';

export type TalkRow = typeof talk.$inferSelect;

export interface TalkWithPeople extends TalkRow {
  talkers: { id: number; name: string }[];
  subjects: { id: number; name: string }[];
  recorder: { id: number; name: string } | null;
}

export async function withPeople(ex: Executor, rows: TalkRow[]): Promise<TalkWithPeople[]> {
  if (!rows.length) return [];
  const parts = await ex
    .select({ talkId: talkParticipant.talkId, role: talkParticipant.role, id: person.id, name: person.name })
    .from(talkParticipant)
    .innerJoin(person, eq(person.id, talkParticipant.personId))
    .where(inArray(talkParticipant.talkId, rows.map((r) => r.id)));
  const recorderIds = rows.map((r) => r.recorderPersonId).filter((x): x is number => x !== null);
  const recorders = recorderIds.length ? await ex.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, recorderIds)) : [];
  return rows.map((r) => ({
    ...r,
    talkers: parts.filter((p) => p.talkId === r.id && p.role === 'talker').map(({ id, name }) => ({ id, name })),
    subjects: parts.filter((p) => p.talkId === r.id && p.role === 'subject').map(({ id, name }) => ({ id, name })),
    recorder: recorders.find((x) => x.id === r.recorderPersonId) ?? null,
  }));
}

export function involving(personId: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${talkParticipant} WHERE ${talkParticipant.talkId} = ${talk.id} AND ${talkParticipant.personId} = ${personId})`;
}

/** What makes two entries the same talk: the same day, the same first talker and first subject. */
type TalkKey = { talkDate: string; talkerIds: number[]; subjectIds: number[] };

/**
 * The advisory lock's key for a talk: the college, the day, the first talker and the first subject. Before a talk is
 * recorded without the user's confirmation, its key is locked for the rest of the transaction and the same talk looked
 * for after (migration 0034 `talk_same_after_lock`, commands/insert-talk.ts), so identical entries posted at once (on one
 * instance or several sharing a database) are decided one after the other; different talks take different keys and
 * never wait for each other.
 */
export const sameTalkKey = (institutionId: number, t: TalkKey) => `talk:${institutionId}:${t.talkDate}:${t.talkerIds[0]}:${t.subjectIds[0]}`;

/** A second entry of the same talk, refused unless the user confirms it. */
export const duplicateTalk = (id: number) => new AppError('TALK.POSSIBLE_DUPLICATE', `同一天已登记过与该对象的谈话（记录 ${id}），请确认不是重复登记`, 409, { field: 'talkDate' });

export async function listTalks(ex: Executor, institutionId: number, conds: (SQL | undefined)[], page: number, pageSize: number) {
  const where = and(eq(talk.institutionId, institutionId), ...conds);
  const [{ total }] = await ex.select({ total: sql<number>`count(*)::int` }).from(talk).where(where);
  const rows = await ex.select().from(talk).where(where).orderBy(desc(talk.talkDate), desc(talk.id)).limit(pageSize).offset((page - 1) * pageSize);
  return { total, rows: await withPeople(ex, rows) };
}

export async function getTalk(ex: Executor, institutionId: number, id: number) {
  const [row] = await ex.select().from(talk).where(and(eq(talk.institutionId, institutionId), eq(talk.id, id)));
  return row ? (await withPeople(ex, [row]))[0] : undefined;
}

/** 内容要点、谈话前准备、后续跟进 opened for display (one that fails its integrity check shows as unreadable). */
export function talkNotes(t: Pick<TalkRow, 'id' | 'keyPoints' | 'preparationNotes' | 'followUps'>) {
  return { keyPoints: show(talk.keyPoints, t.id, t.keyPoints), preparationNotes: show(talk.preparationNotes, t.id, t.preparationNotes), followUps: show(talk.followUps, t.id, t.followUps) };
}

/**
 * A talk the caller may act on (access.ts: `see` by default), or the refusal: the 404 an unknown id gets for a talk
 * the caller may not see (whether someone else's talk exists is not disclosed), a 403 for one they see.
 */
export async function talkFor(ex: Executor, auth: AuthContext, id: number, action: 'see' | 'hold' | 'cancel' | 'exportRecord' = 'see'): Promise<TalkWithPeople> {
  const t = found(await getTalk(ex, auth.institutionId, id), TALK_HIDDEN);
  authorizeTalk(auth, action, t);
  return t;
}

export function presentTalk(t: TalkWithPeople, auth: AuthContext) {
  const notes = mayTalk(auth, 'readNotes', t);
  return {
    id: t.id,
    kind: t.kind,
    form: t.form,
    status: t.status,
    talkDate: t.talkDate,
    talkTime: t.talkTime,
    place: t.place,
    occasion: t.occasion,
    talkers: t.talkers,
    subjects: t.subjects,
    recorder: t.recorder,
    notesVisible: notes,
    ...(notes ? talkNotes(t) : {}),
  };
}
