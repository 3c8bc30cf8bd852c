import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { talk, talkParticipant } from '../../../core/db/schema';
import { bulkInsertShape, bulkInsertValues } from '../../../core/db/bulk-insert';
import { placeholderStatement } from '../../../core/db/named';
import { duplicateTalk, lockSameTalk, sameTalk } from '../queries/talks.repository';

type TalkValues = typeof talk.$inferInsert & { id: number; institutionId: number };

const PARTICIPANT_KEYS = ['talkId', 'personId', 'role'];

/**
 * The statement for talks of one shape (the columns given, a duplicate refused or not), made once and prepared by
 * name (core/db/named.ts placeholderStatement): building it from its parts on every talk cost ~0.17 ms of the server's
 * time and PostgreSQL parsed and planned it each time (bench/README round eight). The form gives every column (its
 * optional fields as null), so there are two shapes, refused or confirmed; the columns are sorted, and the name is
 * made from the shape, so that one name always means one text.
 */
const statements = new Map<string, ReturnType<typeof placeholderStatement>>();
function statementFor(ex: Executor, keys: string[], refuse: boolean) {
  const shape = `${refuse ? 'refuse' : 'confirmed'}:${keys.join(',')}`;
  let run = statements.get(shape);
  if (!run) {
    run = placeholderStatement(`insert_talk_${createHash('sha256').update(shape).digest('hex').slice(0, 16)}`, () => {
      const same = refuse
        ? sameTalk(ex, { institutionId: sql.placeholder('institutionId'), talkDate: sql.placeholder('talkDate'), talker: sql.placeholder('talker'), subject: sql.placeholder('subject') }).getSQL()
        : sql`SELECT NULL::int AS id WHERE false`;
      return sql`
        WITH same AS (${same}),
        stored AS (${bulkInsertShape(talk, keys, 't_', { where: sql`NOT EXISTS (SELECT 1 FROM same)`, returning: ['id'] })}),
        participants AS (${bulkInsertShape(talkParticipant, PARTICIPANT_KEYS, 'p_', { where: sql`EXISTS (SELECT 1 FROM stored)` })})
        SELECT (SELECT id FROM same) AS same`;
    });
    statements.set(shape, run);
  }
  return run;
}

/**
 * Stores a talk (its id already taken, its notes sealed with it) and its participants in one statement. Unless the user
 * confirmed a second entry, the talk's key is locked first (`lockSameTalk`) and the statement stores nothing when the
 * same talk is already there: the refusal (409) names it, and the transaction is rolled back.
 */
export async function insertTalk(tx: Executor, values: TalkValues, participants: { personId: number; role: string }[], refuseDuplicate: { talkerIds: number[]; subjectIds: number[] } | null) {
  const key = refuseDuplicate && { talkDate: values.talkDate, ...refuseDuplicate };
  if (key) await lockSameTalk(tx, values.institutionId, key);
  // In one order whatever the form's, so that a shape is one statement.
  const keys = Object.keys(values).sort();
  const res = await statementFor(tx, keys, !!key)(tx, {
    ...bulkInsertValues(talk, keys, [values], 't_'),
    ...bulkInsertValues(talkParticipant, PARTICIPANT_KEYS, participants.map((p) => ({ talkId: values.id, ...p })), 'p_'),
    ...(key ? { institutionId: values.institutionId, talkDate: key.talkDate, talker: key.talkerIds[0], subject: key.subjectIds[0] } : {}),
  });
  const found = (res.rows[0] as { same: number | null }).same;
  if (found !== null) throw duplicateTalk(Number(found));
}
