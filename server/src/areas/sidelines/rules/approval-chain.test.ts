import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { chainFor, decide, stepChoices, submit, type ChainState, type RankGroup, type StepKind } from './approval-chain';
import { sidelinesPolicy } from '../policy';

const policy = new EffectivePolicy('scitc-2025', {}, loadAllPacks());
const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', '2026-11-22').value;
const state = (group: RankGroup, foreign = false, leaders = [7]): ChainState => ({ status: 'draft', steps: chainFor(chains, group, foreign, leaders), current: 0, history: [] });
const leader = { personId: 7, roles: ['leader'], accountId: 70 };
const org = { personId: 3, roles: ['org'], accountId: 30 };
const fa = { personId: 4, roles: ['foreign_affairs'], accountId: 40 };

describe('兼职审批链 (scitc-2025 附件2 第十三条)', () => {
  it.each<[string, RankGroup, boolean, StepKind[]]>([
    ['第十三条: a middle cadre → overseeing leader → 党委 → 组织部备案', 'middle', false, ['overseeing_leader', 'party_committee', 'org_registration']],
    ['第十三条: another leadership member → 党委 → 省经济和信息化厅党组 → 备案', 'leader', false, ['party_committee', 'provincial_department_party_group', 'org_registration']],
    ['第十三条: a principal → 党委 → 省委组织部 → 备案', 'principal', false, ['party_committee', 'provincial_org_department', 'org_registration']],
    ['第九条: a foreign background inserts the foreign affairs opinion before the committee', 'middle', true, ['overseeing_leader', 'foreign_affairs_opinion', 'party_committee', 'org_registration']],
  ])('%s', (_, group, foreign, kinds) => {
    expect(state(group, foreign).steps.map((s) => s.kind)).toEqual(kinds);
  });

  it('runs a middle cadre\'s application to approval, each step by its own actor', () => {
    let s = submit(state('middle', true));
    expect(() => decide(s, org, { decision: 'approve' }, '2026-11-01')).toThrow('当前审批环节不由您办理');
    s = decide(s, leader, { decision: 'approve' }, '2026-11-01');
    s = decide(s, fa, { decision: 'approve', reason: '未发现政治倾向问题' }, '2026-11-03');
    expect(() => decide(s, org, { decision: 'approve', meetingDate: '2026-11-05' }, '2026-11-05')).toThrow('党委会议日期和纪要编号');
    s = decide(s, org, { decision: 'approve', meetingDate: '2026-11-05', reference: '2026-11-05 党委会纪要〔2026〕21号' }, '2026-11-05');
    s = decide(s, org, { decision: 'approve' }, '2026-11-06');
    expect(s.status).toBe('approved');
    expect(s.history.map((h) => h.kind)).toEqual(['overseeing_leader', 'foreign_affairs_opinion', 'party_committee', 'org_registration']);
  });

  it.each<[string, { meetingDate?: string; reference?: string }, string]>([
    ['第十三条: the 党委 approves at a meeting: its date is recorded', { reference: '党委会纪要〔2026〕21号' }, '请登记审批的党委会议日期'],
    ['第十三条: the meeting has been held: its date is not after today', { meetingDate: '2026-11-06', reference: '党委会纪要〔2026〕21号' }, '党委会议日期不能晚于今天'],
    ['第十三条: the 党委 approves with its minutes\' number', { meetingDate: '2026-11-05' }, '请登记党委会议日期和纪要编号'],
  ])('the 党委 step refuses an approval without what it records — %s', (_, record, message) => {
    const s = decide(submit(state('middle')), leader, { decision: 'approve' }, '2026-11-01');
    expect(() => decide(s, org, { decision: 'approve', ...record }, '2026-11-05')).toThrow(message);
    expect(() => decide(s, org, { decision: 'refuse', reason: '不符合第十四条的条件' }, '2026-11-05')).not.toThrow();
  });

  it('records an outside authority\'s decision with its document number', () => {
    let s = decide(submit(state('leader')), org, { decision: 'approve', meetingDate: '2026-10-01', reference: '党委会纪要〔2026〕3号' }, '2026-10-01');
    expect(() => decide(s, org, { decision: 'approve' }, '2026-10-20')).toThrow('审批文号');
    s = decide(s, org, { decision: 'approve', reference: '川经信党组〔2026〕15号' }, '2026-10-20');
    expect(s.current).toBe(2);
  });

  it('returns for changes with a reason, back to the start, and can be submitted again', () => {
    let s = submit(state('middle'));
    expect(() => decide(s, leader, { decision: 'return' }, '2026-11-01')).toThrow('写明理由');
    s = decide(s, leader, { decision: 'return', reason: '请补充兼职单位章程' }, '2026-11-01');
    expect(s).toMatchObject({ status: 'returned', current: 0 });
    expect(submit(s).status).toBe('in_review');
  });

  it('a refusal ends the application', () => {
    const s = decide(submit(state('middle')), leader, { decision: 'refuse', reason: '与本人业务关联不大' }, '2026-11-01');
    expect(s.status).toBe('refused');
    expect(() => submit(s)).toThrow('不能再次提交');
  });

  it('cannot go to review when the department has no overseeing leader', () => {
    expect(() => submit(state('middle', false, []))).toThrow('没有分管（联系）院领导');
  });

  it.each<[string, RankGroup, boolean, StepKind, string, string, string | null]>([
    ['第十三条: the overseeing leader agrees or not, nothing to record', 'middle', false, 'overseeing_leader', 'none', 'none', null],
    ['第九条: the foreign affairs opinion, nothing to record', 'middle', true, 'foreign_affairs_opinion', 'none', 'none', null],
    ['第十三条: the 党委 approves at a meeting, with its date and minutes', 'middle', false, 'party_committee', 'required', 'required', 'minutes'],
    ['第十三条: the 省经济和信息化厅党组 approval, with its document number', 'leader', false, 'provincial_department_party_group', 'none', 'required', 'approval'],
    ['第十三条: the 省委组织部 approval, with its document number', 'principal', false, 'provincial_org_department', 'none', 'required', 'approval'],
    ['第十三条: the 备案, its number if any', 'middle', false, 'org_registration', 'none', 'optional', 'registration'],
  ])('the decider\'s choices — %s', (_, group, foreign, kind, meetingDate, reference, referenceKind) => {
    const step = state(group, foreign).steps.find((s) => s.kind === kind)!;
    expect(stepChoices(step)).toEqual({ decisions: ['approve', 'refuse', 'return'], meetingDate, reference, referenceKind, reasonRequiredFor: ['refuse', 'return'] });
  });
});
