import { AlignmentType, Document, Footer, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { zhDate } from './format';
import { cellWidths, signatureLine, type DocSpec, type GridRow } from './spec';

/** 宋体 小四 for text, 黑体 for titles, as offices set their forms. Sizes are in half-points. */
const BODY = { font: 'SimSun', size: 24 } as const;

const cell = (text: string, width: number, span: number, bold: boolean) =>
  new TableCell({
    columnSpan: span > 1 ? span : undefined,
    width: { size: Math.round(width * 100), type: WidthType.PERCENTAGE },
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ ...BODY, text: line, bold })] })),
  });

const table = (widths: number[], rows: GridRow[], bold: (row: number, cell: number) => boolean) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((r, ri) => {
      const ws = cellWidths(widths, r);
      return new TableRow({ children: r.cells.map((text, i) => cell(text, ws[i], r.spans?.[i] ?? 1, bold(ri, i))) });
    }),
  });

const para = (text: string, opts: { align?: 'left' | 'center' | 'right'; indent?: boolean; before?: number; bold?: boolean; font?: string; size?: number } = {}) =>
  new Paragraph({
    alignment: opts.align === 'center' ? AlignmentType.CENTER : opts.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: opts.indent ? { firstLine: 480 } : undefined,
    spacing: { before: opts.before ?? 0, after: 120, line: 360 },
    children: [new TextRun({ ...BODY, text, bold: opts.bold, font: opts.font ?? BODY.font, size: opts.size ?? BODY.size })],
  });

/** Renders a document declaration to Word (.docx): A4, 页码 "第 n 页 共 m 页" in the footer. */
export async function renderDocx(spec: DocSpec): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  if (spec.college) children.push(para(spec.college, { align: 'center', font: 'SimHei', size: 28 }));
  children.push(para(spec.title, { align: 'center', bold: true, font: 'SimHei', size: 36 }));
  if (spec.subtitle) children.push(para(spec.subtitle, { align: 'center', size: 21 }));
  if (spec.number) children.push(para(spec.number, { align: 'right', size: 21 }));
  for (const b of spec.blocks) {
    if ('form' in b) children.push(table(b.form.widths, b.form.rows, (_r, c) => c % 2 === 0), para(''));
    else if ('list' in b) children.push(table(b.list.widths, b.list.rows.map((cells) => ({ cells })), (r) => r === 0), para(''));
    else if ('heading' in b) children.push(para(b.heading, { bold: true, font: 'SimHei', before: 120 }));
    else children.push(para(b.text, { align: b.align, indent: b.indent }));
  }
  if (spec.signatures?.length) children.push(para(signatureLine(spec.signatures), { before: 480 }));
  if (spec.seal) {
    if (spec.seal.issuer) children.push(para(`${spec.seal.issuer}（盖章）`, { align: 'right', before: 600 }));
    children.push(para(spec.seal.date ? zhDate(spec.seal.date) : '年　　月　　日', { align: 'right', before: spec.seal.issuer ? 0 : 360 }));
  }

  const footer = new Footer({
    children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...BODY, size: 18, children: ['第 ', PageNumber.CURRENT, ' 页　共 ', PageNumber.TOTAL_PAGES, ' 页'] })] })],
  });
  const doc = new Document({
    creator: '干部管理监督平台',
    title: spec.title,
    sections: [{ properties: { page: { size: { orientation: spec.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT } } }, footers: { default: footer }, children }],
  });
  return Buffer.from(await Packer.toBuffer(doc));
}
