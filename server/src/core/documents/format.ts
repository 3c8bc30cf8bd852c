import { chinaDateOf, ISO_DATE } from '../shared/dates';

/**
 * A date as Chinese documents write it: 2026年11月30日; empty for none. Takes a date (YYYY-MM-DD) or a moment (a Date or
 * an ISO timestamp), which is printed as its date in China — every document prints dates through this. Pure.
 */
export function zhDate(value: string | Date | null | undefined): string {
  if (!value) return '';
  const iso = typeof value === 'string' && ISO_DATE.test(value) ? value : chinaDateOf(value);
  return `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
}
