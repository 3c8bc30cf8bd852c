import { describe, expect, it } from 'vitest';
import { advanceCase, type CaseFacts } from './case-stage';
import { applyPetition, type PetitionState } from './clearance';
import { apply, ProcedureError, type ProcedureRules, type ReviewState } from './procedure';
import { checkStepDate, followupPriors, measureDonePriors, measureVerifiedPriors, receiptPriors } from './step-dates';
import { XZCIT_PROCEDURE } from './procedure.fixtures';

const TODAY = '2026-11-20';
const xzcit = XZCIT_PROCEDURE;
const scitc: ProcedureRules = { ...xzcit, applicationCitation: 'scitc-2025 附件3 第五条（一）（二）', collectiveCitation: 'scitc-2025 附件3 第五条（四）', filingRoles: ['discipline', 'org'], filingCitation: 'scitc-2025 附件3 第五条（五）' };

// A case started 06-01, applied for 06-05, and each later step a few days after the one before.
const submitted: ReviewState = {
  status: 'submitted', caseStartedOn: '2026-06-01', filedOn: '2026-06-05', acceptedOn: null, teamOn: null, applicantPersonId: 7, teamPersonIds: [],
  hearingOn: null, reportOn: null, privateGainFound: null, proposedOn: null, outcome: null, decidedOn: null, firstDeferredOn: null, feedbackOn: null,
  publishedOn: null, recordFiledOn: null,
};
const accepted: ReviewState = { ...submitted, status: 'investigating', acceptedOn: '2026-06-10' };
const teamed: ReviewState = { ...accepted, teamPersonIds: [3], teamOn: '2026-06-15' };
const heard: ReviewState = { ...teamed, hearingOn: '2026-06-20' };
const reported: ReviewState = { ...heard, status: 'reported', reportOn: '2026-07-20', privateGainFound: false };
const proposed: ReviewState = { ...reported, status: 'proposed', proposedOn: '2026-07-25' };
const deferred: ReviewState = { ...proposed, status: 'deferred', outcome: 'defer', decidedOn: '2026-08-01', firstDeferredOn: '2026-08-01' };
const decided: ReviewState = { ...proposed, status: 'decided', outcome: 'exempt', decidedOn: '2026-08-01' };
const fedBack: ReviewState = { ...decided, feedbackOn: '2026-08-04' };
const committee = { actorPersonId: 1, meetingRef: '党委会纪要〔2026〕21号' };

const caseFacts: CaseFacts = { stage: 'started', startedOn: '2026-06-01', openReviews: 0 };
const petition: PetitionState = { status: 'received', receivedOn: '2026-09-01', checkingSince: null, outcome: null, concludedOn: null, clearedOn: null, referredOn: null };
const concluded: PetitionState = { ...petition, status: 'concluded', checkingSince: '2026-09-05', outcome: 'malicious', concludedOn: '2026-10-10' };
const clearance = { scopes: ['meeting'], scopesCitation: 'xzcit-2018 第八条（二）', dispositions: [], dispositionsCitation: null, referralCitation: 'xzcit-2018 第八条（四）' };
const measure = { caseStartedOn: '2026-06-01', assignedOn: '2026-08-10', closedOn: '2026-09-01' };
const exempted = { caseStartedOn: '2026-06-01', filedOn: '2026-06-05', decidedOn: '2026-08-01' };

type Row = [string, () => unknown, string | null, string | null];

describe('no step predates the steps before it, the filing or the case, nor is dated after today', () => {
  it.each<Row>([
    // 容错认定 (the review)
    ['xzcit 第五条（一）: acceptance ten months before the filing', () => apply(submitted, 'accept', { on: '2025-08-05', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（一）'],
    ['xzcit 第五条（一）: acceptance on the day of filing', () => apply(submitted, 'accept', { on: '2026-06-05', actorPersonId: 1 }, xzcit, TODAY), null, null],
    ['xzcit 第五条（一）: a refusal before the filing', () => apply(submitted, 'refuse', { on: '2026-06-04', actorPersonId: 1, reason: '逾期提交' }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（一）'],
    ['xzcit 第五条（一）: an acceptance dated tomorrow', () => apply(submitted, 'accept', { on: '2026-11-21', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.FUTURE_DATE', 'xzcit-2018 第五条（一）'],
    ['scitc 第五条（一）（二）: acceptance before the filing', () => apply(submitted, 'accept', { on: '2026-06-02', actorPersonId: 1 }, scitc, TODAY), 'TOLERANCE.DATE_ORDER', 'scitc-2025 附件3 第五条（一）（二）'],
    ['xzcit 第五条（二）: the team formed before the acceptance', () => apply(accepted, 'team', { on: '2026-06-09', actorPersonId: 1, teamPersonIds: [3] }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（二）'],
    ['xzcit 第五条（二）: a hearing in 2020, before the case', () => apply(teamed, 'hearing', { on: '2020-06-20', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（二）'],
    ['xzcit 第五条（二）: a hearing before the team that hears', () => apply(teamed, 'hearing', { on: '2026-06-14', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（二）'],
    ['xzcit 第五条（二）: a hearing after the team', () => apply(teamed, 'hearing', { on: '2026-06-15', actorPersonId: 1 }, xzcit, TODAY), null, null],
    ['xzcit 第五条（二）: the report before the hearing', () => apply(heard, 'report', { on: '2026-06-19', actorPersonId: 1, privateGainFound: false }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（二）'],
    ['xzcit 第五条（二）: the report in the future', () => apply(heard, 'report', { on: '2027-01-04', actorPersonId: 1, privateGainFound: false }, xzcit, TODAY), 'TOLERANCE.FUTURE_DATE', 'xzcit-2018 第五条（二）'],
    ['xzcit 第五条（三）: the proposal before the report', () => apply(reported, 'propose', { on: '2026-07-19', actorPersonId: 1, outcome: 'exempt' }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: the committee meets before the proposal', () => apply(proposed, 'decide', { on: '2026-07-24', ...committee, outcome: 'exempt' }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: the decision after a deferral predates the deferral', () => apply(deferred, 'decide', { on: '2026-07-31', ...committee, outcome: 'exempt' }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: feedback before the decision', () => apply(decided, 'feedback', { on: '2026-07-31', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: publication before the decision', () => apply(decided, 'publish', { on: '2026-07-31', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['scitc 第五条（五）: filing for the record before the feedback', () => apply(fedBack, 'file_record', { on: '2026-08-03', actorPersonId: 1 }, scitc, TODAY), 'TOLERANCE.DATE_ORDER', 'scitc-2025 附件3 第五条（五）'],
    ['xzcit 第五条（三）: closed before the exemption was published', () => apply({ ...fedBack, publishedOn: '2026-08-06' }, 'close', { on: '2026-08-05', actorPersonId: 1 }, xzcit, TODAY), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: closed after the last step', () => apply({ ...fedBack, publishedOn: '2026-08-06' }, 'close', { on: '2026-08-06', actorPersonId: 1 }, xzcit, TODAY), null, null],
    // 问责案件 (the case)
    ['case: investigation before the case started', () => advanceCase(caseFacts, 'investigate', { on: '2026-05-31' }, TODAY, 'xzcit-2018 第五条（三）'), 'ACCOUNTABILITY.DATE_ORDER', null],
    ['xzcit 第五条（三）: carried out before the investigation began', () => advanceCase({ ...caseFacts, stage: 'investigating', investigatingSince: '2026-06-10' }, 'carry_out', { on: '2026-06-09', handling: '诫勉' }, TODAY, 'xzcit-2018 第五条（三）'), 'ACCOUNTABILITY.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: carried out before the tolerance determination', () => advanceCase({ ...caseFacts, stage: 'investigating', investigatingSince: '2026-06-10', determinedOn: '2026-08-01' }, 'carry_out', { on: '2026-07-30', handling: '诫勉' }, TODAY, 'xzcit-2018 第五条（三）'), 'ACCOUNTABILITY.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: closed before it was carried out', () => advanceCase({ ...caseFacts, stage: 'decided', investigatingSince: '2026-06-10', carriedOutOn: '2026-08-05' }, 'close', { on: '2026-08-04' }, TODAY, 'xzcit-2018 第五条（三）'), 'ACCOUNTABILITY.DATE_ORDER', 'xzcit-2018 第五条（三）'],
    ['xzcit 第五条（三）: carried out in the future', () => advanceCase({ ...caseFacts, stage: 'investigating' }, 'carry_out', { on: '2026-12-01', handling: '诫勉' }, TODAY, 'xzcit-2018 第五条（三）'), 'ACCOUNTABILITY.FUTURE_DATE', 'xzcit-2018 第五条（三）'],
    // 信访举报 (澄清保护)
    ['xzcit 第八条（一）: checking before the report was received', () => applyPetition(petition, 'check', { on: '2026-08-31' }, clearance, TODAY), 'PETITION.DATE_ORDER', null],
    ['xzcit 第八条（一）: a conclusion before the checking began', () => applyPetition({ ...petition, status: 'checking', checkingSince: '2026-09-05' }, 'conclude', { on: '2026-09-04', outcome: 'untrue' }, clearance, TODAY), 'PETITION.DATE_ORDER', null],
    ['xzcit 第八条（二）: a clearance before the conclusion', () => applyPetition(concluded, 'clear', { on: '2026-10-09', scope: 'meeting' }, clearance, TODAY), 'PETITION.DATE_ORDER', 'xzcit-2018 第八条（二）'],
    ['xzcit 第八条（四）: a referral before the conclusion', () => applyPetition(concluded, 'refer', { on: '2026-10-09' }, clearance, TODAY), 'PETITION.DATE_ORDER', 'xzcit-2018 第八条（四）'],
    ['xzcit 第八条（四）: closed before the referral', () => applyPetition({ ...concluded, clearedOn: '2026-10-12', referredOn: '2026-10-15' }, 'close', { on: '2026-10-14' }, clearance, TODAY), 'PETITION.DATE_ORDER', null],
    // 纠错措施, 跟踪回访, 书面申请的收到日期
    ['xzcit 第七条: a measure done before it was set', () => checkStepDate('CORRECTION', '纠错措施完成', '2026-08-09', measureDonePriors(measure), TODAY, 'xzcit-2018 第七条'), 'CORRECTION.DATE_ORDER', 'xzcit-2018 第七条'],
    ['xzcit 第七条: a measure done on the day it was set', () => checkStepDate('CORRECTION', '纠错措施完成', '2026-08-10', measureDonePriors(measure), TODAY, 'xzcit-2018 第七条'), null, null],
    ['xzcit 第七条: a measure done tomorrow', () => checkStepDate('CORRECTION', '纠错措施完成', '2026-11-21', measureDonePriors(measure), TODAY, 'xzcit-2018 第七条'), 'CORRECTION.FUTURE_DATE', 'xzcit-2018 第七条'],
    ['xzcit 第七条: verified before the completion was registered', () => checkStepDate('CORRECTION', '核实整改情况', '2026-08-31', measureVerifiedPriors(measure), TODAY, 'xzcit-2018 第七条'), 'CORRECTION.DATE_ORDER', 'xzcit-2018 第七条'],
    ['xzcit 第八条（七）: a follow-up visit before the exemption', () => checkStepDate('FOLLOWUP', '跟踪回访', '2026-07-31', followupPriors(exempted), TODAY, 'xzcit-2018 第八条（七）'), 'FOLLOWUP.DATE_ORDER', 'xzcit-2018 第八条（七）'],
    ['xzcit 第八条（七）: a follow-up visit in 2020', () => checkStepDate('FOLLOWUP', '跟踪回访', '2020-03-01', followupPriors(exempted), TODAY, 'xzcit-2018 第八条（七）'), 'FOLLOWUP.DATE_ORDER', 'xzcit-2018 第八条（七）'],
    ['xzcit 第八条（七）: a follow-up visit dated next month', () => checkStepDate('FOLLOWUP', '跟踪回访', '2026-12-20', followupPriors(exempted), TODAY, 'xzcit-2018 第八条（七）'), 'FOLLOWUP.FUTURE_DATE', 'xzcit-2018 第八条（七）'],
    ['xzcit 第五条（一）: a written application received before the case started', () => checkStepDate('TOLERANCE', '收到书面申请', '2026-05-31', receiptPriors({ startedOn: '2026-06-01' }), TODAY, 'xzcit-2018 第五条（一）'), 'TOLERANCE.DATE_ORDER', 'xzcit-2018 第五条（一）'],
    ['xzcit 第五条（一）: a written application received on the day the case started', () => checkStepDate('TOLERANCE', '收到书面申请', '2026-06-01', receiptPriors({ startedOn: '2026-06-01' }), TODAY, 'xzcit-2018 第五条（一）'), null, null],
    ['xzcit 第五条（一）: a written application received tomorrow', () => checkStepDate('TOLERANCE', '收到书面申请', '2026-11-21', receiptPriors({ startedOn: '2026-06-01' }), TODAY, 'xzcit-2018 第五条（一）'), 'TOLERANCE.FUTURE_DATE', 'xzcit-2018 第五条（一）'],
  ])('%s', (_article, run, code, article) => {
    let err: unknown = null;
    try {
      run();
    } catch (e) {
      err = e;
    }
    if (code === null) expect(err).toBeNull();
    else {
      expect(err).toBeInstanceOf(ProcedureError);
      expect(err).toMatchObject({ code, article });
    }
  });

  it('the refusal names the step and the latest step it cannot predate', () => {
    expect(() => apply(teamed, 'hearing', { on: '2020-06-20', actorPersonId: 1 }, xzcit, TODAY)).toThrow('听取本人陈述日期（2020-06-20）不能早于组成调查组日期（2026-06-15）');
    expect(() => apply(submitted, 'accept', { on: '2025-08-05', actorPersonId: 1 }, xzcit, TODAY)).toThrow('受理日期（2025-08-05）不能早于提出容错申请日期（2026-06-05）');
  });
});
