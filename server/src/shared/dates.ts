import dayjs from 'dayjs';

/** Dates are ISO strings `YYYY-MM-DD` throughout; these helpers keep the arithmetic in one place. */
export type IsoDate = string;

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isValidIsoDate(s: string): boolean {
  if (!ISO_DATE.test(s)) return false;
  const d = dayjs(s, 'YYYY-MM-DD');
  return d.isValid() && d.format('YYYY-MM-DD') === s;
}

export const addDays = (d: IsoDate, n: number): IsoDate => dayjs(d).add(n, 'day').format('YYYY-MM-DD');
/** Adds calendar months; the day is clamped to the target month's end (01-31 + 1 month = 02-28/29). */
export const addMonths = (d: IsoDate, n: number): IsoDate => dayjs(d).add(n, 'month').format('YYYY-MM-DD');
export const addYears = (d: IsoDate, n: number): IsoDate => dayjs(d).add(n, 'year').format('YYYY-MM-DD');
export const diffDays = (from: IsoDate, to: IsoDate): number => dayjs(to).diff(dayjs(from), 'day');
/** Whole and fractional years between two dates, for display (任现职年限). */
export const yearsBetween = (from: IsoDate, to: IsoDate): number => Math.floor((dayjs(to).diff(dayjs(from), 'month', true) / 12) * 10) / 10;
/** Today in China Standard Time (UTC+8, no daylight saving), whatever the server's own time zone. */
export const todayIso = (): IsoDate => new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
export const minDate = (a: IsoDate, b: IsoDate): IsoDate => (a < b ? a : b);
