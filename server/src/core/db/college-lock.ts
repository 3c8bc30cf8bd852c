import { eq } from 'drizzle-orm';
import type { Tx } from './client';
import { institution } from './schema';

/** Transactions that hold their college's row (key: drizzle's transaction object). */
const holding = new WeakSet<object>();

/**
 * Locks the college's row for the rest of the transaction (`FOR NO KEY UPDATE`, the lock its facts-version bump takes):
 * what a check that counts across the college (an excellent grade's quota, an import) holds until it commits. Taken
 * before the audit chain head, as every command takes them; the audit append knows (holdsCollege) not to wait its turn
 * behind an append of this process that would be waiting for this very row.
 */
export async function lockCollege(tx: Tx, institutionId: number): Promise<void> {
  await tx.select({ id: institution.id }).from(institution).where(eq(institution.id, institutionId)).for('no key update');
  holding.add(tx);
}

export const holdsCollege = (tx: object): boolean => holding.has(tx);
