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
 * Locks the college's row for the rest of the transaction (`FOR NO KEY UPDATE`, the lock its facts-version bump takes):
 * what a check that counts across the college (an excellent grade's quota, an import) holds until it commits. Taken
 * before the audit chain head, as every command takes them; the audit append knows (holdsCollege) not to wait its turn
 * behind an append of this process that would be waiting for this very row.
 */
export async function lockCollege(tx: Tx, institutionId: number): Promise<void> {
  await tx.select({ id: institution.id }).from(institution).where(eq(institution.id, institutionId)).for('no key update');
  markCollegeHeld(tx);
}

/** A transaction that locked or changed its college's row some other way (an UPDATE of it) says so here. */
export const markCollegeHeld = (tx: object): void => void holding.add(transactionKey(tx));

export const holdsCollege = (tx: object): boolean => holding.has(transactionKey(tx));
