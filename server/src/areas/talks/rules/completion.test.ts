import { describe, expect, it } from 'vitest';
import type { Duty } from '../../../core/duties/types';
import type { TalkQuotaDetail } from '../duties/talk-quota';
import { completion } from './completion';

const duty = (owner: Duty['owner'], dept: number, required: number, held: number, status: Duty['status'], relation = 'middle_staff', ownerLabel = 'X'): Duty<TalkQuotaDetail> => ({
  key: Math.random().toString(), kind: 'talk_quota', title: '', owner, ownerLabel, subjectDepartmentId: dept, dueDate: '2026-12-31', dueSoonDays: 45,
  citation: 'scitc-2025 附件1 第八条（四）', isDefaultRule: false, dueIsDefault: false, link: '', detail: { reasons: [], year: 2026, required, perYear: required, held, relation }, institutionId: 1, status,
});

describe('completion of the year\'s talks (scitc-2025 附件1 第八条, supervised under 第十一条)', () => {
  const duties = [
    duty({ type: 'persons', personIds: [10, 11] }, 5, 1, 1, 'done', 'middle_staff', '部门5中层干部'),
    duty({ type: 'persons', personIds: [10, 11] }, 5, 1, 0, 'due_soon', 'middle_staff', '部门5中层干部'),
    duty({ type: 'person', personId: 1 }, 9, 2, 1, 'due_soon', 'principal_leadership', '书记'),
    duty({ type: 'person', personId: 1 }, 9, 2, 3, 'done', 'principal_leadership', '书记'),
  ];
  const c = completion(duties, (id) => `部门${id}`);

  it('counts talks held against talks required, capping extra talks at the quota', () => {
    expect(c.total).toMatchObject({ required: 6, held: 4, done: 2, total: 4, behind: 2, percent: 66.7 });
  });
  it('groups by department, least complete first', () => {
    expect(c.byDepartment.map((d) => [d.name, d.percent])).toEqual([['部门5', 50], ['部门9', 75]]);
  });
  it('groups by talker: a person, or a department\'s middle cadres together', () => {
    expect(c.byTalker.map((t) => [t.label, t.behind, t.personIds])).toEqual([['部门5中层干部', 1, [10, 11]], ['书记', 1, [1]]]);
  });
  it('groups by 第六条 relationship with its citation', () => {
    expect(c.byRelation.find((r) => r.relation === 'principal_leadership')).toMatchObject({ required: 4, held: 3 });
  });
});
