import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { AppError } from '../shared/errors';

/**
 * PDF with Chinese text. The CJK font comes from the system (Debian's fonts-noto-cjk, installed by .ci/run and the
 * README), or from CADRE_CJK_FONT; without one a PDF cannot show Chinese, and the user is told so.
 */
const CANDIDATES = [
  process.env.CADRE_CJK_FONT,
  '/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc',
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
].filter((x): x is string => !!x);

function cjkFont(): { path: string; family?: string } {
  const path = CANDIDATES.find((p) => existsSync(p));
  if (!path) throw new AppError('DOC.NO_CJK_FONT', '服务器未安装中文字体，暂不能生成 PDF；请下载 Word 或 Excel 版本，或由管理员安装 fonts-noto-cjk', 503);
  return { path, family: path.endsWith('.ttc') ? (path.includes('Serif') ? 'NotoSerifCJKsc-Regular' : 'NotoSansCJKsc-Regular') : undefined };
}

export interface PdfTable {
  /** Column widths as fractions of the usable width. */
  widths: number[];
  rows: { cells: string[]; spans?: number[] }[];
}

/** A document of a title, lines of text and tables, landscape or portrait; resolves to the PDF bytes. */
export function renderPdf(opts: { title: string; subtitle?: string; landscape?: boolean; blocks: ({ table: PdfTable } | { text: string; align?: 'left' | 'right' | 'center' })[] }): Promise<Buffer> {
  const font = cjkFont();
  const doc = new PDFDocument({ size: 'A4', layout: opts.landscape ? 'landscape' : 'portrait', margin: 48, info: { Title: opts.title, Creator: '干部管理监督平台' } });
  doc.registerFont('cjk', font.path, font.family);
  doc.font('cjk');
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const left = doc.page.margins.left;
  const usable = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  doc.fontSize(16).text(opts.title, { align: 'center' });
  if (opts.subtitle) doc.moveDown(0.3).fontSize(10).text(opts.subtitle, { align: 'center' });
  doc.moveDown(0.8);
  for (const b of opts.blocks) {
    if ('text' in b) {
      doc.fontSize(10.5).text(b.text, left, doc.y, { align: b.align ?? 'left', width: usable });
      doc.moveDown(0.4);
      continue;
    }
    const cols = b.table.widths.map((w) => w * usable);
    for (const r of b.table.rows) {
      const spans = r.spans ?? r.cells.map(() => 1);
      let c = 0;
      const boxes = r.cells.map((text, i) => {
        const w = cols.slice(c, c + spans[i]).reduce((a, x) => a + x, 0);
        const x = left + cols.slice(0, c).reduce((a, v) => a + v, 0);
        c += spans[i];
        return { text, x, w };
      });
      doc.fontSize(9.5);
      const height = Math.max(20, ...boxes.map((bx) => doc.heightOfString(bx.text || ' ', { width: bx.w - 8 }) + 10));
      if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
      const y = doc.y;
      for (const bx of boxes) {
        doc.rect(bx.x, y, bx.w, height).stroke();
        doc.text(bx.text, bx.x + 4, y + 5, { width: bx.w - 8 });
      }
      doc.x = left;
      doc.y = y + height;
    }
    doc.moveDown(0.6);
  }
  doc.end();
  return done;
}
