import type { CalendarData } from '../../../core/calendar/working-days';
import type { IsoDate } from '../../../core/shared/dates';
import { workingDayDeadline } from '../../../core/calendar/deadlines';
import type { ReviewAction, ReviewStatus } from './procedure';
import type { DayRule, ToleranceRules } from './rules';
import { filingDeadline, type CaseStage } from './window';

/** The facts of a review the deadlines are counted from. */
export interface ReviewDates {
  origin: 'application' | 'ex_officio';
  status: ReviewStatus;
  outcome: string | null;
  filedOn: IsoDate;
  acceptedOn: IsoDate | null;
  refusedOn: IsoDate | null;
  reportOn: IsoDate | null;
  decidedOn: IsoDate | null;
  firstDeferredOn: IsoDate | null;
  deferUntil: IsoDate | null;
  feedbackOn: IsoDate | null;
  publishedOn: IsoDate | null;
  recordFiledOn: IsoDate | null;
}

/** One deadline of the procedure, as the timeline and the duty list show it. */
export interface ScheduledStep {
  step: ReviewAction | 'apply' | 'decide_deferred';
  label: string;
  from: IsoDate;
  due: IsoDate;
  provisional: boolean;
  /** How the period is stated, e.g. “30 个工作日”. */
  period: string;
  doneOn: IsoDate | null;
  citation: string | null;
  isDefault: boolean;
}

const period = (r: DayRule) => `${r.days} 个工作日`;

/** Every deadline the procedure has reached so far, in order; pure over the calendar. */
export function reviewSchedule(r: ReviewDates, c: { stage: CaseStage; startedOn: IsoDate }, rules: ToleranceRules, cal: CalendarData): ScheduledStep[] {
  const out: ScheduledStep[] = [];
  // A step's article is the one that requires it; where the period is a system default, the requirement's article still applies.
  const add = (step: ScheduledStep['step'], label: string, from: IsoDate, rule: DayRule, doneOn: IsoDate | null, requiredBy: string | null) => {
    const d = workingDayDeadline(cal, from, rule.days);
    out.push({ step, label, from, due: d.date, provisional: d.provisional, period: period(rule), doneOn, citation: rule.citation ?? requiredBy, isDefault: rule.isDefault });
  };
  const p = rules.procedure;
  const window = filingDeadline(rules.filing, c, cal);
  if (window && r.origin === 'application')
    out.push({ step: 'apply', label: '提出容错申请', from: c.startedOn, due: window.date, provisional: window.provisional, period: `${rules.filing.workingDays} 个工作日`, doneOn: r.filedOn, citation: rules.filing.citation, isDefault: false });
  if (r.origin === 'application' && rules.acceptance) add('accept', '审核受理', r.filedOn, rules.acceptance, r.acceptedOn ?? r.refusedOn, rules.filing.citation);
  if (r.status === 'refused') return out;
  const investigationFrom = r.acceptedOn ?? r.filedOn;
  add('report', '形成调查报告', investigationFrom, rules.investigation, r.reportOn, p.hearingCitation ?? p.collectiveCitation);
  if (!r.reportOn) return out;
  const finalDecision = r.outcome && r.outcome !== 'defer' ? r.decidedOn : null;
  add('decide', '作出认定结论', r.reportOn, rules.determination, r.firstDeferredOn ?? (r.outcome ? r.decidedOn : null), p.collectiveCitation);
  if (r.firstDeferredOn && r.deferUntil) {
    out.push({ step: 'decide_deferred', label: '暂缓期满作出认定', from: r.firstDeferredOn, due: r.deferUntil, provisional: false, period: `暂缓至 ${r.deferUntil}`, doneOn: finalDecision, citation: rules.procedure.deferralCitation, isDefault: false });
  }
  if (!finalDecision) return out;
  add('feedback', '反馈本人', finalDecision, rules.feedback, r.feedbackOn, p.collectiveCitation);
  if (r.outcome === 'exempt') add('publish', '公开免责结论', finalDecision, rules.publication, r.publishedOn, p.publicationCitation);
  if (p.filingRoles.length > 0 && r.feedbackOn) add('file_record', '报送备案', r.feedbackOn, rules.recordFiling, r.recordFiledOn, p.filingCitation);
  return out;
}
