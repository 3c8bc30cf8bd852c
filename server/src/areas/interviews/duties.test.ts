import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../core/policy/pack-loader';
import { EffectivePolicy } from '../../core/policy/effective-policy';
import { buildCalendar } from '../../core/calendar/source';
import { workingDayDeadline } from '../../core/calendar/deadlines';
import { statusOf } from '../../core/duties/status';
import type { InterviewFacts } from './facts';
import type { DerivedDuty } from '../../core/duties/types';
import { interviewCampaignDeriver, interviewPlanApprovalDeriver, interviewPlanDeriver, interviewStatisticsDeriver, interviewWorkDeriver, writtenInquiryDeriver, type InterviewYearDetail } from './duties';
import { interviewsPolicy } from './policy';

const packs = loadAllPacks();
const policy = new EffectivePolicy('tongren-2016', packs.get('tongren-2016')!.suggestedAdoptions, packs);
const cal = buildCalendar([], []);

const officer = (personId: number, name: string, title: string, rank: string, isHead = false) => ({ personId, name, title, rank, isHead });
const facts = (f: Partial<InterviewFacts>): InterviewFacts => ({
  year: 2026, calendar: cal, campaigns: [], deptPlans: [], departments: [{ id: 7, name: '教务处', chiefs: [{ personId: 70, name: '郭处长' }], officers: [officer(70, '郭处长', '处长', 'middle_chief', true)] }],
  interviews: [], inquiries: [], statistics: [], requests: [], met: [], disciplineDepartmentId: 5, ...f,
});
const campaign = (id: number, status: string, lastHeld: string | null, pending = 0, year = 2026) => ({ id, year, title: `集中约谈${id}`, status, submittedOn: `${year}-03-20`, approvedOn: status === 'approved' ? `${year}-04-01` : null, interviews: 5, pending, lastHeld, named: [91, 92] });
/** The duties of one year (the carry-over year's are derived beside them). */
const of = (year: number) => (d: DerivedDuty<InterviewYearDetail>) => d.detail.year === year;

describe('集中约谈 duties (tongren-2016 四（三）: at least 2 a year)', () => {
  it.each<[string, string, InterviewFacts['campaigns'], [string, string][]]>([
    ['四（三）: none held by November — the first overdue, the second due soon (45 days before 12-20)', '2026-11-30', [], [['2026-06-30', 'overdue'], ['2026-12-20', 'due_soon']]],
    ['四（三）: one campaign completed in May meets the first', '2026-11-30', [campaign(1, 'approved', '2026-05-20')], [['2026-06-30', 'done'], ['2026-12-20', 'due_soon']]],
    ['四（三）: an approved campaign with interviews still to hold does not count', '2026-11-30', [campaign(1, 'approved', '2026-05-20', 2)], [['2026-06-30', 'overdue'], ['2026-12-20', 'due_soon']]],
    ['四（三）: a plan awaiting the leading group does not count', '2026-11-30', [campaign(1, 'submitted', null)], [['2026-06-30', 'overdue'], ['2026-12-20', 'due_soon']]],
    ['四（三）: two completed, even both late, meet both', '2026-12-10', [campaign(1, 'approved', '2026-07-20'), campaign(2, 'approved', '2026-12-08')], [['2026-06-30', 'done'], ['2026-12-20', 'done']]],
    ['四（三）: early in the year the first is merely open', '2026-02-01', [], [['2026-06-30', 'open'], ['2026-12-20', 'open']]],
  ])('%s', (_a, asOf, campaigns, expected) => {
    const duties = interviewCampaignDeriver.derive(facts({ campaigns }), policy, asOf).filter(of(2026));
    expect(duties.map((d) => [d.dueDate, statusOf(d, asOf, false)])).toEqual(expected);
    expect(duties.every((d) => d.citation === 'tongren-2016 四（三）' && d.owner.type === 'role')).toBe(true);
  });
});

describe('department quarterly plans (tongren-2016 四（三）: filed every quarter)', () => {
  it.each<[string, string, InterviewFacts['deptPlans'], [string, string][]]>([
    ['四（三）: Q1 filed on time, Q2 missing, Q3 filed late, Q4 due soon — due on the 15th day of the quarter (pack default)', '2026-10-09',
      [{ departmentId: 7, year: 2026, quarter: 1, filedOn: '2026-01-10' }, { departmentId: 7, year: 2026, quarter: 3, filedOn: '2026-08-01' }],
      [['2026-01-15', 'done'], ['2026-04-15', 'overdue'], ['2026-07-15', 'done'], ['2026-10-15', 'due_soon']]],
    ['四（三）: a draft plan (not filed) does not meet the duty', '2026-02-01', [{ departmentId: 7, year: 2026, quarter: 1, filedOn: null }], [['2026-01-15', 'overdue']]],
  ])('%s', (_a, asOf, deptPlans, expected) => {
    const duties = interviewPlanDeriver.derive(facts({ deptPlans }), policy, asOf).filter(of(2026));
    expect(duties.map((d) => [d.dueDate, statusOf(d, asOf, false)])).toEqual(expected);
    expect(duties[0]).toMatchObject({ owner: { type: 'person', personId: 70 }, subjectDepartmentId: 7, citation: 'tongren-2016 四（三）' });
  });
});

describe('who owes a department\'s quarterly plan while its chief\'s post is vacant (tongren-2016 四（三）, strategy interviews.department_plan_owner_strategy)', () => {
  const dept = (officers: ReturnType<typeof officer>[]) => ({ id: 8, name: '科技处', chiefs: officers.filter((o) => o.rank === 'middle_chief' && o.isHead).map(({ personId, name }) => ({ personId, name })), officers });
  it.each<[string, ReturnType<typeof officer>[], { type: string; personId?: number; personIds?: number[]; role?: string }, string, string | null]>([
    ['四（三）: the chief in post owes it', [officer(80, '冯处长', '处长', 'middle_chief', true), officer(81, '陈副处长', '副处长', 'middle_deputy')], { type: 'person', personId: 80 }, 'chief', null],
    ['四（三）: chief vacant — the deputy in post acts for the chief', [officer(81, '陈副处长', '副处长', 'middle_deputy')], { type: 'person', personId: 81 }, 'deputy', '由副职代为报备'],
    ['四（三）: chief vacant, two deputies — either meets it', [officer(81, '陈副处长', '副处长', 'middle_deputy'), officer(82, '褚副处长', '副处长（项目）', 'middle_deputy')], { type: 'persons', personIds: [81, 82] }, 'deputy', '由副职代为报备'],
    ['四（三）: chief and deputies vacant — the department\'s Party branch secretary', [officer(83, '卫书记', '党支部书记', 'section'), officer(84, '蒋委员', '党支部副书记', 'staff')], { type: 'person', personId: 83 }, 'party_secretary', '由本部门党组织书记报备'],
    ['四（三） with 四（二）4: nobody in post — a gap the discipline office fills', [], { type: 'role', role: 'discipline' }, 'gap', '由纪检监察室督促落实'],
    ['四（三）: a deputy chief who is not the head does not count as the chief', [officer(85, '沈主任', '主任', 'middle_chief', false)], { type: 'role', role: 'discipline' }, 'gap', '由纪检监察室督促落实'],
  ])('%s', (_a, officers, owner, basis, reason) => {
    const d = interviewPlanDeriver.derive(facts({ departments: [dept(officers)] }), policy, '2026-02-01').find((x) => x.key === 'interview_plan:8:2026Q1')!;
    expect(d).toMatchObject({ key: 'interview_plan:8:2026Q1', owner, subjectDepartmentId: 8, citation: 'tongren-2016 四（三）', detail: { ownerBasis: basis } });
    const why = (d.detail.reasons as string[]).slice(1).join('');
    if (reason) expect(why).toContain(reason);
    else expect(why).toBe('');
    if (basis === 'gap') expect(d.title).toContain('负责人空缺');
    if (basis !== 'chief') expect(why).toContain('系统默认');
  });

  it('四（三）: the gap duty is met when the plan is filed (by whoever the discipline office has file it)', () => {
    const d = interviewPlanDeriver.derive(facts({ departments: [dept([])], deptPlans: [{ departmentId: 8, year: 2026, quarter: 1, filedOn: '2026-01-12' }] }), policy, '2026-02-01').find((x) => x.key === 'interview_plan:8:2026Q1')!;
    expect(statusOf(d, '2026-02-01', false)).toBe('done');
  });

  it('the pack names the strategy, a system default (the regulation is silent)', () => {
    const p = policy.param(interviewsPolicy, 'interviews.department_plan_owner_strategy', '2026-02-01');
    expect(p.value).toBe('chief_deputy_party_secretary');
    expect(p.source.isDefault).toBe(true);
  });
});

describe('materials, written inquiries and statistics (tongren-2016 五（三）、六（一）)', () => {
  const held = (heldOn: string, materialOn: string | null, waivedReason: string | null = null): InterviewFacts['interviews'][number] => ({
    id: 1, planId: null, kind: 'admonition', status: 'held', topic: '纠错诫勉', scheduledOn: heldOn, heldOn, organizerKind: 'department', organizerDepartmentId: 7, planKind: null, planStatus: null,
    leadPersonId: 70, leadName: '郭处长', targets: [{ id: 9, personId: 91, name: '钱科长', departmentId: 7, material: 'self_criticism', materialOn, waivedReason }],
  });
  it.each<[string, string | null, string | null, string | null]>([
    ['五（三）: the self-criticism is due 7 days after the interview (pack default)', null, null, 'overdue'],
    ['五（三）: handed in', '2026-11-05', null, 'done'],
    ['五（三）: waived with a reason — no duty', null, '本人病休，经纪委书记同意免交', null],
  ])('%s', (_a, materialOn, waived, status) => {
    const d = interviewWorkDeriver.derive(facts({ interviews: [held('2026-11-02', materialOn, waived)] }), policy, '2026-11-30').find((x) => x.key === 'interview_material:9');
    expect(d ? statusOf(d, '2026-11-30', false) : null).toBe(status);
    if (d) expect(d).toMatchObject({ dueDate: '2026-11-09', owner: { type: 'person', personId: 91 }, citation: 'tongren-2016 五（三）' });
  });

  it.each([
    ['谈话函询: 15 working days from the letter, over National Day 2026', '2026-09-25'],
    ['谈话函询: 15 working days from an ordinary Monday', '2026-11-02'],
  ])('%s', (_a, sentOn) => {
    const replyDue = workingDayDeadline(cal, sentOn, 15).date;
    const [d] = writtenInquiryDeriver.derive(facts({ inquiries: [{ id: 3, targetPersonId: 91, targetName: '钱科长', departmentId: 7, sentOn, replyDue, replyDueProvisional: false, replyOn: null }] }), policy, '2026-11-30');
    expect(d.dueDate).toBe(replyDue);
    expect(d.detail.reasons).toEqual([expect.stringContaining('15 个工作日')]);
  });
  it('谈话函询: the deadline skips the National Day holiday and counts its 调休 Saturday 10-10 (09-25 + 15 working days = 10-22)', () => {
    expect(workingDayDeadline(cal, '2026-09-25', 15).date).toBe('2026-10-22');
  });

  it('六（一）: a department that held interviews in a quarter owes that quarter\'s statistics 10 days after it ends', () => {
    const [d] = interviewStatisticsDeriver.derive(facts({ interviews: [held('2026-08-12', '2026-08-13')] }), policy, '2026-11-30');
    expect(d).toMatchObject({ key: 'interview_statistics:7:2026Q3', dueDate: '2026-10-10', citation: 'tongren-2016 六（一）' });
    expect(statusOf(d, '2026-11-30', false)).toBe('overdue');
    const [met] = interviewStatisticsDeriver.derive(facts({ interviews: [held('2026-08-12', '2026-08-13')], statistics: [{ departmentId: 7, year: 2026, quarter: 3, reportedOn: '2026-10-08' }] }), policy, '2026-11-30');
    expect(met.doneDate).toBe('2026-10-08');
  });

  it('an interview asked for by a tolerance corrective measure is owed by discipline until one is held', () => {
    const requests = [{ id: 4, personId: 91, personName: '钱科长', departmentId: 7, on: '2026-10-01', interviewKind: 'admonition', dueDate: '2026-11-15', requirement: '定期约谈' }];
    const open = interviewWorkDeriver.derive(facts({ requests }), policy, '2026-11-30').find((x) => x.key === 'interview_request:4')!;
    expect(statusOf(open, '2026-11-30', false)).toBe('overdue');
    const met = interviewWorkDeriver.derive(facts({ requests, met: [{ personId: 91, kind: 'admonition', on: '2026-11-10' }] }), policy, '2026-11-30').find((x) => x.key === 'interview_request:4')!;
    expect(met.doneDate).toBe('2026-11-10');
    const before = interviewWorkDeriver.derive(facts({ requests, met: [{ personId: 91, kind: 'admonition', on: '2026-09-10' }] }), policy, '2026-11-30').find((x) => x.key === 'interview_request:4')!;
    expect(before.doneDate).toBeUndefined();
  });
});

describe('a year\'s interview duties outlive 31 December (tongren-2016 四（三）、六（一）; interviews.carry_over_years, 系统默认 1 年)', () => {
  const heldBy7 = (heldOn: string): InterviewFacts['interviews'][number] => ({
    id: 2, planId: null, kind: 'prevention', status: 'closed', topic: '预防提醒', scheduledOn: heldOn, heldOn, organizerKind: 'department', organizerDepartmentId: 7, planKind: null, planStatus: null,
    leadPersonId: 70, leadName: '郭处长', targets: [{ id: 8, personId: 91, name: '钱科长', departmentId: 7, material: 'integrity_pledge', materialOn: heldOn, waivedReason: null }],
  });
  const status = (ds: DerivedDuty[], key: string, asOf: string) => {
    const d = ds.find((x) => x.key === key);
    return d ? statusOf(d, asOf, false) : null;
  };
  it.each<[string, (asOf: string) => DerivedDuty[], string, string, string | null]>([
    ['四（三）: the second 2026 campaign, not carried out, is overdue on 2027-01-05 under the same key', (asOf) => interviewCampaignDeriver.derive(facts({ year: 2027, campaigns: [campaign(1, 'approved', '2026-06-10')] }), policy, asOf), '2027-01-05', 'interview_campaign:2026:2', 'overdue'],
    ['四（三）: the first 2026 campaign, carried out in June, stays done in 2027', (asOf) => interviewCampaignDeriver.derive(facts({ year: 2027, campaigns: [campaign(1, 'approved', '2026-06-10')] }), policy, asOf), '2027-01-05', 'interview_campaign:2026:1', 'done'],
    ['四（三）: a campaign of 2027 does not meet a 2026 duty', (asOf) => interviewCampaignDeriver.derive(facts({ year: 2027, campaigns: [campaign(1, 'approved', '2026-06-10'), campaign(2, 'approved', '2027-01-04', 0, 2027)] }), policy, asOf), '2027-01-05', 'interview_campaign:2026:2', 'overdue'],
    ['四（三）: this year\'s campaigns are owed beside them', (asOf) => interviewCampaignDeriver.derive(facts({ year: 2027 }), policy, asOf), '2027-01-05', 'interview_campaign:2027:1', 'open'],
    ['carry-over horizon: 2025 is no longer derived on 2027-01-05 (viewed by year)', (asOf) => interviewCampaignDeriver.derive(facts({ year: 2027 }), policy, asOf), '2027-01-05', 'interview_campaign:2025:2', null],
    ['四（三）: an unfiled Q4 2026 department plan is overdue in January', (asOf) => interviewPlanDeriver.derive(facts({ year: 2027 }), policy, asOf), '2027-01-05', 'interview_plan:7:2026Q4', 'overdue'],
    ['四（三）: a Q4 2026 plan filed in October stays done', (asOf) => interviewPlanDeriver.derive(facts({ year: 2027, deptPlans: [{ departmentId: 7, year: 2026, quarter: 4, filedOn: '2026-10-09' }] }), policy, asOf), '2027-01-05', 'interview_plan:7:2026Q4', 'done'],
    ['四（三）: a 2027 Q1 plan does not meet 2026 Q1', (asOf) => interviewPlanDeriver.derive(facts({ year: 2027, deptPlans: [{ departmentId: 7, year: 2027, quarter: 1, filedOn: '2027-01-04' }] }), policy, asOf), '2027-01-05', 'interview_plan:7:2026Q1', 'overdue'],
    ['六（一）: Q4 2026 statistics, due 2027-01-10, are due soon on 2027-01-05', (asOf) => interviewStatisticsDeriver.derive(facts({ year: 2027, interviews: [heldBy7('2026-12-10')] }), policy, asOf), '2027-01-05', 'interview_statistics:7:2026Q4', 'due_soon'],
    ['六（一）: … and overdue after 01-10 when not reported', (asOf) => interviewStatisticsDeriver.derive(facts({ year: 2027, interviews: [heldBy7('2026-12-10')] }), policy, asOf), '2027-01-20', 'interview_statistics:7:2026Q4', 'overdue'],
    ['六（一）: reported statistics of 2026 Q4 count only for 2026', (asOf) => interviewStatisticsDeriver.derive(facts({ year: 2027, interviews: [heldBy7('2026-12-10')], statistics: [{ departmentId: 7, year: 2026, quarter: 4, reportedOn: '2027-01-08' }] }), policy, asOf), '2027-01-20', 'interview_statistics:7:2026Q4', 'done'],
  ])('%s', (_a, derive, asOf, key, expected) => {
    expect(status(derive(asOf), key, asOf)).toBe(expected);
  });
});

describe('集中约谈计划审批 (tongren-2016 四（三）: the plan is approved by the leading group before it is carried out)', () => {
  it.each<[string, InterviewFacts['campaigns'], { key: string; dueDate: string; status: string; parties: number[] }[]]>([
    ['四（三）: a submitted plan waits for the secretary and the president, 10 days (a default) from its submission', [campaign(1, 'submitted', null, 5)], [{ key: 'interview_plan_approval:1:2026-03-20', dueDate: '2026-03-30', status: 'overdue', parties: [91, 92] }]],
    ['四（三）: an approved plan waits for nobody', [campaign(1, 'approved', null, 5)], []],
    ['四（三）: a draft (not yet submitted) waits for nobody', [campaign(1, 'draft', null, 5)], []],
  ])('%s', (_name, campaigns, expected) => {
    const duties = interviewPlanApprovalDeriver.derive(facts({ campaigns }), policy, '2026-04-15');
    expect(duties.map((d) => ({ key: d.key, dueDate: d.dueDate, status: statusOf(d, '2026-04-15', false), parties: d.parties }))).toEqual(expected);
    for (const d of duties) expect(d).toMatchObject({ owner: { type: 'role', role: 'principal' }, citation: 'tongren-2016 四（三）', dueIsDefault: true });
  });
});
