import ExcelJS from 'exceljs';
import { AppError } from '../../../core/shared/errors';
import { openWorkbook } from '../../../core/documents/excel-upload';
import { bareHeader, cellText } from '../../../core/imports/sheet';
import { ROSTER_COLUMNS, type CheckedRow, type RawRow, type RosterKey } from '../rules/roster-import';
import { POLITICAL_WORDS } from '../rules/labels';
import { ledgerWorkbook, titledSheet } from '../../../core/documents/excel';
import type { ErrorCode } from '../../../core/shared/error-codes';

/** Product limits on a roster upload: a province-scale college has a few thousand staff; 20,000 rows is generous. */
export const MAX_ROSTER_BYTES = 20 * 1024 * 1024;
export const MAX_ROSTER_ROWS = 20000;

const fail = (code: ErrorCode, message: string) => new AppError(code, message, 400, { field: 'contentBase64' });

/**
 * Reads the roster from the first sheet: the header row (within the first 10 rows) names the columns, in any order,
 * with or without the template's *; other columns are ignored. An ID number Excel stored as a number has lost its
 * last digits: that row is told so.
 */
export async function readRosterSheet(contentBase64: string, fileName: string): Promise<RawRow[]> {
  const wb = await openWorkbook(contentBase64, fileName, MAX_ROSTER_BYTES);
  const ws = wb.worksheets[0];
  if (!ws) throw fail('IMPORT.NO_SHEET', `文件“${fileName}”中没有工作表`);
  if (ws.rowCount > MAX_ROSTER_ROWS + 10) throw fail('IMPORT.TOO_MANY_ROWS', `文件“${fileName}”有 ${ws.rowCount} 行，超过上限 ${MAX_ROSTER_ROWS} 行；请分批导入`);
  const byHeader = new Map<string, RosterKey>(ROSTER_COLUMNS.map((c) => [c.header.replace('*', ''), c.key]));
  let header = 0;
  let cols = new Map<RosterKey, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !header; r++) {
    const found = new Map<RosterKey, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const key = byHeader.get(bareHeader(cellText(cell.value)));
      if (key) found.set(key, c);
    });
    if (found.has('staffNo') && found.has('name')) {
      header = r;
      cols = found;
    }
  }
  if (!header) throw fail('IMPORT.NO_HEADER', `文件“${fileName}”前 10 行中没有含“工号”“姓名”的表头行；请使用下载的花名册模板`);
  const missing = ROSTER_COLUMNS.filter((c) => c.header.endsWith('*') && !cols.has(c.key)).map((c) => c.header.replace('*', ''));
  if (missing.length) throw fail('IMPORT.MISSING_COLUMNS', `文件“${fileName}”缺少必填列：${missing.join('、')}`);
  const rows: RawRow[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw: RawRow = { row: r };
    let any = false;
    for (const [key, c] of cols) {
      const v = row.getCell(c).value;
      const t = cellText(v).trim();
      if (t) any = true;
      raw[key] = key === 'idNumber' && typeof v === 'number' ? `数字${t}` : t;
    }
    if (any) rows.push(raw);
  }
  return rows;
}

/** The roster template: the columns in order, drop-down lists for the coded ones, and a sheet explaining each column. */
export async function rosterTemplate(college: string, departments: string[], rankLabels: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const ws = titledSheet(wb, '花名册', `${college}干部职工花名册`, '带 * 的列必填；日期写作 2020-09-01；身份证号请以文本格式填写（18 位）；部门、职务、职级、任职时间同时填写才登记任职', ROSTER_COLUMNS.map((c) => c.header), [], ROSTER_COLUMNS.map((c) => c.width));
  const col = (key: RosterKey) => ROSTER_COLUMNS.findIndex((c) => c.key === key) + 1;
  // One validation over the column's range (ExcelJS writes it as one sqref), not one per cell.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const list = (key: RosterKey, values: string[], sheetRange?: string) => {
    const letter = ws.getColumn(col(key)).letter;
    validations.add(`${letter}4:${letter}5003`, { type: 'list', allowBlank: true, formulae: [sheetRange ?? `"${values.join(',')}"`], showErrorMessage: true, errorTitle: '取值不正确', error: '请从下拉列表中选择' });
  };
  list('gender', ['男', '女']);
  list('politicalStatus', Object.keys(POLITICAL_WORDS));
  list('rank', rankLabels);
  const lists = wb.addWorksheet('部门列表');
  departments.forEach((d, i) => (lists.getCell(i + 1, 1).value = d));
  list('department', departments, `部门列表!$A$1:$A$${Math.max(1, departments.length)}`);
  ws.getColumn(col('idNumber')).numFmt = '@';
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 16 }, { width: 8 }, { width: 70 }];
  help.addRow(['列', '必填', '说明']).font = { bold: true };
  const notes: Record<RosterKey, string> = {
    staffNo: '人事工号，2–20 位字母、数字或连字符；再次导入时按工号更新，不会重复新增',
    name: '2–30 个字',
    gender: '男或女，须与身份证号一致',
    idNumber: '18 位公民身份号码，按 GB 11643 校验末位校验码',
    birthDate: '可不填，按身份证号；填写的须与身份证号一致',
    politicalStatus: Object.keys(POLITICAL_WORDS).join('、'),
    hireDate: '参加工作时间，如 2005-07-01；须已年满 16 周岁',
    phone: '11 位手机号',
    department: '须为系统中已有的部门名称（见“部门列表”）',
    postTitle: '职务名称，如“处长”“副院长”“科员”；部门内没有的职务将按所填职级新建',
    rank: rankLabels.join('、'),
    startDate: '任现职时间；导入只新增任职，不免去其他职务（免职请在“人员”菜单中打开该人员办理）',
    appointDocNo: '任职文号，可不填',
  };
  for (const c of ROSTER_COLUMNS) help.addRow([c.header.replace('*', ''), c.header.endsWith('*') ? '是' : '', notes[c.key]]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The roster as it stands, in the template's own columns, so the file can be edited and imported again (by 工号). */
export async function rosterWorkbook(college: string, asOf: string, rows: (string | null)[][]): Promise<Buffer> {
  return ledgerWorkbook([{
    name: '花名册', title: `${college}干部职工花名册`, note: `导出于 ${asOf}　含个人信息，请妥善保管　修改后可按工号重新导入`,
    headers: ROSTER_COLUMNS.map((c) => c.header), rows, widths: ROSTER_COLUMNS.map((c) => c.width),
    textColumns: [ROSTER_COLUMNS.findIndex((c) => c.key === 'idNumber') + 1],
  }]);
}

const RESULT_LABELS: Record<string, string> = { new: '新增', update: '更新', unchanged: '未变化', bad: '有误，未导入', skipped: '有误，已跳过' };
export const resultLabel = (k: string) => RESULT_LABELS[k] ?? k;

/** Each row's outcome as shown in the preview and the report. Pure. */
export function rowResult(r: CheckedRow): { row: number; staffNo: string; name: string; result: string; detail: string } {
  const detail = r.problems.length
    ? r.problems.map((p) => `${p.field}：${p.message}`).join('；')
    : [r.changes?.length ? `变更：${r.changes.join('、')}` : '', r.addsTenure && r.post ? `新增任职：${r.post.title}（${r.post.startDate}）` : ''].filter(Boolean).join('；');
  return { row: r.row, staffNo: r.staffNo, name: r.name, result: r.problems.length ? 'bad' : r.action!, detail };
}

/** How many rows of each result (new, update, unchanged, bad, skipped). */
export const countsOf = (results: { result: string }[]) => {
  const counts: Record<string, number> = { new: 0, update: 0, unchanged: 0, bad: 0 };
  for (const r of results) counts[r.result] = (counts[r.result] ?? 0) + 1;
  return counts;
};

/** 导入结果报告: every row of the file with what became of it. */
export async function importReport(college: string, fileName: string, when: string, results: { row: number; staffNo: string; name: string; result: string; detail: string }[], counts: Record<string, number>): Promise<Buffer> {
  return ledgerWorkbook([{
    name: '导入结果', title: `${college}花名册导入结果`,
    note: `文件：${fileName}　${when}　${Object.entries(counts).filter(([, n]) => n).map(([k, n]) => `${resultLabel(k)} ${n} 行`).join('，')}`,
    headers: ['行号', '工号', '姓名', '结果', '说明'],
    rows: results.map((r) => [r.row, r.staffNo, r.name, resultLabel(r.result), r.detail]),
    widths: [8, 14, 12, 14, 80],
  }]);
}
