import { addDays } from '../shared/dates';
import type { DerivedDuty, Duty, DutyDetail, DutyStatus } from './types';

export interface Waiver {
  dutyKey: string;
  reason: string;
  waivedBy: number;
  waivedAt: string;
}

export function statusOf(d: DerivedDuty, asOf: string, waived: boolean, soonUntil: (days: number) => string = (days) => addDays(asOf, days)): DutyStatus {
  if (d.doneDate) return 'done';
  if (waived) return 'waived';
  if (d.dueDate < asOf) return 'overdue';
  if (d.dueDate <= soonUntil(d.dueSoonDays)) return 'due_soon';
  return 'open';
}

/** Applies waivers and the date to derived duties. Pure. */
export function finalize<D extends DutyDetail>(institutionId: number, derived: DerivedDuty<D>[], waivers: Waiver[], asOf: string): Duty<D>[] {
  const byKey = new Map(waivers.map((w) => [w.dutyKey, w]));
  const soon = new Map<number, string>();
  const soonUntil = (days: number) => soon.get(days) ?? soon.set(days, addDays(asOf, days)).get(days)!;
  return derived.map((d) => {
    const w = byKey.get(d.key);
    return {
      ...d,
      institutionId,
      status: statusOf(d, asOf, !!w, soonUntil),
      waiver: w && !d.doneDate ? { reason: w.reason, waivedBy: w.waivedBy, waivedAt: w.waivedAt } : undefined,
    };
  });
}

export const STATUS_LABELS: Record<DutyStatus, string> = {
  open: '待办',
  due_soon: '即将到期',
  overdue: '已逾期',
  done: '已完成',
  waived: '已免办',
};
