import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { person, talk, talkParticipant } from '../../db/schema';
import type { AuthContext } from '../../auth/context';
import { isPartySecretary } from '../../auth/roles';
import { visibleOr404 } from '../../shared/errors';

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

/** The whole college's talks: the organization department and the Party secretary. */
export const seesAllTalks = (auth: AuthContext) => auth.roles.includes('org') || isPartySecretary(auth.posts);

/** 谈话内容要点与准备 are for the talkers, the recorder, the organization department and the Party secretary only. */
export function mayReadNotes(auth: AuthContext, t: TalkWithPeople): boolean {
  return seesAllTalks(auth) || (auth.personId !== null && (t.talkers.some((p) => p.id === auth.personId) || t.recorderPersonId === auth.personId));
}

export function involving(personId: number): SQL {
  return sql`EXISTS (SELECT 1 FROM ${talkParticipant} WHERE ${talkParticipant.talkId} = ${talk.id} AND ${talkParticipant.personId} = ${personId})`;
}

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

/** Whether the caller sees a talk: a talker or subject of it, or one who sees the whole college's talks. */
export const seesTalk = (auth: AuthContext, t: TalkWithPeople) => seesAllTalks(auth) || (auth.personId !== null && [...t.talkers, ...t.subjects].some((p) => p.id === auth.personId));

/** A talk the caller sees, or the 404 an unknown id gets: whether someone else's talk exists is not disclosed. */
export async function visibleTalk(ex: Executor, auth: AuthContext, id: number): Promise<TalkWithPeople> {
  return visibleOr404(await getTalk(ex, auth.institutionId, id), (t) => seesTalk(auth, t), '谈话记录', 'TALK.NOT_FOUND');
}

export function presentTalk(t: TalkWithPeople, auth: AuthContext) {
  const notes = mayReadNotes(auth, t);
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
    ...(notes ? { keyPoints: t.keyPoints, preparationNotes: t.preparationNotes, followUps: t.followUps } : {}),
  };
}
