import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ENGINES } from './support/database';
import { untilWaitingOnALock } from './support/locks';
import { testApp, type Client } from './support/app';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, newAccount, newCollege, newDepartmentWithHead, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAppraisal, newAppraisalCycle } from './support/area-factories';
import { fixedClock } from '../src/core/shared/clock';
import { addDays } from '../src/core/shared/dates';
import { sheetRows, workbook, importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = { year: '年度*', staffNo: '工号*', name: '姓名', department: '部门', grade: '考核等次*', reason: '评定依据', quotaReason: '超出优秀名额的理由' };
type Row = Partial<Record<keyof typeof HEADERS, string>>;
type Result = { row: number; key: string; label: string; result: string; detail: string };

/** The ledger as an office fills in the template (title, note, header row, rows). */
const resultsFile = (rows: Row[]) => importLedgerFile('年度考核结果', '某学院年度考核结果', HEADERS, rows);

describe.each(ENGINES)('go-live import of annual appraisal results (年度考核结果) on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const REASON = '全年两项重点任务未按期完成，经部门考核小组认定';
  const LAST = TEST_YEAR - 1;

  /**
   * A college under ahzaxy-2020 (优秀 quota 20%, at least 1): TEST_YEAR's appraisal open, last year's closed; a
   * department of its head and 9 staff (2 excellent places). The organization department signed in (no person).
   */
  async function setUp() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const cycle = await newAppraisalCycle(c);
    const closed = await newAppraisalCycle(c, { year: LAST, closed: true });
    const a = await newDepartmentWithHead(c, { staff: 9 });
    const org = await userWith(ctx.app, c, ['org']);
    return { c, cycle, closed, a, org };
  }
  type Scene = Awaited<ReturnType<typeof setUp>>;
  const row = (p: { staffNo: string; name: string }, over: Row = {}): Row => ({ year: String(TEST_YEAR), staffNo: p.staffNo, name: p.name, grade: '称职', ...over });
  const upload = async (org: Client, rows: Row[], fileName = '年度考核结果.xlsx') => org.post('/api/imports/appraisal_results', { fileName, contentBase64: await resultsFile(rows) });
  const commit = async (org: Client, id: number, onlyGood = false) => org.post(`/api/imports/batches/${id}/commit`, { onlyGood });
  /** The appraisal page's own template (everyone of the year listed), filled in with a grade for the people named. */
  const pageFile = async (s: Scene, grades: [{ name: string }, string][]) => {
    const tpl = await workbook((await s.org.get(`/api/appraisal-cycles/${s.cycle.id}/import-template.xlsx`)).rawPayload);
    const ws = tpl.getWorksheet('考核结果')!;
    const rowOf = (name: string) => 4 + sheetRows(ws).slice(3).findIndex((r) => r[1] === name);
    for (const [p, grade] of grades) ws.getRow(rowOf(p.name)).getCell(5).value = grade;
    return Buffer.from(await tpl.xlsx.writeBuffer()).toString('base64');
  };
  const gradesOf = async (s: Scene) =>
    Object.fromEntries(((await s.c.db.execute(sql`SELECT person_id, year, grade, reason FROM appraisal WHERE institution_id = ${s.c.id} ORDER BY person_id`)).rows as { person_id: number; year: number; grade: string; reason: string | null }[]).map((r) => [`${r.person_id}/${r.year}`, r.reason ? `${r.grade}: ${r.reason}` : r.grade]));

  it('every row is checked by the grid\'s checks (scale, 第6条 quota, 第12条 basis, twice, 回避, a year without an open cycle); each error names the column and the rule; the preview writes nothing', async () => {
    const s = await setUp();
    const [p0, p1, p2, p3, p4, p5, p6] = s.a.staff;
    const p = (await upload(s.org, [
      row(p0, { year: '' }),
      row(p0, { year: '二〇二四' }),
      row(p0, { year: String(TEST_YEAR - 5) }),
      row(p0, { year: String(LAST) }),
      row({ staffNo: 'Z99999', name: '查无此人' }),
      row(p1, { name: '张冒名' }),
      row(p2, { grade: '良好' }),
      row(p3, { grade: '优秀' }),
      row(p4, { grade: '优秀' }),
      row(p5, { grade: '优秀' }), // the third excellent of 10: no reason
      row(p6, { grade: '基本称职' }), // no basis
      row(p0, { grade: '称职' }),
      row(p0, { grade: '优秀' }), // p0 twice in the year
      row(s.a.head, { grade: '' }),
    ])).json() as { id: number; counts: Record<string, number>; results: Result[] };
    expect(p.results.map((r) => [r.row, r.result, r.detail])).toEqual([
      [4, 'bad', '年度：不能为空'],
      [5, 'bad', `年度：“二〇二四”应为四位数字的年份，如 ${TEST_YEAR}`],
      [6, 'bad', `年度：${TEST_YEAR - 5} 年度尚未开启年度考核，不能登记该年度的考核结果；请先在“激励担当作为 → 年度考核”中开启 ${TEST_YEAR - 5} 年度考核`],
      [7, 'bad', `年度：${LAST} 年度考核已结束，不能再登记`],
      [8, 'bad', `工号：“Z99999”不是 ${TEST_YEAR} 年度参加考核的人员（院级领导由上级党委考核）`],
      [9, 'bad', `姓名：与工号 ${p1.staffNo} 登记的姓名“${p1.name}”不一致`],
      [10, 'bad', '考核等次：“良好”应为 优秀、称职、基本称职、不称职'],
      [11, 'new', `${TEST_YEAR} 年度登记为“优秀”`],
      [12, 'new', `${TEST_YEAR} 年度登记为“优秀”`],
      [13, 'bad', expect.stringMatching(/^超出优秀名额的理由：本部门参加考核 10 人，优秀名额 2 个.*超出名额须写明理由（《激励担当作为实施意见》第6条）$/)],
      [14, 'bad', '评定依据：评为“基本称职”须写明依据的事实（不少于 5 个字）（《激励担当作为实施意见》第12条）'],
      [15, 'bad', '工号：出现不止一次，每人只能登记一个等次'],
      [16, 'bad', '工号：出现不止一次，每人只能登记一个等次'],
      [17, 'unchanged', '未填写考核等次，不登记'],
    ]);
    expect(p.counts).toMatchObject({ new: 2, update: 0, unchanged: 1, bad: 11 });
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);

    // 回避: the head, with the organization department's role, imports a row of their own.
    const orgHead = await signInAs(ctx.app, await newAccount(s.c, { personId: s.a.head.personId, roles: ['org'] }));
    const own = (await upload(orgHead, [row(s.a.head), row(p0)])).json() as { results: Result[] };
    expect(own.results.map((r) => [r.result, r.detail])).toEqual([
      ['bad', '工号：您是本人，不能登记本人的年度考核等次（应当回避），请由其他有权限的同志办理'],
      ['new', `${TEST_YEAR} 年度登记为“称职”`],
    ]);

    // All or none: with bad rows nothing is written unless only the good rows are asked for.
    const refused = await commit(s.org, p.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('IMPORT.HAS_ERRORS');
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);
    const good = await commit(s.org, p.id, true);
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().counts).toMatchObject({ new: 2, skipped: 11 });
    expect(await gradesOf(s)).toEqual({ [`${p3.personId}/${TEST_YEAR}`]: 'excellent', [`${p4.personId}/${TEST_YEAR}`]: 'excellent' });
  });

  it('re-import updates by 工号 + 年度; the same file twice changes nothing; an adverse grade registers its talk occasion', async () => {
    const s = await setUp();
    const [p0, p1] = s.a.staff;
    const file = await resultsFile([row(p0), row(p1, { grade: '基本称职', reason: REASON })]);
    const first = (await s.org.post('/api/imports/appraisal_results', { fileName: '考核结果.xlsx', contentBase64: file })).json();
    expect(first.results.map((r: Result) => [r.key, r.label, r.result, r.detail])).toEqual([
      [`${TEST_YEAR} 年度 · 工号 ${p0.staffNo}`, p0.name, 'new', `${TEST_YEAR} 年度登记为“称职”`],
      [`${TEST_YEAR} 年度 · 工号 ${p1.staffNo}`, p1.name, 'new', `${TEST_YEAR} 年度登记为“基本称职”；列入谈心谈话情形`],
    ]);
    expect((await commit(s.org, first.id)).statusCode).toBe(200);
    expect(await gradesOf(s)).toEqual({ [`${p0.personId}/${TEST_YEAR}`]: 'competent', [`${p1.personId}/${TEST_YEAR}`]: `basic: ${REASON}` });
    expect(await collegeRows(s.c, 'talk_occasion', `subject_person_id = ${p1.personId}`)).toBe(1);

    const again = (await s.org.post('/api/imports/appraisal_results', { fileName: '考核结果（再次）.xlsx', contentBase64: file })).json();
    expect(again.sameFileAs).toBe(first.id);
    expect(again.counts).toMatchObject({ new: 0, update: 0, unchanged: 2 });
    expect((await commit(s.org, again.id)).json().counts).toMatchObject({ unchanged: 2 });
    expect(await collegeRows(s.c, 'appraisal')).toBe(2);
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(1);

    const fixed = (await upload(s.org, [row(p1, { grade: '称职' })])).json();
    expect(fixed.results.map((r: Result) => [r.result, r.detail])).toEqual([['update', `${TEST_YEAR} 年度由“基本称职”改为“称职”`]]);
    await commit(s.org, fixed.id);
    expect((await gradesOf(s))[`${p1.personId}/${TEST_YEAR}`]).toBe('competent');
    expect(await collegeRows(s.c, 'appraisal')).toBe(2);

    // 姓名 is only a check: a row without it is matched by its 工号.
    const unnamed = (await upload(s.org, [row(p1, { name: '', grade: '称职' })])).json();
    expect(unnamed.results.map((r: Result) => [r.label, r.result])).toEqual([[p1.name, 'unchanged']]);
  });

  it('a batch is withdrawn within the day (audited), restoring the grades as they were; refused once a grade was changed since, and the day after', async () => {
    const s = await setUp();
    const [p0, p1, p2] = s.a.staff;
    await newAppraisal(s.c, { cycle: s.cycle, personId: p0.personId, departmentId: s.a.departmentId, grade: 'competent' });
    const a = (await upload(s.org, [row(p0, { grade: '优秀' }), row(p1, { grade: '不称职', reason: REASON })])).json();
    expect((await commit(s.org, a.id)).statusCode).toBe(200);
    expect(await gradesOf(s)).toEqual({ [`${p0.personId}/${TEST_YEAR}`]: 'excellent', [`${p1.personId}/${TEST_YEAR}`]: `incompetent: ${REASON}` });
    expect(await collegeRows(s.c, 'talk_occasion', `subject_person_id = ${p1.personId}`)).toBe(1);

    // Each cadre was told their grade; the bell of p1 shows it.
    const p1Bell = await signInAs(ctx.app, await newAccount(s.c, { personId: p1.personId }));
    const bell = async () => (await p1Bell.get('/api/notifications')).json() as { unread: number; items: { id: number; title: string; body: string }[] };
    const told = await bell();
    expect(told.items).toHaveLength(1);
    expect(told.items[0].body).toContain('不称职');
    // Read before the undo: the withdrawal makes it unread again, so the bell counts it.
    expect((await p1Bell.post(`/api/notifications/${told.items[0].id}/read`)).statusCode).toBeLessThan(300);
    expect((await bell()).unread).toBe(0);

    const undone = await s.org.post(`/api/imports/batches/${a.id}/undo`, { reason: '等次填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'undone', undoable: false });
    expect(await gradesOf(s)).toEqual({ [`${p0.personId}/${TEST_YEAR}`]: 'competent' });
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(0);
    expect(await auditOf(s.c, 'import_batch', a.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);
    // The notices the batch sent stay in the bells, marked withdrawn with why; nothing of them is left to send.
    const withdrawn = await bell();
    expect(withdrawn.items).toHaveLength(1);
    expect(withdrawn.items[0].title).toBe(`【已撤销】${told.items[0].title}`);
    expect(withdrawn.items[0].body).toContain(`所在导入批次已于 ${TEST_TODAY} 撤销，本通知作废`);
    expect(withdrawn.unread).toBe(1);
    expect(await collegeRows(s.c, 'notification', `title NOT LIKE '【已撤销】%'`)).toBe(0);
    const [undoAudit] = (await s.c.db.execute(sql`SELECT summary FROM audit_event WHERE institution_id = ${s.c.id} AND action = 'import.undo'`)).rows as { summary: { detail: Record<string, unknown> } }[];
    expect(undoAudit.summary.detail).toMatchObject({ removed: 1, restored: 1, noticesWithdrawn: 2 });

    // A grade changed on the grid since the import: the batch can no longer be withdrawn.
    const b = (await upload(s.org, [row(p2, { grade: '优秀' })])).json();
    await commit(s.org, b.id);
    const grid = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/grades`, { departmentId: s.a.departmentId, rows: [{ personId: p2.personId, grade: 'competent' }] });
    expect(grid.statusCode, grid.body).toBe(200);
    const inUse = await s.org.post(`/api/imports/batches/${b.id}/undo`, { reason: '文件有误' });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: `该批次登记的考核等次此后已修改（${p2.name}），不能撤销该批次；如需更正，请修改后重新导入` });

    // Only the basis of an adverse grade edited on the grid since (the grade as imported): refused as well.
    const d = (await upload(s.org, [row(p1, { grade: '不称职', reason: REASON })])).json();
    expect((await commit(s.org, d.id)).statusCode).toBe(200);
    const basis = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/grades`, { departmentId: s.a.departmentId, rows: [{ personId: p1.personId, grade: 'incompetent', reason: `${REASON}，另有一项工作失误` }] });
    expect(basis.statusCode, basis.body).toBe(200);
    expect((await gradesOf(s))[`${p1.personId}/${TEST_YEAR}`]).toBe(`incompetent: ${REASON}，另有一项工作失误`);
    const basisEdited = await s.org.post(`/api/imports/batches/${d.id}/undo`, { reason: '文件有误' });
    expect(basisEdited.statusCode).toBe(409);
    expect(basisEdited.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: expect.stringContaining(p1.name) });

    // The day after, a batch can no longer be withdrawn.
    const c2 = (await upload(s.org, [row(p0, { grade: '称职' }), row(p1, { grade: '称职' })])).json();
    await commit(s.org, c2.id);
    const tomorrow = (await testApp(ctx.database, { clock: fixedClock(addDays(TEST_TODAY, 1)) })).app;
    try {
      const orgTomorrow = await userWith(tomorrow, s.c, ['org']);
      const late = await orgTomorrow.post(`/api/imports/batches/${c2.id}/undo`, { reason: '文件有误' });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('IMPORT.UNDO_LATE');
    } finally {
      await tomorrow.close();
    }
  });

  it('the appraisal page\'s import answers as before and is a batch of this template, withdrawable within the day; the go-live page lists the seventh template', async () => {
    const s = await setUp();
    const [p0, p1] = s.a.staff;
    const tpl = await s.org.get(`/api/appraisal-cycles/${s.cycle.id}/import-template.xlsx`);
    const wb = await workbook(tpl.rawPayload);
    const ws = wb.getWorksheet('考核结果')!;
    const at = (name: string) => 4 + sheetRows(ws).slice(3).findIndex((r) => r[1] === name);
    ws.getRow(at(p0.name)).getCell(5).value = '优秀';
    ws.getRow(at(p1.name)).getCell(5).value = '基本称职';
    const body = { fileName: '考核结果.xlsx', contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString('base64') };

    const preview = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports/preview`, body);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(Object.keys(preview.json()).sort()).toEqual(['counts', 'fileName', 'results', 'status', 'totalRows']);
    expect(preview.json()).toMatchObject({ fileName: '考核结果.xlsx', status: 'previewed', totalRows: 10, counts: { new: 1, update: 0, unchanged: 0, blank: 8, bad: 1 } });
    expect(preview.json().results.find((r: { personId: number }) => r.personId === p1.personId)).toMatchObject({ row: at(p1.name), name: p1.name, grade: 'basic', result: 'bad', detail: expect.stringContaining('第12条') });
    expect(await collegeRows(s.c, 'import_batch')).toBe(0);

    const done = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, { ...body, onlyGood: true });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'committed', totalRows: 10, counts: { new: 1, skipped: 1, blank: 8 } });
    expect(await gradesOf(s)).toEqual({ [`${p0.personId}/${TEST_YEAR}`]: 'excellent' });

    const overview = (await s.org.get('/api/imports')).json() as { ledgers: { key: string; available: boolean; elsewhere: unknown; imported: number; batches: { id: number; undoable: boolean }[] }[] };
    expect(overview.ledgers.map((l) => l.key)).toEqual(['held_sidelines', 'talk_records', 'appraisal_results', 'training_records', 'reserve_pool', 'accountability_cases', 'interview_records']);
    const results = overview.ledgers.find((l) => l.key === 'appraisal_results')!;
    expect(results).toMatchObject({ available: true, elsewhere: null, imported: 1, batches: [{ id: done.json().batchId, undoable: true }] });
    expect((await s.org.post(`/api/imports/batches/${done.json().batchId}/undo`, { reason: '导错了年度' })).statusCode).toBe(200);
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);

    const template = await workbook((await s.org.get('/api/imports/appraisal_results/template.xlsx')).rawPayload);
    expect(sheetRows(template.worksheets[0])[2]).toEqual(Object.values(HEADERS));
    expect(template.getWorksheet('下拉列表')!.getColumn(1).values).toEqual([undefined, '优秀', '称职', '基本称职', '不称职']);
  });

  it.runIf(engine === 'postgres')('the appraisal page\'s import takes the college\'s locks in the order every command does: a command holding the college\'s row does not deadlock with it', async () => {
    const s = await setUp();
    const [p0] = s.a.staff;
    const body = { fileName: '考核结果.xlsx', contentBase64: await pageFile(s, [[p0, '称职']]), onlyGood: true };
    const db = ctx.database.db;
    const waitingOnALock = () => untilWaitingOnALock(db, 'the import never waited for the college row');
    // A command between the college's row and its audit event (as a command changing every college ends: the rows,
    // then the head), while the import runs: the import must wait for the row before it takes the audit head, or each
    // waits for the other.
    let imported: Promise<{ statusCode: number; body: string }> | undefined;
    await db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE institution SET facts_version = facts_version + 1 WHERE id = ${s.c.id}`);
      imported = s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, body);
      await waitingOnALock();
      await new Promise((r) => setTimeout(r, 200)); // the import as far as it gets
      await tx.execute(sql`SELECT id FROM audit_chain WHERE institution_id = ${s.c.id} FOR UPDATE`);
    });
    const done = await imported!;
    expect(done.statusCode, done.body).toBe(200);
    expect(await gradesOf(s)).toEqual({ [`${p0.personId}/${TEST_YEAR}`]: 'competent' });
  });

  it('the appraisal page\'s import keeps and commits its batch in one transaction: a failure while writing leaves no batch behind', async () => {
    const s = await setUp();
    const [p0] = s.a.staff;
    const body = { fileName: '考核结果.xlsx', contentBase64: await pageFile(s, [[p0, '称职']]), onlyGood: true };
    // The database refuses this college's grades (as a lost connection or a full disk would, after the batch is kept).
    const trigger = `appraisal_refused_${s.c.id}`;
    await s.c.db.execute(sql.raw(`CREATE FUNCTION ${trigger}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`));
    await s.c.db.execute(sql.raw(`CREATE TRIGGER ${trigger} BEFORE INSERT ON appraisal FOR EACH ROW WHEN (NEW.institution_id = ${s.c.id}) EXECUTE FUNCTION ${trigger}()`));
    try {
      const failed = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, body);
      expect(failed.statusCode).toBe(500);
    } finally {
      await s.c.db.execute(sql.raw(`DROP TRIGGER ${trigger} ON appraisal`));
      await s.c.db.execute(sql.raw(`DROP FUNCTION ${trigger}()`));
    }
    expect(await collegeRows(s.c, 'import_batch')).toBe(0);
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);
    expect(await collegeRows(s.c, 'audit_event', `action LIKE 'import.%'`)).toBe(0);

    const done = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, body);
    expect(done.statusCode, done.body).toBe(200);
    expect(await auditOf(s.c, 'import_batch', done.json().batchId)).toEqual(['import.preview', 'import.commit']);
    expect(await collegeRows(s.c, 'import_batch', `status = 'committed'`)).toBe(1);
    expect(await collegeRows(s.c, 'import_batch')).toBe(1);
  });
});
