import ExcelJS from 'exceljs';
import { MAX_IMPORT_BYTES, readImportSheet } from '../../../core/imports/sheet';
import { titledSheet } from '../../../core/documents/excel';

/** An appraisal upload has the go-live imports' limits (a college appraises a few thousand people). */
export const MAX_APPRAISAL_BYTES = MAX_IMPORT_BYTES;

export const APPRAISAL_COLUMNS = [
  { key: 'staffNo', header: '工号*', width: 14 },
  { key: 'name', header: '姓名*', width: 12 },
  { key: 'department', header: '部门', width: 24 },
  { key: 'title', header: '职务', width: 18 },
  { key: 'grade', header: '考核等次*', width: 12 },
  { key: 'reason', header: '评定依据', width: 40 },
  { key: 'quotaReason', header: '超出优秀名额的理由', width: 30 },
] as const;
export type AppraisalKey = (typeof APPRAISAL_COLUMNS)[number]['key'];
export type RawAppraisalRow = { row: number } & Partial<Record<AppraisalKey, string>>;

/** Reads the results from the first sheet: the header row (within the first 10) names the columns, in any order. */
export async function readAppraisalSheet(contentBase64: string, fileName: string): Promise<RawAppraisalRow[]> {
  return (await readImportSheet(contentBase64, fileName, [...APPRAISAL_COLUMNS], ['staffNo', 'name'], '考核结果导入模板')) as RawAppraisalRow[];
}

/**
 * 考核结果导入模板: everyone appraised in the college with their current grade (filled in where recorded), a drop-down
 * of the college's grades, and a sheet explaining each column and the rules the import checks.
 */
export async function appraisalTemplate(
  college: string,
  year: number,
  gradeLabels: string[],
  rules: { adverse: string; adverseCitation: string; quota: string; defaultGrade: string },
  rows: { staffNo: string; name: string; department: string; title: string; grade: string; reason: string; quotaReason: string }[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const ws = titledSheet(
    wb, '考核结果', `${college}${year}年度考核结果`,
    `带 * 的列必填；按工号登记（工号与姓名须一致），再次导入时更新该人本年度的等次；考核等次留空的行不登记`,
    APPRAISAL_COLUMNS.map((c) => c.header),
    rows.map((r) => APPRAISAL_COLUMNS.map((c) => r[c.key])),
    APPRAISAL_COLUMNS.map((c) => c.width),
  );
  const letter = ws.getColumn(APPRAISAL_COLUMNS.findIndex((c) => c.key === 'grade') + 1).letter;
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  validations.add(`${letter}4:${letter}${Math.max(rows.length, 100) + 3}`, { type: 'list', allowBlank: true, formulae: [`"${gradeLabels.join(',')}"`], showErrorMessage: true, errorTitle: '取值不正确', error: '请从下拉列表中选择' });
  ws.getColumn(1).numFmt = '@';
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 18 }, { width: 8 }, { width: 80 }];
  help.addRow(['列', '必填', '说明']).font = { bold: true };
  const notes: Record<AppraisalKey, string> = {
    staffNo: '人事工号；须为本年度参加考核的人员（模板已列出全部人员）',
    name: '须与工号对应的姓名一致',
    department: '参考用，按人员当前所在部门计算优秀名额，不按此列',
    title: '参考用',
    grade: `${gradeLabels.join('、')}；留空的行不登记。批量登记时“其余人员”默认设为“${rules.defaultGrade}”`,
    reason: `评为${rules.adverse}的须写明依据的事实（不少于 5 个字），经认定免责的事项不得作为理由（${rules.adverseCitation}）`,
    quotaReason: `各部门优秀名额：${rules.quota}；超出名额的须写明理由（不少于 5 个字）`,
  };
  for (const c of APPRAISAL_COLUMNS) help.addRow([c.header.replace('*', ''), c.header.endsWith('*') ? '是' : '', notes[c.key]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
