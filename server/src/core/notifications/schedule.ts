/**
 * When a delivery may go out: urgent ones at once unless the recipient's quiet hours hold, then at their end; the rest
 * in the next daily digest at the recipient's digest time (moved to the end of quiet hours if it falls inside them).
 * Times of day are China time (UTC+8, no daylight saving). Pure.
 */
export interface Timing {
  /** HH:MM */
  digestTime: string;
  quietStart: string;
  quietEnd: string;
}

const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const OFFSET = 8 * 60 * MIN;

export const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
/** Minutes since midnight in China at a moment. */
export const chinaMinuteOfDay = (ms: number) => Math.floor((((ms + OFFSET) % DAY) + DAY) % DAY / MIN);
/** The moment of China midnight starting the day of `ms`. */
const chinaMidnight = (ms: number) => Math.floor((ms + OFFSET) / DAY) * DAY - OFFSET;

/** Whether `ms` falls in quiet hours [start, end) (wrapping midnight when start > end; none when start = end). */
export function inQuietHours(ms: number, t: Pick<Timing, 'quietStart' | 'quietEnd'>): boolean {
  const s = minutesOf(t.quietStart);
  const e = minutesOf(t.quietEnd);
  const m = chinaMinuteOfDay(ms);
  if (s === e) return false;
  return s < e ? m >= s && m < e : m >= s || m < e;
}

/** The first moment at or after `ms` with the given China time of day. */
export function nextAt(ms: number, hhmm: string): number {
  const at = chinaMidnight(ms) + minutesOf(hhmm) * MIN;
  return at >= ms ? at : at + DAY;
}

/** The moment quiet hours holding at `ms` end (ms itself when they do not hold). */
export function quietEndAfter(ms: number, t: Pick<Timing, 'quietStart' | 'quietEnd'>): number {
  return inQuietHours(ms, t) ? nextAt(ms, t.quietEnd) : ms;
}

/** When a notice recorded at `now` goes out on an outside channel. */
export function deliveryDueAt(now: number, urgent: boolean, t: Timing): number {
  if (urgent) return quietEndAfter(now, t);
  return quietEndAfter(nextAt(now, t.digestTime), t);
}
