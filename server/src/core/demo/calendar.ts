import type { CalendarData } from '../calendar/working-days';
import { workingDayDeadline } from '../calendar/deadlines';
import { addDays, type IsoDate } from '../shared/dates';

/**
 * The demo's dates land on working days: `d` if it is one, else the next. A date in a year whose holidays are not yet
 * published (seeding in late December looks a few weeks into next year, e.g. CADRE_TODAY=2026-12-20) falls back to
 * weekdays, as the rules' provisional deadlines do, instead of refusing to seed.
 */
export const workingDayOnOrAfter = (cal: CalendarData, d: IsoDate): IsoDate => workingDayDeadline(cal, addDays(d, -1), 1).date;
