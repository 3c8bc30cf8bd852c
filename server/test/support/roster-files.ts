import ExcelJS from 'exceljs';
import { idNumberCheckChar } from '../../src/areas/people/rules/id-number';
import { ROSTER_COLUMNS } from '../../src/areas/people/rules/roster-import';

/** A valid ID number for the n-th fictional person: born 1965–1994, gender by n's parity. */
export function fictionalId(n: number): { idNumber: string; birthDate: string; gender: '男' | '女' } {
  const year = 1965 + (n % 30);
  const month = 1 + (Math.floor(n / 30) % 12);
  const day = 1 + (Math.floor(n / 360) % 28);
  const seq = String(Math.floor(n / 10080) % 100).padStart(2, '0') + String(n % 2 === 0 ? 2 : 1);
  const first17 = `320303${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}${seq}`;
  return { idNumber: first17 + idNumberCheckChar(first17), birthDate: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, gender: n % 2 === 0 ? '女' : '男' };
}

/** An .xlsx roster as a personnel office would send it: a title row, the header, then the rows (keys of ROSTER_COLUMNS). */
export async function rosterFile(rows: Record<string, string>[], opts: { title?: boolean } = {}): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('花名册');
  if (opts.title !== false) ws.addRow(['某学院教职工花名册']);
  ws.addRow(ROSTER_COLUMNS.map((c) => c.header));
  for (const r of rows) ws.addRow(ROSTER_COLUMNS.map((c) => r[c.key] ?? null));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}
