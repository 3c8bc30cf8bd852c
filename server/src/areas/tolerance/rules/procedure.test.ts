import { describe, expect, it } from 'vitest';
import { apply, pendingAfterDecision, ProcedureError, type ActionInput, type ProcedureRules, type ReviewAction, type ReviewState } from './procedure';
import { XZCIT_PROCEDURE } from './procedure.fixtures';

const xzcit = XZCIT_PROCEDURE;
const scitc: ProcedureRules = { ...xzcit, collectiveCitation: 'scitc-2025 附件3 第五条（四）', filingRoles: ['discipline', 'org'], filingCitation: 'scitc-2025 附件3 第五条（五）' };

const base: ReviewState = {
  status: 'submitted', caseStartedOn: '2026-06-01', filedOn: '2026-06-05', acceptedOn: null, teamOn: null, applicantPersonId: 7, teamPersonIds: [], hearingOn: null, reportOn: null, privateGainFound: null, proposedOn: null,
  outcome: null, decidedOn: null, firstDeferredOn: null, feedbackOn: null, publishedOn: null, recordFiledOn: null,
};
const TODAY = '2026-11-20';
const at = (s: Partial<ReviewState>): ReviewState => ({ ...base, ...s });
const investigating = at({ status: 'investigating', teamPersonIds: [3, 4] });
const heard = at({ status: 'investigating', teamPersonIds: [3, 4], hearingOn: '2026-10-10' });
const reported = at({ status: 'reported', teamPersonIds: [3, 4], hearingOn: '2026-07-10', reportOn: '2026-07-20', privateGainFound: false });
const reportedGain = { ...reported, privateGainFound: true };
const proposed = { ...reported, status: 'proposed' as const, proposedOn: '2026-07-22' };
const proposedGain = { ...reportedGain, status: 'proposed' as const, proposedOn: '2026-07-22' };
const deferred = { ...proposed, status: 'deferred' as const, outcome: 'defer' as const, decidedOn: '2026-08-01', firstDeferredOn: '2026-08-01' };
const decidedExempt = { ...proposed, status: 'decided' as const, outcome: 'exempt' as const, decidedOn: '2026-11-02' };
const decidedDeny = { ...proposed, status: 'decided' as const, outcome: 'deny' as const, decidedOn: '2026-11-02' };
const committee = { meetingRef: '党委会纪要〔2026〕21号', actorPersonId: 1 };

describe('tolerance procedure guards', () => {
  it.each<[string, ProcedureRules, ReviewState, ReviewAction, ActionInput, string | null]>([
    ['scitc 第五条（二）: a submitted application is accepted', scitc, base, 'accept', { on: '2026-11-02', actorPersonId: 1 }, null],
    ['scitc 第五条（二）: a refusal needs its explanation', scitc, base, 'refuse', { on: '2026-11-02', actorPersonId: 1 }, 'TOLERANCE.REASON_REQUIRED'],
    ['scitc 第五条（二）: refused with a reason', scitc, base, 'refuse', { on: '2026-11-02', actorPersonId: 1, reason: '问责已实施' }, null],
    ['step order: no report before the application is accepted', xzcit, base, 'report', { on: '2026-11-02', actorPersonId: 1, privateGainFound: false }, 'TOLERANCE.STEP_ORDER'],
    ['xzcit 第十条: the applicant cannot sit on the team', xzcit, investigating, 'team', { on: '2026-11-02', actorPersonId: 1, teamPersonIds: [3, 7] }, 'TOLERANCE.APPLICANT_ON_TEAM'],
    ['xzcit 第五条（二）: the team from 纪委 and 组织人事部门', xzcit, investigating, 'team', { on: '2026-11-02', actorPersonId: 1, teamPersonIds: [3, 4] }, null],
    ['xzcit 第五条（二）: the applicant is heard before the report', xzcit, investigating, 'report', { on: '2026-11-02', actorPersonId: 1, privateGainFound: false }, 'TOLERANCE.NOT_HEARD'],
    ['xzcit 第五条（二）: the report after the hearing', xzcit, heard, 'report', { on: '2026-11-02', actorPersonId: 1, privateGainFound: false }, null],
    ['xzcit 第五条（二）: the report cannot predate the hearing', xzcit, heard, 'report', { on: '2026-10-09', actorPersonId: 1, privateGainFound: false }, 'TOLERANCE.DATE_ORDER'],
    ['xzcit 第二条: no exemption proposed where private gain was found', xzcit, reportedGain, 'propose', { on: '2026-11-02', actorPersonId: 1, outcome: 'exempt' }, 'TOLERANCE.PRIVATE_GAIN'],
    ['xzcit 第二条: mitigation may still be proposed where private gain was found', xzcit, reportedGain, 'propose', { on: '2026-11-02', actorPersonId: 1, outcome: 'deny' }, null],
    ['xzcit 第五条（三）: no decision without the committee record', xzcit, proposed, 'decide', { on: '2026-11-02', actorPersonId: 1, outcome: 'exempt' }, 'TOLERANCE.COLLECTIVE_REQUIRED'],
    ['xzcit 第五条（三）: the committee exempts', xzcit, proposed, 'decide', { on: '2026-11-02', ...committee, outcome: 'exempt' }, null],
    ['xzcit 第十条: the applicant cannot record their own determination', xzcit, proposed, 'decide', { on: '2026-11-02', meetingRef: 'x', actorPersonId: 7, outcome: 'exempt' }, 'TOLERANCE.APPLICANT_DECIDES'],
    ['xzcit 第二条、第十条: no exemption where private gain was found', xzcit, proposedGain, 'decide', { on: '2026-11-02', ...committee, outcome: 'exempt' }, 'TOLERANCE.PRIVATE_GAIN'],
    ['xzcit 第五条（三）: a denial needs an explanation', xzcit, proposed, 'decide', { on: '2026-11-02', ...committee, outcome: 'deny' }, 'TOLERANCE.EXPLANATION_REQUIRED'],
    ['xzcit 第五条（三）: a mitigation is stated in the handling opinion', xzcit, proposed, 'decide', { on: '2026-11-02', ...committee, outcome: 'mitigate' }, 'TOLERANCE.MITIGATION_NOTE_REQUIRED'],
    ['xzcit 第五条（三）: deferral of exactly 3 months', xzcit, proposed, 'decide', { on: '2026-08-01', ...committee, outcome: 'defer', deferUntil: '2026-11-01' }, null],
    ['xzcit 第五条（三）: deferral beyond 3 months', xzcit, proposed, 'decide', { on: '2026-08-01', ...committee, outcome: 'defer', deferUntil: '2026-11-02' }, 'TOLERANCE.DEFERRAL_TOO_LONG'],
    ['xzcit 第五条（三）: a second deferral counts from the first', xzcit, deferred, 'decide', { on: '2026-10-01', ...committee, outcome: 'defer', deferUntil: '2026-11-15' }, 'TOLERANCE.DEFERRAL_TOO_LONG'],
    ['xzcit 第五条（三）: after a deferral the committee decides', xzcit, deferred, 'decide', { on: '2026-10-30', ...committee, outcome: 'mitigate', mitigationNote: '从轻给予诫勉' }, null],
    ['a decision in the future is refused', xzcit, proposed, 'decide', { on: '2026-12-01', ...committee, outcome: 'exempt' }, 'TOLERANCE.FUTURE_DATE'],
    ['xzcit 第五条（三）: only an exemption is published', xzcit, decidedDeny, 'publish', { on: '2026-11-03', actorPersonId: 1 }, 'TOLERANCE.PUBLISH_NOT_EXEMPT'],
    ['scitc 第五条（五）: filing after the feedback', scitc, decidedExempt, 'file_record', { on: '2026-11-03', actorPersonId: 1 }, 'TOLERANCE.FILE_BEFORE_FEEDBACK'],
    ['xzcit: no filing step', xzcit, { ...decidedExempt, feedbackOn: '2026-11-03' }, 'file_record', { on: '2026-11-04', actorPersonId: 1 }, 'TOLERANCE.NO_FILING'],
    ['xzcit 第五条（三）: not closed before the exemption is published', xzcit, { ...decidedExempt, feedbackOn: '2026-11-03' }, 'close', { on: '2026-11-04', actorPersonId: 1 }, 'TOLERANCE.CLOSE_PENDING'],
    ['xzcit 第五条（三）: closed once fed back and published', xzcit, { ...decidedExempt, feedbackOn: '2026-11-03', publishedOn: '2026-11-05' }, 'close', { on: '2026-11-06', actorPersonId: 1 }, null],
  ])('%s', (_article, rules, state, action, input, code) => {
    let err: unknown = null;
    try {
      apply(state, action, input, rules, TODAY);
    } catch (e) {
      err = e;
    }
    if (code === null) expect(err).toBeNull();
    else {
      expect(err).toBeInstanceOf(ProcedureError);
      expect((err as ProcedureError).code).toBe(code);
    }
  });

  it('the refusals name their article', () => {
    expect(() => apply(proposedGain, 'decide', { on: '2026-11-02', ...committee, outcome: 'exempt' }, xzcit, TODAY)).toThrow(
      expect.objectContaining({ article: 'xzcit-2018 第二条、第十条' }),
    );
    expect(() => apply(proposed, 'decide', { on: '2026-08-01', ...committee, outcome: 'defer', deferUntil: '2026-11-02' }, xzcit, TODAY)).toThrow(
      expect.objectContaining({ article: 'xzcit-2018 第五条（三）', message: expect.stringContaining('最迟至 2026-11-01') }),
    );
  });

  it('a deferral keeps the date it was first deferred; the decision after it moves to decided', () => {
    const d1 = apply(proposed, 'decide', { on: '2026-08-01', ...committee, outcome: 'defer', deferUntil: '2026-09-01' }, xzcit, TODAY);
    expect(d1).toMatchObject({ status: 'deferred', firstDeferredOn: '2026-08-01' });
    const d2 = apply(d1, 'decide', { on: '2026-09-01', ...committee, outcome: 'defer', deferUntil: '2026-11-01' }, xzcit, TODAY);
    expect(d2.firstDeferredOn).toBe('2026-08-01');
    expect(apply(d2, 'decide', { on: '2026-10-30', ...committee, outcome: 'exempt' }, xzcit, TODAY)).toMatchObject({ status: 'decided', outcome: 'exempt' });
  });

  it('what a decided review still owes (scitc 第五条（四）（五）)', () => {
    expect(pendingAfterDecision(decidedExempt, scitc)).toEqual(['feedback', 'publish', 'file_record']);
    expect(pendingAfterDecision(decidedDeny, xzcit)).toEqual(['feedback']);
  });
});
