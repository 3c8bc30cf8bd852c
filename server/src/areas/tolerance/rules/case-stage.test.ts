import { describe, expect, it } from 'vitest';
import { advanceCase, type CaseAction, type CaseFacts } from './case-stage';
import { ProcedureError } from './procedure';

const c = (x: Partial<CaseFacts>): CaseFacts => ({ stage: 'started', startedOn: '2026-03-02', openReviews: 0, ...x });

describe('accountability case stages', () => {
  it.each<[string, CaseFacts, CaseAction, { on: string; handling?: string }, string]>([
    ['started → investigating', c({}), 'investigate', { on: '2026-03-03' }, 'investigating'],
    ['investigating → decided with the handling decision', c({ stage: 'investigating' }), 'carry_out', { on: '2026-04-01', handling: '通报批评' }, 'decided'],
    ['decided → closed', c({ stage: 'decided' }), 'close', { on: '2026-04-10' }, 'closed'],
    ['scitc 第五条（四）: not carried out while the tolerance determination is pending', c({ stage: 'investigating', openReviews: 1 }), 'carry_out', { on: '2026-04-01', handling: '诫勉' }, 'ACCOUNTABILITY.REVIEW_PENDING'],
    ['carrying out needs the handling decision', c({ stage: 'investigating' }), 'carry_out', { on: '2026-04-01' }, 'ACCOUNTABILITY.HANDLING_REQUIRED'],
    ['step order: not closed before the decision', c({ stage: 'investigating' }), 'close', { on: '2026-04-01' }, 'ACCOUNTABILITY.STEP_ORDER'],
    ['no date before the procedure started', c({}), 'investigate', { on: '2026-03-01' }, 'ACCOUNTABILITY.DATE_ORDER'],
    ['no date in the future', c({}), 'investigate', { on: '2026-12-01' }, 'ACCOUNTABILITY.FUTURE_DATE'],
  ])('%s', (_what, facts, action, input, expected) => {
    let got: string;
    try {
      got = advanceCase(facts, action, input, '2026-11-20', 'scitc-2025 附件3 第五条（四）');
    } catch (e) {
      expect(e).toBeInstanceOf(ProcedureError);
      got = (e as ProcedureError).code;
    }
    expect(got).toBe(expected);
  });
});
