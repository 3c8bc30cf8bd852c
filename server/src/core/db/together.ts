import { is } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Independent reads issued together where that is safe: at once on the pool (each read takes its own connection), one
 * after another inside a transaction. A transaction is one connection, which runs one statement at a time; queueing a
 * second statement on a busy connection is deprecated in node-postgres and refused from pg 9. PGlite queues them itself.
 * Every read that takes an `Executor` (the pool or a transaction) uses this instead of Promise.all.
 */
/** Whether reads on this executor must go one after another: a transaction is one connection (see together). */
export const oneAtATime = (ex: Executor): boolean => is(ex, PgTransaction);

export function together<T extends readonly (() => unknown)[] | []>(ex: Executor, reads: T): Promise<{ -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> }>;
export async function together(ex: Executor, reads: readonly (() => unknown)[]): Promise<unknown[]> {
  const thunks = reads;
  if (!oneAtATime(ex)) return Promise.all(thunks.map((read) => read()));
  const out: unknown[] = [];
  for (const read of thunks) out.push(await read());
  return out;
}
