import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvent, institution, notification } from '../src/core/db/schema';
import { createJobRunner } from '../src/core/jobs/runner';
import { registeredJobs } from '../src/core/jobs/registry';
import { registerReminderJobs } from '../src/core/reminders/job';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, packs, type TestDatabase } from './support/database';

const DAY = '2026-12-21';
registerReminderJobs(packs);
const job = registeredJobs().find((j) => j.name === 'duty-reminders')!;

describe.each(ENGINES)('the daily reminder job, as main.ts registers it (%s)', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(engine);
  });
  afterAll(() => database.close());

  it('sends each owner one digest a day in every college, audited as the system; a second run the same day sends nothing', async () => {
    const colleges = (await database.db.select().from(institution)).length;
    const runner = createJobRunner({ db: database.db, jobs: [job], clock: fixedClock(DAY), instance: 'a' });
    expect(await runner.runDue()).toBe(colleges);
    const digests = await database.db
      .select({ recipient: notification.recipientPersonId, n: sql<number>`count(*)::int` })
      .from(notification)
      .where(and(eq(notification.kind, 'duty_digest'), eq(notification.dedupeKey, `duty_digest:${DAY}`)))
      .groupBy(notification.recipientPersonId);
    expect(digests.length).toBeGreaterThan(0);
    expect(digests.every((d) => d.n === 1)).toBe(true);
    const before = (await database.db.select({ n: sql<number>`count(*)::int` }).from(notification))[0].n;
    expect(await runner.runDue()).toBe(0);
    expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(notification))[0].n).toBe(before);
    const runs = await database.db.select().from(auditEvent).where(and(eq(auditEvent.action, 'job.run'), sql`${auditEvent.summary}->'detail'->>'job' = 'duty-reminders'`));
    expect(runs).toHaveLength(colleges);
  });
});
