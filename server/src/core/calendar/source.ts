import { createRequire } from 'node:module';
import type { CalendarData } from './working-days';

const require = createRequire(import.meta.url);

interface ChineseDaysJson {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

export interface CalendarOverrideRow {
  date: string;
  kind: 'holiday' | 'workday' | string;
}

let base: { holidays: Map<string, string>; workdays: Map<string, string>; years: number[] } | undefined;

/** The official schedule as the chinese-days package ships it (holiday names in Chinese). */
export function packageSchedule() {
  if (!base) {
    const json = require('chinese-days/dist/chinese-days.json') as ChineseDaysJson;
    const name = (v: string) => v.split(',')[1] ?? v;
    const holidays = new Map(Object.entries(json.holidays).map(([d, v]) => [d, name(v)]));
    const workdays = new Map(Object.entries(json.workdays).map(([d, v]) => [d, name(v)]));
    // A year is known when the package lists at least one holiday in it.
    const years = [...new Set([...holidays.keys()].map((d) => Number(d.slice(0, 4))))].sort();
    base = { holidays, workdays, years };
  }
  return base;
}

/** Merges the package's schedule with the sysadmin's overrides and confirmed years. */
export function buildCalendar(overrides: CalendarOverrideRow[], confirmedYears: number[]): CalendarData {
  const s = packageSchedule();
  const holidays = new Set(s.holidays.keys());
  const workdays = new Set(s.workdays.keys());
  for (const o of overrides) {
    if (o.kind === 'holiday') {
      holidays.add(o.date);
      workdays.delete(o.date);
    } else {
      workdays.add(o.date);
      holidays.delete(o.date);
    }
  }
  return { holidays, workdays, knownYears: new Set([...s.years, ...confirmedYears]) };
}
