import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/core/db/client';
import type { Pack } from '../../server/src/core/policy/pack-schema';
import { fixedClock } from '../../server/src/core/shared/clock';
import { registeredJobs } from '../../server/src/core/jobs/registry';
import { createJobRunner } from '../../server/src/core/jobs/runner';
import { registerReminderJobs } from '../../server/src/core/reminders/job';
import { settle } from '../generate/database';
import { median } from '../report';

const JOB = 'duty-reminders';

const maxId = async (db: Db, table: 'notification' | 'notification_delivery') =>
  Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM ${sql.identifier(table)}`)).rows[0] as { m: number }).m);

/** Takes out a round's notices, their deliveries and the day's runs of the job, so the next round sends them again. */
async function clean(db: Db, asOf: string, notificationsAfter: number) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`DELETE FROM notification_delivery WHERE notification_id > ${notificationsAfter}`);
    await tx.execute(sql`DELETE FROM notification WHERE id > ${notificationsAfter}`);
    await tx.execute(sql`DELETE FROM scheduled_job WHERE name = ${JOB} AND scheduled_for = ${asOf}`);
  });
}

/**
 * 每日应办事项提醒 (the daily job `duty-reminders`) as the job runner runs it at 07:00: the day's run of every college
 * enqueued, then taken one college at a time, each in its own transaction (duties derived with nothing cached, digests,
 * deadlines today and escalations written with their deliveries queued, the run marked done and audited). Timed per
 * college and for the whole deployment; each round's notices and runs are taken out again (the audit events stay, as
 * the chain keeps them).
 */
export async function benchDigest(db: Db, packs: ReadonlyMap<string, Pack>, asOf: string, rounds = 3) {
  if (!registeredJobs().some((j) => j.name === JOB)) registerReminderJobs(packs);
  const job = registeredJobs().find((j) => j.name === JOB)!;
  const runner = createJobRunner({ db, jobs: [job], clock: fixedClock(asOf), instance: 'bench' });
  const before = await maxId(db, 'notification');
  await clean(db, asOf, before);
  await settle(db);
  const perCollege: number[] = [];
  const totals: number[] = [];
  let sent: { kind: string; n: number }[] = [];
  let deliveries = 0;
  let colleges = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`); // the day's facts: nothing cached
      const t = performance.now();
      await runner.enqueueDue();
      colleges = 0;
      for (;;) {
        const s = performance.now();
        const r = await runner.runOne();
        if (!r) break;
        if (!r.ok) throw new Error(`duty-reminders failed: ${r.error}`);
        perCollege.push(performance.now() - s);
        colleges++;
      }
      totals.push(performance.now() - t);
      sent = (await db.execute(sql`SELECT kind, count(*)::int AS n FROM notification WHERE id > ${before} GROUP BY kind ORDER BY kind`)).rows as { kind: string; n: number }[];
      deliveries = Number(((await db.execute(sql`SELECT count(*)::int AS n FROM notification_delivery d JOIN notification n ON n.id = d.notification_id WHERE n.id > ${before}`)).rows[0] as { n: number }).n);
      await clean(db, asOf, before);
    }
  } finally {
    await clean(db, asOf, before);
    await settle(db);
  }
  const count = (kind: string) => sent.find((s) => s.kind === kind)?.n ?? 0;
  return {
    colleges,
    rounds,
    notices: { digests: count('duty_digest'), dueToday: count('duty_due_today'), escalations: count('duty_escalation'), deliveries },
    perCollegeMedianMs: median(perCollege),
    perCollegeMaxMs: Math.max(...perCollege),
    deploymentMs: median(totals),
  };
}
