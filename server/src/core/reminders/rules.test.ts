import { describe, expect, it } from 'vitest';
import type { Duty } from '../duties/types';
import { buildCalendar } from '../calendar/source';
import { areaOf, composeDigest, composeEscalation, composeNudge, escalationTarget, ownersOf, reminderStage, workingDaysOverdue, type EscalationRule } from './rules';

const calendar = buildCalendar([], []);

describe('reminder stage of a duty on a date', () => {
  it.each([
    ['overdue', '2026-12-01', 'overdue'],
    ['due_soon', '2026-12-10', 'due_today'],
    ['due_soon', '2026-12-20', 'due_soon'],
    ['open', '2027-03-01', null],
    ['done', '2026-12-01', null],
    ['waived', '2026-12-01', null],
  ] as const)('%s due %s → %s (as of 2026-12-10)', (status, dueDate, stage) => {
    expect(reminderStage({ status, dueDate }, '2026-12-10')).toBe(stage);
  });
});

describe('the area whose escalation rule applies', () => {
  it.each([
    ['talk_quota', 'talks'],
    ['talk_occasion', 'talks'],
    ['sideline_report', 'sidelines'],
    ['tolerance_step', 'tolerance'],
    ['interview_plan', 'interviews'],
    ['written_inquiry', 'interviews'],
    ['appraisal_duty_report', 'incentives'],
    ['rotation', 'incentives'],
  ])('%s → %s', (kind, area) => expect(areaOf(kind)).toBe(area));
});

const roleHolders = new Map([
  ['org', [90, 91]],
  ['discipline', [80]],
]);
// 部门 7 is overseen by leader 50; 部门 8 by nobody.
const overseers = new Map([[7, [50]]]);
// scitc-2025 附件1 第十一条: 党委组织部督促检查谈心谈话; 附件3 第九条（二）: 学院纪委牵头容错纠错.
const talks: EscalationRule = { workingDays: 5, ladder: { department_duty: 'escalate_to_overseer', college_duty: 'org' }, citation: '附件1 第十一条', daysAreDefault: true };
const tolerance: EscalationRule = { workingDays: 3, ladder: { department_duty: 'escalate_to_overseer', college_duty: 'discipline' }, citation: '附件3 第九条（二）', daysAreDefault: true };

describe('whom an overdue duty is escalated to', () => {
  const cases: [string, Pick<Duty, 'owner' | 'subjectDepartmentId'>, EscalationRule, { personIds: number[]; label: string } | null][] = [
    ["a department's talk (第八条（四）) → its overseeing leader", { owner: { type: 'persons', personIds: [11, 12] }, subjectDepartmentId: 7 }, talks, { personIds: [50], label: '分管（联系）院领导' }],
    ["a department's duty owed by one person → the overseer", { owner: { type: 'person', personId: 11 }, subjectDepartmentId: 7 }, talks, { personIds: [50], label: '分管（联系）院领导' }],
    ["the overseer's own talk (第八条（三）) → the organization department (第十一条)", { owner: { type: 'person', personId: 50 }, subjectDepartmentId: 7 }, talks, { personIds: [90, 91], label: '党委组织部' }],
    ['a department without an overseer → the organization department', { owner: { type: 'person', personId: 13 }, subjectDepartmentId: 8 }, talks, { personIds: [90, 91], label: '党委组织部' }],
    ['a college duty of the finance office → the organization department', { owner: { type: 'role', role: 'finance' } }, talks, { personIds: [90, 91], label: '党委组织部' }],
    ['a college tolerance duty (附件3 第九条（二）) → the discipline office', { owner: { type: 'role', role: 'org' } }, tolerance, { personIds: [80], label: '纪委（纪检监察室）' }],
    ["the organization department's own talk duty: nobody above it is named", { owner: { type: 'role', role: 'org' } }, talks, null],
  ];
  it.each(cases)('%s', (_, duty, rule, expected) => {
    const owners = ownersOf(duty.owner, roleHolders);
    expect(escalationTarget(duty, rule, { overseers, roleHolders, owners })).toEqual(expected);
  });
});

describe('working days overdue (the college calendar)', () => {
  it.each([
    ['2026-09-30', '2026-10-09', 2, '国庆假期（10 月 1—7 日）不计'],
    ['2026-10-09', '2026-10-12', 2, '10 月 10 日（周六）调休上班，计入'],
    ['2026-12-04', '2026-12-11', 5, '周末不计'],
    ['2026-12-11', '2026-12-11', 0, '当天到期不算逾期'],
  ])('due %s, as of %s → %i (%s)', (due, asOf, n) => expect(workingDaysOverdue(calendar, due, asOf)).toBe(n));

  it('counts weekdays in a year whose holidays are not yet known', () => {
    expect(workingDaysOverdue(calendar, '2031-01-03', '2031-01-10')).toBe(5);
  });
});

describe('texts', () => {
  it('one digest lists the duties by stage with due dates and articles', () => {
    const d = composeDigest(
      [
        { key: 'a', title: '与张三年度谈心谈话', dueDate: '2026-12-31', citation: '干部职工谈心谈话规定 第八条（四）', stage: 'due_soon' },
        { key: 'b', title: '报告兼职情况', dueDate: '2026-12-01', citation: '领导干部兼职管理办法 第十五条', stage: 'overdue' },
        { key: 'c', title: '提交述职报告', dueDate: '2026-12-10', citation: null, stage: 'due_today' },
      ],
      '2026-12-10',
    );
    expect(d.title).toBe('应办事项提醒（2026-12-10）：已逾期 1 项，今日到期 1 项，即将到期 1 项');
    expect(d.body.indexOf('【已逾期】')).toBeLessThan(d.body.indexOf('【今日到期】'));
    expect(d.body).toContain('· 与张三年度谈心谈话（应于 2026-12-31 前完成；依据：干部职工谈心谈话规定 第八条（四））');
    expect(d.body).toContain('· 提交述职报告（应于 2026-12-10 前完成）');
  });

  it('an escalation names who owes what, how overdue, and the article', () => {
    const e = composeEscalation({ title: '与李四任职谈话', dueDate: '2026-12-01', ownerNames: '王五', workingDaysOverdue: 6, citation: '附件1 第五条（二）', ladderCitation: '附件1 第十一条', targetLabel: '分管（联系）院领导' });
    expect(e.title).toBe('逾期督促：王五的“与李四任职谈话”已逾期 6 个工作日');
    expect(e.body).toBe('王五应于 2026-12-01 前完成的“与李四任职谈话”至今未办，已逾期 6 个工作日，现报分管（联系）院领导督促办理。事项依据：附件1 第五条（二）；督促依据：附件1 第十一条。');
  });

  it.each([
    ['open', false, '督办提醒：与张三年度谈心谈话', '组织部提醒您办理“与张三年度谈心谈话”，应于 2026-12-31 前完成。依据：《谈心谈话规定》第八条（四）。请在“我的工作台”中办理。'],
    ['overdue: urgent', true, '逾期督办提醒：与张三年度谈心谈话', '组织部提醒您办理“与张三年度谈心谈话”，应于 2026-12-31 前完成，现已逾期。依据：《谈心谈话规定》第八条（四）。请在“我的工作台”中办理。'],
  ] as const)('a reminder from 应办事项 (%s) says who reminds, what by when, and the article', (_, overdue, title, body) => {
    expect(composeNudge({ by: '组织部', title: '与张三年度谈心谈话', dueDate: '2026-12-31', overdue, citation: '《谈心谈话规定》第八条（四）' })).toEqual({ title, body, urgent: overdue });
  });
});
