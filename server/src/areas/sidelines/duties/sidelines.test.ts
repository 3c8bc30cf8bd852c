import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { HeldPost, SidelineFacts } from '../facts';
import { sidelinePayDeriver, sidelinePostChangeDeriver, sidelineReportDeriver, sidelineTermDeriver } from './sideline-watch';
import { sidelineReviewDeriver } from './sideline-review';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const AS_OF = '2026-11-22';
const post = (h: Partial<HeldPost> = {}): HeldPost => ({
  id: 1, personId: 7, personName: '周敏', org: { name: '省计算机学会', kind: 'association', relatedField: true, collegeInvested: false, coFounded: false, foreignBackground: false, hostileBackground: false },
  postTitle: '理事', associationLeadershipPost: false, legalRepresentative: false, justification: null, approvedRank: 'middle_chief', hasTerms: true, termNumber: 1,
  startDate: '2024-03-01', endDate: '2029-02-28', firstHeldSince: '2024-03-01', registeredAt: '2024-02-20', status: 'active', endKind: null, endedOn: null, endReportedAt: null, endRegisteredAt: null, ...h,
});
const facts = (f: Partial<SidelineFacts> = {}): SidelineFacts => ({
  pending: [], held: [post()], reports: [{ sidelineId: 1, year: 2024, submittedAt: '2025-01-15' }, { sidelineId: 1, year: 2025, submittedAt: '2026-01-20' }], pays: [], continuing: [],
  tenures: new Map([[7, [{ rank: 'middle_chief', startDate: '2020-01-01', endDate: null }]]]), names: new Map(), departments: new Map([[7, 3]]), ...f,
});
const show = (ds: { kind: string; dueDate: string; doneDate?: string; owner: { type: string; role?: string }; citation: string | null }[]) =>
  ds.map((d) => `${d.kind} due ${d.dueDate}${d.doneDate ? ` done ${d.doneDate}` : ''} → ${d.owner.type === 'role' ? d.owner.role : d.owner.type} @${d.citation ?? '默认'}`);

describe('duties that watch a sideline (scitc-2025 附件2)', () => {
  it.each<[string, SidelineFacts, string[]]>([
    ['第十四条: a term ending within the 90-day warning is the holder\'s duty on its end date', facts({ held: [post({ endDate: '2027-01-20' })] }), ['sideline_term due 2027-01-20 → person @scitc-2025 附件2 第十四条']],
    ['第十四条: a term ending in two years is not yet in view', facts(), []],
    ['第十四条: a post without terms is due at ten years from when it was first held', facts({ held: [post({ hasTerms: false, endDate: null, firstHeldSince: '2017-01-10' })] }), ['sideline_term due 2027-01-10 → person @scitc-2025 附件2 第十四条']],
    ['第十四条: a third term held (over the two-term limit) is due from its start, besides its end later', facts({ held: [post({ termNumber: 3, startDate: '2025-01-01', endDate: '2029-12-31' })] }), ['sideline_term due 2025-01-01 → person @scitc-2025 附件2 第十四条']],
    ['第十四条: a post without terms held eleven years is past its limit a year ago', facts({ held: [post({ hasTerms: false, endDate: null, startDate: '2015-11-22', firstHeldSince: '2015-11-22' })] }), ['sideline_term due 2025-11-22 → person @scitc-2025 附件2 第十四条']],
    ['第十四条: non-renewal reported: the term duty is done on the report date', facts({ held: [post({ endDate: '2026-12-31', status: 'ending_reported', endKind: 'not_renewed', endReportedAt: '2026-11-10' })] }), ['sideline_term due 2026-12-31 done 2026-11-10 → person @scitc-2025 附件2 第十四条']],
  ])('%s', (_, f, expected) => {
    expect(show(sidelineTermDeriver.derive(f, policy, AS_OF))).toEqual(expected);
  });

  it.each<[string, SidelineFacts, string, string[]]>([
    ['第十八条: last year\'s report, submitted, is done (and the one due the year before, through the carry-over year)', facts(), AS_OF, ['sideline_report due 2025-01-31 done 2025-01-15 → person @scitc-2025 附件2 第十八条', 'sideline_report due 2026-01-31 done 2026-01-20 → person @scitc-2025 附件2 第十八条']],
    ['第十八条: last year\'s report missing is owed by the pack date', facts({ reports: [{ sidelineId: 1, year: 2024, submittedAt: '2025-01-15' }] }), AS_OF, ['sideline_report due 2025-01-31 done 2025-01-15 → person @scitc-2025 附件2 第十八条', 'sideline_report due 2026-01-31 → person @scitc-2025 附件2 第十八条']],
    ['第十八条: this year\'s report comes into view 60 days before its date', facts({ reports: [{ sidelineId: 1, year: 2024, submittedAt: '2025-01-15' }] }), '2026-12-05', ['sideline_report due 2025-01-31 done 2025-01-15 → person @scitc-2025 附件2 第十八条', 'sideline_report due 2026-01-31 → person @scitc-2025 附件2 第十八条', 'sideline_report due 2027-01-31 → person @scitc-2025 附件2 第十八条']],
    ['第十八条 across the year: on 2027-01-05 the unfiled 2025 report (due 2026-01-31) is still owed, the 2024 one (due 2025) is viewed by year only', facts({ reports: [] }), '2027-01-05', ['sideline_report due 2026-01-31 → person @scitc-2025 附件2 第十八条', 'sideline_report due 2027-01-31 → person @scitc-2025 附件2 第十八条']],
  ])('%s', (_, f, asOf, expected) => {
    expect(show(sidelineReportDeriver.derive(f, policy, asOf))).toEqual(expected);
  });

  it.each<[string, SidelineFacts['pays'], string[]]>([
    ['第十一条: pay not yet turned over is the holder\'s, due in 30 days', [{ id: 5, sidelineId: 1, amount: '800.00', receivedDate: '2026-11-01', turnedOverDate: null, confirmedAt: null }], ['sideline_pay due 2026-12-01 → person @scitc-2025 附件2 第十一条']],
    ['第十一条: turned over, 财资处 confirms within 10 days', [{ id: 5, sidelineId: 1, amount: '800.00', receivedDate: '2026-11-01', turnedOverDate: '2026-11-15', confirmedAt: null }], ['sideline_pay due 2026-12-01 done 2026-11-15 → person @scitc-2025 附件2 第十一条', 'sideline_pay due 2026-11-25 → finance @scitc-2025 附件2 第十一条']],
  ])('%s', (_, pays, expected) => {
    expect(show(sidelinePayDeriver.derive(facts({ pays }), policy, AS_OF))).toEqual(expected);
  });

  it.each<[string, SidelineFacts, string[]]>([
    ['第十六条: promoted to the leadership on 2026-09-01 with an outside enterprise post → resign by 2026-12-01', facts({ held: [post({ org: { ...post().org, kind: 'enterprise' } })], tenures: new Map([[7, [{ rank: 'middle_chief', startDate: '2020-01-01', endDate: '2026-09-01' }, { rank: 'leader', startDate: '2026-09-01', endDate: null }]]]) }), ['sideline_post_change due 2026-12-01 → person @scitc-2025 附件2 第十六条']],
    ['第十六条: the same promotion with an association post → approve again (pack default 3 months)', facts({ tenures: new Map([[7, [{ rank: 'leader', startDate: '2026-09-01', endDate: null }]]]) }), ['sideline_post_change due 2026-12-01 → person @scitc-2025 附件2 第十六条']],
    ['第十五条: no longer a leading cadre → no duty, no longer managed as a leader\'s sideline', facts({ tenures: new Map([[7, [{ rank: 'middle_chief', startDate: '2020-01-01', endDate: '2026-09-01' }, { rank: 'staff', startDate: '2026-09-01', endDate: null }]]]) }), []],
    ['no change of rank → no duty', facts(), []],
  ])('%s', (_, f, expected) => {
    expect(show(sidelinePostChangeDeriver.derive(f, policy, AS_OF))).toEqual(expected);
  });

  it('第十三条: an application waiting at the committee is the organization department\'s to record, due in the pack\'s days', () => {
    const f = facts({
      pending: [{ id: 9, applicantId: 7, applicantName: '周敏', orgName: '省基金会', postTitle: '理事', continuesSidelineId: null, currentStep: 1, stepSince: '2026-11-10', steps: [
        { kind: 'overseeing_leader', actor: { type: 'persons', personIds: [3] }, outside: false },
        { kind: 'party_committee', actor: { type: 'role', role: 'org' }, outside: false },
      ] }],
    });
    expect(show(sidelineReviewDeriver.derive(f, policy, AS_OF))).toEqual(['sideline_review due 2026-11-25 → org @scitc-2025 附件2 第十三条']);
  });
});
