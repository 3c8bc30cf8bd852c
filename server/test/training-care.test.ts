import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { Database } from '../src/core/db/connection';
import { addDays, todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** A sign-in sheet as an office fills it in the template. */
async function sheet(rows: (string | number | null)[][]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('签到表');
  ws.addRow(['干部培训签到表']);
  ws.addRow(['培训名称：……']);
  ws.addRow(['序号', '工号', '姓名', '部门', '学时', '签名']);
  rows.forEach((r, i) => ws.addRow([i + 1, ...r]));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

describe.each(ENGINES)('培训与关怀 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let head: Client;
  const today = todayIso();
  const count = (table: string) => rowCount(database, table);

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, head] = await Promise.all(['wj.org', 'wj.depthead'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('第9条: a course with implausible hours or an unknown kind is refused; nothing is written', async () => {
    const before = await count('training_course');
    const body = { title: '青年干部能力提升培训', organizer: '党委组织部', kind: 'organized', startDate: addDays(today, -3), endDate: addDays(today, -2) };
    expect((await org.post('/api/training/courses', { ...body, hours: -4 })).json().error).toMatchObject({ code: 'TRAINING.HOURS', field: 'hours' });
    expect((await org.post('/api/training/courses', { ...body, hours: 40 })).json().error.message).toContain('2 天的培训最多计 16 学时');
    expect((await org.post('/api/training/courses', { ...body, kind: 'vacation', hours: 8 })).json().error).toMatchObject({ code: 'TRAINING.KIND', article: 'ahzaxy-2020 第9条' });
    expect(await count('training_course')).toBe(before);
    expect((await head.post('/api/training/courses', { ...body, hours: 16 })).statusCode).toBe(403);
  });

  it('第9条: a sign-in sheet is checked row by row; with errors nothing is imported unless only the good rows are asked for; hours count towards the year', async () => {
    const course = (await org.post('/api/training/courses', { title: '中层干部依法治校专题培训', organizer: '党委组织部', kind: 'organized', startDate: addDays(today, -2), endDate: addDays(today, -1), hours: 16 })).json();
    const people = (await org.get('/api/persons?rank=middle_deputy&pageSize=5')).json().items as { id: number; staffNo: string; name: string }[];
    const [a, b] = people;
    const content = await sheet([[a.staffNo, a.name, null, null, null], [b.staffNo, '错名字', null, null, null], ['00000000', '查无此人', null, null, null], [a.staffNo, a.name, 8, null, null]]);
    const preview = (await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: content })).json();
    expect(preview.good).toEqual([{ row: 4, personId: a.id, name: a.name, hours: 16 }]);
    expect(preview.bad.map((x: { row: number; reason: string }) => x.row)).toEqual([5, 6, 7]);
    expect(preview.bad[0].reason).toBe(`工号 ${b.staffNo} 对应的是${b.name}，不是错名字`);

    const before = await count('training_record');
    const refused = await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: content, commit: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toContain('3 行错误');
    expect(await count('training_record')).toBe(before);
    const onlyGood = (await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: content, commit: true, onlyGood: true })).json();
    expect(onlyGood).toMatchObject({ committed: true, imported: 1 });
    expect(await count('training_record')).toBe(before + 1);

    const notExcel = await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: Buffer.from('%PDF-1.4 not a sheet').toString('base64') });
    expect(notExcel.json().error).toMatchObject({ code: 'IMPORT.TYPE' });
    expect(notExcel.json().error.message).toContain('签到表.xlsx');

    const totals = (await org.get('/api/training/totals')).json() as { rows: { personId: number; required: number; total: number }[] };
    const row = totals.rows.find((r) => r.personId === a.id)!;
    expect(row.required).toBe(110);
    const duty = ((await org.get('/api/duties?kind=training_hours&pageSize=500')).json().items as { key: string; title: string; citation: string }[]).find((d) => d.key === `training_hours:${today.slice(0, 4)}:${a.id}`)!;
    expect(duty.title).toContain(`已完成 ${row.total}`);
    expect(duty.citation).toBe('ahzaxy-2020 第9条');
    const template = await org.get(`/api/training/sign-in-template.xlsx?courseId=${course.id}`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(3).values).toEqual([undefined, '序号', '工号', '姓名', '部门', '学时', '签名']);
  });

  it('第10条: a registered hardship owes a visit within the pack\'s days; the visit meets it', async () => {
    const headId = (await head.get('/api/auth/me')).json().personId;
    // A colleague in the department head's own department: the head may see the person, not their hardship.
    const p = ((await head.get('/api/persons?pageSize=20')).json().items as { id: number }[]).find((x) => x.id !== headId)!;
    expect((await org.post('/api/care/cases', { personId: p.id, situation: 'lottery_win', description: '中了彩票大奖', registeredOn: today })).json().error).toMatchObject({ code: 'CARE.SITUATION', article: 'ahzaxy-2020 第10条' });
    const c = (await org.post('/api/care/cases', { personId: p.id, situation: 'serious_illness', description: '本人确诊重大疾病住院手术', registeredOn: today })).json();
    expect(c.visitDue).toBe(addDays(today, 15));
    const duty = () => ((org.get('/api/duties?kind=care_visit&pageSize=500')).then((r) => (r.json().items as { key: string; status: string }[]).find((d) => d.key === `care_visit:${c.id}`)));
    expect((await duty())?.status).toMatch(/open|due_soon/);
    expect((await org.post(`/api/care/cases/${c.id}/visits`, { on: addDays(today, -1), visitors: '组织部部长', help: '送去慰问金并了解治疗情况', amountYuan: 2000 })).json().error.code).toBe('CARE.VISIT_DATE');
    expect((await org.post(`/api/care/cases/${c.id}/visits`, { on: today, visitors: '组织部部长', help: '送去慰问金并了解治疗情况', amountYuan: -5 })).statusCode).toBe(400);
    expect((await org.post(`/api/care/cases/${c.id}/visits`, { on: today, visitors: '组织部部长、所在部门负责人', help: '送去慰问金并了解治疗情况', amountYuan: 2000 })).statusCode).toBe(201);
    expect((await duty())?.status).toBe('done');
    expect(((await head.get(`/api/persons/${p.id}/care`)).json() as unknown[]).length).toBe(0);
  });
});
