import type { Db, Tx } from '../db/client';
import type { IsoDate } from '../shared/dates';

/** What a scheduled job's handler gets. */
export interface JobContext {
  /**
   * The transaction the run is recorded in: what the handler writes through it is committed together with the run
   * being marked done and audited (exactly once), or not at all if the handler throws.
   */
  tx: Tx;
  /**
   * The same transaction typed as a Db, for functions written against a Db (a transaction runs the same queries;
   * its `transaction()` opens a savepoint): pass this for exactly-once effects.
   */
  txDb: Db;
  /** The database, for handlers that must run their own transactions (their writes are then at least once). */
  db: Db;
  name: string;
  /** The institution the run is for (per-institution jobs), else null. */
  institutionId: number | null;
  /** The day the run is for: the app clock's date (CADRE_TODAY when fixed). */
  asOf: IsoDate;
  /** The attempt, from 1. */
  attempt: number;
}

/** A handler's result is stored in the run's audit event (counts, ids): keep it small. */
export type JobHandler = (ctx: JobContext) => Promise<Record<string, unknown> | void>;

export interface DailyJob {
  /** Stable English name, e.g. `duty-reminders`. */
  name: string;
  /** Shown to the system administrator, e.g. 应办事项提醒. */
  label: string;
  /** China time of day (HH:MM) from which the day's run is due; with a fixed date (CADRE_TODAY) it is due at once. */
  at: string;
  /** One run per institution per day (handler gets institutionId), else one run per day for the whole system. */
  perInstitution: boolean;
  handler: JobHandler;
}

const jobs = new Map<string, DailyJob>();

/**
 * Registers a job to run once a day (once per institution when perInstitution): the runner (jobs/runner.ts) records
 * each day's run in `scheduled_job`, so it runs exactly once however many instances share the database, is audited,
 * and a failure is retried with backoff and shown on 系统任务. Register before the runner starts (main.ts).
 */
export function registerDailyJob(job: DailyJob): void {
  if (!/^\d\d:\d\d$/.test(job.at)) throw new Error(`job ${job.name}: at must be HH:MM`);
  if (jobs.has(job.name)) throw new Error(`job ${job.name} registered twice`);
  jobs.set(job.name, job);
}

export const registeredJobs = (): DailyJob[] => [...jobs.values()];
