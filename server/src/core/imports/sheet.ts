import ExcelJS from 'exceljs';
import { AppError } from '../shared/errors';
import type { ErrorCode } from '../shared/error-codes';
import { openWorkbook } from '../documents/excel-upload';
import { titledSheet } from '../documents/excel';
import type { ImportColumn, ImportRawRow } from './template';

/** Product limits on a go-live upload: a ledger of a college is a few thousand rows at most. */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 10000;

const fail = (code: ErrorCode, message: string) => new AppError(code, message, 400, { field: 'contentBase64' });

/** A header as matched: without the template's * and spaces. */
export const bareHeader = (h: string) => h.replace(/[*＊\s]/g, '');

/** A cell as the user typed it: dates as YYYY-MM-DD, numbers as written, formulas by their result. */
export function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'result' in v) return cellText(v.result as ExcelJS.CellValue);
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  return String(v);
}

/**
 * Reads the first sheet of a template-shaped upload (checked before it is opened: core/documents/excel-upload): the
 * header row (within the first 10 rows) names the columns in any order, other columns are ignored; blank rows skipped.
 * `templateName` is how the refusal of a file without a header names the template to use (导入模板 by default).
 */
export async function readImportSheet(contentBase64: string, fileName: string, columns: Pick<ImportColumn, 'key' | 'header'>[], headerKeys: string[], templateName = '导入模板'): Promise<ImportRawRow[]> {
  const wb = await openWorkbook(contentBase64, fileName, MAX_IMPORT_BYTES);
  const ws = wb.worksheets[0];
  if (!ws) throw fail('IMPORT.NO_SHEET', `文件“${fileName}”中没有工作表`);
  if (ws.rowCount > MAX_IMPORT_ROWS + 10) throw fail('IMPORT.TOO_MANY_ROWS', `文件“${fileName}”有 ${ws.rowCount} 行，超过上限 ${MAX_IMPORT_ROWS} 行；请分批导入`);
  const byHeader = new Map(columns.map((c) => [bareHeader(c.header), c.key]));
  let header = 0;
  let cols = new Map<string, number>();
  for (let r = 1; r <= Math.min(ws.rowCount, 10) && !header; r++) {
    const found = new Map<string, number>();
    ws.getRow(r).eachCell((cell, c) => {
      const key = byHeader.get(bareHeader(cellText(cell.value)));
      if (key) found.set(key, c);
    });
    if (headerKeys.every((k) => found.has(k))) {
      header = r;
      cols = found;
    }
  }
  const headerNames = columns.filter((c) => headerKeys.includes(c.key)).map((c) => `“${bareHeader(c.header)}”`).join('');
  if (!header) throw fail('IMPORT.NO_HEADER', `文件“${fileName}”前 10 行中没有含${headerNames}的表头行；请使用下载的${templateName}`);
  const missing = columns.filter((c) => c.header.endsWith('*') && !cols.has(c.key)).map((c) => bareHeader(c.header));
  if (missing.length) throw fail('IMPORT.MISSING_COLUMNS', `文件“${fileName}”缺少必填列：${missing.join('、')}`);
  const rows: ImportRawRow[] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const raw: ImportRawRow = { row: r };
    let any = false;
    for (const [key, c] of cols) {
      const t = cellText(row.getCell(c).value).trim();
      if (t) any = true;
      raw[key] = t;
    }
    if (any) rows.push(raw);
  }
  return rows;
}

/** A template: the columns in order, a drop-down list on each coded column, and a sheet explaining every column. */
export async function importTemplateWorkbook(title: string, note: string, sheetName: string, columns: ImportColumn[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '干部管理监督平台';
  const ws = titledSheet(wb, sheetName, title, note, columns.map((c) => c.header), [], columns.map((c) => c.width));
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  const lists = wb.addWorksheet('下拉列表');
  let listCol = 0;
  columns.forEach((c, i) => {
    const letter = ws.getColumn(i + 1).letter;
    if (c.text) ws.getColumn(i + 1).numFmt = '@';
    if (!c.list?.length) return;
    // Long lists go to a sheet of their own (an inline list is limited to 255 characters).
    listCol++;
    const l = lists.getColumn(listCol);
    c.list.forEach((v, j) => (lists.getCell(j + 1, listCol).value = v));
    const formula = `下拉列表!$${l.letter}$1:$${l.letter}$${c.list.length}`;
    validations.add(`${letter}4:${letter}5003`, { type: 'list', allowBlank: true, formulae: [formula], showErrorMessage: true, errorTitle: '取值不正确', error: '请从下拉列表中选择' });
  });
  const help = wb.addWorksheet('填写说明');
  help.columns = [{ width: 18 }, { width: 8 }, { width: 80 }];
  help.addRow(['列', '必填', '说明']).font = { bold: true };
  for (const c of columns) help.addRow([bareHeader(c.header), c.header.endsWith('*') ? '是' : '', c.note]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
