import { describe, expect, it } from 'vitest';
import type { Duty, DutyOwner, DutyStatus } from '../duties/types';
import { inboxOf } from './inbox';

const STEPS = new Set(['sideline_review', 'tolerance_step', 'written_inquiry', 'interview_plan_approval']);
const duty = (key: string, o: { kind?: string; owner: DutyOwner; status?: DutyStatus; due?: string; subject?: number; parties?: number[]; caseKey?: string }): Duty => ({
  key, kind: o.kind ?? 'sideline_review', title: key, owner: o.owner, subjectPersonId: o.subject, parties: o.parties, caseKey: o.caseKey, dueDate: o.due ?? '2026-07-01', dueSoonDays: 3,
  citation: null, isDefaultRule: false, dueIsDefault: false, link: '/', detail: { reasons: [] }, institutionId: 1, status: o.status ?? 'open',
});
const me = { personId: 7, roles: ['principal', 'staff'] };
const keys = (duties: Duty[]) => inboxOf(me, duties, (k) => STEPS.has(k)).map((e) => `${e.duty.key}:${e.owedAs}`);

describe('待我办理: the open procedure steps owed by the caller', () => {
  it.each<[string, Duty[], string[]]>([
    ['附件2 第十三条: a step of an application named to me', [duty('a', { owner: { type: 'persons', personIds: [7] }, subject: 3 })], ['a:person']],
    ['a step named to someone else is not mine', [duty('a', { owner: { type: 'person', personId: 8 }, subject: 3 })], []],
    ['a step of a role I hold; a role I do not hold', [duty('a', { owner: { type: 'role', role: 'principal' } }), duty('b', { owner: { type: 'role', role: 'org' } })], ['a:role']],
    ['a step shared by the department\'s middle cadres', [duty('a', { kind: 'written_inquiry', owner: { type: 'persons', personIds: [7, 9] } })], ['a:shared']],
    ['done, waived and non-step duties stay out', [duty('a', { owner: { type: 'person', personId: 7 }, status: 'done' }), duty('b', { owner: { type: 'person', personId: 7 }, status: 'waived' }), duty('c', { kind: 'talk_quota', owner: { type: 'person', personId: 7 } })], []],
    ['回避: a decision on my own case owed by my role is not offered to me', [duty('a', { owner: { type: 'role', role: 'principal' }, subject: 7 })], []],
    ['回避: nor one on a plan that names me', [duty('a', { kind: 'interview_plan_approval', owner: { type: 'role', role: 'principal' }, parties: [5, 7] })], []],
    ['my own reply to a letter is mine', [duty('a', { kind: 'written_inquiry', owner: { type: 'person', personId: 7 }, subject: 7 })], ['a:person']],
    ['overdue first, then by due date', [duty('late', { owner: { type: 'person', personId: 7 }, due: '2026-08-01' }), duty('soon', { owner: { type: 'person', personId: 7 }, due: '2026-06-01' }), duty('over', { owner: { type: 'person', personId: 7 }, status: 'overdue', due: '2026-07-01' })], ['over:person', 'soon:person', 'late:person']],
    ['xzcit 第五条: a case whose steps run at once is shown at the step due first', [duty('report', { kind: 'tolerance_step', owner: { type: 'role', role: 'principal' }, due: '2026-07-28', caseKey: 't:1' }), duty('accept', { kind: 'tolerance_step', owner: { type: 'role', role: 'principal' }, due: '2026-06-22', caseKey: 't:1' })], ['accept:role']],
  ])('%s', (_name, duties, expected) => {
    expect(keys(duties)).toEqual(expected);
  });
});
