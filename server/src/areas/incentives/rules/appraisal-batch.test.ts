import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { appraisalRules } from './appraisal';
import { checkGrades, restOf, type BatchGrade, type BatchMember } from './appraisal-batch';

const packs = loadAllPacks();
const rules = appraisalRules(new EffectivePolicy('ahzaxy-2020', packs.get('ahzaxy-2020')!.suggestedAdoptions, packs), '2026-12-01');

/** A department of ten (two excellent places, 第6条 系统默认 20%), in the sheet's order; `grades` recorded so far. */
const dept = (grades: Record<number, string> = {}): BatchMember[] =>
  Array.from({ length: 10 }, (_, i) => ({ personId: i + 1, name: `人员${i + 1}`, departmentId: 1, departmentName: '测试系', grade: grades[i + 1] ?? null, reason: null, overQuota: false, quotaReason: null }));
const g = (personId: number, grade: string, extra: Partial<BatchGrade> = {}): BatchGrade => ({ personId, grade, reason: null, caseIds: [], quotaReason: null, ...extra });
const outcome = (rows: BatchGrade[], members: BatchMember[]) =>
  checkGrades(rows, members, { year: 2026, exempted: new Map([[9, [{ caseId: 7, matter: '设备采购项目验收延期', citation: 'ahzaxy-2020 第12条' }]]]), notAppraised: '不在本部门' }, rules).map((c) =>
    c.problems.length ? `${c.personId}:${c.problems.map((p) => `${p.code}@${p.article ?? '-'}`).join('+')}` : `${c.personId}:${c.action}${c.overQuota ? '*' : ''}${c.newTalk ? '+talk' : ''}`,
  );

describe('checking a batch of grades (the department grid, an import)', () => {
  it.each<[string, BatchGrade[], BatchMember[], string[]]>([
    ['第6条: two excellent of ten are within the quota', [g(1, 'excellent'), g(2, 'excellent')], dept(), ['1:new', '2:new']],
    ['第6条: the third excellent (in the sheet\'s order) exceeds the quota — refused without a reason', [g(3, 'excellent'), g(1, 'excellent'), g(2, 'excellent')], dept(), ['3:APPRAISAL.QUOTA_EXCEEDED@ahzaxy-2020 第6条', '1:new', '2:new']],
    ['第6条: recorded excellent grades kept fill the quota first', [g(3, 'excellent')], dept({ 1: 'excellent', 2: 'excellent' }), ['3:APPRAISAL.QUOTA_EXCEEDED@ahzaxy-2020 第6条']],
    ['第6条: a recorded excellent changed in the batch frees its place', [g(1, 'competent'), g(3, 'excellent')], dept({ 1: 'excellent', 2: 'excellent' }), ['1:update', '3:new']],
    ['第6条: beyond the quota with a stated reason — saved, marked', [g(3, 'excellent', { quotaReason: '牵头完成国家级建设任务，经党委研究' })], dept({ 1: 'excellent', 2: 'excellent' }), ['3:new*']],
    ['第12条: an adverse grade needs its facts', [g(4, 'basic')], dept(), ['4:APPRAISAL.REASON_REQUIRED@ahzaxy-2020 第12条']],
    ['第12条: an exempted matter is no reason for an adverse grade', [g(9, 'basic', { reason: '设备采购项目验收延期', caseIds: [7] })], dept(), ['9:APPRAISAL.EXEMPT_MATTER@ahzaxy-2020 第12条']],
    ['scitc 附件1 第五条（四）: a weak grade is a talk occasion, once', [g(4, 'basic', { reason: '全年两项重点任务未完成' }), g(5, 'incompetent', { reason: '长期不在岗，工作无法开展' })], dept({ 5: 'basic' }), ['4:new+talk', '5:update']],
    ['a grade as recorded is unchanged', [g(6, 'competent')], dept({ 6: 'competent' }), ['6:unchanged']],
    ['a grade outside the scale', [g(6, 'outstanding')], dept(), ['6:APPRAISAL.GRADE@-']],
    ['a person twice', [g(6, 'competent'), g(6, 'excellent')], dept(), ['6:APPRAISAL.BATCH_TWICE@-', '6:APPRAISAL.BATCH_TWICE@-']],
    ['a person not appraised in the scope', [g(99, 'competent')], dept(), ['99:APPRAISAL.NOT_IN_DEPARTMENT@-']],
  ])('%s', (_name, rows, members, expected) => {
    expect(outcome(rows, members)).toEqual(expected);
  });

  it('“其余人员设为 合格”: the ungraded without a row of their own, the caller left out (回避)', () => {
    const rest = restOf(dept({ 1: 'excellent', 2: 'competent' }), [g(3, 'basic', { reason: '全年两项重点任务未完成' })], 'competent', 10);
    expect(rest.map((r) => [r.personId, r.grade])).toEqual([4, 5, 6, 7, 8, 9].map((id) => [id, 'competent']));
  });
});
