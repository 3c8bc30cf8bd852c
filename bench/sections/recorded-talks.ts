import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/core/db/client';
import { settle } from '../generate/database';

/** The newest talk's id before a load, to take out what the load records (`dropTalksAfter`). */
export async function lastTalkId(db: Db): Promise<number> {
  return Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM talk`)).rows[0] as { m: number }).m);
}

/**
 * Takes out the talks recorded under load (those after `before`), once the requests still in flight when the load
 * stopped have ended, so that every run measures the same data; the facts version moves on (duties cached for the
 * talks are stale) and the tables are vacuumed.
 */
export async function dropTalksAfter(db: Db, before: number): Promise<void> {
  await new Promise((r) => setTimeout(r, 2000));
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM talk_participant WHERE talk_id > ${before}`);
    await tx.execute(sql`DELETE FROM talk WHERE id > ${before}`);
  });
  await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
  await settle(db);
}
