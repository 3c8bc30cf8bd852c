import { desc, eq } from 'drizzle-orm';
import type { ImportColumn, ImportTemplate } from '../../core/imports/template';
import { appraisalCycle } from '../../core/db/schema';
import { citationName } from '../../core/policy/citation-names';
import { appraisalContext } from './queries/appraisal';
import { checkAppraisalRows, type AppraisalImportWrite } from './queries/appraisal-import-check';
import { undoAppraisalRows, writeAppraisalRows, type AppraisalImportUndo } from './commands/import-appraisals';

/**
 * 年度考核结果 (issue 26): each cadre's grade of a year, checked with the appraisal grid's own checks (第6条 the
 * excellent quota, 第12条 the basis of an adverse grade, 回避) and written as the grid writes it; re-import updates by
 * 工号 + 年度. The appraisal page's upload of one year is a batch of this template too.
 */
export const appraisalResultsImport: ImportTemplate<AppraisalImportWrite, AppraisalImportUndo> = {
  key: 'appraisal_results',
  title: '年度考核结果',
  area: '激励担当作为',
  description: '各年度考核结果：年度、人员、考核等次、评定依据，每人每年一行。按年度考核的规则逐行检查（优秀名额第6条、评为不称职等须写明依据第12条），导入后即为该年度的考核等次。',
  async columns(ctx) {
    const { rules } = await appraisalContext(ctx.deps.db, ctx.deps, ctx.institutionId, ctx.today);
    const years = (await ctx.deps.db.select({ year: appraisalCycle.year }).from(appraisalCycle).where(eq(appraisalCycle.institutionId, ctx.institutionId)).orderBy(desc(appraisalCycle.year))).map((c) => String(c.year));
    const labels = rules.grades.map((g) => rules.labels[g] ?? g);
    const adverse = rules.adverse.map((g) => rules.labels[g] ?? g).join('、');
    const columns: ImportColumn[] = [
      { key: 'year', header: '年度*', width: 8, note: `考核年度，四位数字；须是已开启年度考核的年度${years.length ? `（${years.join('、')}）` : ''}；再次导入时按“工号 + 年度”更新` },
      { key: 'staffNo', header: '工号*', width: 12, text: true, note: '人事工号；须为该年度参加考核的人员（院级领导由上级党委考核）' },
      { key: 'name', header: '姓名', width: 10, note: '核对用：填写时须与工号对应的姓名一致' },
      { key: 'department', header: '部门', width: 20, note: '参考用，按人员当前所在部门计算优秀名额，不按此列' },
      { key: 'grade', header: '考核等次*', width: 12, list: labels, note: `见下拉列表：${labels.join('、')}；留空的行不登记` },
      { key: 'reason', header: '评定依据', width: 40, note: `评为${adverse}的须写明依据的事实（不少于 5 个字），经认定免责的事项不得作为理由（${citationName(ctx.deps.packs, rules.adverseCitation) ?? ''}）` },
      { key: 'quotaReason', header: '超出优秀名额的理由', width: 30, note: `各部门优秀名额不超过参加考核人数的 ${Math.round(rules.quotaRatio * 100)}%${rules.quotaIsDefault ? '（系统默认）' : ''}，至少 ${rules.quotaMinimum} 个（${citationName(ctx.deps.packs, rules.quotaCitation) ?? ''}）；超出名额的须写明理由（不少于 5 个字）` },
    ];
    return columns;
  },
  headerKeys: ['year', 'staffNo'],
  async check(ctx, rows) {
    return (await checkAppraisalRows(ctx, rows)).rows;
  },
  write: writeAppraisalRows,
  undo: undoAppraisalRows,
};
