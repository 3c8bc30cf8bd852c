import { isValidIsoDate } from '../shared/dates';

/**
 * Cells as offices type them, read the same way by every go-live template. Pure.
 */

/** A date as offices type it: 2020-09-01, 2020/9/1, 2020.09.01, 20200901, 2020年9月1日; null when it is not a valid date. */
export function normalizeImportDate(raw: string): string | null {
  const m = raw.trim().match(/^(\d{4})\s*[-/.年]?\s*(\d{1,2})\s*[-/.月]?\s*(\d{1,2})\s*日?$/);
  if (!m) return null;
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  return isValidIsoDate(iso) ? iso : null;
}

/** A cell holding several values (工号 of several people): split at 、，,；; and blanks, empty parts dropped. */
export const splitImportList = (raw: string): string[] => raw.split(/[、，,；;\s]+/).map((s) => s.trim()).filter(Boolean);
