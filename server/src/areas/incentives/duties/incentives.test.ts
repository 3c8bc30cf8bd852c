import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { finalize, statusOf } from '../../../core/duties/status';
import type { DerivedDuty } from '../../../core/duties/types';
import type { IncentiveFacts } from '../facts/incentives';
import type { AppraisalFacts } from '../facts/appraisal';
import { careVisitDeriver, inactionDeriver, trainingHoursDeriver } from './incentives';
import { dutyReportDeriver } from './appraisal';

const packs = loadAllPacks();
const ahz = new EffectivePolicy('ahzaxy-2020', packs.get('ahzaxy-2020')!.suggestedAdoptions, packs);

const person = (personId: number, rank: string) => ({ personId, name: `P${personId}`, rank, departmentId: 3 });
/** Facts as loaded on 2027-01-05: this year's ranks, 2026's at its end, and the training of both years. */
const incentives = (training: IncentiveFacts['training'], f: Partial<IncentiveFacts> = {}): IncentiveFacts => ({
  year: 2027, people: [person(1, 'middle_chief'), person(2, 'section')], pastYears: [{ year: 2026, people: [person(1, 'middle_chief'), person(2, 'section')] }],
  training, care: [], inaction: [], ...f,
});
const status = (ds: DerivedDuty[], key: string, asOf: string) => {
  const d = ds.find((x) => x.key === key);
  return d ? statusOf(d, asOf, false) : null;
};

describe('年度培训学时 across the year (ahzaxy-2020 第9条; incentives.carry_over_years, 系统默认 1 年)', () => {
  it.each<[string, IncentiveFacts, string, string, string | null]>([
    ['第9条: a 2026 shortfall (40 of 110 hours) is overdue on 2027-01-05, under the same key', incentives([{ personId: 1, endDate: '2026-06-30', hours: 40 }]), '2027-01-05', 'training_hours:2026:1', 'overdue'],
    ['第9条: 2026 hours met in December stay done', incentives([{ personId: 1, endDate: '2026-06-30', hours: 60 }, { personId: 1, endDate: '2026-12-10', hours: 50 }]), '2027-01-05', 'training_hours:2026:1', 'done'],
    ['第9条: training of January 2027 does not count for 2026', incentives([{ personId: 2, endDate: '2027-01-04', hours: 50 }]), '2027-01-05', 'training_hours:2026:2', 'overdue'],
    ['第9条: … it counts for 2027', incentives([{ personId: 2, endDate: '2027-01-04', hours: 50 }]), '2027-01-05', 'training_hours:2027:2', 'done'],
    ['第9条: the rank at the end of 2026 decides 2026\'s hours (a section cadre then, 50 hours)', incentives([{ personId: 2, endDate: '2026-05-04', hours: 50 }], { people: [person(1, 'middle_chief'), person(2, 'middle_deputy')] }), '2027-01-05', 'training_hours:2026:2', 'done'],
    ['carry-over horizon: 2025 is no longer derived on 2027-01-05 (the statistics page shows it with ?year=)', incentives([]), '2027-01-05', 'training_hours:2025:1', null],
    ['第9条: during the year the shortfall is merely open', { ...incentives([]), year: 2026, pastYears: [] }, '2026-06-01', 'training_hours:2026:1', 'open'],
  ])('%s', (_a, f, asOf, key, expected) => {
    expect(status(trainingHoursDeriver.derive(f, ahz, asOf), key, asOf)).toBe(expected);
  });
});

describe('述职述廉 across the year (ahzaxy-2020 第6条)', () => {
  const facts = (cycles: AppraisalFacts['cycles'], reports: AppraisalFacts['reports'] = []): AppraisalFacts => ({ cycles, reporters: [{ personId: 1, name: 'P1', departmentId: 3 }], reports });
  it.each<[string, AppraisalFacts, string | null]>([
    ['第6条: the 2026 cycle, still open, owes the report overdue in January', facts([{ id: 9, year: 2026, dutyReportDue: '2026-12-20', status: 'open' }]), 'overdue'],
    ['第6条: a report submitted in December stays done after the cycle closed', facts([{ id: 9, year: 2026, dutyReportDue: '2026-12-20', status: 'closed' }], [{ cycleId: 9, personId: 1, submittedOn: '2026-12-12' }]), 'done'],
    ['第6条: a closed cycle owes nothing more', facts([{ id: 9, year: 2026, dutyReportDue: '2026-12-20', status: 'closed' }]), null],
  ])('%s', (_a, f, expected) => {
    expect(status(dutyReportDeriver.derive(f, ahz, '2027-01-05'), 'duty_report:9:1', '2027-01-05')).toBe(expected);
  });
});

describe('走访慰问 is not bound to the year (ahzaxy-2020 第10条)', () => {
  it('第10条: a hardship registered in late December, not yet visited, is still owed in January', () => {
    const care = [{ id: 4, personId: 1, name: 'P1', situation: 'serious_illness', registeredOn: '2026-12-28', status: 'open', firstVisit: null, departmentId: 3 }];
    const [d] = careVisitDeriver.derive(incentives([], { care }), ahz, '2027-01-05');
    expect(d).toMatchObject({ key: 'care_visit:4', dueDate: '2027-01-12' });
  });
});

const AS_OF = '2026-12-01';
type Case = IncentiveFacts['inaction'][number];
const matter = (status: string, steps: [string, string][], extra: Partial<Case> = {}): Case => ({
  id: 7, personId: 9, name: '张明', status, deadline: null, proposedOn: null, departmentId: 3, steps: steps.map(([action, on]) => ({ action, on })), ...extra,
});
const run = (c: Case, packId = 'ahzaxy-2020') => {
  const policy = new EffectivePolicy(packId, packs.get(packId)!.suggestedAdoptions, packs);
  return finalize(1, inactionDeriver.derive({ year: 2026, people: [], training: [], care: [], inaction: [c] }, policy, AS_OF), [], AS_OF);
};
const proposalDuty = (c: Case, packId?: string) => run(c, packId).find((d) => d.key.startsWith('inaction_proposal:'));

describe('为官不为: a verification finding the matter not corrected calls for a proposal of adjustment (ahzaxy-2020 第14条)', () => {
  it.each<[string, Case, { status: string; due: string; done?: string } | null]>([
    ['第14条: not corrected after the reminder — the organization department owes a proposal within the pack days (default 15)', matter('uncorrected', [['remind', '2026-10-01'], ['verify', '2026-11-20']]), { status: 'due_soon', due: '2026-12-05' }],
    ['第14条: the proposal not made in time is overdue', matter('uncorrected', [['remind', '2026-09-01'], ['verify', '2026-10-10']]), { status: 'overdue', due: '2026-10-25' }],
    ['第14条: done when the proposal is recorded', matter('proposed', [['remind', '2026-09-01'], ['verify', '2026-10-10'], ['propose', '2026-10-20']], { proposedOn: '2026-10-20' }), { status: 'done', due: '2026-10-25', done: '2026-10-20' }],
    ['第14条: still done once the proposal has been decided collectively', matter('decided', [['remind', '2026-09-01'], ['verify', '2026-10-10'], ['propose', '2026-10-30']], { proposedOn: '2026-10-30' }), { status: 'done', due: '2026-10-25', done: '2026-10-30' }],
    ['第14条 “诫勉处理”: an admonition recorded instead answers it — the new deadline is checked first', matter('admonished', [['remind', '2026-09-01'], ['verify', '2026-10-10'], ['admonish', '2026-10-12']], { deadline: '2026-12-30' }), null],
    ['第14条: not corrected after the admonition either — a proposal is owed afresh from that verification', matter('uncorrected', [['remind', '2026-08-01'], ['verify', '2026-09-01'], ['admonish', '2026-09-05'], ['verify', '2026-11-25']]), { status: 'open', due: '2026-12-10' }],
    ['第14条: corrected after the reminder — nothing to propose', matter('corrected', [['remind', '2026-09-01'], ['verify', '2026-10-10']]), null],
    ['第14条: strong complaints proposed at once (no verification) owe no proposal duty', matter('proposed', [['propose', '2026-11-01']], { proposedOn: '2026-11-01' }), null],
  ])('%s', (_a, c, expected) => {
    const d = proposalDuty(c);
    if (!expected) return expect(d).toBeUndefined();
    expect(d).toMatchObject({ kind: 'inaction_followup', status: expected.status, dueDate: expected.due, doneDate: expected.done, citation: 'ahzaxy-2020 第14条', isDefaultRule: false, dueIsDefault: true, owner: { type: 'role', role: 'org' }, subjectPersonId: 9 });
    expect(d!.title).toContain('调离岗位、改任非领导职务、免职、降职');
  });

  it('第14条: colleges adopting ahzaxy-2020 for incentives owe it under the same article', () => {
    expect(proposalDuty(matter('uncorrected', [['remind', '2026-10-01'], ['verify', '2026-11-20']]), 'scitc-2025')).toMatchObject({ citation: 'ahzaxy-2020 第14条', dueDate: '2026-12-05' });
  });

  it('第14条: an uncorrected matter owes no check of its old deadline, only the proposal', () => {
    expect(run(matter('uncorrected', [['remind', '2026-10-01'], ['verify', '2026-11-20']], { deadline: '2026-11-15' })).map((d) => d.key)).toEqual(['inaction_proposal:7:2026-11-20']);
  });
});
