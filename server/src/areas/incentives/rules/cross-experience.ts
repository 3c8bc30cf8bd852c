import { addDays, addYears, diffDays } from '../../../core/shared/dates';

/** A tenure as the experience rules read it. */
export interface ExperienceTenure {
  departmentKind: string;
  title: string;
  startDate: string;
  endDate: string | null;
}

/**
 * How much of a required experience a person gathered within a window after joining (ahzaxy-2020 第7条、第8条): the
 * days spent in tenures that count, up to the window's end, and the day the requirement was met. Pure.
 */
export function experience(tenures: ExperienceTenure[], counts: (t: ExperienceTenure) => boolean, hireDate: string, withinYears: number, neededYears: number, asOf: string): { due: string; days: number; metOn: string | null } {
  const due = addYears(hireDate, withinYears);
  const needed = Math.round(neededYears * 365);
  const periods = tenures
    .filter(counts)
    .map((t) => ({ from: t.startDate < hireDate ? hireDate : t.startDate, to: [t.endDate ?? asOf, asOf, due].sort()[0] }))
    .filter((p) => p.from < p.to)
    .sort((a, b) => (a.from < b.from ? -1 : 1));
  let days = 0;
  let metOn: string | null = null;
  let covered = '';
  for (const p of periods) {
    const from = covered && covered > p.from ? covered : p.from;
    if (from >= p.to) continue;
    const span = diffDays(from, p.to);
    if (metOn === null && days + span >= needed) metOn = addDays(from, needed - days);
    days += span;
    covered = p.to;
  }
  return { due, days, metOn };
}

export const startsWithAny = (title: string, prefixes: readonly string[]) => prefixes.some((p) => title.startsWith(p));
