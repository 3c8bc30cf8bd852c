import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { appraisalRules, AppraisalRuleError, checkGrade, excellentQuota, type GradeContext, type GradeInput } from './appraisal';

const packs = loadAllPacks();
const policyOf = (id: string) => new EffectivePolicy(id, packs.get(id)!.suggestedAdoptions, packs);
const ahzaxy = appraisalRules(policyOf('ahzaxy-2020'), '2026-12-01');
const scitc = appraisalRules(policyOf('scitc-2025'), '2026-12-01');

describe('appraisal rules per college', () => {
  it('第6条: the scale and each college\'s labels (scitc calls them 合格/基本合格)', () => {
    expect(ahzaxy.grades).toEqual(['excellent', 'competent', 'basic', 'incompetent']);
    expect(Object.values(ahzaxy.labels)).toEqual(['优秀', '称职', '基本称职', '不称职']);
    expect(scitc.labels).toMatchObject({ competent: '合格', basic: '基本合格', incompetent: '不合格' });
    expect(ahzaxy.dutyReportRanks).toEqual(['middle_chief', 'middle_deputy']);
    expect(ahzaxy.dutyReportCitation).toBe('ahzaxy-2020 第6条');
  });
  it.each([
    [0, 0], [1, 1], [4, 1], [5, 1], [10, 2], [14, 2], [15, 3], [52, 10],
  ])('第6条 (quota 20%, system default, at least 1): %i appraised → %i excellent', (n, q) => {
    expect(excellentQuota(n, ahzaxy)).toBe(q);
  });
});

describe('checking a grade before it is saved', () => {
  const ctx = (over: Partial<GradeContext> = {}): GradeContext => ({ name: '张三', year: 2026, existing: null, population: 10, excellentSoFar: 0, exempted: [], ...over });
  const input = (over: Partial<GradeInput> = {}): GradeInput => ({ grade: 'competent', reason: null, caseIds: [], quotaReason: null, ...over });
  const outcome = (i: GradeInput, c: GradeContext) => {
    try {
      return checkGrade(i, c, ahzaxy);
    } catch (e) {
      return e instanceof AppraisalRuleError ? [e.code, e.article] : e;
    }
  };
  it.each<[string, GradeInput, GradeContext, unknown]>([
    ['第6条: a grade on the scale', input(), ctx(), { overQuota: false, owesTalk: false, quota: 2 }],
    ['a grade outside the scale', input({ grade: 'outstanding' }), ctx(), ['APPRAISAL.GRADE', null]],
    ['one appraisal per person and year', input(), ctx({ existing: 'competent' }), ['APPRAISAL.DUPLICATE', null]],
    ['第6条: the second excellent of ten is within the quota', input({ grade: 'excellent' }), ctx({ excellentSoFar: 1 }), { overQuota: false, owesTalk: false, quota: 2 }],
    ['第6条: the third excellent of ten exceeds the quota — refused without a reason', input({ grade: 'excellent' }), ctx({ excellentSoFar: 2 }), ['APPRAISAL.QUOTA_EXCEEDED', 'ahzaxy-2020 第6条']],
    ['第6条: beyond the quota with a stated reason — allowed, marked', input({ grade: 'excellent', quotaReason: '牵头完成国家级“双高”建设任务，经党委研究增加名额' }), ctx({ excellentSoFar: 2 }), { overQuota: true, owesTalk: false, quota: 2 }],
    ['第12条: an adverse grade needs its facts', input({ grade: 'basic' }), ctx(), ['APPRAISAL.REASON_REQUIRED', 'ahzaxy-2020 第12条']],
    ['scitc 附件1 第五条（四）: 基本称职 owes a talk', input({ grade: 'basic', reason: '全年两项重点任务未按期完成' }), ctx(), { overQuota: false, owesTalk: true, quota: 2 }],
    ['scitc 附件1 第五条（四）: 不称职 owes a talk', input({ grade: 'incompetent', reason: '长期不在岗，工作无法正常开展' }), ctx(), { overQuota: false, owesTalk: true, quota: 2 }],
    ['第12条: an exempted matter cannot be the reason for an adverse grade', input({ grade: 'basic', reason: '设备采购项目验收延期', caseIds: [7] }), ctx({ exempted: [{ caseId: 7, matter: '设备采购项目验收延期', citation: 'ahzaxy-2020 第12条' }] }), ['APPRAISAL.EXEMPT_MATTER', 'ahzaxy-2020 第12条']],
    ['第12条: another matter may be, even with an exemption on record', input({ grade: 'basic', reason: '值班脱岗造成安全事故', caseIds: [8] }), ctx({ exempted: [{ caseId: 7, matter: '设备采购项目验收延期', citation: 'ahzaxy-2020 第12条' }] }), { overQuota: false, owesTalk: true, quota: 2 }],
  ])('%s', (_a, i, c, expected) => {
    expect(outcome(i, c)).toEqual(expected);
  });
});
