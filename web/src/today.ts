import dayjs, { type Dayjs } from 'dayjs';

/**
 * "Today" for forms and date checks in the browser. When the server's date is fixed (CADRE_TODAY, for trials,
 * demonstrations and tests) the pages use that date, as every rule on the server does; otherwise the browser's own date.
 */
let fixed: string | null = null;

/** Called with who is signed in (/api/auth/me), which carries the server's date. */
export function adoptServerToday(me: { today: string; todayFixed: boolean } | null | undefined) {
  fixed = me?.todayFixed ? me.today : null;
}

export const appToday = (): Dayjs => (fixed ? dayjs(fixed) : dayjs());
