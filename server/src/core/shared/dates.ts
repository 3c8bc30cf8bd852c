import dayjs from 'dayjs';
import { chinaDate, currentClock } from './clock';

/** Dates are ISO strings `YYYY-MM-DD` throughout; these helpers keep the arithmetic in one place. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date written YYYY-MM-DD (no 2026-02-30). */
export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
  const t = new Date(Date.UTC(y, m - 1, d));
  // Date.UTC reads years 0–99 as 1900–1999: such a year fails the comparison, as it did through dayjs.
  return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const DAY_MS = 86_400_000;
/** Days since 1970-01-01 (UTC, so no time zone or daylight saving can shift a day). */
const epochDay = (d: IsoDate): number => Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / DAY_MS;
// Day arithmetic is plain integer arithmetic on the epoch day: it runs for every duty and tenure the engine derives
// (millions at province scale), where parsing and formatting through dayjs dominated the derivation's time.
export const addDays = (d: IsoDate, n: number): IsoDate => new Date((epochDay(d) + n) * DAY_MS).toISOString().slice(0, 10);
/** Adds calendar months; the day is clamped to the target month's end (01-31 + 1 month = 02-28/29). */
export const addMonths = (d: IsoDate, n: number): IsoDate => dayjs(d).add(n, 'month').format('YYYY-MM-DD');
export const addYears = (d: IsoDate, n: number): IsoDate => dayjs(d).add(n, 'year').format('YYYY-MM-DD');
export const diffDays = (from: IsoDate, to: IsoDate): number => epochDay(to) - epochDay(from);
/** Whole and fractional years between two dates, for display (任现职年限). */
export const yearsBetween = (from: IsoDate, to: IsoDate): number => Math.floor((monthsBetween(from, to) / 12) * 10) / 10;

/** The epoch day `n` calendar months after `d`, the day clamped to the target month's end (as dayjs adds months). */
function addMonthsEpoch(d: IsoDate, n: number): number {
  const total = Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)) - 1 + n;
  const y = Math.floor(total / 12);
  const m = total - y * 12;
  const monthEnd = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Date.UTC(y, m, Math.min(Number(d.slice(8, 10)), monthEnd)) / DAY_MS;
}

/**
 * Fractional calendar months from `from` to `to`, as dayjs's diff(…, 'month', true) (moment's algorithm): whole months,
 * then the rest as a fraction of the month it falls in. Pure day arithmetic: it runs for every person on a roster page.
 */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  if (Number(to.slice(8, 10)) < Number(from.slice(8, 10))) return -monthsBetween(to, from);
  const whole = (Number(from.slice(0, 4)) - Number(to.slice(0, 4))) * 12 + (Number(from.slice(5, 7)) - Number(to.slice(5, 7)));
  const anchor = addMonthsEpoch(to, whole);
  const target = epochDay(from);
  const before = target - anchor < 0;
  const anchor2 = addMonthsEpoch(to, whole + (before ? -1 : 1));
  return -(whole + (target - anchor) / (before ? anchor - anchor2 : anchor2 - anchor)) || 0;
}
/**
 * The date in China (UTC+8) of a moment — a Date, an ISO timestamp or epoch milliseconds. The one way a timestamp
 * (a timestamptz column, an ISO instant from the API) becomes a date: never `toISOString().slice(0, 10)`, which is the
 * date in Greenwich and is a day early for anything done in China before 08:00.
 */
export const chinaDateOf = (t: Date | string | number): IsoDate => chinaDate(typeof t === 'number' ? t : typeof t === 'string' ? Date.parse(t) : t.getTime());
/** Today in China Standard Time, by the app's clock (shared/clock.ts: real, or fixed by CADRE_TODAY). */
export const todayIso = (): IsoDate => currentClock().today();
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
