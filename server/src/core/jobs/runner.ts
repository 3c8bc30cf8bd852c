import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { institution } from '../db/schema';
import { writeAudit } from '../audit/audit.writer';
import { systemClock, type Clock } from '../shared/clock';
import { chinaMinuteOfDay, minutesOf } from '../notifications/schedule';
import type { DailyJob } from './registry';

export const JOB_ACTOR = '系统（定时任务）';

export interface RunnerOptions {
  db: Db;
  jobs: DailyJob[];
  clock?: Clock;
  /** Who runs (host:pid), recorded with each finished run. */
  instance?: string;
  /** First retry delay; doubled each attempt up to backoffCapMs. */
  backoffMs?: number;
  backoffCapMs?: number;
  maxAttempts?: number;
}

export interface JobRow {
  id: number;
  name: string;
  scheduled_for: string;
  institution_id: number;
  attempts: number;
}

/**
 * The table-backed job runner (one design on PGlite and PostgreSQL): a day's run of a job is one row of
 * `scheduled_job`, created by whichever instance first finds it due (a unique key on job, day and institution); an
 * instance takes a due row with FOR UPDATE SKIP LOCKED and runs the handler inside that transaction, then marks the
 * row done and writes its audit event before committing. Another instance skips the locked row and finds it done
 * afterwards; a crash rolls everything back and the row is taken up again (after a restart, or by another instance). A
 * handler that throws is rolled back to a savepoint, and the row is rescheduled with exponential backoff (audited as
 * failed) until the last attempt, after which it stays 失败 for the system administrator.
 */
export function createJobRunner(o: RunnerOptions) {
  const clock = o.clock ?? systemClock;
  const instance = o.instance ?? `${os.hostname()}:${process.pid}`;
  const base = o.backoffMs ?? 60_000;
  const cap = o.backoffCapMs ?? 60 * 60_000;
  const maxAttempts = o.maxAttempts ?? 6;
  const byName = new Map(o.jobs.map((j) => [j.name, j]));
  const backoff = (attempts: number) => Math.min(cap, base * 2 ** Math.max(0, attempts - 1));

  /** Creates today's runs of the jobs that are due by now (idempotent: the unique key keeps one per period). */
  async function enqueueDue(now = Date.now()): Promise<void> {
    if (!o.jobs.length) return;
    const day = clock.today();
    const due = o.jobs.filter((j) => clock.fixedDate !== null || chinaMinuteOfDay(now) >= minutesOf(j.at));
    if (!due.length) return;
    const institutions = due.some((j) => j.perInstitution) ? (await o.db.select({ id: institution.id }).from(institution)).map((i) => i.id) : [];
    for (const j of due)
      for (const inst of j.perInstitution ? institutions : [0])
        await o.db.execute(sql`INSERT INTO scheduled_job (name, scheduled_for, institution_id, run_at) VALUES (${j.name}, ${day}, ${inst}, ${new Date(now).toISOString()}::timestamptz) ON CONFLICT DO NOTHING`);
  }

  /** Runs one due run, if any; returns what happened (null: nothing was due or free). */
  async function runOne(now = Date.now()): Promise<{ id: number; name: string; ok: boolean; error?: string } | null> {
    const names = [...byName.keys()];
    if (!names.length) return null;
    return o.db.transaction(async (tx: Tx) => {
      const row = (
        await tx.execute(sql`
          SELECT id, name, scheduled_for, institution_id, attempts FROM scheduled_job
          WHERE status = 'pending' AND run_at <= ${new Date(now).toISOString()}::timestamptz AND name IN (${sql.join(names.map((n) => sql`${n}`), sql`, `)})
          ORDER BY run_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`)
      ).rows[0] as JobRow | undefined;
      if (!row) return null;
      const job = byName.get(row.name)!;
      const attempt = row.attempts + 1;
      const institutionId = row.institution_id || null;
      const audit = { institutionId, actorAccountId: null, actorName: JOB_ACTOR, entityType: 'scheduled_job', entityId: row.id };
      try {
        const result = await tx.transaction((sp) => job.handler({ tx: sp, txDb: sp as unknown as Db, db: o.db, name: row.name, institutionId, asOf: row.scheduled_for, attempt }));
        await tx.execute(sql`UPDATE scheduled_job SET status = 'done', attempts = ${attempt}, last_error = NULL, finished_by = ${instance}, finished_at = now() WHERE id = ${row.id}`);
        await writeAudit(tx, { ...audit, action: 'job.run', detail: { job: row.name, label: job.label, day: row.scheduled_for, attempt, instance, result: result ?? null }, outcome: 'success' });
        return { id: row.id, name: row.name, ok: true };
      } catch (err) {
        const message = (err as Error).message || String(err);
        const giveUp = attempt >= maxAttempts;
        const runAt = new Date(now + backoff(attempt)).toISOString();
        await tx.execute(sql`UPDATE scheduled_job SET status = ${giveUp ? 'failed' : 'pending'}, attempts = ${attempt}, last_error = ${message}, run_at = ${runAt}::timestamptz, finished_by = ${giveUp ? instance : null}, finished_at = ${giveUp ? new Date(now).toISOString() : null}::timestamptz WHERE id = ${row.id}`);
        await writeAudit(tx, { ...audit, action: 'job.failed', detail: { job: row.name, label: job.label, day: row.scheduled_for, attempt, instance, error: message, retryAt: giveUp ? null : runAt }, outcome: 'failed' });
        return { id: row.id, name: row.name, ok: false, error: message };
      }
    });
  }

  /** Enqueues what is due and runs every due run this instance can take. */
  async function runDue(now = Date.now()): Promise<number> {
    await enqueueDue(now);
    let ran = 0;
    for (;;) {
      const r = await runOne(now);
      if (!r) return ran;
      ran++;
    }
  }

  return { enqueueDue, runOne, runDue, instance };
}

export type JobRunner = ReturnType<typeof createJobRunner>;
