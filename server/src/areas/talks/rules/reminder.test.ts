import { describe, expect, it } from 'vitest';
import type { Duty } from '../../../core/duties/types';
import type { TalkQuotaDetail } from '../duties/talk-quota';
import { composeTalkReminder, owedByTalker } from './reminder';

const quota = (over: Partial<Duty> & { relation: string; required?: number; held?: number }): Duty<TalkQuotaDetail> => ({
  key: `k${Math.random()}`, kind: 'talk_quota', title: '', owner: { type: 'person', personId: 1 }, dueDate: '2026-12-31', dueSoonDays: 45, citation: null, isDefaultRule: false, dueIsDefault: false, link: '', institutionId: 1, status: 'due_soon',
  ...over,
  detail: { reasons: [], year: 2026, relation: over.relation, required: over.required ?? 1, perYear: over.required ?? 1, held: over.held ?? 0 },
});
const names: Record<number, string> = { 20: '张三', 21: '李四', 22: '王五', 23: '赵六' };

describe('the 第十一条 reminder (scitc-2025 附件1)', () => {
  const duties = [
    // 第八条（二）: the secretary owes the vice-president two talks a year, one held.
    quota({ owner: { type: 'person', personId: 1 }, subjectPersonId: 20, relation: 'principal_leadership', required: 2, held: 1 }),
    // 第八条（三）: a leader owes a middle cadre of the department they oversee.
    quota({ owner: { type: 'person', personId: 2 }, subjectPersonId: 21, relation: 'leader_middle' }),
    // 第八条（四）: a department's staff member is owed by each of its middle cadres.
    quota({ owner: { type: 'persons', personIds: [21, 3] }, subjectPersonId: 22, relation: 'middle_staff' }),
    quota({ owner: { type: 'persons', personIds: [21, 3] }, subjectPersonId: 23, relation: 'middle_staff', status: 'done' }),
    quota({ owner: { type: 'person', personId: 2 }, subjectPersonId: 23, relation: 'leader_middle', status: 'waived' }),
  ];
  const owed = owedByTalker(duties, (id) => names[id]);

  it.each([
    [1, ['张三']],
    [2, ['李四']],
    [21, ['王五']],
    [3, ['王五']],
  ])('talker %i still owes talks with %j (done and waived ones are not listed)', (talker, who) => {
    expect(owed.get(talker)?.map((o) => o.name)).toEqual(who);
  });

  it('names the people by relationship, with the counts where more than one talk is due', () => {
    const r = composeTalkReminder(2026, owed.get(1)!, 'scitc-2025 附件1 第十一条');
    expect(r.title).toBe('谈心谈话提醒：2026 年尚有 1 人未谈');
    expect(r.body).toBe('党委组织部提醒：您 2026 年还未完成与以下人员的谈心谈话，请在年底前完成并做好记录。\n班子成员（1 人）：张三（应谈 2 次，已谈 1 次）\n依据：scitc-2025 附件1 第十一条。');
    expect(composeTalkReminder(2026, owed.get(2)!, null).note).toBe('一键提醒：尚未完成与 1 人的谈心谈话——分管（联系）部门的中层干部（1 人）：李四');
  });
});
