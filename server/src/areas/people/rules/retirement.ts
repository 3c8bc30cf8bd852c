import type { IsoDate } from '../../../core/shared/dates';

/**
 * The reason a tenure ends with when its holder retires: the talks area reads it as the retirement occasion
 * (scitc-2025 附件1 第五条（二） “职务发生变动和退休时”; ahzaxy-2020 第10条 “免职退休等时点”).
 */
export const RETIREMENT_END_REASON = '退休';

export const endsInRetirement = (endReason: string | null | undefined) => !!endReason?.includes(RETIREMENT_END_REASON);

export type RetirementProblem =
  | { code: 'PERSON.RETIRED_ON_REQUIRED'; field: 'retiredOn'; message: string }
  | { code: 'PERSON.RETIRED_ON_FUTURE'; field: 'retiredOn'; message: string }
  | { code: 'PERSON.RETIRED_BEFORE_HIRE'; field: 'retiredOn'; message: string }
  | { code: 'PERSON.RETIRED_BEFORE_TENURE'; field: 'retiredOn'; message: string }
  /** A post or oversight already ended after the retirement date. */
  | { code: 'PERSON.TENURE_AFTER_RETIREMENT'; field: 'retiredOn'; message: string };

/** A tenure or an oversight, named for messages (“现任教务处处长”, “分管教务处”). */
interface Period {
  id: number;
  startDate: IsoDate;
  endDate: IsoDate | null;
  label: string;
}

/**
 * Retiring a person on a date ends every post and oversight still open on that date, in the same change (an organization
 * department does not keep a retiree in post). The date is required, not after today (a retirement is recorded when it
 * takes effect), not before the person joined, and after the start of every post it ends; a post already ended after
 * the retirement date contradicts it. Pure.
 */
export function planRetirement(
  p: { hireDate: IsoDate; retiredOn: IsoDate | undefined; today: IsoDate; tenures: Period[]; oversights: Period[] },
): { ok: true; endTenures: number[]; endOversights: number[] } | { ok: false; problem: RetirementProblem } {
  const fail = (problem: RetirementProblem) => ({ ok: false as const, problem });
  const on = p.retiredOn;
  if (!on) return fail({ code: 'PERSON.RETIRED_ON_REQUIRED', field: 'retiredOn', message: '退休日期：将状态改为退休时须填写退休日期（现任职务将于该日免去）' });
  if (on > p.today) return fail({ code: 'PERSON.RETIRED_ON_FUTURE', field: 'retiredOn', message: `退休日期：不能晚于今天（${p.today}），请在退休生效后办理` });
  if (on < p.hireDate) return fail({ code: 'PERSON.RETIRED_BEFORE_HIRE', field: 'retiredOn', message: `退休日期：不能早于参加工作时间 ${p.hireDate}` });
  const periods = [...p.tenures, ...p.oversights];
  const late = periods.find((t) => t.endDate !== null && t.endDate > on);
  if (late) return fail({ code: 'PERSON.TENURE_AFTER_RETIREMENT', field: 'retiredOn', message: `退休日期：${late.label}至 ${late.endDate} 才结束，晚于退休日期，请核对` });
  const young = periods.find((t) => t.endDate === null && t.startDate >= on);
  if (young) return fail({ code: 'PERSON.RETIRED_BEFORE_TENURE', field: 'retiredOn', message: `退休日期：应晚于${young.label}的开始日期 ${young.startDate}` });
  const open = (list: Period[]) => list.filter((t) => t.endDate === null).map((t) => t.id);
  return { ok: true, endTenures: open(p.tenures), endOversights: open(p.oversights) };
}
