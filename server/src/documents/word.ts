import { Paragraph, TableCell, TextRun, WidthType } from 'docx';

/** A form's table cell in 宋体 小四, one paragraph a line; bold for labels; width in percent; columns spanned. */
export const formCell = (text: string, opts: { bold?: boolean; width?: number; span?: number } = {}) =>
  new TableCell({
    columnSpan: opts.span,
    width: opts.width ? { size: opts.width, type: WidthType.PERCENTAGE } : undefined,
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: opts.bold, font: 'SimSun', size: 24 })] })),
  });
