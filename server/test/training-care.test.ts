import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, daysAgo, newAccount, newCollege, newDepartmentWithHead, newHolder, signInAs, useFactoryApp, userWith } from './support/factories';

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
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own under ahzaxy-2020: an academic department with its head (middle_chief), two deputies
   * (middle_deputy, 副主任) and two staff members. Signed in: the organization department and the department head.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartmentWithHead(c, { staff: 2 });
    const deputies = [];
    for (let i = 1; i <= 2; i++) deputies.push(await newHolder(c, { rank: 'middle_deputy', departmentId: dept.departmentId, title: `副主任${i}` }));
    return {
      c, dept, deputies,
      org: await userWith(ctx.app, c, ['org']),
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
    };
  }

  it('第9条: a course with implausible hours or an unknown kind is refused; nothing is written; a department head cannot register one', async () => {
    const s = await scene();
    const body = { title: '青年干部能力提升培训', organizer: '党委组织部', kind: 'organized', startDate: daysAgo(3), endDate: daysAgo(2) };
    const negative = await s.org.post('/api/training/courses', { ...body, hours: -4 });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ code: 'TRAINING.HOURS', field: 'hours' });
    const tooMany = await s.org.post('/api/training/courses', { ...body, hours: 40 });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error).toMatchObject({ code: 'TRAINING.HOURS', field: 'hours' });
    expect(tooMany.json().error.message).toContain('2 天的培训最多计 16 学时');
    const kind = await s.org.post('/api/training/courses', { ...body, kind: 'vacation', hours: 8 });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error).toMatchObject({ code: 'TRAINING.KIND', article: 'ahzaxy-2020 第9条', field: 'kind' });
    const future = await s.org.post('/api/training/courses', { ...body, startDate: daysAgo(-1), endDate: daysAgo(-2), hours: 16 });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'TRAINING.FUTURE', field: 'startDate' });
    expect((await s.head.post('/api/training/courses', { ...body, hours: 16 })).statusCode).toBe(403);
    expect(await collegeRows(s.c, 'training_course')).toBe(0);

    const ok = await s.org.post('/api/training/courses', { ...body, hours: 16 });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await auditOf(s.c, 'training_course', ok.json().id)).toEqual(['training.course']);
  });

  it('第9条: a sign-in sheet is checked row by row; with errors nothing is imported unless only the good rows are asked for; hours count towards the year', async () => {
    const s = await scene();
    const created = await s.org.post('/api/training/courses', { title: '中层干部依法治校专题培训', organizer: '党委组织部', kind: 'organized', startDate: daysAgo(2), endDate: daysAgo(1), hours: 16 });
    expect(created.statusCode, created.body).toBe(201);
    const course = created.json() as { id: number };
    const [a, b] = s.deputies;
    const content = await sheet([[a.staffNo, a.name, null, null, null], [b.staffNo, '错名字', null, null, null], ['00000000', '查无此人', null, null, null], [a.staffNo, a.name, 8, null, null]]);
    const signIn = (extra: object) => s.org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: content, ...extra });
    const preview = (await signIn({})).json();
    expect(preview).toMatchObject({ committed: false, imported: 0 });
    expect(preview.good).toEqual([{ row: 4, personId: a.personId, name: a.name, hours: 16 }]);
    expect(preview.bad.map((x: { row: number }) => x.row)).toEqual([5, 6, 7]);
    expect(preview.bad[0].reason).toBe(`工号 ${b.staffNo} 对应的是${b.name}，不是错名字`);
    expect(await collegeRows(s.c, 'training_record')).toBe(0);

    const refused = await signIn({ commit: true });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('SIGNIN.HAS_ERRORS');
    expect(refused.json().error.message).toContain('3 行错误');
    expect(await collegeRows(s.c, 'training_record')).toBe(0);
    const onlyGood = (await signIn({ commit: true, onlyGood: true })).json();
    expect(onlyGood).toMatchObject({ committed: true, imported: 1 });
    expect(await collegeRows(s.c, 'training_record')).toBe(1);
    expect(await collegeRows(s.c, 'training_record', `person_id = ${a.personId}`)).toBe(1);
    expect(await auditOf(s.c, 'training_course', course.id)).toEqual(['training.course', 'training.sign_in_import']);

    const notExcel = await s.org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64: Buffer.from('%PDF-1.4 not a sheet').toString('base64') });
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error).toMatchObject({ code: 'IMPORT.TYPE' });
    expect(notExcel.json().error.message).toContain('签到表.xlsx');

    // Middle cadres owe 110 hours a year; staff are not counted.
    const totals = (await s.org.get('/api/training/totals')).json() as { rows: { personId: number; required: number; total: number }[] };
    expect(totals.rows.map((r) => [r.personId, r.required, r.total]).sort()).toEqual([
      [s.dept.head.personId, 110, 0],
      [a.personId, 110, 16],
      [b.personId, 110, 0],
    ].sort());
    const duties = (await s.org.get('/api/duties?kind=training_hours&pageSize=500')).json().items as { key: string; title: string; citation: string }[];
    const duty = duties.find((d) => d.key === `training_hours:${TEST_YEAR}:${a.personId}`);
    expect(duty?.title).toContain('已完成 16');
    expect(duty?.citation).toBe('ahzaxy-2020 第9条');
    const template = await s.org.get(`/api/training/sign-in-template.xlsx?courseId=${course.id}`);
    expect(template.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(3).values).toEqual([undefined, '序号', '工号', '姓名', '部门', '学时', '签名']);
  });

  it('第10条: a registered hardship owes a visit within the pack\'s days; the visit meets it; the department head sees the colleague, not the hardship', async () => {
    const s = await scene();
    const p = s.dept.staff[0];
    const registeredOn = daysAgo(12);
    const lottery = await s.org.post('/api/care/cases', { personId: p.personId, situation: 'lottery_win', description: '中了彩票大奖', registeredOn });
    expect(lottery.statusCode).toBe(400);
    expect(lottery.json().error).toMatchObject({ code: 'CARE.SITUATION', article: 'ahzaxy-2020 第10条', field: 'situation' });
    const future = await s.org.post('/api/care/cases', { personId: p.personId, situation: 'serious_illness', description: '本人确诊重大疾病住院手术', registeredOn: daysAgo(-1) });
    expect(future.statusCode).toBe(400);
    expect(future.json().error).toMatchObject({ code: 'CARE.FUTURE', field: 'registeredOn' });
    expect(await collegeRows(s.c, 'care_case')).toBe(0);

    const created = await s.org.post('/api/care/cases', { personId: p.personId, situation: 'serious_illness', description: '本人确诊重大疾病住院手术', registeredOn });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as { id: number; visitDue: string };
    // Due 15 days after registration: three days from today, within the 5 days of notice.
    expect(c.visitDue).toBe(daysAgo(-3));
    const duty = async () => ((await s.org.get('/api/duties?kind=care_visit&pageSize=500')).json().items as { key: string; status: string }[]).filter((d) => d.key === `care_visit:${c.id}`).map((d) => d.status);
    expect(await duty()).toEqual(['due_soon']);

    const visit = { visitors: '组织部部长、所在部门负责人', help: '送去慰问金并了解治疗情况', amountYuan: 2000 };
    const before = await s.org.post(`/api/care/cases/${c.id}/visits`, { ...visit, on: daysAgo(13) });
    expect(before.statusCode).toBe(400);
    expect(before.json().error).toMatchObject({ code: 'CARE.VISIT_DATE', field: 'on' });
    expect((await s.org.post(`/api/care/cases/${c.id}/visits`, { ...visit, on: TEST_TODAY, amountYuan: -5 })).statusCode).toBe(400);
    expect(await collegeRows(s.c, 'care_visit')).toBe(0);
    const ok = await s.org.post(`/api/care/cases/${c.id}/visits`, { ...visit, on: TEST_TODAY });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await duty()).toEqual(['done']);
    expect(await auditOf(s.c, 'care_case', c.id)).toEqual(['care.register', 'care.visit']);

    expect((await s.head.get(`/api/persons/${p.personId}`)).statusCode).toBe(200);
    expect((await s.head.get(`/api/persons/${p.personId}/care`)).json()).toEqual([]);
    expect(((await s.org.get(`/api/persons/${p.personId}/care`)).json() as { id: number }[]).map((x) => x.id)).toEqual([c.id]);
  });
});
