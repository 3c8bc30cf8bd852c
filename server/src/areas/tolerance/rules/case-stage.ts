import type { IsoDate } from '../../../core/shared/dates';
import { ProcedureError } from './procedure';
import { checkStepDate, type PriorStep } from './step-dates';
import { STAGE_LABELS, type CaseStage } from './window';

/** 问责案件 stages: started → investigating → decided (责任追究实施) → closed. Pure guards. */
export type CaseAction = 'investigate' | 'carry_out' | 'close';
export const CASE_ACTION_LABELS: Record<CaseAction, string> = { investigate: '开始调查', carry_out: '作出处理并实施', close: '办结' };
const FROM: Record<CaseAction, CaseStage> = { investigate: 'started', carry_out: 'investigating', close: 'decided' };
const TO: Record<CaseAction, CaseStage> = { investigate: 'investigating', carry_out: 'decided', close: 'closed' };

export interface CaseFacts {
  stage: CaseStage;
  startedOn: IsoDate;
  /** Tolerance reviews of the case not yet refused, decided or closed. */
  openReviews: number;
  investigatingSince?: IsoDate | null;
  carriedOutOn?: IsoDate | null;
  /** The latest tolerance determination of the case (党委集体认定), which carrying out the case follows. */
  determinedOn?: IsoDate | null;
}

/** The steps of the case each step follows. */
function casePriors(c: CaseFacts, action: CaseAction): PriorStep[] {
  const started = { label: '启动问责程序', on: c.startedOn };
  const investigating = { label: '开始调查', on: c.investigatingSince };
  const determined = { label: '容错认定', on: c.determinedOn };
  const carriedOut = { label: '作出处理并实施', on: c.carriedOutOn };
  if (action === 'investigate') return [started];
  if (action === 'carry_out') return [started, investigating, determined];
  return [started, investigating, determined, carriedOut];
}

export function advanceCase(c: CaseFacts, action: CaseAction, input: { on: IsoDate; handling?: string | null }, today: IsoDate, collectiveCitation: string | null): CaseStage {
  if (c.stage !== FROM[action])
    throw new ProcedureError('ACCOUNTABILITY.STEP_ORDER', `问责案件当前${STAGE_LABELS[c.stage]}，不能办理“${CASE_ACTION_LABELS[action]}”`);
  checkStepDate('ACCOUNTABILITY', CASE_ACTION_LABELS[action], input.on, casePriors(c, action), today, action === 'investigate' ? null : collectiveCitation);
  if (action === 'carry_out') {
    if (!input.handling) throw new ProcedureError('ACCOUNTABILITY.HANDLING_REQUIRED', '请填写处理意见（问责处理决定）');
    if (c.openReviews > 0)
      throw new ProcedureError(
        'ACCOUNTABILITY.REVIEW_PENDING',
        '该案件的容错认定尚未作出：应待认定结论作出后再实施责任追究，属于减责的须在处理意见中明确表述',
        collectiveCitation,
      );
  }
  return TO[action];
}
