import { describe, expect, it } from 'vitest';
import type { Duty } from './types';
import { dutyMatches, personsOf } from './search';

const duty = (over: Partial<Duty>): Duty => ({
  key: 'k', kind: 'talk_quota', title: '与王伟磊（测试系专任教师）2026 年度谈心谈话', owner: { type: 'persons', personIds: [3, 9] }, ownerLabel: '测试系中层干部',
  subjectPersonId: 4, subjectDepartmentId: 2, dueDate: '2026-12-31', dueSoonDays: 30, citation: 'scitc-2025 附件1 第八条（四）', isDefaultRule: false, dueIsDefault: false,
  link: '/talks', detail: { reasons: [] }, institutionId: 1, status: 'open', ...over,
});
const words = { owner: (d: Duty) => d.ownerLabel ?? '', kindLabel: () => '年度谈心谈话', citation: () => '《谈心谈话规定》第八条（四）' };

describe('应办事项 search (filters and a name or keyword)', () => {
  it.each([
    ['no filter', {}, new Set<number>(), true],
    ['the subject by id', { personId: 4 }, new Set<number>(), true],
    ['one of the owing group by id', { personId: 9 }, new Set<number>(), true],
    ['someone else by id', { personId: 5 }, new Set<number>(), false],
    ['a name the roster gives the subject', { q: '王伟' }, new Set([4]), true],
    ['a name the roster gives an owner', { q: '郑伟强' }, new Set([3]), true],
    ['a name of nobody in it', { q: '蒋伟杰' }, new Set([8]), false],
    ['a word of the title', { q: '年度谈心' }, new Set<number>(), true],
    ['the owner as shown', { q: '中层干部' }, new Set<number>(), true],
    ['the article as users read it', { q: '第八条' }, new Set<number>(), true],
    ['a pack id is not what users search', { q: 'scitc' }, new Set<number>(), false],
    ['blank is no search', { q: '  ' }, new Set<number>(), true],
    ['kind and status narrow too', { kind: 'talk_quota', status: 'overdue' }, new Set<number>(), false],
    ['the department', { departmentId: 3 }, new Set<number>(), false],
  ] as const)('%s', (_, f, named, expected) => {
    expect(dutyMatches(f, words, named)(duty({}))).toBe(expected);
  });

  it('names the subject and every owner by person, none for a role', () => {
    expect(personsOf(duty({}))).toEqual([4, 3, 9]);
    expect(personsOf(duty({ owner: { type: 'role', role: 'org' }, subjectPersonId: undefined }))).toEqual([]);
  });
});
