import type { Executor } from '../../../core/db/client';
import type { appraisalCycle } from '../../../core/db/schema';
import { excellentQuota, type AppraisalRules } from '../rules/appraisal';
import { appraisalSheet } from './appraisal';

/**
 * 考核进度: per department, how many are appraised, graded, excellent against the quota (第6条); departments in the
 * roster's order, with the college's totals. One sheet of the whole college, grouped.
 */
export async function appraisalProgress(ex: Executor, institutionId: number, cycle: typeof appraisalCycle.$inferSelect, asOf: string, gapDays: number, rules: AppraisalRules) {
  const rows = await appraisalSheet(ex, institutionId, cycle, null, asOf, gapDays, rules);
  const byDept = new Map<number, { departmentId: number; name: string; population: number; graded: number; excellent: number; adverse: number }>();
  for (const r of rows) {
    const d = byDept.get(r.departmentId) ?? { departmentId: r.departmentId, name: r.departmentName, population: 0, graded: 0, excellent: 0, adverse: 0 };
    d.population++;
    if (r.grade) d.graded++;
    if (r.grade === 'excellent') d.excellent++;
    if (r.grade && rules.adverse.includes(r.grade)) d.adverse++;
    byDept.set(r.departmentId, d);
  }
  const departments = [...byDept.values()].map((d) => ({ ...d, quota: excellentQuota(d.population, rules) })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
  return {
    year: cycle.year, status: cycle.status, population: rows.length, graded: rows.filter((r) => r.grade).length, excellent: rows.filter((r) => r.grade === 'excellent').length,
    defaultGrade: rules.defaultGrade, defaultGradeIsDefault: rules.defaultGradeIsDefault, departments,
  };
}
