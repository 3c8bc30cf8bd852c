import { describe, expect, it } from 'vitest';
import { activeImpactPeriods, exemptionCovering, exemptionsOf, type Determination } from './effects';

const scitcProtections = ['annual_appraisal', 'promotion', 'representative_status', 'awards'];
const ahzaxyProtections = ['promotion', 'rank_promotion', 'title_appointment', 'annual_appraisal', 'term_appraisal', 'awards', 'reserve_status'];
const d = (x: Partial<Determination>): Determination => ({
  reviewId: 1, caseId: 10, matter: '实训设备采购验收延误', subjectPersonId: 5, subjectDepartmentId: 2, outcome: 'exempt', decidedOn: '2026-06-01',
  protections: scitcProtections, protectionCitation: 'scitc-2025 附件3 第六条（一）', impactUntil: null, ...x,
});

describe('effects of a determination', () => {
  it.each<[string, Determination[], { personId?: number; departmentId?: number }, string, number, boolean]>([
    ['scitc 第六条（一）1: an exempted matter cannot lower the annual appraisal', [d({})], { personId: 5 }, 'annual_appraisal', 10, true],
    ['scitc 第六条（一）2: nor block a promotion', [d({})], { personId: 5 }, 'promotion', 10, true],
    ['scitc 第六条（一）: reserve status is not listed by scitc', [d({})], { personId: 5 }, 'reserve_status', 10, false],
    ['ahzaxy 第12条: reserve status is protected', [d({ protections: ahzaxyProtections })], { personId: 5 }, 'reserve_status', 10, true],
    ['the protection is for that matter only', [d({})], { personId: 5 }, 'annual_appraisal', 11, false],
    ['and for that person only', [d({})], { personId: 6 }, 'annual_appraisal', 10, false],
    ['a mitigation protects nothing', [d({ outcome: 'mitigate' })], { personId: 5 }, 'annual_appraisal', 10, false],
    ['a denial protects nothing', [d({ outcome: 'deny' })], { personId: 5 }, 'promotion', 10, false],
    ['scitc 第六条（一）1: a unit exempted keeps its annual appraisal', [d({ subjectPersonId: null })], { departmentId: 2 }, 'annual_appraisal', 10, true],
    ['a person’s exemption is not the department’s', [d({})], { departmentId: 2 }, 'annual_appraisal', 10, false],
  ])('%s', (_article, ds, subject, protection, caseId, covered) => {
    expect(exemptionCovering(ds, subject, protection, caseId) !== null).toBe(covered);
  });

  it.each<[string, string | null, string, boolean]>([
    ['xzcit 第六条: promotion is affected during the impact period', '2027-06-01', '2026-12-01', true],
    ['xzcit 第六条: after the impact period ends promotion is not affected', '2027-06-01', '2027-06-01', false],
    ['scitc 第六条（二）: a mitigation without an impact period affects nothing', null, '2026-12-01', false],
    ['the impact period starts with the decision', '2027-06-01', '2026-05-31', false],
  ])('%s', (_article, impactUntil, asOf, active) => {
    expect(activeImpactPeriods([d({ outcome: 'mitigate', impactUntil })], { personId: 5 }, asOf).length > 0).toBe(active);
  });

  it('the person page lists exemptions only', () => {
    expect(exemptionsOf([d({}), d({ reviewId: 2, outcome: 'deny' })], { personId: 5 }).map((x) => x.reviewId)).toEqual([1]);
  });
});
