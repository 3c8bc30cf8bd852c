import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { trainingCourse, trainingRecord } from '../src/core/db/schema';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { TEST_YEAR, auditOf, collegeRows, daysAgo, newAccount, newCollege, newDepartment, newHolder, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { sheetRows, workbook, importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = { staffNo: '工号*', name: '姓名*', title: '培训名称*', organizer: '主办单位', startDate: '开始日期*', endDate: '结束日期*', hours: '学时*', kind: '培训类别*' };
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const ledgerFile = (rows: Row[]) => importLedgerFile('教育培训记录', '某学院干部教育培训记录', HEADERS, rows);

describe.each(ENGINES)('go-live import of training records (教育培训记录) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A college under ahzaxy-2020 (middle cadres owe 110 hours a year, 第9条) with two deputies and the organization department signed in. */
  async function setUp() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartment(c, { name: '机电工程系' });
    const wang = await newHolder(c, { rank: 'middle_deputy', departmentId: dept.id, title: '副主任', person: { name: '王立新', staffNo: 'T1001' } });
    const li = await newHolder(c, { rank: 'middle_deputy', departmentId: dept.id, title: '副主任（分管学生工作）', person: { name: '李雪梅', staffNo: 'T1002' } });
    const org = await userWith(ctx.app, c, ['org']);
    return { c, wang, li, org };
  }
  const party = (over: Row = {}): Row => ({ staffNo: 'T1001', name: '王立新', title: '中青年干部培训班', organizer: '省委党校', startDate: daysAgo(60), endDate: daysAgo(49), hours: '80', kind: '党校（行政学院、干部学院）培训', ...over });
  const online = (over: Row = {}): Row => ({ staffNo: 'T1001', name: '王立新', title: '网络专题学习', organizer: '省干部网络学院', startDate: daysAgo(30), endDate: daysAgo(26), hours: '16', kind: '网络培训', ...over });
  const upload = async (org: Client, rows: Row[], fileName = '教育培训记录.xlsx') => org.post('/api/imports/training_records', { fileName, contentBase64: await ledgerFile(rows) });
  const hoursDuty = async (org: Client, personId: number) =>
    ((await org.get('/api/duties?kind=training_hours&pageSize=500')).json().items as { key: string; title: string; status: string; citation: string }[])
      .filter((d) => d.key === `training_hours:${TEST_YEAR}:${personId}`)
      .map((d) => [d.title, d.status]);
  const records = (c: College, where?: string) => collegeRows(c, 'training_record', where);

  it('every row is checked: each error in Chinese names the column and the rule, and the preview writes nothing', async () => {
    const { c, org } = await setUp();
    const res = await upload(org, [
      party({ staffNo: 'T9999', name: '不存在' }),
      party({ name: '王力新', title: '培训二' }),
      party({ startDate: daysAgo(40), endDate: daysAgo(45), title: '培训三' }),
      party({ startDate: daysAgo(2), endDate: daysAgo(-3), title: '培训四' }),
      party({ hours: '0', title: '培训五' }),
      party({ kind: '外出考察', title: '培训六' }),
      party({ startDate: '2026-13-01', title: '培训七' }),
      party({ hours: '120' }),
      party({ hours: '40' }),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.counts).toMatchObject({ new: 1, bad: 8, warned: 2 });
    expect(p.results.map((r: { row: number; result: string; detail: string }) => [r.row, r.result, r.result === 'bad' ? r.detail : ''])).toEqual([
      [4, 'bad', '工号：花名册中没有工号为“T9999”的人员'],
      [5, 'bad', '姓名：与花名册中工号 T1001 的姓名“王立新”不一致'],
      [6, 'bad', `结束日期：早于开始日期 ${daysAgo(40)}（日期颠倒）`],
      [7, 'bad', '结束日期：晚于今天：只导入已经结束的培训，正在进行或尚未开始的培训请结束后在培训页登记'],
      [8, 'bad', '学时：应大于 0'],
      [9, 'bad', '培训类别：“外出考察”不是可选的培训类别，应为：党校（行政学院、干部学院）培训、学院组织的集中培训、网络培训、学术会议和专业研修、在岗学习和岗位实践锻炼（《激励担当作为实施意见》第9条）'],
      [10, 'bad', '开始日期：不是有效日期（如 2025-03-10）'],
      [11, 'new', ''],
      [12, 'bad', '培训名称：与第 11 行是同一人员的同一培训（培训名称和开始日期相同，文件内重复）'],
    ]);
    expect(p.results[7].warnings).toEqual(['12 天的培训登记了 120 学时，超过每天 8 学时，请核对是否录错']);
    expect(await collegeRows(c, 'training_course')).toBe(0);
    expect(await records(c)).toBe(0);
  });

  it('第9条: imported hours count in the year at once — a cadre short of hours is done after the import; the other still short is shown', async () => {
    const { c, wang, li, org } = await setUp();
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 0）`, 'open']]);
    const p = (await upload(org, [party(), online(), party({ staffNo: 'T1002', name: '李雪梅', hours: '40' })])).json();
    expect(p.counts).toMatchObject({ new: 3, bad: 0 });
    expect(p.results.map((r: { detail: string }) => r.detail)).toEqual([
      `登记培训：中青年干部培训班（${daysAgo(60)}至${daysAgo(49)}）80 学时，计入 ${TEST_YEAR} 年度；登记该培训`,
      `登记培训：网络专题学习（${daysAgo(30)}至${daysAgo(26)}）16 学时，计入 ${TEST_YEAR} 年度；登记该培训`,
      `登记培训：中青年干部培训班（${daysAgo(60)}至${daysAgo(49)}）40 学时，计入 ${TEST_YEAR} 年度；登记该培训`,
    ]);
    // Registered before: a course the college recorded by hand, its name and dates matched, reused.
    const [known] = await c.db.insert(trainingCourse).values({ institutionId: c.id, title: '依法治校专题培训', organizer: '党委组织部', kind: 'organized', startDate: daysAgo(10), endDate: daysAgo(9), hours: 16, createdBy: 0 }).returning();
    const q = (await upload(org, [party(), online(), party({ staffNo: 'T1002', name: '李雪梅', hours: '40' }), { staffNo: 'T1001', name: '王立新', title: '依法治校专题培训', organizer: '', startDate: daysAgo(10), endDate: daysAgo(9), hours: '16', kind: '学院组织的集中培训' }])).json();
    expect(q.results.map((r: { result: string }) => r.result)).toEqual(['new', 'new', 'new', 'new']);
    const done = await org.post(`/api/imports/batches/${q.id}/commit`, { onlyGood: false });
    expect(done.statusCode, done.body).toBe(200);
    expect(await collegeRows(c, 'training_course')).toBe(3);
    expect(await records(c, `course_id = ${known.id} AND source = 'import'`)).toBe(1);
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 112）`, 'done']]);
    expect(await hoursDuty(org, li.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 40）`, 'open']]);
    const totals = (await org.get(`/api/training/totals?year=${TEST_YEAR}`)).json() as { rows: { personId: number; total: number; metOn: string | null }[] };
    expect(totals.rows.map((r) => [r.personId, r.total, r.metOn])).toEqual([[li.personId, 40, null], [wang.personId, 112, daysAgo(9)]]);
    const ledger = (await org.get('/api/imports')).json().ledgers.find((l: { key: string }) => l.key === 'training_records');
    expect(ledger).toMatchObject({ available: true, imported: 4, title: '教育培训记录', area: '激励担当作为' });
    // The year still short, and the carry-over year with no history imported: gaps shown, not silence.
    expect(ledger.consequences.map((d: { title: string; citation: string; dueDate: string; status: string; person: string }) => [d.person, d.title, d.citation, d.dueDate, d.status])).toEqual([
      ['李雪梅', `${TEST_YEAR - 1} 年度培训学时达到 110（已完成 0）`, 'ahzaxy-2020 第9条', `${TEST_YEAR - 1}-12-31`, 'overdue'],
      ['王立新', `${TEST_YEAR - 1} 年度培训学时达到 110（已完成 0）`, 'ahzaxy-2020 第9条', `${TEST_YEAR - 1}-12-31`, 'overdue'],
      ['李雪梅', `${TEST_YEAR} 年度培训学时达到 110（已完成 40）`, 'ahzaxy-2020 第9条', `${TEST_YEAR}-12-31`, 'open'],
    ]);
  });

  it('commit is all or none; only the good rows when asked; re-import updates by 工号 + 培训名称 + 开始日期; the same file twice changes nothing', async () => {
    const { c, org } = await setUp();
    const file = await ledgerFile([party(), online({ staffNo: 'T404' })]);
    const first = (await org.post('/api/imports/training_records', { fileName: '教育培训记录.xlsx', contentBase64: file })).json();
    const refused = await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'IMPORT.HAS_ERRORS', message: '有 1 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”' });
    expect(await records(c)).toBe(0);
    const good = (await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: true })).json();
    expect(good.counts).toMatchObject({ new: 1, skipped: 1 });
    expect(await records(c)).toBe(1);

    // The same file again: the good row unchanged, nothing written.
    const again = (await org.post('/api/imports/training_records', { fileName: '教育培训记录（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, unchanged: 1, bad: 1 });
    expect(again.sameFileAs).toBe(first.id);
    const againDone = (await org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: true })).json();
    expect(againDone.counts).toMatchObject({ new: 0, update: 0, unchanged: 1 });
    expect(await records(c)).toBe(1);
    expect(await collegeRows(c, 'training_course')).toBe(1);

    // A corrected file: the same person and course (name + start) updated — hours and the end date — not added.
    const fixed = (await upload(org, [party({ endDate: daysAgo(50), hours: '72' })])).json();
    expect(fixed.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['update', `按新内容更新：中青年干部培训班（${daysAgo(60)}至${daysAgo(50)}）72 学时，计入 ${TEST_YEAR} 年度；登记该培训`]]);
    expect((await org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false })).statusCode).toBe(200);
    expect(await records(c)).toBe(1);
    expect(await records(c, 'hours_tenths = 720')).toBe(1);
  });

  it('a record registered by sign-in is not changed by an import; the same hours are unchanged', async () => {
    const { c, wang, org } = await setUp();
    const [course] = await c.db.insert(trainingCourse).values({ institutionId: c.id, title: '院内集中学习', organizer: '党委组织部', kind: 'organized', startDate: daysAgo(20), endDate: daysAgo(20), hours: 4, createdBy: 0 }).returning();
    await c.db.insert(trainingRecord).values({ institutionId: c.id, courseId: course.id, personId: wang.personId, hoursTenths: 40, source: 'sign_in_sheet', createdBy: 0 });
    const row = { staffNo: 'T1001', name: '王立新', title: '院内集中学习', organizer: '党委组织部', startDate: daysAgo(20), endDate: daysAgo(20), kind: '学院组织的集中培训' };
    const p = (await upload(org, [{ ...row, hours: '4' }, { ...row, staffNo: 'T1002', name: '李雪梅', hours: '6' }, { ...row, hours: '6', title: '院内集中学习 ' }])).json();
    expect(p.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([
      ['unchanged', '系统中已登记，相同'],
      ['new', `登记培训：院内集中学习（${daysAgo(20)}至${daysAgo(20)}）6 学时，计入 ${TEST_YEAR} 年度`],
      ['bad', '培训名称：与第 4 行是同一人员的同一培训（培训名称和开始日期相同，文件内重复）'],
    ]);
    const q = (await upload(org, [{ ...row, hours: '6' }])).json();
    expect(q.results[0].detail).toBe(`学时：该人员的这次培训已在系统中登记（结束日期 ${daysAgo(20)}，4 学时），不能通过导入修改`);
  });

  it('a batch is withdrawn within the day (audited), restoring what it changed and removing the courses it registered; refused once a course it registered has other attendees', async () => {
    const { c, wang, li, org } = await setUp();
    const a = (await upload(org, [party(), online()])).json();
    await org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false });
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 96）`, 'open']]);
    const b = (await upload(org, [party({ hours: '96' })])).json();
    await org.post(`/api/imports/batches/${b.id}/commit`, { onlyGood: false });
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 112）`, 'done']]);
    const early = await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('IMPORT.UNDO_LATER_BATCH');
    const undone = await org.post(`/api/imports/batches/${b.id}/undo`, { reason: '学时填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'undone', undoReason: '学时填错', undoable: false });
    expect(await records(c, 'hours_tenths = 800')).toBe(1);
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 96）`, 'open']]);
    expect(await auditOf(c, 'import_batch', b.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);

    // A course the batch registered now has an attendee signed in: the batch stays.
    const [course] = await c.db.select({ id: trainingCourse.id }).from(trainingCourse).where(and(eq(trainingCourse.institutionId, c.id), eq(trainingCourse.title, '网络专题学习')));
    await c.db.insert(trainingRecord).values({ institutionId: c.id, courseId: course.id, personId: li.personId, hoursTenths: 160, source: 'sign_in_sheet', createdBy: 0 });
    const inUse = await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: '该批次登记的培训“网络专题学习”此后已登记了其他参训人员（签到表或手工登记），不能撤销该批次；如需更正，请修改后重新导入' });
    expect(await records(c)).toBe(3);

    // Without the attendee, the whole batch goes, with the courses it registered.
    await c.db.delete(trainingRecord).where(eq(trainingRecord.personId, li.personId));
    expect((await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '重复导入' })).statusCode).toBe(200);
    expect(await records(c)).toBe(0);
    expect(await collegeRows(c, 'training_course')).toBe(0);
    expect(await hoursDuty(org, wang.personId)).toEqual([[`${TEST_YEAR} 年度培训学时达到 110（已完成 0）`, 'open']]);
  });

  it('only the organization department imports; the template has the columns, the kinds as a drop-down and a sheet explaining each column', async () => {
    const { c, wang, org } = await setUp();
    for (const roles of [['discipline'], []]) {
      const who = roles.length ? await userWith(ctx.app, c, roles) : await signInAs(ctx.app, await newAccount(c, { personId: wang.personId }));
      expect((await who.post('/api/imports/training_records', { fileName: 'a.xlsx', contentBase64: await ledgerFile([party()]) })).statusCode).toBe(403);
    }
    const res = await org.get('/api/imports/training_records/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(sheetRows(wb.worksheets[0])[2]).toEqual(Object.values(HEADERS));
    expect(wb.getWorksheet('下拉列表')!.getColumn(1).values).toEqual([undefined, '党校（行政学院、干部学院）培训', '学院组织的集中培训', '网络培训', '学术会议和专业研修', '在岗学习和岗位实践锻炼']);
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toEqual(['列', '工号', '姓名', '培训名称', '主办单位', '开始日期', '结束日期', '学时', '培训类别']);
  });
});
