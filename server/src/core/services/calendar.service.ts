import type { Executor } from '../db/client';
import { calendarOverride, calendarYear } from '../db/schema';
import { buildCalendar } from '../calendar/source';
import type { CalendarData } from '../calendar/working-days';

/** The working-day calendar in force: the package's schedule with the sysadmin's overrides and confirmed years. */
export async function loadCalendar(ex: Executor): Promise<CalendarData> {
  const overrides = await ex.select({ date: calendarOverride.date, kind: calendarOverride.kind }).from(calendarOverride);
  const years = await ex.select({ year: calendarYear.year }).from(calendarYear);
  return buildCalendar(overrides, years.map((y) => y.year));
}
