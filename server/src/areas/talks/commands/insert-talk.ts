import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import type { Db, Executor } from '../../../core/db/client';
import type { ChangeWithAudit } from '../../../core/audit/audit-with-change';
import { runCommandInOneStatement, type CommandAudit } from '../../../core/http/command';
import { talk, talkParticipant } from '../../../core/db/schema';
import { bulkInsertShape, bulkInsertValues } from '../../../core/db/bulk-insert';
import { placeholderStatementNamed } from '../../../core/db/named';
import { duplicateTalk, sameTalkKey } from '../queries/talks.repository';

type TalkValues = typeof talk.$inferInsert & { id: number; institutionId: number };

const PARTICIPANT_KEYS = ['talkId', 'personId', 'role'];
const P = (name: string) => sql.placeholder(name);

/**
 * The same talk already entered, looked for after its key is locked (migration 0034 `talk_same_after_lock`: a function's
 * query sees what an identical entry committed while this one waited for the lock, which the statement's own reads
 * would not); no row when a second entry was confirmed.
 */
const sameQuery = (refuse: boolean) => refuse
  ? sql`SELECT talk_same_after_lock(${P('sameKey')}::text, ${P('institutionId')}::int, ${P('talkDate')}::date, ${P('talker')}::int, ${P('subject')}::int) AS id`
  : sql`SELECT NULL::int AS id WHERE false`;

/**
 * A talk of one shape (the columns given, a duplicate refused or not) and its participants, as CTEs after `same`:
 * nothing is written where the same talk is already there, nor where `gate` does not hold. Written with placeholders,
 * to be made once: building it from its parts on every talk cost ~0.17 ms of the server's time (bench/README round
 * eight). The form gives every column (its optional fields as null), so there are two shapes, refused or confirmed;
 * the columns are sorted, and the names below are made from the shape, so that one name always means one text.
 */
function talkCtes(keys: string[], gate: SQL) {
  return sql`stored AS (${bulkInsertShape(talk, keys, 't_', { where: sql`NOT EXISTS (SELECT 1 FROM same WHERE id IS NOT NULL) AND ${gate}`, returning: ['id'] })}),
    participants AS (${bulkInsertShape(talkParticipant, PARTICIPANT_KEYS, 'p_', { where: sql`EXISTS (SELECT 1 FROM stored)` })})`;
}

const shapeName = (keys: string[], refuse: boolean) => createHash('sha256').update(`${refuse ? 'refuse' : 'confirmed'}:${keys.join(',')}`).digest('hex').slice(0, 16);

/** The statement that stores a talk alone (its audit event appended after it), prepared by name (core/db/named.ts). */
const statementFor = (keys: string[], refuse: boolean) =>
  placeholderStatementNamed(`insert_talk_${shapeName(keys, refuse)}`, () => sql`WITH same AS (${sameQuery(refuse)}), ${talkCtes(keys, sql`true`)} SELECT (SELECT id FROM same) AS same`);

/** The same, as the change of a statement that appends its audit event too (core/audit/audit-with-change.ts). */
const changeFor = (keys: string[], refuse: boolean): ChangeWithAudit => ({
  name: `record_talk_${shapeName(keys, refuse)}`,
  first: { name: 'same', query: sameQuery(refuse) },
  ctes: (gate) => talkCtes(keys, gate),
  written: 'stored',
  returns: sql`(SELECT id FROM same) AS same`,
});

type Participant = { personId: number; role: string };
type DuplicateKey = { talkerIds: number[]; subjectIds: number[] };

/** The talk as a statement's values, and its shape: the columns in one order whatever the form's. */
function talkValues(values: TalkValues, participants: Participant[], refuseDuplicate: DuplicateKey | null) {
  const keys = Object.keys(values).sort();
  return {
    keys,
    params: {
      ...bulkInsertValues(talk, keys, [values], 't_'),
      ...bulkInsertValues(talkParticipant, PARTICIPANT_KEYS, participants.map((p) => ({ talkId: values.id, ...p })), 'p_'),
      ...(refuseDuplicate
        ? { sameKey: sameTalkKey(values.institutionId, { talkDate: values.talkDate, ...refuseDuplicate }), institutionId: values.institutionId, talkDate: values.talkDate, talker: refuseDuplicate.talkerIds[0], subject: refuseDuplicate.subjectIds[0] }
        : {}),
    },
  };
}

/**
 * Stores a talk (its id already taken, its notes sealed with it) and its participants in one statement, in the caller's
 * transaction. Unless the user confirmed a second entry, the statement stores nothing when the same talk is already
 * there (`sameQuery`, its key locked until the transaction ends): the refusal (409) names it, and the transaction is
 * rolled back.
 */
async function insertTalk(tx: Executor, values: TalkValues, participants: Participant[], refuseDuplicate: DuplicateKey | null) {
  const { keys, params } = talkValues(values, participants, refuseDuplicate);
  const res = await statementFor(keys, !!refuseDuplicate)(tx, params);
  refuseSame(res.rows[0]);
}

function refuseSame(row: Record<string, unknown>) {
  const found = (row as { same: number | null }).same;
  if (found !== null) throw duplicateTalk(Number(found));
}

/**
 * Records a talk as one command (core/http/command.ts runCommandInOneStatement): the talk, its participants and its
 * audit event in one statement, its own transaction. Unless the user confirmed a second entry, the statement takes the
 * talk's key's lock and looks for the same talk first (`sameQuery`), and stores nothing if it is there: refused (409),
 * naming it.
 */
export async function recordTalkCommand(db: Db, req: FastifyRequest, values: TalkValues, participants: Participant[], refuseDuplicate: DuplicateKey | null, audit: CommandAudit) {
  const { keys, params } = talkValues(values, participants, refuseDuplicate);
  await runCommandInOneStatement(db, req, {
    change: changeFor(keys, !!refuseDuplicate),
    values: params,
    audit,
    result: (row, written) => {
      refuseSame(row);
      if (!written) throw new Error('talk neither written nor refused');
    },
    fallback: (tx) => insertTalk(tx, values, participants, refuseDuplicate),
  });
}
