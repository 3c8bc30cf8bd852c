import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../core/policy/pack-loader';
import { EffectivePolicy } from '../core/policy/effective-policy';
import type { Pack } from '../core/policy/pack-schema';
import { buildCalendar } from '../core/calendar/source';
import { responsibilities } from './talks/rules/responsibility';
import { AREAS } from '.';
import type { DerivedDuty, Deriver } from '../core/duties/types';
import type { InterviewFacts } from './interviews/facts';
import type { SidelineFacts, HeldPost } from './sidelines/facts';
import type { ToleranceFacts } from './tolerance/facts';
import type { IncentiveFacts } from './incentives/facts/incentives';
import type { TalkFacts } from './talks/duties/talk-quota';
import { rotationDeriver } from './incentives/duties/rotation';
import { talkQuotaDeriver } from './talks/duties/talk-quota';
import { talkOccasionDeriver } from './talks/duties/talk-occasion';
import { talkSituationDeriver } from './talks/duties/talk-situation';
import { sidelineReviewDeriver } from './sidelines/duties/sideline-review';
import { sidelinePayDeriver, sidelinePostChangeDeriver, sidelineReportDeriver, sidelineTermDeriver } from './sidelines/duties/sideline-watch';
import { toleranceStepDeriver } from './tolerance/duties/tolerance-steps';
import { toleranceFollowThroughDeriver } from './tolerance/duties/tolerance-followthrough';
import { interviewCampaignDeriver, interviewPlanApprovalDeriver, interviewPlanDeriver, interviewStatisticsDeriver, interviewWorkDeriver, writtenInquiryDeriver } from './interviews/duties';
import { dutyReportDeriver } from './incentives/duties/appraisal';
import { careVisitDeriver, inactionDeriver, trainingHoursDeriver } from './incentives/duties/incentives';
import { experienceDeriver } from './incentives/duties/experience';
import { reserveReviewDeriver } from './incentives/duties/reserve-review';

/**
 * Issue "regulation fidelity, round two", 15: a duty whose due date (or the period that sets it) comes from a pack
 * value marked `default: true` says so (dueIsDefault, shown as 期限系统默认). For each deriver: the flag follows the
 * source of the values named — as the packs have them, and with each of those values' source turned the other way
 * (cited ↔ default) — and a duty whose date is a fact (a meeting, a term's end, a deadline set by hand) is never marked.
 */
const packs = loadAllPacks();
const AS_OF = '2026-06-01';
const cal = buildCalendar([], []);

/** The packs with the given keys' values turned from cited to default or back. */
function flipped(keys: string[]): Map<string, Pack> {
  const out = new Map<string, Pack>();
  for (const [id, pack] of packs) {
    const copy = structuredClone(pack);
    for (const key of keys)
      for (const v of copy.parameters[key]?.values ?? []) {
        if (v.ref) {
          delete v.ref;
          v.default = true;
        } else {
          v.ref = { doc: Object.keys(copy.documents)[0], article: '测试条款' };
          delete v.default;
        }
      }
    out.set(id, copy);
  }
  return out;
}
const policyOf = (packId: string, p: ReadonlyMap<string, Pack> = packs) => new EffectivePolicy(packId, packs.get(packId)!.suggestedAdoptions, p);

// ── fixtures ────────────────────────────────────────────────────────────────────────────────────────────────
const roster = [
  { personId: 10, personName: '处长', postId: 100, postTitle: '处长', rank: 'middle_chief', departmentId: 10, departmentName: '教务处', isHead: true, postSince: '2018-01-01', departmentSince: '2018-01-01' },
  { personId: 20, personName: '职工', postId: 200, postTitle: '科员', rank: 'staff', departmentId: 10, departmentName: '教务处', isHead: false, postSince: '2015-01-01', departmentSince: '2015-01-01' },
];
const talkFacts = (f: Partial<TalkFacts> = {}): TalkFacts => ({ year: 2026, responsibilities: responsibilities(roster, [], []), talks: [], occasions: [], registered: [], names: new Map(), ...f });
const held = (h: Partial<HeldPost> = {}): HeldPost => ({
  id: 1, personId: 7, personName: '周敏', org: { name: '省计算机学会', kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false },
  postTitle: '理事', associationLeadershipPost: false, legalRepresentative: false, justification: null, approvedRank: 'middle_chief', hasTerms: true, termNumber: 1,
  startDate: '2024-03-01', endDate: '2026-07-01', firstHeldSince: '2024-03-01', registeredAt: '2024-02-20', status: 'active', endKind: null, endedOn: null, endReportedAt: null, endRegisteredAt: null, ...h,
});
const sidelineFacts = (f: Partial<SidelineFacts> = {}): SidelineFacts => ({
  pending: [], held: [held()], reports: [], pays: [], continuing: [], tenures: new Map([[7, [{ rank: 'middle_chief', startDate: '2020-01-01', endDate: null }]]]), names: new Map(), departments: new Map([[7, 3]]), ...f,
});
const interviewFacts = (f: Partial<InterviewFacts> = {}): InterviewFacts => ({
  year: 2026, calendar: cal, campaigns: [], deptPlans: [], departments: [{ id: 7, name: '教务处', chiefs: [{ personId: 70, name: '郭处长' }], officers: [{ personId: 70, name: '郭处长', title: '处长', rank: 'middle_chief', isHead: true }] }],
  interviews: [], inquiries: [], statistics: [], requests: [], met: [], disciplineDepartmentId: 5, ...f,
});
const interview = (status: string, heldOn: string | null): InterviewFacts['interviews'][number] => ({
  id: 1, planId: null, kind: 'admonition', status, topic: '纠错诫勉', scheduledOn: '2026-05-20', heldOn, organizerKind: 'department', organizerDepartmentId: 7, planKind: null, planStatus: null,
  leadPersonId: 70, leadName: '郭处长', targets: [{ id: 9, personId: 91, name: '钱科长', departmentId: 7, material: 'self_criticism', materialOn: null, waivedReason: null }],
});
const toleranceFacts = (f: Partial<ToleranceFacts> = {}): ToleranceFacts => ({
  reviews: [], exempted: [], cases: new Map([[1, { id: 1, stage: 'investigating', startedOn: '2026-04-01', subjectName: '吴某', subjectPersonId: 5, subjectDepartmentId: 3, matter: '项目延期' }]]),
  calendar: cal, measures: [], followups: [], petitions: [], ...f,
});
const review = (r: Record<string, unknown>) => ({
  id: 1, caseId: 1, origin: 'application', status: 'investigating', outcome: null, filedOn: '2026-04-03', acceptedOn: '2026-04-08', refusedOn: null, reportOn: null, decidedOn: null,
  firstDeferredOn: null, deferUntil: null, feedbackOn: null, publishedOn: null, recordFiledOn: null, ...r,
}) as unknown as ToleranceFacts['reviews'][number];
const incentiveFacts = (f: Partial<IncentiveFacts> = {}): IncentiveFacts => ({ year: 2026, people: [{ personId: 1, name: 'P1', rank: 'middle_chief', departmentId: 3 }], training: [], care: [], inaction: [], ...f });

interface Case {
  name: string;
  deriver: Deriver<unknown>;
  packId: string;
  facts: unknown;
  /** Which duty of the derivation (by key prefix). */
  key: string;
  /** The pack values the due date or its period comes from; empty where the date is a fact. */
  dueKeys: string[];
}
const c = <F,>(name: string, deriver: Deriver<F>, packId: string, facts: F, key: string, dueKeys: string[]): Case => ({ name, deriver: deriver as Deriver<unknown>, packId, facts, key, dueKeys });

const CASES: Case[] = [
  c('ahzaxy-2020 第8条 轮岗交流: due after the post years', rotationDeriver, 'ahzaxy-2020', { tenures: [{ personId: 1, personName: 'A', postId: 9, postTitle: '处长', rank: 'middle_chief', departmentId: 3, departmentName: '教务处', startDate: '2021-01-01', endDate: null }] }, 'rotation:1:', ['incentives.rotation.post_years']),
  c('scitc-2025 附件1 第八条（四）: the yearly quota sets the year', talkQuotaDeriver, 'scitc-2025', talkFacts(), 'talk_quota:2026:staff:20', ['talks.middle_to_staff_per_year']),
  c('scitc-2025 附件1 第五条（二）: 及时 — the response days are a default', talkOccasionDeriver, 'scitc-2025', talkFacts({ occasions: [{ kind: 'appointment', personId: 20, date: '2026-05-10', postTitle: '副处长', departmentId: 10, departmentName: '教务处', rank: 'middle_deputy' }] }), 'talk_occasion:', ['talks.occasion_response_days']),
  c('scitc-2025 附件1 第五条（一）: a registered situation, 及时', talkSituationDeriver, 'scitc-2025', talkFacts({ registered: [{ id: 3, kind: 'deviation', subjectPersonId: 20, occasionDate: '2026-05-20', note: '登记' }] }), 'talk_situation:3', ['talks.occasion_response_days']),
  c('scitc-2025 附件1 第五条（六）: before the 民主生活会 — the meeting date', talkSituationDeriver, 'scitc-2025', talkFacts({ responsibilities: responsibilities([{ ...roster[0], personId: 1, rank: 'principal' }, { ...roster[0], personId: 2, rank: 'leader' }], [], []), registered: [{ id: 4, kind: 'life_meeting', subjectPersonId: null, occasionDate: '2026-06-20', note: '民主生活会' }] }), 'talk_situation:4:', []),
  c('scitc-2025 附件2 第十三条: a step waits the review days', sidelineReviewDeriver, 'scitc-2025', sidelineFacts({ pending: [{ id: 9, applicantId: 7, applicantName: '周敏', orgName: '省基金会', postTitle: '理事', continuesSidelineId: null, currentStep: 0, stepSince: '2026-05-25', steps: [{ kind: 'party_committee', actor: { type: 'role', role: 'org' }, outside: false }] }] }), 'sideline_review:9:', ['sidelines.review_days']),
  c('scitc-2025 附件2 第十七条: a resignation is registered within the registration days', sidelineReviewDeriver, 'scitc-2025', sidelineFacts({ held: [held({ status: 'ending_reported', endKind: 'resigned', endReportedAt: '2026-05-20' })] }), 'sideline_end:1', ['sidelines.end_registration_days']),
  c('scitc-2025 附件2 第十四条: a term ends on its own date', sidelineTermDeriver, 'scitc-2025', sidelineFacts(), 'sideline_term:1:', []),
  c('scitc-2025 附件2 第十四条: a post without terms reaches the years', sidelineTermDeriver, 'scitc-2025', sidelineFacts({ held: [held({ hasTerms: false, endDate: null, firstHeldSince: '2016-07-01' })] }), 'sideline_term:1:', ['sidelines.max_years_without_term']),
  c('scitc-2025 附件2 第十八条: 每年定期 — the report date is a default', sidelineReportDeriver, 'scitc-2025', sidelineFacts(), 'sideline_report:1:2025', ['sidelines.annual_report_due']),
  c('scitc-2025 附件2 第十一条: pay turned over within the days', sidelinePayDeriver, 'scitc-2025', sidelineFacts({ pays: [{ id: 5, sidelineId: 1, amount: '800.00', receivedDate: '2026-05-10', turnedOverDate: '2026-05-20', confirmedAt: null }] }), 'sideline_pay:5:turnover', ['sidelines.pay_turnover_days']),
  c('scitc-2025 附件2 第十一条: 财资处 confirms within the days', sidelinePayDeriver, 'scitc-2025', sidelineFacts({ pays: [{ id: 5, sidelineId: 1, amount: '800.00', receivedDate: '2026-05-10', turnedOverDate: '2026-05-20', confirmedAt: null }] }), 'sideline_pay:5:confirm', ['sidelines.pay_confirm_days']),
  c('scitc-2025 附件2 第十六条: approved again within the months', sidelinePostChangeDeriver, 'scitc-2025', sidelineFacts({ tenures: new Map([[7, [{ rank: 'leader', startDate: '2026-04-01', endDate: null }]]]) }), 'sideline_post_change:1:reapprove', ['sidelines.reapproval_months']),
  c('scitc-2025 附件2 第十六条: resigned within 3 months', sidelinePostChangeDeriver, 'scitc-2025', sidelineFacts({ held: [held({ org: { ...held().org, kind: 'enterprise' } })], tenures: new Map([[7, [{ rank: 'leader', startDate: '2026-04-01', endDate: null }]]]) }), 'sideline_post_change:1:resign', ['sidelines.resign_after_post_change_months']),
  c('xzcit-2018 第五条（二）: the investigation report in working days', toleranceStepDeriver, 'xzcit-2018', toleranceFacts({ reviews: [review({})] }), 'tolerance:1:report', ['tolerance.investigation_working_days']),
  c('xzcit-2018 第七条: a corrective measure by its own deadline', toleranceFollowThroughDeriver, 'xzcit-2018', toleranceFacts({ measures: [{ id: 2, caseId: 1, kind: 'rectification', requirement: '限期整改', responsiblePersonId: 5, responsibleName: '吴某', dueDate: '2026-07-01', status: 'open', closedOn: null } as unknown as ToleranceFacts['measures'][number]] }), 'correction:2', []),
  c('xzcit-2018 第八条（七）: an exempted cadre visited at the interval', toleranceFollowThroughDeriver, 'xzcit-2018', toleranceFacts({ exempted: [review({ status: 'closed', outcome: 'exempt', decidedOn: '2026-01-10' })] }), 'tolerance_followup:1:1', ['tolerance.exempt_followup_months']),
  c('xzcit-2018 第八条: an untrue report cleared within the working days', toleranceFollowThroughDeriver, 'xzcit-2018', toleranceFacts({ petitions: [{ id: 6, outcome: 'untrue', concludedOn: '2026-05-20', clearedOn: null, referredOn: null, reportedPersonId: 5, reportedDepartmentId: 3, reportedName: '吴某', status: 'concluded' } as unknown as ToleranceFacts['petitions'][number]] }), 'clearance:6', ['tolerance.clearance_working_days']),
  c('tongren-2016 四（三）: the campaign dates are a default', interviewCampaignDeriver, 'tongren-2016', interviewFacts(), 'interview_campaign:2026:1', ['interviews.campaign_due_dates']),
  c('tongren-2016 四（三）: a campaign plan approved within the days', interviewPlanApprovalDeriver, 'tongren-2016', interviewFacts({ campaigns: [{ id: 2, year: 2026, title: '集中约谈', status: 'submitted', submittedOn: '2026-05-20', approvedOn: null, interviews: 3, pending: 3, lastHeld: null, named: [91] }] }), 'interview_plan_approval:2:', ['interviews.plan_approval_days']),
  c('tongren-2016 四（三）: quarterly plans filed within the days', interviewPlanDeriver, 'tongren-2016', interviewFacts(), 'interview_plan:7:2026Q2', ['interviews.plan_filing_due_days']),
  c('tongren-2016 五（二）: an interview on its planned date', interviewWorkDeriver, 'tongren-2016', interviewFacts({ interviews: [interview('planned', null)] }), 'interview_hold:1', []),
  c('tongren-2016 五（三）: the material within the days', interviewWorkDeriver, 'tongren-2016', interviewFacts({ interviews: [interview('held', '2026-05-20')] }), 'interview_material:9', ['interviews.material_due_days']),
  c('tongren-2016 五（二）: an interview asked for by another area, no date given', interviewWorkDeriver, 'tongren-2016', interviewFacts({ requests: [{ id: 4, personId: 91, personName: '钱科长', departmentId: 7, on: '2026-05-01', interviewKind: 'admonition', dueDate: null, requirement: '定期约谈' }] }), 'interview_request:4', ['interviews.event_interview_days']),
  c('tongren-2016 四（二）: an inquiry answered within the working days', writtenInquiryDeriver, 'tongren-2016', interviewFacts({ inquiries: [{ id: 3, targetPersonId: 91, targetName: '钱科长', departmentId: 7, sentOn: '2026-05-11', replyDue: '2026-06-01', replyDueProvisional: false, replyOn: null }] }), 'written_inquiry:3', ['interviews.inquiry_reply_working_days']),
  c('tongren-2016 六（一）: statistics within the days after the quarter', interviewStatisticsDeriver, 'tongren-2016', interviewFacts({ interviews: [interview('closed', '2026-02-10')] }), 'interview_statistics:7:2026Q1', ['interviews.statistics_report_days']),
  c('ahzaxy-2020 第6条: the report date the cycle took from the pack', dutyReportDeriver, 'ahzaxy-2020', { cycles: [{ id: 9, year: 2026, dutyReportDue: '2026-12-20', status: 'open' }], reporters: [{ personId: 1, name: 'P1', departmentId: 3 }], reports: [] }, 'duty_report:9:1', ['incentives.appraisal.duty_report_due']),
  c('ahzaxy-2020 第6条: a report date the organization department set', dutyReportDeriver, 'ahzaxy-2020', { cycles: [{ id: 9, year: 2026, dutyReportDue: '2027-01-15', status: 'open' }], reporters: [{ personId: 1, name: 'P1', departmentId: 3 }], reports: [] }, 'duty_report:9:1', []),
  c('ahzaxy-2020 第9条: the yearly hours are a default', trainingHoursDeriver, 'ahzaxy-2020', incentiveFacts(), 'training_hours:2026:1', ['incentives.training.annual_hours']),
  c('ahzaxy-2020 第10条: 及时 — the visit days are a default', careVisitDeriver, 'ahzaxy-2020', incentiveFacts({ care: [{ id: 4, personId: 1, name: 'P1', situation: 'serious_illness', registeredOn: '2026-05-25', status: 'open', firstVisit: null, departmentId: 3 }] }), 'care_visit:4', ['incentives.care.visit_days']),
  c('ahzaxy-2020 第14条: a proposal decided within the days', inactionDeriver, 'ahzaxy-2020', incentiveFacts({ inaction: [{ id: 2, personId: 1, name: 'P1', status: 'proposed', deadline: null, proposedOn: '2026-05-20', departmentId: 3, steps: [] }] }), 'inaction:2:proposed', ['incentives.inaction.decision_days']),
  c('ahzaxy-2020 第14条: a proposal after a verification finding the matter uncorrected, within the default days', inactionDeriver, 'ahzaxy-2020', incentiveFacts({ inaction: [{ id: 2, personId: 1, name: 'P1', status: 'uncorrected', deadline: '2026-05-10', proposedOn: null, departmentId: 3, steps: [{ action: 'remind', on: '2026-04-10' }, { action: 'verify', on: '2026-05-20' }] }] }), 'inaction_proposal:2:2026-05-20', ['incentives.inaction.proposal_days']),
  c('ahzaxy-2020 第14条: a reminder by its own deadline', inactionDeriver, 'ahzaxy-2020', incentiveFacts({ inaction: [{ id: 2, personId: 1, name: 'P1', status: 'reminded', deadline: '2026-06-30', proposedOn: null, departmentId: 3, steps: [] }] }), 'inaction:2:reminded', []),
  c('ahzaxy-2020 第7条: a new teacher serves as counselor within the default years', experienceDeriver, 'ahzaxy-2020', { people: [{ personId: 1, name: 'T', hireDate: '2021-01-01', tenures: [{ departmentId: 4, departmentKind: 'academic', title: '专任教师', startDate: '2021-01-01', endDate: null }] }] }, 'counselor:1', ['incentives.counselor.within_years']),
  c('ahzaxy-2020 第8条: a young administrator gains a year in a secondary college', experienceDeriver, 'ahzaxy-2020', { people: [{ personId: 2, name: 'Y', hireDate: '2022-01-01', tenures: [{ departmentId: 5, departmentKind: 'admin', title: '科员', startDate: '2022-01-01', endDate: null }] }] }, 'cross_academic:2', ['incentives.rotation.cross_experience_within_years']),
  c('ahzaxy-2020 第4条: 及时按规定程序 — the review days are a default', reserveReviewDeriver, 'ahzaxy-2020', { nominations: [{ id: 6, personId: 1, name: 'P1', targetRank: 'middle_chief', nominatedOn: '2026-05-20', reviewedOn: null, departmentId: 3 }] }, 'reserve_review:6', ['incentives.reserve.review_days']),
];

const pick = (k: Case, p: EffectivePolicy): DerivedDuty => {
  const d = k.deriver.derive(k.facts, p, AS_OF).find((x) => x.key.startsWith(k.key));
  if (!d) throw new Error(`${k.name}: no duty ${k.key}`);
  return d;
};

describe('a duty whose due date came from a default pack value says so (dueIsDefault)', () => {
  it('every deriver has a case', () => {
    expect([...new Set(CASES.map((k) => k.deriver.kind))].sort()).toEqual([...new Set(AREAS.flatMap((a) => a.derivers).map((d) => d.deriver.kind))].sort());
  });

  it.each(CASES.map((k) => [k.name, k] as const))('%s', (_name, k) => {
    const policy = policyOf(k.packId);
    const expected = k.dueKeys.some((key) => policy.get(key, AS_OF).source.isDefault);
    expect(pick(k, policy).dueIsDefault).toBe(expected);
    // The flag follows the values' source, not the deriver: turned the other way, it turns too.
    const turned = pick(k, policyOf(k.packId, flipped(k.dueKeys))).dueIsDefault;
    expect(turned).toBe(k.dueKeys.length ? !expected : false);
  });

  it('talk occasions (第五条 says only 及时) are marked 系统默认 with the packs as they are', () => {
    const d = pick(CASES[2], policyOf('scitc-2025'));
    expect(d).toMatchObject({ dueIsDefault: true, dueDate: '2026-06-09' });
    expect(d.detail.reasons).toEqual([expect.stringContaining('期限为系统默认')]);
  });
});
