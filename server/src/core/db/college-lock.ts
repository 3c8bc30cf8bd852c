import { eq } from 'drizzle-orm';
import type { Tx } from './client';
import { institution } from './schema';

/**
 * What a transaction and its savepoints share: drizzle makes a new object for a nested transaction (a savepoint) but
 * keeps the session of the transaction it is nested in, one per outermost transaction.
 */
export const transactionKey = (tx: object): object => (tx as { session?: object }).session ?? tx;

/** Transactions (transactionKey) that hold their college's row. */
const holding = new WeakSet<object>();

/**
 * Locks the college's row for the rest of the transaction (`FOR NO KEY UPDATE`): what a check that counts across the
 * college (an excellent grade's quota, an import) holds until it commits; ordinary commands do not take it (their
 * facts-version bump goes to their audit chain head, core/db/facts-version.ts). Taken before the audit chain head,
 * never after: a holder waiting for a head that a writer waiting for this row holds would be a deadlock. The audit
 * append knows (holdsCollege) not to wait its turn behind an append of this process.
 */
export async function lockCollege(tx: Tx, institutionId: number): Promise<void> {
  await tx.select({ id: institution.id }).from(institution).where(eq(institution.id, institutionId)).for('no key update');
  markCollegeHeld(tx);
}

/** A transaction that locked or changed its college's row some other way (an UPDATE of it) says so here. */
export const markCollegeHeld = (tx: object): void => void holding.add(transactionKey(tx));

export const holdsCollege = (tx: object): boolean => holding.has(transactionKey(tx));
