import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../policy/pack-loader';
import { EffectivePolicy } from '../../policy/effective-policy';
import { finalize } from '../status';
import type { IncentiveFacts } from '../loaders/incentives.loader';
import { inactionDeriver } from './incentives';

const packs = loadAllPacks();
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
    expect(d).toMatchObject({ kind: 'inaction_followup', status: expected.status, dueDate: expected.due, doneDate: expected.done, citation: 'ahzaxy-2020 第14条', isDefaultRule: true, owner: { type: 'role', role: 'org' }, subjectPersonId: 9 });
    expect(d!.title).toContain('调离岗位、改任非领导职务、免职、降职');
  });

  it('第14条: colleges adopting ahzaxy-2020 for incentives owe it under the same article', () => {
    expect(proposalDuty(matter('uncorrected', [['remind', '2026-10-01'], ['verify', '2026-11-20']]), 'scitc-2025')).toMatchObject({ citation: 'ahzaxy-2020 第14条', dueDate: '2026-12-05' });
  });

  it('第14条: an uncorrected matter owes no check of its old deadline, only the proposal', () => {
    expect(run(matter('uncorrected', [['remind', '2026-10-01'], ['verify', '2026-11-20']], { deadline: '2026-11-15' })).map((d) => d.key)).toEqual(['inaction_proposal:7:2026-11-20']);
  });
});
