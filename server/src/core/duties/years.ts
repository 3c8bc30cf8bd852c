import type { EffectivePolicy } from '../policy/effective-policy';
import { carryOverKeys } from '../policy/policy-keys';

/**
 * Yearly duties (a year's talk quotas, training hours, campaigns, quarterly plans and statistics, annual reports) do
 * not vanish when the year turns: a duty lives until it is done or waived. To keep a derivation bounded, a deriver
 * looks back over the pack's carry-over horizon (`<area>.carry_over_years`, a system default of one year): on
 * 2027-01-05 the 2026 duties are still derived — the unmet ones overdue, the met ones done — and earlier years are
 * viewed by year (谈话完成情况 ?year=, 培训学时统计 ?year=). Pure.
 */

/** The calendar years whose yearly duties are derived on a date, oldest first: this year and the carry-over years. */
export function dutyYears(policy: EffectivePolicy, area: 'talks' | 'sidelines' | 'interviews' | 'incentives', asOf: string): number[] {
  const year = Number(asOf.slice(0, 4));
  const back = policy.maybeParam(carryOverKeys(area), `${area}.carry_over_years`, asOf)?.value ?? 0;
  return Array.from({ length: back + 1 }, (_, i) => year - back + i);
}

/** The date a year's rules and roster are read at: its last day, or the date itself while the year runs. */
export const yearAsOf = (year: number, asOf: string): string => (`${year}-12-31` < asOf ? `${year}-12-31` : asOf);

/** Whether a duty's due date, or the period that sets it, came from pack values marked `default: true`. */
export const fromDefault = (...sources: ({ isDefault: boolean } | { source: { isDefault: boolean } } | null | undefined)[]): boolean =>
  sources.some((s) => !!s && ('source' in s ? s.source.isDefault : s.isDefault));
