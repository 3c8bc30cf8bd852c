import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { holdsCollege, transactionKey } from '../db/college-lock';

/**
 * Which of its college's chains an audit append goes to, and when: this process's bookkeeping of the chains it writes
 * (audit.writer.ts appends an event; audit-with-change.ts appends one in the statement that makes the change).
 */

/**
 * How many chains a college may have. Its writers take turns on a chain's head (each append links to the one before, and
 * the head stays locked until the command commits): one chain carried 620–1,021 command-ending transactions a second
 * from 16 writers of one college on a 2-core machine, four 1,821–1,957 (bench/README.md, round seven). A turn also
 * waits for this process to see the append before it done, which under load takes longer than the statement itself
 * (the event loop is busy): recording talks in one college at 32 connections, a talk waited 11–48 ms (median) for its
 * turn with four chains and 0 with sixteen; eight gave the p99 under 150 ms in three runs of four, against one of four
 * (bench/README.md, round ten). The pool's ten connections bound how many appends run at once, so more would not help.
 * The writer opens another chain only while this process is appending to the ones before (chooseStripe), so a
 * college that is not busy keeps writing to its first.
 */
export const CHAINS_PER_COLLEGE = 8;

/** A chain's key in this process's maps: institution id (0 for chain 1) and stripe. */
const chainKey = (institutionKey: number, stripe: number) => `${institutionKey}/${stripe}`;

/**
 * The head this process last wrote for each chain (chainKey). Only a guess: the append that uses it checks it against
 * the head row in the same statement, so a guess another process, another database or a rolled-back transaction made
 * stale costs one more round trip, never a wrong link.
 */
export const lastWritten = new Map<string, { chainId: number; mac: string }>();

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
const queue = new Map<string, { done: Promise<void>; inTransaction: boolean }>();
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

/**
 * Waits for the append before on the chain, then appends. An append in a transaction does not wait behind one outside
 * any (audit-with-change.ts): that one may itself be waiting for a connection the transaction holds (PGlite has one;
 * a full pool), and the transaction would stall for the whole TURN_WAIT_MS. It goes with the guess it has instead (a
 * stale one costs a fallback, never a wrong link).
 */
async function inTurn<R>(key: string, waits: boolean, inTransaction: boolean, append: () => Promise<R>): Promise<R> {
  const ahead = waits ? queue.get(key) : undefined;
  const before = ahead && (ahead.inTransaction || !inTransaction) ? ahead.done : undefined;
  let done!: () => void;
  const mine = { done: new Promise<void>((resolve) => (done = resolve)), inTransaction };
  if (waits) queue.set(key, mine);
  busy.set(key, (busy.get(key) ?? 0) + 1);
  try {
    if (before) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([before, new Promise<void>((resolve) => (timer = setTimeout(resolve, TURN_WAIT_MS)))]);
      clearTimeout(timer);
    }
    return await append();
  } finally {
    done();
    if (queue.get(key) === mine) queue.delete(key);
    const left = busy.get(key)! - 1;
    if (left) busy.set(key, left);
    else busy.delete(key);
  }
}

/** The chain an append was given: its key in `lastWritten` and its stripe. */
export type Turn = { key: string; stripe: number };

/**
 * Runs `append` in its turn on the chain it goes to. In a transaction (`ex` a PgTransaction): one chain per transaction,
 * the one it holds already if it appended before, without waiting behind others when it holds its college's row or a
 * head. Outside one (a statement that is its own transaction): the chain chooseStripe gives, in turn.
 */
export async function inChainTurn<R>(ex: Executor, institutionId: number | null, append: (turn: Turn) => Promise<R>): Promise<R> {
  const institutionKey = institutionId ?? 0;
  if (!(ex instanceof PgTransaction)) {
    const stripe = chooseStripe(institutionId);
    const key = chainKey(institutionKey, stripe);
    return inTurn(key, true, false, () => append({ key, stripe }));
  }
  const earlier = chainOfTransaction.get(ex);
  if (earlier !== undefined && earlier !== institutionKey)
    throw new Error(`one transaction may append to one audit chain only (同一事务只能写入一条审计链): institution ${earlier || 'none'} then ${institutionKey || 'none'}`);
  chainOfTransaction.set(ex, institutionKey);
  // A transaction that already holds one of the college's heads (an earlier append of it, savepoints included) appends
  // to that one again, and goes first, as does one holding its college's row: an append ahead of it would be waiting
  // for what it holds.
  const root = transactionKey(ex);
  let held = headsHeld.get(root);
  if (!held) headsHeld.set(root, (held = new Map()));
  const holding = held.get(institutionKey);
  const stripe = holding ?? chooseStripe(institutionId);
  held.set(institutionKey, stripe);
  const key = chainKey(institutionKey, stripe);
  return inTurn(key, holding === undefined && !holdsCollege(ex), true, () => append({ key, stripe }));
}
