import ExcelJS from 'exceljs';
import { AppError } from '../../../core/shared/errors';
import type { SignInRow } from '../rules/training';
import { titledSheet } from '../../../core/documents/excel';
import { openWorkbook } from '../../../core/documents/excel-upload';

/** Product limits on a sign-in sheet: size and rows (a sheet is a few hundred people). */
export const MAX_SHEET_BYTES = 5 * 1024 * 1024;
export const MAX_SHEET_ROWS = 5000;

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
};

/**
 * Reads a training sign-in sheet (签到表) from Excel: the first sheet, a header row naming 工号 and 姓名 (and 学时 if
 * hours differ), then one row per person. Opened through openWorkbook (type from the bytes, size, zip limits).
 */
export async function readSignInSheet(contentBase64: string, fileName: string): Promise<SignInRow[]> {
  const wb = await openWorkbook(contentBase64, fileName, MAX_SHEET_BYTES);
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('SIGNIN.NO_SHEET', `文件“${fileName}”中没有工作表`, 400);
  if (ws.rowCount > MAX_SHEET_ROWS + 10) throw new AppError('SIGNIN.TOO_MANY_ROWS', `文件“${fileName}”行数超过 ${MAX_SHEET_ROWS}`, 400);
  let header = 0;
  const cols = { staffNo: 0, name: 0, hours: 0 };
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !header; r++) {
    ws.getRow(r).eachCell((cell, c) => {
      const t = cellText(cell.value).trim();
      if (t === '工号') cols.staffNo = c;
      if (t === '姓名') cols.name = c;
      if (t.startsWith('学时')) cols.hours = c;
    });
    if (cols.staffNo) header = r;
  }
  if (!header) throw new AppError('SIGNIN.NO_HEADER', `文件“${fileName}”前 10 行中没有“工号”列；请使用下载的签到表模板`, 400);
  const rows: SignInRow[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const staffNo = cellText(row.getCell(cols.staffNo).value).trim();
    const name = cols.name ? cellText(row.getCell(cols.name).value).trim() : '';
    const h = cols.hours ? cellText(row.getCell(cols.hours).value).trim() : '';
    if (!staffNo && !name && !h) continue;
    rows.push({ row: r, staffNo, name, hours: h === '' ? null : Number(h) });
  }
  return rows;
}

/** The sign-in sheet template: title, course, then 序号 / 工号 / 姓名 / 部门 / 学时 / 签名. */
export async function signInTemplate(college: string, course: string | null): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  titledSheet(wb, '签到表', `${college}干部培训签到表`, course ?? '培训名称：　　　　　　　培训日期：　　　　（“学时”留空按本次培训学时计）', ['序号', '工号', '姓名', '部门', '学时', '签名'], [[1, null, null, null, null, null]], [8, 14, 12, 28, 10, 16]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
