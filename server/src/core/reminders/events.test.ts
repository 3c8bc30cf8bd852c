import { describe, expect, it } from 'vitest';
import { EVENTS, noticeOf, type EventKey } from './events';

describe('procedure events: who must act is told at once; a decision is news unless it needs the applicant to act', () => {
  const ctx = { id: 7, who: '张三', what: '某学会理事', step: '学院党委审批', decision: '同意', due: '2026-12-20', article: '《领导干部兼职管理办法》第十三条' };
  const CASES: [EventKey, string, boolean, string][] = [
    ['sideline.step_waiting', 'step_waiting', true, '/sidelines/applications/7'],
    ['sideline.decided', 'decision_made', false, '/sidelines/applications/7'],
    ['tolerance.filed', 'step_waiting', true, '/tolerance/reviews/7'],
    ['tolerance.proposed', 'step_waiting', true, '/tolerance/reviews/7'],
    ['tolerance.step_done', 'decision_made', false, '/tolerance/reviews/7'],
    ['inquiry.sent', 'step_waiting', true, '/interviews'],
    ['inquiry.replied', 'step_waiting', true, '/interviews'],
    ['inquiry.assessed', 'decision_made', false, '/interviews'],
    ['interview.scheduled', 'step_waiting', true, '/interviews/7'],
    ['interview.material_due', 'step_waiting', true, '/interviews/7'],
    ['reserve.nominated', 'step_waiting', true, '/incentives'],
    ['reserve.reviewed', 'decision_made', false, '/incentives'],
    ['appraisal.graded', 'decision_made', false, '/incentives'],
    ['account.created', 'step_waiting', true, '/login'],
  ];
  // A new account is not a step of any regulation's procedure: its notice cites nothing.
  const UNCITED = new Set<EventKey>(['account.created']);
  it.each(CASES)('%s → %s, urgent %s, %s', (key, kind, urgent, link) => {
    const n = noticeOf(key, ctx);
    expect(n).toMatchObject({ kind, urgent, link });
    if (UNCITED.has(key)) expect(n.body).not.toContain('依据');
    else expect(n.body).toContain('依据：《领导干部兼职管理办法》第十三条。');
    expect(n.title + n.body).not.toMatch(/undefined|null|scitc/);
  });
  it('covers every event in the table', () => expect(CASES.map(([key]) => key).sort()).toEqual(Object.keys(EVENTS).sort()));
  it('a return for changes is urgent: the applicant must act', () => {
    expect(noticeOf('sideline.decided', { ...ctx, decision: '退回修改', needsAction: true, reason: '请补充章程' })).toMatchObject({ urgent: true, body: '您申请兼任某学会理事，“学院党委审批”环节退回修改。意见：请补充章程。请修改后重新提交。依据：《领导干部兼职管理办法》第十三条。' });
  });
});
