/**
 * A document as a declaration of its content, rendered the same way to Word (word.ts) and PDF (pdf.ts): the college
 * above a bold title, a subtitle and a number, then blocks — form grids (label, value, label, value), list tables
 * (a header row, then rows), headings and paragraphs — then signature lines and the issuer's seal block. Page numbers
 * are added by the renderers. Pure data; every form of every area is one of these.
 */
export interface DocSpec {
  /** The college's full name, shown above the title. */
  college?: string;
  title: string;
  subtitle?: string;
  /** 编号, shown right-aligned above the first block. */
  number?: string;
  landscape?: boolean;
  blocks: Block[];
  /** Who signs: each becomes "X（签字）：____". */
  signatures?: string[];
  /** The issuing body (盖章; none for a record signed only by hand) and the date; a null date leaves 年 月 日 blank. */
  seal?: { issuer?: string; date: string | null };
}

export type Block =
  /** A form: in each row the cells alternate label, value; widths are relative. */
  | { form: { widths: number[]; rows: GridRow[] } }
  /** A list: the first row is the header. */
  | { list: { widths: number[]; rows: string[][] } }
  | { heading: string }
  | { text: string; align?: 'left' | 'center' | 'right'; indent?: boolean };

export interface GridRow {
  cells: string[];
  /** Columns each cell spans; one each when absent. */
  spans?: number[];
}

/** A form row of one label and one value spanning the rest of a four-column grid. */
export const wide = (label: string, value: string): GridRow => ({ cells: [label, value], spans: [1, 3] });
/** A form row of two label-value pairs. */
export const pair = (a: string, b: string, c: string, d: string): GridRow => ({ cells: [a, b, c, d] });

/** Column spans resolved to the widths they cover, as fractions of 1. Pure. */
export function cellWidths(widths: number[], row: GridRow): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const spans = row.spans ?? row.cells.map(() => 1);
  let c = 0;
  return spans.map((s) => {
    const w = widths.slice(c, c + s).reduce((a, b) => a + b, 0) / total;
    c += s;
    return w;
  });
}

export const signatureLine = (who: string[]) => who.map((w) => `${w}（签字）：____________`).join('　　');
