import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { auditEvent, institution, notification, person, scheduledJob } from '../src/core/db/schema';
import { createJobRunner } from '../src/core/jobs/runner';
import type { DailyJob } from '../src/core/jobs/registry';
import { notify } from '../src/core/notifications/notify';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, secondInstance, type TestDatabase } from './support/database';

const DAY = '2026-12-21';
const clock = fixedClock(DAY);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.each(ENGINES)('scheduled jobs (%s)', (engine) => {
  let database: TestDatabase;
  let who: { id: number; institutionId: number };
  let institutions: number;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    [who] = await database.db.select({ id: person.id, institutionId: person.institutionId }).from(person).limit(1);
    institutions = (await database.db.select().from(institution)).length;
  });
  afterAll(() => database.close());

  const runs = (name: string) => database.db.select().from(scheduledJob).where(eq(scheduledJob.name, name));
  const audits = (action: string, name: string) => database.db.select().from(auditEvent).where(and(eq(auditEvent.action, action), sql`${auditEvent.summary}->'detail'->>'job' = ${name}`));

  it('a daily job runs once a day, per institution, audited as the system; running again the same day does nothing', async () => {
    let calls = 0;
    const job: DailyJob = {
      name: 'test-daily',
      label: '测试任务',
      at: '00:00',
      perInstitution: true,
      handler: async ({ txDb, institutionId, asOf }) => {
        calls++;
        // a function written against a Db, given the run's transaction
        if (institutionId === who.institutionId) await txDb.transaction((inner) => notify(inner, { institutionId: who.institutionId, recipientPersonId: who.id, kind: 'test_job', title: '每日任务的提醒', body: asOf, createdBy: 0 }));
        return { asOf };
      },
    };
    const runner = createJobRunner({ db: database.db, jobs: [job], clock, instance: 'a' });
    expect(await runner.runDue()).toBe(institutions);
    expect(await runner.runDue()).toBe(0);
    expect(calls).toBe(institutions);
    const rows = await runs('test-daily');
    expect(rows.map((r) => [r.status, r.scheduledFor, r.attempts, r.finishedBy])).toEqual(rows.map(() => ['done', DAY, 1, 'a']));
    const events = await audits('job.run', 'test-daily');
    expect(events).toHaveLength(institutions);
    expect(events.every((e) => e.actorName === '系统（定时任务）' && e.outcome === 'success' && e.actorAccountId === null)).toBe(true);
    expect(await database.db.select().from(notification).where(eq(notification.kind, 'test_job'))).toHaveLength(1);
  });

  it('a failing job is rolled back, retried with exponential backoff, shown as failed after the last attempt; a restarted runner continues', async () => {
    let calls = 0;
    const failing = (failTimes: number): DailyJob => ({
      name: 'test-flaky',
      label: '会失败的测试任务',
      at: '00:00',
      perInstitution: false,
      handler: async ({ tx }) => {
        calls++;
        await notify(tx, { institutionId: who.institutionId, recipientPersonId: who.id, kind: 'test_flaky', title: '不应留下', body: '回滚', createdBy: 0 });
        if (calls <= failTimes) throw new Error('渠道暂不可用');
      },
    });
    const t0 = Date.parse('2026-12-21T02:00:00Z');
    const first = createJobRunner({ db: database.db, jobs: [failing(2)], clock, instance: 'a', backoffMs: 60_000 });
    await first.runDue(t0);
    let [row] = await runs('test-flaky');
    expect(row.status).toBe('pending');
    expect(row.attempts).toBe(1);
    expect(row.lastError).toBe('渠道暂不可用');
    expect(row.runAt.getTime()).toBe(t0 + 60_000);
    // the handler's writes were rolled back with it
    expect(await database.db.select().from(notification).where(eq(notification.kind, 'test_flaky'))).toHaveLength(0);
    // not due again before the backoff
    expect(await first.runDue(t0 + 59_000)).toBe(0);
    await first.runDue(t0 + 60_000);
    [row] = await runs('test-flaky');
    expect(row.attempts).toBe(2);
    expect(row.runAt.getTime()).toBe(t0 + 60_000 + 120_000);
    // "restart": a new runner (as after a restart of the service) takes the pending run up and finishes it
    const restarted = createJobRunner({ db: database.db, jobs: [failing(2)], clock, instance: 'b', backoffMs: 60_000 });
    await restarted.runDue(t0 + 180_000);
    [row] = await runs('test-flaky');
    expect([row.status, row.attempts, row.finishedBy, row.lastError]).toEqual(['done', 3, 'b', null]);
    expect(await database.db.select().from(notification).where(eq(notification.kind, 'test_flaky'))).toHaveLength(1);
    const failures = await audits('job.failed', 'test-flaky');
    expect(failures.map((f) => f.outcome)).toEqual(['failed', 'failed']);

    const always: DailyJob = { name: 'test-broken', label: '总是失败', at: '00:00', perInstitution: false, handler: async () => { throw new Error('配置错误'); } };
    const r = createJobRunner({ db: database.db, jobs: [always], clock, backoffMs: 1000, maxAttempts: 3 });
    for (const dt of [0, 1000, 3000, 7000]) await r.runDue(t0 + dt);
    const [broken] = await runs('test-broken');
    expect([broken.status, broken.attempts, broken.lastError]).toEqual(['failed', 3, '配置错误']);
  });

  it('two instances on one PostgreSQL run the daily job once', async (ctx) => {
    const other = await secondInstance(database);
    if (!other) return ctx.skip();
    try {
      let calls = 0;
      const job: DailyJob = {
        name: 'test-digest-once',
        label: '每日摘要',
        at: '00:00',
        perInstitution: false,
        handler: async ({ tx }) => {
          calls++;
          await sleep(300);
          await notify(tx, { institutionId: who.institutionId, recipientPersonId: who.id, kind: 'test_once', title: '摘要', body: '一次', createdBy: 0, dedupeKey: null });
        },
      };
      const a = createJobRunner({ db: database.db, jobs: [job], clock, instance: 'a' });
      const b = createJobRunner({ db: other.db, jobs: [job], clock, instance: 'b' });
      const done = await Promise.all([a.runDue(), b.runDue(), a.runDue(), b.runDue()]);
      expect(done.reduce((x, y) => x + y, 0)).toBe(1);
      expect(calls).toBe(1);
      expect(await runs('test-digest-once')).toHaveLength(1);
      expect(await database.db.select().from(notification).where(eq(notification.kind, 'test_once'))).toHaveLength(1);
      expect(await audits('job.run', 'test-digest-once')).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
