import { and, eq } from 'drizzle-orm';
import { talkAssignment } from '../../../core/db/schema';
import type { Executor } from '../../../core/db/client';
import { namesOf } from './people';

/** 组织部指定的谈话人 of a year (第六条 特殊情况). */
export async function listAssignments(ex: Executor, institutionId: number, year: number) {
  const rows = await ex.select().from(talkAssignment).where(and(eq(talkAssignment.institutionId, institutionId), eq(talkAssignment.year, year)));
  const names = await namesOf(ex, institutionId, rows.flatMap((r) => [r.talkerPersonId, r.subjectPersonId]));
  const ref = (id: number) => ({ id, name: names.get(id) ?? '' });
  return rows.map((r) => ({ id: r.id, talker: ref(r.talkerPersonId), subject: ref(r.subjectPersonId), year: r.year, reason: r.reason }));
}

/** The year's assignment for this subject, if one was made. */
export async function assignmentOf(ex: Executor, institutionId: number, subjectPersonId: number, year: number) {
  const [row] = await ex.select({ id: talkAssignment.id }).from(talkAssignment).where(and(eq(talkAssignment.institutionId, institutionId), eq(talkAssignment.subjectPersonId, subjectPersonId), eq(talkAssignment.year, year)));
  return row;
}
