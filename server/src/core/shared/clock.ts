import { AsyncLocalStorage } from 'node:async_hooks';
import type { IsoDate } from './dates';

/**
 * The product's one clock for "today": every rule, duty, deadline, document and the demo seeding read the date through
 * it (`todayIso()`). It runs on China Standard Time, or is fixed to one date by `CADRE_TODAY=YYYY-MM-DD` for trials,
 * demonstrations and tests. Only the date is fixed: times of day (audit timestamps, sessions, locks, one-time codes)
 * stay real, so security never depends on a configurable clock.
 *
 * An app's clock applies to every request it serves (an AsyncLocalStorage scope entered when the request arrives), so two
 * apps in one process (tests) can live on different dates; outside a request the process clock applies (start-up,
 * seeding, scripts), which the entry point sets from the configuration.
 */
export interface Clock {
  /** The fixed date, or null when the clock follows the real date in China. */
  readonly fixedDate: IsoDate | null;
  today(): IsoDate;
}

/** The date in China (UTC+8, no daylight saving) at a moment, whatever the server's own time zone. */
export const chinaDate = (ms: number): IsoDate => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);
/** An instant as Beijing time to the second: 2026-06-12 15:30:05. */
export const chinaDateTime = (ms: number): string => new Date(ms + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');

export const systemClock: Clock = { fixedDate: null, today: () => chinaDate(Date.now()) };

export const fixedClock = (date: IsoDate): Clock => ({ fixedDate: date, today: () => date });

const scope = new AsyncLocalStorage<Clock>();
let processClock: Clock = systemClock;

/** The clock in force here: the serving app's during a request, else the process clock. */
export const currentClock = (): Clock => scope.getStore() ?? processClock;

/** Sets the clock outside any request (the entry point, from CADRE_TODAY; a test, for what it runs directly). */
export function useProcessClock(clock: Clock): Clock {
  const before = processClock;
  processClock = clock;
  return before;
}

/** Runs `fn` (and everything it starts) on `clock`. */
export const withClock = <T>(clock: Clock, fn: () => T): T => scope.run(clock, fn);
