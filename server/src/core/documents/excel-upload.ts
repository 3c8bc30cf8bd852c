import ExcelJS from 'exceljs';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from '../shared/errors';
import { decodeBase64 } from '../files/files';
import { readZip, XLSX_LIMITS } from './zip-guard';
import type { ErrorCode } from '../shared/error-codes';

const fail = (code: ErrorCode, message: string) => new AppError(code, message, 400, { field: 'contentBase64' });

/**
 * An xlsx upload, checked before it is opened: size, type from the bytes (not the name), and the zip inside it within
 * limits (an .xlsx is a zip; a crafted one is a zip bomb). Shared by every Excel import.
 */
export async function openWorkbook(contentBase64: string, fileName: string, maxBytes: number): Promise<ExcelJS.Workbook> {
  const bytes = decodeBase64(contentBase64, maxBytes, fileName);
  const type = await fileTypeFromBuffer(bytes);
  if (type?.ext !== 'xlsx') throw fail('IMPORT.TYPE', `文件“${fileName}”不是 Excel（.xlsx）文件（按文件内容识别${type ? `，实为 ${type.ext}` : ''}）；旧版 .xls 请在 Excel 中另存为 .xlsx`);
  await readZip(bytes, fileName, XLSX_LIMITS, () => false);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw fail('IMPORT.CORRUPT', `文件“${fileName}”已损坏，无法读取`);
  }
  return wb;
}

