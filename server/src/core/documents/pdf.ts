import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import { zhDate } from './format';
import { cellWidths, signatureLine, type DocSpec } from './spec';

/**
 * PDF with Chinese text. The CJK font (Noto Serif SC, OFL) arrives with `npm install` in the package
 * @expo-google-fonts/noto-serif-sc, so a machine without Chinese fonts still produces readable PDFs; CADRE_CJK_FONT
 * may name another TTF/OTF. pdfkit embeds only the glyphs used.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: process.env.CADRE_CJK_FONT ?? require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf'),
  bold: process.env.CADRE_CJK_FONT ?? require.resolve('@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf'),
};
let fonts: { regular: Buffer; bold: Buffer } | undefined;
const loadFonts = () => (fonts ??= { regular: readFileSync(FONT_FILES.regular), bold: readFileSync(FONT_FILES.bold) });

/** Renders a document declaration to PDF: A4, 页码 "第 n 页 共 m 页" at the foot of each page. */
export function renderPdf(spec: DocSpec): Promise<Buffer> {
  const f = loadFonts();
  const doc = new PDFDocument({ size: 'A4', layout: spec.landscape ? 'landscape' : 'portrait', margin: 48, bufferPages: true, info: { Title: spec.title, Creator: '干部管理监督平台' } });
  doc.registerFont('cjk', f.regular);
  doc.registerFont('cjk-bold', f.bold);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const para = (text: string, align: 'left' | 'center' | 'right' = 'left', size = 10.5, indent = false) => {
    doc.font('cjk').fontSize(size).text(text, left, doc.y, { align, width: usable, indent: indent ? size * 2 : 0, lineGap: 2 });
  };

  if (spec.college) doc.font('cjk').fontSize(12).text(spec.college, { align: 'center' }).moveDown(0.2);
  doc.font('cjk-bold').fontSize(17).text(spec.title, { align: 'center' });
  if (spec.subtitle) doc.moveDown(0.3).font('cjk').fontSize(10).text(spec.subtitle, { align: 'center' });
  doc.moveDown(0.6);
  if (spec.number) para(spec.number, 'right', 9.5);

  const grid = (widths: number[], rows: { cells: string[]; spans?: number[] }[], bold: (row: number, cell: number) => boolean) => {
    for (const [ri, r] of rows.entries()) {
      const ws = cellWidths(widths, r).map((w) => w * usable);
      let x = left;
      const boxes = r.cells.map((text, i) => {
        const box = { text, x, w: ws[i], bold: bold(ri, i) };
        x += ws[i];
        return box;
      });
      doc.fontSize(9.5);
      const height = Math.max(22, ...boxes.map((b) => doc.font(b.bold ? 'cjk-bold' : 'cjk').heightOfString(b.text || ' ', { width: b.w - 8 }) + 10));
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      for (const b of boxes) {
        doc.rect(b.x, y, b.w, height).stroke();
        doc.font(b.bold ? 'cjk-bold' : 'cjk').text(b.text, b.x + 4, y + 5, { width: b.w - 8 });
      }
      doc.x = left;
      doc.y = y + height;
    }
    doc.moveDown(0.6);
  };

  for (const b of spec.blocks) {
    if ('form' in b) grid(b.form.widths, b.form.rows, (_r, c) => c % 2 === 0);
    else if ('list' in b) grid(b.list.widths, b.list.rows.map((cells) => ({ cells })), (r) => r === 0);
    else if ('heading' in b) {
      doc.font('cjk-bold').fontSize(12).text(b.heading, left, doc.y, { width: usable });
      doc.moveDown(0.3);
    } else {
      para(b.text, b.align, 10.5, b.indent);
      doc.moveDown(0.3);
    }
  }
  if (spec.signatures?.length) {
    doc.moveDown(1);
    para(signatureLine(spec.signatures));
  }
  if (spec.seal) {
    doc.moveDown(1.5);
    if (spec.seal.issuer) para(`${spec.seal.issuer}（盖章）`, 'right', 11);
    doc.moveDown(0.3);
    para(spec.seal.date ? zhDate(spec.seal.date) : '年　　月　　日', 'right', 11);
  }

  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font('cjk').fontSize(9).text(`第 ${i + 1} 页　共 ${range.count} 页`, left, doc.page.height - bottom / 2 - 6, { width: usable, align: 'center', lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
  doc.end();
  return done;
}
