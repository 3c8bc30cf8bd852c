import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { migrateOnPglite, wrapPglite, type Database } from '../src/core/db/connection';
import { seedDemoIfEmpty } from '../src/demo/seed';
import { fixedClock, useProcessClock, type Clock } from '../src/core/shared/clock';
import { packs, TEST_COLLEGES } from './support/database';

/**
 * CADRE_TODAY=2026-12-20 npm start seeds the demo as of that date: late December looks a few weeks into 2027, whose
 * holidays the calendar does not know yet; the demo's dates fall back to weekdays there instead of refusing to start.
 */
describe('the demo seeded as of a fixed date in late December', () => {
  let database: Database;
  let before: Clock;
  beforeAll(async () => {
    before = useProcessClock(fixedClock('2026-12-20'));
    const client = new PGlite();
    await migrateOnPglite(client);
    database = wrapPglite(client);
    await seedDemoIfEmpty(database.db, packs, '2026-12-20', TEST_COLLEGES);
  }, 600_000);
  afterAll(async () => {
    useProcessClock(before);
    await database?.close();
  });

  const one = async <T,>(q: ReturnType<typeof sql>) => (await database.db.execute(q)).rows[0] as T;

  it('records nothing as done after that date, and schedules what is ahead on weekdays, into 2027', async () => {
    expect((await one<{ d: string | null }>(sql`SELECT max(talk_date)::text AS d FROM talk WHERE status = 'held'`)).d! <= '2026-12-20').toBe(true);
    const ahead = (await database.db.execute(sql`SELECT scheduled_on::text AS d FROM interview WHERE scheduled_on > '2026-12-20'`)).rows as { d: string }[];
    expect(ahead.some(({ d }) => d >= '2027-01-01')).toBe(true);
    for (const { d } of ahead) expect([0, 6]).not.toContain(new Date(`${d}T00:00:00Z`).getUTCDay());
  });
});
