import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvent, notification } from '../src/core/db/schema';
import { createJobRunner } from '../src/core/jobs/runner';
import { registeredJobs } from '../src/core/jobs/registry';
import { registerReminderJobs } from '../src/core/reminders/job';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, packs, type TestDatabase } from './support/database';
import { newCollege, newDepartmentWithHead, type College } from './support/factories';

const DAY = '2026-12-21';
registerReminderJobs(packs);
const job = registeredJobs().find((j) => j.name === 'duty-reminders')!;

describe.each(ENGINES)('the daily reminder job, as main.ts registers it (%s)', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
  });
  afterAll(() => database.close());

  /** The digests of the day, per recipient, in one college. */
  const digestsIn = (c: College) =>
    database.db
      .select({ recipient: notification.recipientPersonId, n: sql<number>`count(*)::int` })
      .from(notification)
      .where(and(eq(notification.institutionId, c.id), eq(notification.kind, 'duty_digest'), eq(notification.dedupeKey, `duty_digest:${DAY}`)))
      .groupBy(notification.recipientPersonId);

  it('sends each owner one digest a day in every college, audited as the system; a second run the same day sends nothing', async () => {
    // Two colleges of the test's own, each with a department whose head owes the year's talks with its two staff
    // members (due 12-31: due soon on 12-21).
    const colleges = [await newCollege(database.db), await newCollege(database.db, { packId: 'xzcit-2018' })];
    const heads = [];
    for (const c of colleges) heads.push((await newDepartmentWithHead(c, { staff: 2 })).head.personId);
    const runner = createJobRunner({ db: database.db, jobs: [job], clock: fixedClock(DAY), instance: 'a' });
    expect(await runner.runDue()).toBe(colleges.length);
    for (const [i, c] of colleges.entries()) {
      const digests = await digestsIn(c);
      expect(digests).toContainEqual({ recipient: heads[i], n: 1 });
      expect(digests.every((d) => d.n === 1)).toBe(true);
    }
    const before = (await database.db.select({ n: sql<number>`count(*)::int` }).from(notification))[0].n;
    expect(await runner.runDue()).toBe(0);
    expect((await database.db.select({ n: sql<number>`count(*)::int` }).from(notification))[0].n).toBe(before);
    const runs = await database.db.select().from(auditEvent).where(and(eq(auditEvent.action, 'job.run'), sql`${auditEvent.summary}->'detail'->>'job' = 'duty-reminders'`));
    expect(runs.map((r) => r.institutionId).sort()).toEqual(colleges.map((c) => c.id).sort());
    expect(runs.every((r) => r.actorAccountId === null)).toBe(true);
  });
});
