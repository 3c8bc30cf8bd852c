import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { sheetRows, workbook } from './support/documents';
import { fictionalId, rosterFile } from './support/roster-files';

describe.each(ENGINES)('roster import from Excel on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let dept: string;
  let existing: { staffNo: string; name: string; idNumber: string; gender: string; birthDate: string; politicalStatus: string; hireDate: string };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'wj.org');
    dept = ((await org.get('/api/departments')).json() as { name: string; kind: string }[]).find((d) => d.kind === 'academic')!.name;
    const someone = (await org.get('/api/persons?pageSize=1')).json().items[0];
    existing = { ...(await org.get(`/api/persons/${someone.id}`)).json(), idNumber: (await org.post(`/api/persons/${someone.id}/personal-field`, { field: 'idNumber' })).json().value };
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const persons = () => rowCount(database, 'person');
  const row = (n: number, extra: Record<string, string> = {}) => {
    const id = fictionalId(n);
    return { staffNo: `IMP${String(n).padStart(5, '0')}`, name: `测试${'甲乙丙丁戊己庚辛壬癸'[n % 10]}${'子丑寅卯辰巳午未申酉戌亥'[n % 12]}`, gender: id.gender, idNumber: id.idNumber, politicalStatus: '群众', hireDate: '2015-09-01', ...extra };
  };
  const upload = (contentBase64: string, fileName = '花名册.xlsx') => org.post('/api/roster/imports', { fileName, contentBase64 });

  it('the template has the columns, drop-downs and a sheet explaining each column', async () => {
    const wb = await workbook((await org.get('/api/roster/import-template.xlsx')).rawPayload);
    const rows = sheetRows(wb.getWorksheet('花名册')!);
    expect(rows[2]).toEqual(expect.arrayContaining(['工号*', '姓名*', '身份证号*', '部门', '职级']));
    expect(wb.getWorksheet('部门列表')!.getColumn(1).values).toContain(dept);
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toContain('身份证号');
  });

  it('preview checks every row and writes nothing; commit is all or none; only the good rows when asked; re-import updates by 工号', async () => {
    const before = await persons();
    const badId = row(2);
    const file = await rosterFile([
      row(1, { department: dept, postTitle: '导入测试岗', rank: '一般职工', startDate: '2020-03-01' }),
      { ...badId, idNumber: badId.idNumber.slice(0, 17) + (badId.idNumber[17] === '1' ? '2' : '1') },
      row(3, { department: '不存在的处' , postTitle: '科员', rank: '一般职工', startDate: '2020-03-01' }),
      { ...existing, gender: existing.gender === 'male' ? '男' : '女', politicalStatus: '中共党员', phone: '13912345678' },
    ]);
    const preview = await upload(file);
    expect(preview.statusCode, preview.body).toBe(201);
    const p = preview.json();
    expect(p.counts).toMatchObject({ new: 1, bad: 2 });
    expect(p.results.find((r: { row: number }) => r.row === 4)).toMatchObject({ result: 'bad', detail: expect.stringContaining('身份证号：校验位不正确') });
    expect(p.results.find((r: { row: number }) => r.row === 5).detail).toContain('部门：本院没有名为“不存在的处”的部门');
    expect(await persons()).toBe(before);

    const refused = await org.post(`/api/roster/imports/${p.id}/commit`, { onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('有 2 行有误，未导入任何数据');
    expect(await persons()).toBe(before);

    const done = (await org.post(`/api/roster/imports/${p.id}/commit`, { onlyGood: true })).json();
    expect(done.status).toBe('committed');
    expect(await persons()).toBe(before + 1);
    const imported = (await org.get(`/api/persons?q=${encodeURIComponent(row(1).name)}`)).json().items.find((x: { staffNo: string }) => x.staffNo === 'IMP00001');
    expect(imported).toBeDefined();
    expect(((await database.db.execute(sql`SELECT rows FROM roster_import WHERE id = ${p.id}`)).rows[0] as { rows: unknown }).rows).toBeNull();
    expect((await org.post(`/api/roster/imports/${p.id}/commit`, { onlyGood: true })).json().error.code).toBe('IMPORT.NOT_PENDING');

    const report = sheetRows((await workbook((await org.get(`/api/roster/imports/${p.id}/report.xlsx`)).rawPayload)).getWorksheet('导入结果')!);
    expect(report.slice(3).map((r) => r[3])).toEqual(['新增', '有误，已跳过', '有误，已跳过', expect.stringMatching(/更新|未变化/)]);

    // The same people again: nothing new; a changed phone is an update naming the field.
    const again = (await upload(await rosterFile([row(1, { department: dept, postTitle: '导入测试岗', rank: '一般职工', startDate: '2020-03-01' }), row(5), { ...row(1), staffNo: 'IMP00001', phone: '13700000000' }].slice(0, 2)))).json();
    expect(again.results[0]).toMatchObject({ result: 'unchanged' });
    expect(again.results[1]).toMatchObject({ result: 'new' });
    const phone = (await upload(await rosterFile([{ ...row(1), phone: '13700000000' }]))).json();
    expect(phone.results[0]).toMatchObject({ result: 'update', detail: '变更：手机号' });
    await org.post(`/api/roster/imports/${phone.id}/commit`, {});
    expect(await persons()).toBe(before + 1);
  });

  it('the roster goes back out in the template\'s columns, and that file imports again with nothing changed', async () => {
    const res = await org.get('/api/roster/export.xlsx');
    expect(res.statusCode).toBe(200);
    const sheet = (await workbook(res.rawPayload)).getWorksheet('花名册')!;
    const rows = sheetRows(sheet);
    expect(rows[2][0]).toBe('工号*');
    // As a ledger prints: header frozen and repeated on every page, ID numbers kept as text when edited.
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(sheet.pageSetup).toMatchObject({ printTitlesRow: '3:3', orientation: 'landscape' });
    expect(sheet.getColumn(rows[2].indexOf('身份证号*') + 1).numFmt).toBe('@');
    expect(rows.length - 3).toBeGreaterThan(100);
    const again = (await upload(res.rawPayload.toString('base64'), '导出的花名册.xlsx')).json();
    expect(again.results.filter((r: { result: string }) => r.result !== 'unchanged').slice(0, 3)).toEqual([]);
    expect(again.counts.unchanged).toBe(rows.length - 3);
    await org.delete(`/api/roster/imports/${again.id}`);
  });

  it('cancel drops the uploaded rows; a cancelled import cannot be committed', async () => {
    const p = (await upload(await rosterFile([row(9)]))).json();
    const cancelled = await org.delete(`/api/roster/imports/${p.id}`);
    expect(cancelled.json().status).toBe('cancelled');
    expect(((await database.db.execute(sql`SELECT rows FROM roster_import WHERE id = ${p.id}`)).rows[0] as { rows: unknown }).rows).toBeNull();
    expect((await org.post(`/api/roster/imports/${p.id}/commit`, {})).statusCode).toBe(409);
  });

  it('bad files: not Excel by content, corrupt, a zip bomb dressed as .xlsx, no header, only staff with roster.write', async () => {
    const pdf = await upload(Buffer.from('%PDF-1.4 fake').toString('base64'), '花名册.xlsx');
    expect(pdf.json().error).toMatchObject({ code: 'IMPORT.TYPE' });
    expect(pdf.json().error.message).toContain('花名册.xlsx');
    const z = new JSZip();
    z.file('[Content_Types].xml', '<Types/>');
    z.file('xl/workbook.xml', Buffer.alloc(60 * 1024 * 1024));
    const bomb = await upload((await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })).toString('base64'), '炸弹.xlsx');
    expect(bomb.statusCode).toBe(400);
    expect(bomb.json().error.code).toMatch(/^ZIP\.(RATIO|TOO_LARGE)$|^IMPORT\.TYPE$/);
    const noHeader = await upload(await rosterFile([], { title: true }).then(async () => {
      const ExcelJS = (await import('exceljs')).default;
      const wb = new ExcelJS.Workbook();
      wb.addWorksheet('x').addRow(['编号', '名字']);
      return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    }));
    expect(noHeader.json().error.code).toBe('IMPORT.NO_HEADER');
    const staff = await signIn(app, 'wj.staff');
    expect((await staff.post('/api/roster/imports', { fileName: 'a.xlsx', contentBase64: await rosterFile([row(1)]) })).statusCode).toBe(403);
  });

  it('10,000 rows: previewed and imported in one go, every person there once', async () => {
    const before = await persons();
    const rows = Array.from({ length: 10000 }, (_, i) => ({ ...row(100 + i), staffNo: `BULK${String(i).padStart(5, '0')}` }));
    const p = (await upload(await rosterFile(rows), '全院花名册.xlsx')).json();
    expect(p.results.filter((r: { result: string }) => r.result === 'bad').slice(0, 3)).toEqual([]);
    expect(p.counts).toMatchObject({ new: 10000, bad: 0 });
    const done = (await org.post(`/api/roster/imports/${p.id}/commit`, {})).json();
    expect(done.counts.new).toBe(10000);
    expect(await persons()).toBe(before + 10000);
  }, 180_000);
});
