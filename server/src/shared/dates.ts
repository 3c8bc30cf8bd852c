import dayjs from 'dayjs';

/** Dates are ISO strings `YYYY-MM-DD` throughout; these helpers keep the arithmetic in one place. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = dayjs(s, 'YYYY-MM-DD');
  return d.isValid() && d.format('YYYY-MM-DD') === s;
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
export const yearsBetween = (from: IsoDate, to: IsoDate): number => Math.floor((dayjs(to).diff(dayjs(from), 'month', true) / 12) * 10) / 10;
/** Today in China Standard Time (UTC+8, no daylight saving), whatever the server's own time zone. */
export const todayIso = (): IsoDate => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
