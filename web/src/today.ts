import dayjs, { type Dayjs } from 'dayjs';
import { chinaDate } from './dates';

/**
 * "Today" for forms and date checks in the browser. When the server's date is fixed (CADRE_TODAY, for trials,
 * demonstrations and tests) the pages use that date, as every rule on the server does; otherwise today's date in China
 * (dates.ts), whatever the browser's time zone.
 */
let fixed: string | null = null;

/** Called with who is signed in (/api/auth/me), which carries the server's date. */
export function adoptServerToday(me: { today: string; todayFixed: boolean } | null | undefined) {
  fixed = me?.todayFixed ? me.today : null;
}

export const appToday = (): Dayjs => dayjs(fixed ?? chinaDate(Date.now()));
