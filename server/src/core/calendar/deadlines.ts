import dayjs from 'dayjs';
import { isWorkingDay, type CalendarData } from './working-days';
import { addDays, type IsoDate } from '../shared/dates';

/** A deadline counted in working days; provisional when it runs into a year whose holidays are not yet known. */
export interface WorkingDayDeadline {
  date: IsoDate;
  /**
   * Counted over weekends only in the unknown year. Holidays outnumber adjusted workdays in every year's arrangement,
   * so the provisional date is never later than the true one: acting by it is never late.
   */
  provisional: boolean;
}

/** `n` working days after `from`, the day `from` itself not counted (as Chinese law counts periods). */
export function workingDayDeadline(cal: CalendarData, from: IsoDate, n: number): WorkingDayDeadline {
  let d = from;
  let left = n;
  let provisional = false;
  while (left > 0) {
    d = addDays(d, 1);
    const known = cal.knownYears.has(Number(d.slice(0, 4)));
    if (!known) provisional = true;
    if (known ? isWorkingDay(cal, d) : ![0, 6].includes(dayjs(d).day())) left--;
  }
  return { date: d, provisional };
}
