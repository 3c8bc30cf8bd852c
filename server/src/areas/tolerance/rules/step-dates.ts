import type { IsoDate } from '../../../core/shared/dates';
import { ProcedureError } from './procedure-error';
import type { ErrorCode } from '../../../core/shared/error-codes';

/** A step already on record that a new step cannot predate: its label as the timeline shows it, and its date. */
export interface PriorStep {
  label: string;
  on: IsoDate | null | undefined;
}

/** Each area's codes for a step dated in the future and for a step dated before one it follows. */
const STEP_DATE_CODES = {
  TOLERANCE: { future: 'TOLERANCE.FUTURE_DATE', order: 'TOLERANCE.DATE_ORDER' },
  ACCOUNTABILITY: { future: 'ACCOUNTABILITY.FUTURE_DATE', order: 'ACCOUNTABILITY.DATE_ORDER' },
  CORRECTION: { future: 'CORRECTION.FUTURE_DATE', order: 'CORRECTION.DATE_ORDER' },
  FOLLOWUP: { future: 'FOLLOWUP.FUTURE_DATE', order: 'FOLLOWUP.DATE_ORDER' },
  PETITION: { future: 'PETITION.FUTURE_DATE', order: 'PETITION.DATE_ORDER' },
} as const satisfies Record<string, { future: ErrorCode; order: ErrorCode }>;

export type StepArea = keyof typeof STEP_DATE_CODES;

/**
 * The one date check every step of the tolerance area passes (容错认定, 问责案件, 纠错措施, 跟踪回访, 信访举报): a step
 * done is dated no later than today, and no earlier than any step it follows — the case's start, the filing, the
 * acceptance and so on. `area` chooses the error codes (TOLERANCE, ACCOUNTABILITY, CORRECTION, FOLLOWUP, PETITION);
 * `article` is the provision that orders the step. Pure.
 */
export function checkStepDate(area: StepArea, step: string, on: IsoDate, priors: PriorStep[], today: IsoDate, article: string | null = null): void {
  if (on > today) throw new ProcedureError(STEP_DATE_CODES[area].future, `${step}日期（${on}）不能晚于今天（${today}）`, article);
  // The latest prior is the one named (the binding one); of equal dates, the nearest predecessor (listed last).
  let latest: PriorStep | null = null;
  for (const p of priors) if (p.on && on < p.on && (!latest || p.on >= latest.on!)) latest = p;
  if (latest) throw new ProcedureError(STEP_DATE_CODES[area].order, `${step}日期（${on}）不能早于${latest.label}日期（${latest.on}）`, article);
}

/** 纠错措施: completion registered no earlier than the measure was set (nor the case began); verified after it. */
export const measureDonePriors = (m: { caseStartedOn: IsoDate; assignedOn: IsoDate | null }): PriorStep[] => [
  { label: '启动问责程序', on: m.caseStartedOn },
  { label: '布置纠错措施', on: m.assignedOn },
];
export const measureVerifiedPriors = (m: { caseStartedOn: IsoDate; assignedOn: IsoDate | null; closedOn: IsoDate | null }): PriorStep[] => [
  ...measureDonePriors(m),
  { label: '登记整改完成', on: m.closedOn },
];

/** 跟踪回访 (xzcit-2018 第八条（七）): of an exempted cadre, so after the exemption. */
export const followupPriors = (r: { caseStartedOn: IsoDate; filedOn: IsoDate; decidedOn: IsoDate | null }): PriorStep[] => [
  { label: '启动问责程序', on: r.caseStartedOn },
  { label: '提出容错申请', on: r.filedOn },
  { label: '免责认定', on: r.decidedOn },
];

/** A written application (书面申请) is received no earlier than the accountability procedure started. */
export const receiptPriors = (c: { startedOn: IsoDate }): PriorStep[] => [{ label: '启动问责程序', on: c.startedOn }];
