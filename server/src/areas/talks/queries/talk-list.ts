import { eq, sql, type SQL } from 'drizzle-orm';
import type { z } from 'zod';
import { person, talk, talkParticipant } from '../../../core/db/schema';
import { contains } from '../../../core/db/sql';
import type { AuthContext } from '../../../core/auth/context';
import { mayTalk } from '../access';
import { involving } from './talks.repository';
import type { talkListQuery } from '../http/talks.schema';

/** A subject of the talk whose name contains the text. */
export function subjectNamed(text: string): SQL {
  return sql`EXISTS (SELECT 1 FROM ${talkParticipant} INNER JOIN ${person} ON ${person.id} = ${talkParticipant.personId} WHERE ${talkParticipant.talkId} = ${talk.id} AND ${talkParticipant.role} = 'subject' AND ${contains(person.name, text)})`;
}

/**
 * The talks list's conditions (GET /api/talks and its export): 全部 for those who see the college's talks, else the
 * talks the caller is in; then the person, the subject's name, year, kind and status asked for. Null: the caller sees
 * no talk (an account acting as nobody, asking for their own).
 */
export function talkListConds(auth: AuthContext, q: Omit<z.infer<typeof talkListQuery>, 'page' | 'pageSize'>): (SQL | undefined)[] | null {
  const all = q.scope === 'all' && mayTalk(auth, 'seeAll', null);
  if (!all && auth.personId === null) return null;
  return [
    all ? undefined : involving(auth.personId!),
    q.personId ? involving(q.personId) : undefined,
    q.subject ? subjectNamed(q.subject) : undefined,
    q.year ? sql`EXTRACT(YEAR FROM ${talk.talkDate}) = ${q.year}` : undefined,
    q.kind ? eq(talk.kind, q.kind) : undefined,
    q.status ? eq(talk.status, q.status) : undefined,
  ];
}
