import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { finalize } from '../../../core/duties/status';
import { rotationDeriver, type RotationTenure } from './rotation';

const policy = new EffectivePolicy('ahzaxy-2020', {}, loadAllPacks());
const AS_OF = '2026-11-22';

let nextPost = 100;
function t(personId: number, rank: string, departmentId: number, startDate: string, endDate: string | null = null, postId = nextPost++): RotationTenure {
  return { personId, personName: `人员${personId}`, postId, postTitle: `职务${postId}`, rank, departmentId, departmentName: `部门${departmentId}`, startDate, endDate };
}

function run(tenures: RotationTenure[], asOf = AS_OF) {
  return finalize(1, rotationDeriver.derive({ tenures }, policy, asOf), [], asOf);
}

describe('轮岗交流 (ahzaxy-2020 第8条)', () => {
  it.each<[string, RotationTenure[], { status: string; due: string } | null]>([
    ['第8条: a middle chief 5 years in the same post is overdue once the anniversary passes', [t(1, 'middle_chief', 1, '2021-06-01')], { status: 'overdue', due: '2026-06-01' }],
    ['第8条: a deputy reaching 5 years within the 6-month warning window is due soon', [t(2, 'middle_deputy', 1, '2022-04-01')], { status: 'due_soon', due: '2027-04-01' }],
    ['第8条: a chief reaching 5 years within the 12-month horizon is open', [t(3, 'middle_chief', 1, '2022-09-01')], { status: 'open', due: '2027-09-01' }],
    ['第8条: 2 years in post creates no duty yet', [t(4, 'middle_chief', 1, '2024-11-01')], null],
    ['第8条: a section cadre 10 years in the department (staff years included) is overdue', [t(5, 'staff', 2, '2015-03-01', '2019-03-01'), t(5, 'section', 2, '2019-03-01')], { status: 'overdue', due: '2025-03-01' }],
    ['第8条 applies to cadres: an ordinary staff member 20 years in a department owes no rotation', [t(6, 'staff', 2, '2006-01-01')], null],
    ['第8条 concerns department heads: a college leader 8 years in post is outside it', [t(7, 'leader', 9, '2018-01-01')], null],
    ['第8条: a reappointment to the same post continues the period', [t(8, 'middle_chief', 3, '2021-01-10', '2024-01-10', 500), t(8, 'middle_chief', 3, '2024-01-20', null, 500)], { status: 'overdue', due: '2026-01-10' }],
    ['第8条: a duty cannot fall due before the rule was in force (2020-11-30)', [t(9, 'middle_chief', 4, '2014-05-01')], { status: 'overdue', due: '2020-11-30' }],
  ])('%s', (_, tenures, expected) => {
    const duties = run(tenures);
    if (!expected) return expect(duties).toEqual([]);
    expect(duties).toHaveLength(1);
    expect(duties[0]).toMatchObject({ kind: 'rotation', status: expected.status, dueDate: expected.due, citation: 'ahzaxy-2020 第8条', owner: { type: 'role', role: 'org' } });
  });

  it('第8条: a cadre who moved 3 months ago after 5.5 years in post has the duty done', () => {
    const duties = run([t(10, 'middle_chief', 5, '2021-02-01', '2026-08-20'), t(10, 'middle_chief', 6, '2026-08-20')]);
    const done = duties.find((d) => d.subjectDepartmentId === 5)!;
    expect(done).toMatchObject({ status: 'done', doneDate: '2026-08-20' });
    expect(duties.filter((d) => d.subjectDepartmentId === 6)).toEqual([]);
  });

  it('第8条: a rotation made 3 years ago no longer shows', () => {
    expect(run([t(11, 'middle_chief', 5, '2017-02-01', '2023-08-20'), t(11, 'middle_chief', 6, '2023-08-20')])).toEqual([]);
  });

  it('第8条: where both the post rule and the department rule apply, one duty names both reasons', () => {
    const duties = run([t(12, 'staff', 7, '2012-01-01', '2017-01-01'), t(12, 'middle_chief', 7, '2017-01-01')]);
    expect(duties).toHaveLength(1);
    expect(duties[0].detail.reasons).toHaveLength(2);
    expect(duties[0].dueDate).toBe('2022-01-01');
  });

  it('第8条 says 原则上: a waived duty stays visible with its reason', () => {
    const derived = rotationDeriver.derive({ tenures: [t(13, 'middle_chief', 1, '2021-06-01')] }, policy, AS_OF);
    const [d] = finalize(1, derived, [{ dutyKey: derived[0].key, reason: '班子换届在即，保持稳定', waivedBy: 1, waivedAt: '2026-11-01T00:00:00Z' }], AS_OF);
    expect(d.status).toBe('waived');
    expect(d.waiver?.reason).toBe('班子换届在即，保持稳定');
  });

  it('keeps the same key on recomputation, so a waiver keeps applying', () => {
    const ts = [t(14, 'middle_chief', 1, '2021-06-01', null, 900)];
    expect(run(ts)[0].key).toBe(run(ts, '2026-12-01')[0].key);
  });
});
