import { UnknownCalendarYearError, type CalendarData } from '../../../core/calendar/working-days';
import type { IsoDate } from '../../../core/shared/dates';
import { workingDayDeadline } from '../../../core/calendar/deadlines';
import type { ErrorCode } from '../../../core/shared/error-codes';

/**
 * How a college lets a cadre seek tolerance (a named strategy per pack, `tolerance.application_strategy`):
 * - scitc-2025 附件3 第五条（一）（二）: to the accountable department, while the case is being investigated; never after
 *   accountability has been carried out;
 * - xzcit-2018 第五条（一）: in writing to the party committee within N working days after the procedure started;
 *   later applications are not accepted;
 * - ahzaxy-2020 第12条: no application; the tolerance inquiry opens together with the accountability procedure.
 */
export type ApplicationStrategy =
  | 'apply_to_accountable_department_during_investigation'
  | 'apply_to_party_committee_within_working_days'
  | 'investigate_with_accountability';

export type CaseStage = 'started' | 'investigating' | 'decided' | 'closed';

export interface FilingRule {
  strategy: ApplicationStrategy;
  /** The strategy's article, cited in a refusal. */
  citation: string | null;
  /** xzcit: the number of working days. */
  workingDays?: number;
  /** scitc: the stages in which an application may be filed. */
  stages?: string[];
}

export interface FilingCase {
  stage: CaseStage;
  startedOn: IsoDate;
}

export interface FilingRefusal {
  code: ErrorCode;
  message: string;
  article: string | null;
}

/** How each strategy's timeline words where an application goes and who accepts it. */
export const FILING_WORDS: Record<ApplicationStrategy, { filedTo: (accountableDepartment: string) => string; accepted: string }> = {
  apply_to_accountable_department_during_investigation: { filedTo: (d) => `向问责部门（${d}）提出申请`, accepted: '问责部门审核后予以受理' },
  apply_to_party_committee_within_working_days: { filedTo: () => '向学院党委提出书面申请', accepted: '经学院党委研究，交由纪委和组织人事部门受理' },
  investigate_with_accountability: { filedTo: () => '启动问责程序的同时一并开展容错免责调查核实', accepted: '随问责程序启动' },
};

export const STAGE_LABELS: Record<CaseStage, string> = { started: '已启动', investigating: '调查核实中', decided: '已作出处理并实施', closed: '已办结' };

/** The last day an application can be filed, where the strategy has one (xzcit). */
export function filingDeadline(rule: FilingRule, c: FilingCase, cal: CalendarData) {
  if (rule.strategy !== 'apply_to_party_committee_within_working_days' || rule.workingDays === undefined) return null;
  return workingDayDeadline(cal, c.startedOn, rule.workingDays);
}

/** Whether an application filed on `filedOn` may be accepted for filing; the refusal names its article. */
export function checkFiling(rule: FilingRule, c: FilingCase, filedOn: IsoDate, cal: CalendarData): FilingRefusal | null {
  const article = rule.citation;
  if (filedOn < c.startedOn) return { code: 'TOLERANCE.BEFORE_START', message: '申请日期早于问责程序启动日期', article: null };
  switch (rule.strategy) {
    case 'investigate_with_accountability':
      return {
        code: 'TOLERANCE.NO_APPLICATION',
        message: '本院在启动问责程序的同时一并开展容错免责调查核实，无需另行申请；可在调查核实中向调查组陈述本人意见',
        article,
      };
    case 'apply_to_accountable_department_during_investigation': {
      if (c.stage === 'decided' || c.stage === 'closed')
        return { code: 'TOLERANCE.AFTER_CARRIED_OUT', message: '责任追究已经实施，容错申请不再受理', article };
      const stages = rule.stages ?? ['investigating'];
      if (!stages.includes(c.stage))
        return { code: 'TOLERANCE.NOT_INVESTIGATING', message: `容错申请应在责任追究调查阶段提出，该问责案件目前${STAGE_LABELS[c.stage]}，尚未进入调查阶段`, article };
      return null;
    }
    case 'apply_to_party_committee_within_working_days': {
      // The window is a date: the N-th working day after the start (the start day not counted, 调休 workdays counted).
      // An application filed on any later day — a weekend or a holiday after it included — is late.
      const n = rule.workingDays ?? 0;
      const until = filingDeadline(rule, c, cal)!;
      if (filedOn > until.date) {
        // A provisional deadline (a year whose holidays are unknown) is never later than the true one: refusing by
        // it could refuse an application in time, so the year must be known first.
        if (until.provisional) throw new UnknownCalendarYearError(Number(until.date.slice(0, 4)));
        return {
          code: 'TOLERANCE.WINDOW_CLOSED',
          message: `容错申请应在启动问责程序后 ${n} 个工作日内提出（问责程序 ${c.startedOn} 启动，申请截止 ${until.date}），逾期提交不予受理`,
          article,
        };
      }
      return null;
    }
  }
}

/** The stage a case was in on a date, from the dates of its steps (a written application is judged as of its receipt). */
export function stageOn(c: { startedOn: IsoDate; investigatingSince: IsoDate | null; carriedOutOn: IsoDate | null; closedOn: IsoDate | null }, on: IsoDate): CaseStage {
  if (c.closedOn && c.closedOn <= on) return 'closed';
  if (c.carriedOutOn && c.carriedOutOn <= on) return 'decided';
  if (c.investigatingSince && c.investigatingSince <= on) return 'investigating';
  return 'started';
}
