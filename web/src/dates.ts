/**
 * Every date and time the web shows is China Standard Time (UTC+8, no daylight saving), whatever the browser's own time
 * zone — as every document the server prints (server/src/core/shared/dates.ts chinaDateOf). Timestamps from the API are ISO
 * instants; these are the only functions that turn one into text. Dates the API sends as YYYY-MM-DD are shown as they are.
 */
const CHINA_OFFSET_MS = 8 * 3_600_000;

type Moment = string | number | Date;
const inChina = (t: Moment): string => new Date((t instanceof Date ? t.getTime() : typeof t === 'number' ? t : Date.parse(t)) + CHINA_OFFSET_MS).toISOString();

/** YYYY-MM-DD in China; empty for none. */
export const chinaDate = (t: Moment | null | undefined): string => (t === null || t === undefined || t === '' ? '' : inChina(t).slice(0, 10));

/** YYYY-MM-DD HH:mm (with :ss when asked) in China; empty for none. */
export function chinaDateTime(t: Moment | null | undefined, seconds = false): string {
  if (t === null || t === undefined || t === '') return '';
  const s = inChina(t);
  return `${s.slice(0, 10)} ${s.slice(11, seconds ? 19 : 16)}`;
}
