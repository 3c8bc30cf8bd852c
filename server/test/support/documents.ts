import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { extractText, getDocumentProxy } from 'unpdf';

/** What a user reads in a generated document: the text of a Word file, of each PDF page, the cells of a workbook. */
export async function docxText(body: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(body);
  const parts = Object.keys(zip.files).filter((n) => /^word\/(document|footer\d*)\.xml$/.test(n));
  const xml = await Promise.all(parts.map((n) => zip.file(n)!.async('string')));
  return xml.map((x) => x.replace(/<\/w:p>/g, '\n').replace(/<w:fldSimple[^>]*w:instr="\s*(\w+)[^"]*"[^>]*\/?>/g, '[$1]').replace(/<w:instrText[^>]*>\s*(\w+)[^<]*<\/w:instrText>/g, '[$1]').replace(/<[^>]+>/g, '')).join('\n');
}

export async function pdfPages(body: Buffer): Promise<string[]> {
  const pdf = await getDocumentProxy(new Uint8Array(body));
  const { text } = await extractText(pdf, { mergePages: false });
  return text as string[];
}

export async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's rows as arrays of cell texts (1-based columns flattened to 0-based). */
export function sheetRows(ws: ExcelJS.Worksheet): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: (string | number | null)[] = [];
    for (let c = 1; c <= ws.columnCount; c++) {
      const v = row.getCell(c).value;
      cells.push(v === null || v === undefined ? null : typeof v === 'number' ? v : typeof v === 'object' && 'richText' in v ? v.richText.map((t) => t.text).join('') : String(v));
    }
    rows.push(cells);
  });
  return rows;
}

/**
 * A go-live ledger as an office fills in its template: a title, the note on required columns, the header row, then
 * the rows (each a partial record of the header keys; a missing cell left empty). Base64, as the import routes take it.
 */
export async function importLedgerFile<K extends string>(sheet: string, title: string, headers: Record<K, string>, rows: Partial<Record<K, string>>[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheet);
  ws.addRow([title]);
  ws.addRow(['带 * 的列必填']);
  const keys = Object.keys(headers) as K[];
  ws.addRow(keys.map((k) => headers[k]));
  for (const r of rows) ws.addRow(keys.map((k) => r[k] ?? ''));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
