import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { talk, talkParticipant } from '../../../core/db/schema';
import { bulkInsertSql } from '../../../core/db/bulk-insert';
import { duplicateTalk, lockSameTalk, sameTalk } from '../queries/talks.repository';

type TalkValues = typeof talk.$inferInsert & { id: number; institutionId: number };

/**
 * Stores a talk (its id already taken, its notes sealed with it) and its participants in one statement. Unless the user
 * confirmed a second entry, the talk's key is locked first (`lockSameTalk`) and the statement stores nothing when the
 * same talk is already there: the refusal (409) names it, and the transaction is rolled back.
 */
export async function insertTalk(tx: Executor, values: TalkValues, participants: { personId: number; role: string }[], refuseDuplicate: { talkerIds: number[]; subjectIds: number[] } | null) {
  const key = refuseDuplicate && { talkDate: values.talkDate, ...refuseDuplicate };
  if (key) await lockSameTalk(tx, values.institutionId, key);
  const same = key ? sameTalk(tx, values.institutionId, key).getSQL() : sql`SELECT NULL::int AS id WHERE false`;
  const res = await tx.execute(sql`
    WITH same AS (${same}),
    stored AS (${bulkInsertSql(talk, [values], { where: sql`NOT EXISTS (SELECT 1 FROM same)`, returning: ['id'] })}),
    participants AS (${bulkInsertSql(talkParticipant, participants.map((p) => ({ talkId: values.id, ...p })), { where: sql`EXISTS (SELECT 1 FROM stored)` })})
    SELECT (SELECT id FROM same) AS same`);
  const found = (res.rows[0] as { same: number | null }).same;
  if (found !== null) throw duplicateTalk(Number(found));
}
