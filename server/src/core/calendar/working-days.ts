import dayjs from 'dayjs';
import { AppError } from '../shared/errors';
import { addDays, type IsoDate } from '../shared/dates';

/** The facts a working-day computation needs; built from chinese-days plus the admin's overrides. */
export interface CalendarData {
  /** Official holidays that fall on what would otherwise be a working day (weekends included is fine). */
  holidays: ReadonlySet<IsoDate>;
  /** Adjusted workdays (调休): weekend days that are working days. */
  workdays: ReadonlySet<IsoDate>;
  /** Years whose holiday arrangement is known; computing into any other year is refused. */
  knownYears: ReadonlySet<number>;
}

export class UnknownCalendarYearError extends AppError {
  constructor(readonly year: number) {
    super(
      'CALENDAR.YEAR_UNKNOWN',
      `${year} 年的法定节假日和调休安排尚未录入，无法按工作日计算期限。请系统管理员在“工作日历”中录入该年安排后重试。`,
      422,
    );
  }
}

function assertKnown(cal: CalendarData, date: IsoDate): void {
  const year = Number(date.slice(0, 4));
  if (!cal.knownYears.has(year)) throw new UnknownCalendarYearError(year);
}

export function isWorkingDay(cal: CalendarData, date: IsoDate): boolean {
  assertKnown(cal, date);
  if (cal.workdays.has(date)) return true;
  if (cal.holidays.has(date)) return false;
  const dow = dayjs(date).day();
  return dow !== 0 && dow !== 6;
}

/**
 * The date that is `n` working days after `date` (the start day itself is not counted).
 * `n = 0` returns `date` when it is a working day, else the next working day.
 */
export function addWorkingDays(cal: CalendarData, date: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working-day count must be a non-negative integer, got ${n}`);
  let d = date;
  if (n === 0) {
    while (!isWorkingDay(cal, d)) d = addDays(d, 1);
    return d;
  }
  let left = n;
  while (left > 0) {
    d = addDays(d, 1);
    if (isWorkingDay(cal, d)) left--;
  }
  return d;
}

/** Working days in (from, to]: the count a deadline of N working days after `from` has used by `to`. */
export function workingDaysBetween(cal: CalendarData, from: IsoDate, to: IsoDate): number {
  if (to < from) return -workingDaysBetween(cal, to, from);
  let count = 0;
  for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) if (isWorkingDay(cal, d)) count++;
  return count;
}

export { addMonths as addCalendarMonths } from '../shared/dates';
