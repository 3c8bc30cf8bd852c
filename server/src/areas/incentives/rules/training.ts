import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { diffDays } from '../../../core/shared/dates';
import { incentivesPolicy } from '../policy';

/** What the packs say about cadre training (ahzaxy-2020 第9条): yearly hours by rank, kinds, plausibility. Pure. */
export interface TrainingRules {
  annualHours: Record<string, number>;
  hoursCitation: string | null;
  hoursIsDefault: boolean;
  kinds: string[];
  kindsCitation: string | null;
  maxHoursPerDay: number;
  dueSoonDays: number;
}

export function trainingRules(policy: EffectivePolicy, asOf: string): TrainingRules {
  const hours = policy.param(incentivesPolicy, 'incentives.training.annual_hours', asOf);
  const kinds = policy.param(incentivesPolicy, 'incentives.training.kinds', asOf);
  return {
    annualHours: hours.value, hoursCitation: hours.source.citation, hoursIsDefault: hours.source.isDefault,
    kinds: kinds.value, kindsCitation: kinds.source.citation,
    maxHoursPerDay: policy.value(incentivesPolicy, 'incentives.training.max_hours_per_day', asOf),
    dueSoonDays: policy.value(incentivesPolicy, 'incentives.training.due_soon_days', asOf),
  };
}

/** Why hours are implausible for a course of these dates, or null: positive, in half hours, at most the daily limit. */
export function hoursProblem(hours: number, startDate: string, endDate: string, maxPerDay: number): string | null {
  if (!Number.isFinite(hours) || hours <= 0) return '学时应大于 0';
  if (Math.round(hours * 2) !== hours * 2) return '学时应为 0.5 的整数倍';
  const days = diffDays(startDate, endDate) + 1;
  if (days < 1) return '结束日期不能早于开始日期';
  if (hours > days * maxPerDay) return `${days} 天的培训最多计 ${days * maxPerDay} 学时（每天不超过 ${maxPerDay} 学时）`;
  return null;
}

/** A person's year: hours required for their rank, hours recorded, and the day the requirement was met. */
export function yearProgress(required: number | null, records: { endDate: string; hours: number }[]): { required: number | null; total: number; metOn: string | null } {
  let total = 0;
  let metOn: string | null = null;
  for (const r of [...records].sort((a, b) => (a.endDate < b.endDate ? -1 : 1))) {
    total += r.hours;
    if (required !== null && metOn === null && total >= required) metOn = r.endDate;
  }
  return { required, total: Math.round(total * 10) / 10, metOn };
}

export interface SignInRow {
  row: number;
  staffNo: string;
  name: string;
  hours: number | null;
}

/**
 * Checks each row of a sign-in sheet against the roster and the course: the 工号 exists, the name matches it,
 * no one twice, hours plausible (blank means the course's hours). Returns the good rows and each bad row's reason.
 */
export function checkSignIn(
  rows: SignInRow[],
  roster: Map<string, { personId: number; name: string }>,
  course: { hours: number; startDate: string; endDate: string },
  maxPerDay: number,
  already: Set<number>,
): { good: { row: number; personId: number; name: string; hours: number }[]; bad: { row: number; staffNo: string; name: string; reason: string }[] } {
  const good: { row: number; personId: number; name: string; hours: number }[] = [];
  const bad: { row: number; staffNo: string; name: string; reason: string }[] = [];
  const seen = new Set<number>();
  for (const r of rows) {
    const fail = (reason: string) => bad.push({ row: r.row, staffNo: r.staffNo, name: r.name, reason });
    const p = roster.get(r.staffNo.trim());
    if (!r.staffNo.trim()) fail('工号为空');
    else if (!p) fail(`工号 ${r.staffNo} 不存在`);
    else if (r.name.trim() && r.name.trim() !== p.name) fail(`工号 ${r.staffNo} 对应的是${p.name}，不是${r.name}`);
    else if (seen.has(p.personId)) fail('与前面的行重复');
    else if (already.has(p.personId)) fail('已登记过本次培训');
    else {
      const hours = r.hours ?? course.hours;
      const problem = hours > course.hours ? `超过本次培训的学时（${course.hours}）` : hoursProblem(hours, course.startDate, course.endDate, maxPerDay);
      if (problem) fail(problem);
      else {
        seen.add(p.personId);
        good.push({ row: r.row, personId: p.personId, name: p.name, hours });
      }
    }
  }
  return { good, bad };
}
