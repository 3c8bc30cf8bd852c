import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { eventMac, type ChainedEvent } from '../security/audit-chain';
import { keyObjectOf, secretKey } from '../security/keys';
import { holdsCollege, transactionKey } from '../db/college-lock';
import { executeNamed } from '../db/named';

export interface AuditInput {
  institutionId: number | null;
  actorAccountId?: number | null;
  actorName?: string | null;
  action: string;
  entityType?: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
  ip?: string | null;
  outcome: 'success' | 'denied' | 'failed';
}

type Head = { id: number; last_mac: string };

/**
 * How many chains a college may have. Its writers take turns on a chain's head (each append links to the one before, and
 * the head stays locked until the command commits): one chain carried 620–1,021 command-ending transactions a second
 * from 16 writers of one college on a 2-core machine, four 1,821–1,957 (bench/README.md, round seven). The writer opens another chain only while this
 * process is appending to the ones before (chooseStripe), so a college that is not busy keeps writing to its first.
 */
export const CHAINS_PER_COLLEGE = 4;

/** A chain's key in this process's maps: institution id (0 for chain 1) and stripe. */
const chainKey = (institutionKey: number, stripe: number) => `${institutionKey}/${stripe}`;

/**
 * The head this process last wrote for each chain (chainKey). Only a guess: the append that uses it checks it against
 * the head row in the same statement, so a guess another process, another database or a rolled-back transaction made
 * stale costs one more round trip, never a wrong link.
 */
const lastWritten = new Map<string, { chainId: number; mac: string }>();

/**
 * The chain each open transaction appended to: one transaction, one chain head (two would be a deadlock waiting to
 * happen). Keyed on drizzle's transaction object, so a savepoint (a nested transaction) counts as a transaction of its
 * own: the check does not see two chains written in savepoints of one transaction.
 */
const chainOfTransaction = new WeakMap<object, number>();

/**
 * The last append of this process to each chain (key as `lastWritten`) that waited its turn, still under way. An append
 * waits for the one before it to be done before it computes its link: under load a guess taken while the append before
 * was still on its way was stale every time (113 fallbacks for 4 hits recording talks in one college), and each
 * fallback costs two more round trips with the chain's head held. Waiting in turn, the statement goes out with the right
 * head and waits in PostgreSQL for the previous command's COMMIT, which then lets it through without a round trip to
 * this process. A transaction that locked its college first (core/db/college-lock.ts), or that appended to the chain
 * already, does not wait (nor take a place in the queue): the append before it may be waiting for that row or head.
 * Any other wait is bounded too (a lock taken some other way): after TURN_WAIT_MS the append goes on with the guess it
 * has.
 */
const queue = new Map<string, Promise<void>>();
/** The appends of this process under way on each chain, waiting their turn or not: chooseStripe avoids a busy chain. */
const busy = new Map<string, number>();
/**
 * The chains each outermost transaction (transactionKey: its savepoints included) has appended to, by institution key:
 * it holds their heads, and appends to the same one again (two heads of a college held by one transaction and wanted
 * by another would be a deadlock).
 */
const headsHeld = new WeakMap<object, Map<number, number>>();
const TURN_WAIT_MS = 250;
let nextStripe = 0;

/**
 * The chain of the college a new append goes to: the first none of this process's appends is on (under way or waiting
 * its turn), so a college that is not busy writes to its first chain only; when all are busy, each in turn.
 */
function chooseStripe(institutionId: number | null): number {
  if (institutionId === null) return 0;
  for (let stripe = 0; stripe < CHAINS_PER_COLLEGE; stripe++) if (!busy.has(chainKey(institutionId, stripe))) return stripe;
  nextStripe = (nextStripe + 1) % CHAINS_PER_COLLEGE;
  return nextStripe;
}

async function inTurn(key: string, waits: boolean, append: () => Promise<void>): Promise<void> {
  const before = waits ? queue.get(key) : undefined;
  let done!: () => void;
  const mine = new Promise<void>((resolve) => (done = resolve));
  if (waits) queue.set(key, mine);
  busy.set(key, (busy.get(key) ?? 0) + 1);
  try {
    if (before) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([before, new Promise<void>((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)))]);
      clearTimeout(timer);
    }
    await append();
  } finally {
    done();
    if (queue.get(key) === mine) queue.delete(key);
    const left = busy.get(key)! - 1;
    if (left) busy.set(key, left);
    else busy.delete(key);
  }
}

/**
 * Locks the head of one of the institution's chains (chain 1 for events without one), made on its first event: an
 * institution added after migration 0031, or a stripe not used before, has none yet. Two first writers meet at the
 * unique index; the second finds the first's.
 */
async function lockChainHead(tx: Executor, institutionId: number | null, stripe: number): Promise<Head> {
  const find = institutionId === null
    ? sql`SELECT id, last_mac FROM audit_chain WHERE id = 1 FOR UPDATE`
    : sql`SELECT id, last_mac FROM audit_chain WHERE institution_id = ${institutionId} AND stripe = ${stripe} FOR UPDATE`;
  let head = (await tx.execute(find)).rows[0] as Head | undefined;
  if (!head && institutionId !== null) {
    await tx.execute(sql`INSERT INTO audit_chain (institution_id, stripe, last_mac) VALUES (${institutionId}, ${stripe}, '') ON CONFLICT DO NOTHING`);
    head = (await tx.execute(find)).rows[0] as Head | undefined;
  }
  if (!head) throw new Error('audit chain head missing (审计链头缺失)');
  return { id: Number(head.id), last_mac: head.last_mac };
}

type Row = Omit<ChainedEvent, 'id' | 'prevMac' | 'mac'>;

const eventValues = (row: Row, prevMac: string, mac: string) => sql`${row.institutionId}, ${row.at.toISOString()}::timestamptz, ${row.actorAccountId}, ${row.actorName}, ${row.action},
  ${row.entityType}, ${row.entityId}, ${row.summary === null ? null : JSON.stringify(row.summary)}::jsonb, ${row.ip}, ${row.outcome}, ${prevMac}, ${mac}`;

/**
 * The append in one statement, the lock taken inside it: the head row is locked, and only if its MAC is still the one
 * this process last wrote do the event (linked to that MAC) and the new head go in, the head counting the change of
 * facts (`factsChange` 1, else 0: core/db/facts-version.ts). The MAC is compared after the lock, not in the locking
 * scan: that scan filters by the statement's snapshot, taken before the command ahead of it committed, so a guess of
 * the head that command wrote never matched there; the row the lock returns (READ COMMITTED) is the head as the other
 * committed it. A moved head matches nothing and nothing is written, the facts not counted either. Returns whether it
 * was written.
 */
async function appendToKnownHead(tx: Executor, row: Row, known: { chainId: number; mac: string }, mac: string, factsChange: number): Promise<boolean> {
  const owner = row.institutionId === null ? sql`institution_id IS NULL` : sql`institution_id = ${row.institutionId}`;
  // Prepared by name: every command ends with it. Its text is one of two (a college's chain or chain 1).
  const name = `audit_append${row.institutionId === null ? '_none' : ''}`;
  const written = await executeNamed(tx, name, sql`
    WITH head AS (SELECT id, last_mac FROM audit_chain WHERE id = ${known.chainId} AND ${owner} FOR UPDATE),
    ins AS (
      INSERT INTO audit_event (institution_id, at, actor_account_id, actor_name, action, entity_type, entity_id, summary, ip, outcome, prev_mac, mac, chain_id)
      SELECT ${eventValues(row, known.mac, mac)}, head.id FROM head WHERE head.last_mac = ${known.mac}
      RETURNING id)
    UPDATE audit_chain SET last_id = ins.id, last_mac = ${mac}, facts_changes = facts_changes + ${factsChange}::int FROM ins WHERE audit_chain.id = ${known.chainId}
    RETURNING audit_chain.id`);
  return written.rows.length === 1;
}

/**
 * Appends one audit event, chained to the one before in one of its institution's chains by HMAC-SM3; call it inside the
 * transaction that makes the change, so the change and its record stand or fall together. The chain head is locked until
 * that transaction ends, so a chain's events link in commit order; a transaction appends to one chain only. `bumpFacts`:
 * the institution's facts version moves on in the same statement, counted on the head (http/command.ts: derived duties
 * of the old facts are stale; core/db/facts-version.ts).
 */
export async function writeAudit(ex: Executor, e: AuditInput, opts: { bumpFacts?: boolean } = {}): Promise<void> {
  const bumpFacts = !!opts.bumpFacts;
  if (bumpFacts && e.institutionId === null) throw new Error('facts version of no institution');
  const summary = e.before === undefined && e.after === undefined && e.detail === undefined ? null : JSON.parse(JSON.stringify({ before: e.before, after: e.after, detail: e.detail }));
  const row: Row = {
    at: new Date(),
    institutionId: e.institutionId,
    actorAccountId: e.actorAccountId ?? null,
    actorName: e.actorName ?? null,
    action: e.action,
    entityType: e.entityType ?? null,
    entityId: e.entityId === undefined ? null : String(e.entityId),
    summary,
    ip: e.ip ?? null,
    outcome: e.outcome,
  };
  const institutionKey = row.institutionId ?? 0;
  const factsChange = bumpFacts ? 1 : 0;
  // The chain head stays locked from the append until the enclosing transaction ends: every round trip inside that
  // window holds up every other writer of the same institution. So the append is one statement that takes the lock
  // itself (from the head this process last wrote); only when that head moved (another process, or a writer that
  // got in between) is the head locked and read first, as it always was. A caller's transaction is used as it is.
  const append = async (tx: Executor) => {
    const earlier = chainOfTransaction.get(tx);
    if (earlier !== undefined && earlier !== institutionKey)
      throw new Error(`one transaction may append to one audit chain only (同一事务只能写入一条审计链): institution ${earlier || 'none'} then ${institutionKey || 'none'}`);
    chainOfTransaction.set(tx, institutionKey);
    // A transaction that already holds one of the college's heads (an earlier append of it, savepoints included) appends
    // to that one again, and goes first, as does one holding its college's row: an append ahead of it would be waiting
    // for what it holds.
    const root = transactionKey(tx);
    let held = headsHeld.get(root);
    if (!held) headsHeld.set(root, (held = new Map()));
    const holding = held.get(institutionKey);
    const stripe = holding ?? chooseStripe(row.institutionId);
    held.set(institutionKey, stripe);
    const key = chainKey(institutionKey, stripe);
    await inTurn(key, holding === undefined && !holdsCollege(tx), () => appendInTurn(tx, key, stripe));
  };
  const appendInTurn = async (tx: Executor, key: string, stripe: number) => {
    const hmac = keyObjectOf(secretKey('audit-hmac'));
    const known = lastWritten.get(key);
    if (known) {
      const mac = eventMac(hmac, known.mac, row);
      if (await appendToKnownHead(tx, row, known, mac, factsChange)) {
        lastWritten.set(key, { chainId: known.chainId, mac });
        return;
      }
    }
    const head = await lockChainHead(tx, row.institutionId, stripe);
    const mac = eventMac(hmac, head.last_mac, row);
    await tx.execute(sql`
      WITH ins AS (
        INSERT INTO audit_event (institution_id, at, actor_account_id, actor_name, action, entity_type, entity_id, summary, ip, outcome, prev_mac, mac, chain_id)
        VALUES (${eventValues(row, head.last_mac, mac)}, ${head.id})
        RETURNING id)
      UPDATE audit_chain SET last_id = ins.id, last_mac = ${mac}, facts_changes = facts_changes + ${factsChange}::int FROM ins WHERE audit_chain.id = ${head.id}`);
    lastWritten.set(key, { chainId: head.id, mac });
  };
  if (ex instanceof PgTransaction) await append(ex);
  else await ex.transaction(append);
}
