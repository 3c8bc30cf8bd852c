import type ExcelJS from 'exceljs';
import { safeCell } from './safe-cell';

const thin = { style: 'thin' } as const;

/**
 * A ledger sheet as offices file it: a centred title, a note line (date, basis), a bold header row and bordered,
 * wrapped cells; landscape A4 fitted to the width, the header frozen and repeated on each printed page, numbered pages. Every cell goes through safeCell (formula
 * injection).
 */
export function titledSheet(wb: ExcelJS.Workbook, name: string, title: string, note: string, headers: string[], rows: (string | number | null)[][], widths: number[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, headers.length);
  ws.getCell(2, 1).value = note;
  ws.addRow(headers).font = { bold: true };
  for (const r of rows) ws.addRow(r.map(safeCell));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  // One style object shared by every body cell: ExcelJS then writes one style, not one per cell.
  const border = { top: thin, left: thin, bottom: thin, right: thin };
  const alignment = { wrapText: true, vertical: 'middle' } as const;
  ws.eachRow((row, n) => {
    if (n >= 3) row.eachCell((c) => ((c.border = border), (c.alignment = alignment)));
  });
  ws.views = [{ state: 'frozen', ySplit: 3 }];
  ws.headerFooter.oddFooter = '&C第 &P 页　共 &N 页';
  ws.pageSetup.printTitlesRow = '3:3';
  return ws;
}
