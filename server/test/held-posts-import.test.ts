import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { sidelineReport } from '../src/core/db/schema';
import { ENGINES } from './support/database';
import { testApp, type Client } from './support/app';
import { collegeRows, newCollege, newDepartment, newHolder, TEST_TODAY, useFactoryApp, userWith, yearsAgo, auditOf, newAccount, signInAs, type College } from './support/factories';
import { newOutsideOrg, newSideline, newUscc } from './support/area-factories';
import { fixedClock } from '../src/core/shared/clock';
import { addDays, addYears } from '../src/core/shared/dates';
import { sheetRows, workbook, importLedgerFile } from './support/documents';
import { GO_LIVE_LEDGERS, importTemplateOf } from '../src/core/imports/template';

const HEADERS: Record<string, string> = {
  staffNo: '工号', name: '姓名*', department: '部门', orgName: '兼职单位名称*', uscc: '统一社会信用代码', orgKind: '单位类型', relatedField: '与学院或本人领域相关',
  postTitle: '兼任职务*', postKind: '职务类别*', hasTerms: '是否实行任期制*', termNumber: '现任届次', termStart: '本届起始日期', termEnd: '本届届满日期', pastTerms: '往届起止',
  firstHeldSince: '首次任职日期*', pay: '是否取酬*', payAmount: '取酬金额（元/年）', approvalNo: '批准文号',
};
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const ledgerFile = (rows: Row[]) => importLedgerFile('兼职台账', '某学院兼职台账', HEADERS, rows);

describe.each(ENGINES)('go-live import of held part-time posts (兼职台账) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A college with a middle-chief cadre and the organization department signed in. */
  async function setUp() {
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartment(c, { name: '信息工程系' });
    const cadre = await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '主任', person: { name: '周明远', staffNo: 'Z1001' } });
    const org = await userWith(ctx.app, c, ['org']);
    return { c, dept, cadre, org };
  }
  const noTerms = (over: Row = {}): Row => ({
    staffNo: 'Z1001', name: '周明远', orgName: '省计算机学会', uscc: newUscc(), orgKind: '社会团体', relatedField: '是', postTitle: '理事', postKind: '其他职务',
    hasTerms: '否', firstHeldSince: yearsAgo(11), pay: '否', approvalNo: '院党委〔2015〕3号', ...over,
  });
  const upload = async (org: Client, rows: Row[], fileName = '兼职台账.xlsx') => org.post('/api/imports/held_sidelines', { fileName, contentBase64: await ledgerFile(rows) });
  const posts = (c: College) => collegeRows(c, 'sideline');

  it('every row is checked: each error in Chinese names the column and the rule, and the preview writes nothing', async () => {
    const { c, org } = await setUp();
    const uscc = newUscc();
    const badCode = uscc.slice(0, 17) + (uscc[17] === '1' ? '2' : '1');
    const res = await upload(org, [
      noTerms({ staffNo: 'Z9999', name: '不存在' }),
      noTerms({ uscc: badCode }),
      noTerms({ hasTerms: '是', termNumber: '1', termStart: '2024-06-01', termEnd: '2023-05-31', firstHeldSince: '2024-06-01', orgName: '省软件协会', uscc: newUscc() }),
      noTerms({ postKind: '顾问类', orgName: '省数据学会', uscc: newUscc() }),
      noTerms({ uscc }),
      noTerms({ uscc, postTitle: ' 理 事' }),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.counts).toMatchObject({ new: 1, bad: 5 });
    const detail = (row: number) => p.results.find((r: { row: number }) => r.row === row).detail;
    expect(detail(4)).toBe('工号：花名册中没有工号为“Z9999”的人员');
    expect(detail(5)).toBe('统一社会信用代码：校验位不正确（GB 32100），请核对是否录错');
    expect(detail(6)).toBe('本届届满日期：不晚于本届起始日期 2024-06-01（日期颠倒）');
    expect(detail(7)).toBe('职务类别：“顾问类”不是可选的职务类别，应为：社会团体领导职务、法定代表人、社会团体领导职务兼法定代表人、其他职务');
    expect(p.results.find((r: { row: number }) => r.row === 8).result).toBe('new');
    expect(detail(9)).toBe('兼任职务：与第 8 行是同一人员在同一单位的同一职务（文件内重复）');
    expect(await posts(c)).toBe(0);
    expect(await collegeRows(c, 'outside_org')).toBe(0);
  });

  it('a person found by name and department; the same name twice in the department asks for the 工号', async () => {
    const { c, dept, org } = await setUp();
    await newHolder(c, { rank: 'middle_deputy', departmentId: dept.id, person: { name: '李华', staffNo: 'L1' } });
    await newHolder(c, { rank: 'middle_deputy', departmentId: dept.id, person: { name: '李华', staffNo: 'L2' } });
    const p = (await upload(org, [noTerms({ staffNo: '', department: '信息工程系' }), noTerms({ staffNo: '', name: '李华', department: '信息工程系', orgName: '省数据学会', uscc: newUscc() })])).json();
    expect(p.results.map((r: { result: string; detail: string }) => [r.result, r.result === 'bad' ? r.detail : ''])).toEqual([
      ['new', ''],
      ['bad', '工号：“信息工程系”有 2 名同名人员“李华”，请填写工号'],
    ]);
  });

  it('a post without terms held 11 years is over the 第十四条 limit as soon as it is imported; a third term too; gaps are warnings', async () => {
    const { c, org } = await setUp();
    const p = (await upload(org, [
      noTerms(),
      noTerms({ orgName: '省高职教育学会', uscc: newUscc(), postTitle: '副秘书长', postKind: '社会团体领导职务', hasTerms: '是', termNumber: '3', termStart: yearsAgo(1), termEnd: addYears(yearsAgo(1), 4), firstHeldSince: yearsAgo(10), pastTerms: `${yearsAgo(10)}至${addDays(yearsAgo(6), -1)}；${addDays(yearsAgo(6), 30)}至`, pay: '是', payAmount: '3,000', approvalNo: '' }),
    ])).json();
    expect(p.counts).toMatchObject({ new: 2, bad: 0, warned: 2 });
    expect(p.results[0].warnings).toEqual([`自 ${yearsAgo(11)} 起兼任，已超过未实行任期制的兼职最长 10 年的规定（《领导干部兼职管理办法》第十四条）（${yearsAgo(1)} 已满），导入后即列为应办事项`]);
    expect(p.results[1].warnings).toEqual([
      `第 1 届届满（${addDays(yearsAgo(6), -1)}）与第 2 届起始（${addDays(yearsAgo(6), 30)}）之间空缺 30 天`,
      '第 2 届缺少届满日期，按下一届起始日期计',
      '现任第 3 届，超过在同一职位兼职不得超过 2 届的规定（《领导干部兼职管理办法》第十四条），导入后即列为应办事项',
      '兼职取酬：所获报酬应全额上缴学院财资处（《领导干部兼职管理办法》第十一条），请在兼职页登记取酬和上缴',
      '未填批准文号',
    ]);
    const done = await org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false });
    expect(done.statusCode, done.body).toBe(200);
    expect(await posts(c)).toBe(4);
    const overview = (await org.get('/api/imports')).json();
    const ledger = overview.ledgers.find((l: { key: string }) => l.key === 'held_sidelines');
    expect(ledger).toMatchObject({ available: true, imported: 2 });
    expect(ledger.batches.map((b: { id: number; status: string; undoable: boolean; createdByName: string }) => [b.id, b.status, b.undoable])).toEqual([[p.id, 'committed', true]]);
    const terms = ledger.consequences.filter((d: { title: string }) => d.title.startsWith('兼职'));
    expect(terms.map((d: { title: string; citation: string; dueDate: string; status: string }) => [d.title, d.citation, d.dueDate, d.status])).toEqual([
      ['兼职满 10 年（' + yearsAgo(1) + '）：省计算机学会理事', 'scitc-2025 附件2 第十四条', yearsAgo(1), 'overdue'],
      ['兼职超过 2 届（第 3 届）：省高职教育学会副秘书长', 'scitc-2025 附件2 第十四条', yearsAgo(1), 'overdue'],
    ]);
    // The seven ledgers listed; available exactly where an area has registered its template (the others 尚未提供).
    expect(overview.ledgers.map((l: { key: string; available: boolean }) => [l.key, l.available])).toEqual(GO_LIVE_LEDGERS.map((l) => [l.key, !!importTemplateOf(l.key)]));
  });

  it('commit is all or none; only the good rows when asked; re-import updates by person + organization + post; the same file twice changes nothing', async () => {
    const { c, org } = await setUp();
    const uscc = newUscc();
    const rows = [noTerms({ uscc }), noTerms({ staffNo: 'Z404', orgName: '省数据学会', uscc: newUscc() })];
    const file = await ledgerFile(rows);
    const first = (await org.post('/api/imports/held_sidelines', { fileName: '兼职台账.xlsx', contentBase64: file })).json();
    const refused = await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'IMPORT.HAS_ERRORS', message: '有 1 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”' });
    expect(await posts(c)).toBe(0);
    const good = (await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: true })).json();
    expect(good.counts).toMatchObject({ new: 1, skipped: 1 });
    expect(await posts(c)).toBe(1);

    // The same file again: every good row unchanged, nothing written.
    const again = (await org.post('/api/imports/held_sidelines', { fileName: '兼职台账（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, unchanged: 1, bad: 1 });
    expect(again.sameFileAs).toBe(first.id);
    const againDone = (await org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: true })).json();
    expect(againDone.counts).toMatchObject({ new: 0, update: 0, unchanged: 1 });
    expect(await posts(c)).toBe(1);
    expect(await collegeRows(c, 'outside_org')).toBe(1);

    // A corrected file: the post is updated in place of the earlier one (now with terms).
    const fixed = (await upload(org, [noTerms({ uscc, hasTerms: '是', termNumber: '2', termStart: yearsAgo(2), termEnd: addYears(yearsAgo(2), 5), pastTerms: `${yearsAgo(7)}至${addDays(yearsAgo(2), -1)}`, firstHeldSince: yearsAgo(7) })])).json();
    expect(fixed.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['update', `按新内容重新登记：第 2 届（${yearsAgo(2)}至${addYears(yearsAgo(2), 5)}），另登记往届 1 届`]]);
    await org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false });
    expect(await posts(c)).toBe(2);
    expect(await collegeRows(c, 'sideline', "status = 'active' AND has_terms AND term_number = 2")).toBe(1);
  });

  it('a batch is withdrawn within the day (audited), restoring what it replaced; refused the day after and before a later batch', async () => {
    const { c, org } = await setUp();
    const uscc = newUscc();
    const a = (await upload(org, [noTerms({ uscc })])).json();
    await org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false });
    const b = (await upload(org, [noTerms({ uscc, approvalNo: '院党委〔2016〕9号' })])).json();
    await org.post(`/api/imports/batches/${b.id}/commit`, { onlyGood: false });
    const early = await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('IMPORT.UNDO_LATER_BATCH');
    const undone = await org.post(`/api/imports/batches/${b.id}/undo`, { reason: '批准文号填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'undone', undoReason: '批准文号填错', undoable: false });
    expect(await collegeRows(c, 'sideline', "registration_no = '院党委〔2015〕3号'")).toBe(1);
    expect(await collegeRows(c, 'sideline')).toBe(1);
    expect(await auditOf(c, 'import_batch', b.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);

    // The day after, the first batch can no longer be withdrawn.
    const tomorrow = (await testApp(ctx.database, { clock: fixedClock(addDays(TEST_TODAY, 1)) })).app;
    try {
      const orgTomorrow = await userWith(tomorrow, c, ['org']);
      const late = await orgTomorrow.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
      expect(late.statusCode).toBe(409);
      expect(late.json().error).toMatchObject({ code: 'IMPORT.UNDO_LATE', message: `该批次导入于 ${TEST_TODAY}，只能在导入当天撤销；如需更正，请修改后重新导入（按记录更新）` });
      expect(await collegeRows(c, 'sideline')).toBe(1);
    } finally {
      await tomorrow.close();
    }
    // Withdrawn the same day, the whole batch goes, with the organization it registered.
    const d = (await upload(org, [noTerms({ orgName: '省教育学会', uscc: newUscc() })])).json();
    await org.post(`/api/imports/batches/${d.id}/commit`, { onlyGood: false });
    expect(await collegeRows(c, 'outside_org')).toBe(2);
    expect((await org.post(`/api/imports/batches/${d.id}/undo`, { reason: '重复导入' })).statusCode).toBe(200);
    expect(await collegeRows(c, 'outside_org')).toBe(1);
    expect(await collegeRows(c, 'sideline')).toBe(1);
  });

  it('a batch whose post has been used since (a yearly report filed) is not withdrawn', async () => {
    const { c, org } = await setUp();
    const uscc = newUscc();
    const a = (await upload(org, [noTerms({ uscc })])).json();
    await org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false });
    const [held] = (await c.db.execute(sql`SELECT id FROM sideline WHERE institution_id = ${c.id}`)).rows as { id: number }[];
    await c.db.insert(sidelineReport).values({ institutionId: c.id, sidelineId: held.id, year: 2025, rolePerformed: '参加理事会', payReceived: false, expenses: '无', submittedBy: 0, submittedAt: TEST_TODAY });
    const res = await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: '导入的兼职已有后续办理记录（省计算机学会理事：年度报告、取酬、附件、续任或辞去），不能撤销该批次；如需更正，请修改后重新导入或在兼职页办理' });
    expect(await posts(c)).toBe(1);
    const again = (await upload(org, [noTerms({ uscc, approvalNo: '院党委〔2015〕4号' })])).json();
    expect(again.results[0].detail).toBe('兼任职务：此前导入的该兼职已有年度报告、取酬或续任等办理记录，不能再通过导入修改；请在兼职页办理');
  });

  it('a post registered through an application is not imported again; an organization registered is matched by its code', async () => {
    const { c, cadre, org } = await setUp();
    const known = await newOutsideOrg(c, { name: '省人工智能学会' });
    await newSideline(c, { personId: cadre.id, orgId: known.id, postTitle: '理事' });
    const p = (await upload(org, [noTerms({ orgName: '省人工智能学会', uscc: known.uscc!, orgKind: '', relatedField: '' }), noTerms({ orgName: '人工智能学会', uscc: known.uscc!, postTitle: '常务理事' })])).json();
    expect(p.results.map((r: { result: string; detail: string; warnings: string[] }) => [r.result, r.result === 'bad' ? r.detail : r.warnings[0]])).toEqual([
      ['bad', '兼任职务：该兼职已经审批登记，在兼职台账中已有，不需导入'],
      ['new', '该统一社会信用代码在系统中登记的单位名称为“省人工智能学会”，按已登记的单位导入'],
    ]);
  });

  it('回避: an organization department member who is a cadre cannot import their own post; two new organizations of one name need one code', async () => {
    const { c, cadre, org } = await setUp();
    const orgCadre = await userWith(ctx.app, c, ['org'], cadre.id);
    const own = (await upload(orgCadre, [noTerms()])).json();
    expect(own.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['bad', '姓名：这是您本人的兼职，不能由本人导入登记（应当回避），请由党委组织部其他同志导入']]);
    const twice = (await upload(org, [noTerms({ orgName: '省大数据学会', uscc: newUscc() }), noTerms({ orgName: '省大数据学会', uscc: newUscc(), postTitle: '常务理事' })])).json();
    expect(twice.results.map((r: { result: string }) => r.result)).toEqual(['new', 'bad']);
    expect(twice.results[1].detail).toMatch(/^统一社会信用代码：与第 4 行是同名的新单位“省大数据学会”，但统一社会信用代码（[0-9A-Z]{18}）不同；同一单位请填写相同的代码$/);
    // The good row commits (before the fix the second row reached the database and failed there with a 500).
    expect((await org.post(`/api/imports/batches/${twice.id}/commit`, { onlyGood: true })).statusCode).toBe(200);
    expect(await collegeRows(c, 'outside_org')).toBe(1);
  });

  it('a double click on 确认导入 or 撤销 acts once: the second finds the batch no longer pending (409) and writes nothing', async () => {
    const { c, org } = await setUp();
    const p = (await upload(org, [noTerms()])).json();
    const both = await Promise.all([org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false }), org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false })]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(both.find((r) => r.statusCode === 409)!.json().error.code).toBe('IMPORT.NOT_PENDING');
    expect(await posts(c)).toBe(1);
    const undos = await Promise.all([1, 2].map(() => org.post(`/api/imports/batches/${p.id}/undo`, { reason: '导入的文件有误' })));
    expect(undos.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(await posts(c)).toBe(0);
    expect((await auditOf(c, 'import_batch', p.id)).filter((a) => a !== 'import.preview')).toEqual(['import.commit', 'import.undo']);
  });

  it('only the organization department imports; a file that is not Excel is refused before it is opened', async () => {
    const { c, cadre, org } = await setUp();
    for (const roles of [['discipline'], ['sysadmin'], []]) {
      const who = roles.length ? await userWith(ctx.app, c, roles) : await signInAs(ctx.app, await newAccount(c, { personId: cadre.id }));
      expect((await who.get('/api/imports')).statusCode).toBe(403);
      expect((await who.post('/api/imports/held_sidelines', { fileName: 'a.xlsx', contentBase64: await ledgerFile([noTerms()]) })).statusCode).toBe(403);
    }
    const notExcel = await org.post('/api/imports/held_sidelines', { fileName: '兼职台账.xlsx', contentBase64: Buffer.from('%PDF-1.4 not a sheet').toString('base64') });
    expect(notExcel.statusCode).toBe(400);
    expect(notExcel.json().error.code).toBe('IMPORT.TYPE');
    expect((await org.post('/api/imports/no_such', { fileName: 'a.xlsx', contentBase64: await ledgerFile([noTerms()]) })).statusCode).toBe(404);
    const other = await newCollege(ctx.database.db);
    const otherOrg = await userWith(ctx.app, other, ['org']);
    const mine = (await upload(org, [noTerms()])).json();
    expect((await otherOrg.get(`/api/imports/batches/${mine.id}`)).statusCode).toBe(404);
  });

  it('the template has the columns, drop-down lists and a sheet explaining each column', async () => {
    const { org } = await setUp();
    const res = await org.get('/api/imports/held_sidelines/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(sheetRows(wb.worksheets[0])[2]).toEqual(Object.values(HEADERS));
    expect(wb.getWorksheet('下拉列表')!.getColumn(1).values).toContain('信息工程系');
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toContain('统一社会信用代码');
  });
});
