import { sql } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client';

/**
 * Until a backend of the test's database waits for a lock (a request or transaction the test started is behind a row
 * another holds), or `waiters` of them do; throws `what` after about five seconds. PostgreSQL only (pg_stat_activity).
 */
export async function untilWaitingOnALock(db: Db, what: string, waiters = 1): Promise<void> {
  for (let i = 0; i < 200; i++) {
    const [{ n }] = (await db.execute(sql`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows as { n: number }[];
    if (n >= waiters) return;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error(what);
}
