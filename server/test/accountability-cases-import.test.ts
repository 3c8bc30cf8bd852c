import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { correctionMeasure } from '../src/core/db/schema';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, daysAgo, newCollege, newDepartment, newHolder, TEST_TODAY, useFactoryApp, userWith, type College } from './support/factories';
import { addDays } from '../src/core/shared/dates';
import { importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = {
  staffNo: '工号*', name: '姓名*', matter: '问责事由*', decidedOn: '问责决定日期*', kind: '问责方式*', organ: '决定机关*', docNo: '决定文号',
  applied: '是否申请容错*', outcome: '容错认定结果', determinedOn: '认定日期', impactUntil: '影响期至',
};
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const ledgerFile = (rows: Row[]) => importLedgerFile('问责案件', '某学院问责案件及容错认定结果', HEADERS, rows);

const APPLICATION_ARTICLE = '《容错纠错实施办法》第五条（一）（二）';

describe.each(ENGINES)('go-live import of accountability cases and tolerance outcomes (问责案件及容错认定结果) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A college with a middle cadre, the discipline office's department, the organization department and the discipline office signed in. */
  async function setUp() {
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartment(c, { name: '信息工程系' });
    await newDepartment(c, { name: '纪委办公室' });
    const cadre = await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '主任', person: { name: '周明远', staffNo: 'Z1001' } });
    const org = await userWith(ctx.app, c, ['org']);
    const discipline = await userWith(ctx.app, c, ['discipline']);
    return { c, dept, cadre, org, discipline };
  }
  const exempted = (over: Row = {}): Row => ({
    staffNo: 'Z1001', name: '周明远', matter: '实训基地建设项目验收把关不严', decidedOn: daysAgo(400), kind: '诫勉', organ: '纪委办公室', docNo: '院纪〔2025〕3号',
    applied: '是', outcome: '免责', determinedOn: daysAgo(420), ...over,
  });
  const upload = async (who: Client, rows: Row[], fileName = '问责案件.xlsx') => who.post('/api/imports/accountability_cases', { fileName, contentBase64: await ledgerFile(rows) });
  const cases = (c: College) => collegeRows(c, 'accountability_case');
  const reviews = (c: College) => collegeRows(c, 'tolerance_review');

  it('every row is checked: each error in Chinese names the column and the rule, and the preview writes nothing', async () => {
    const { c, org } = await setUp();
    const res = await upload(org, [
      exempted({ staffNo: 'Z9999', docNo: '院纪〔2025〕101号' }),
      exempted({ name: '周明', docNo: '院纪〔2025〕102号' }),
      exempted({ matter: '', docNo: '院纪〔2025〕103号' }),
      exempted({ decidedOn: '2025-02-30', docNo: '院纪〔2025〕104号' }),
      exempted({ decidedOn: addDays(TEST_TODAY, 1), determinedOn: addDays(TEST_TODAY, 2), docNo: '院纪〔2025〕105号' }),
      exempted({ kind: '警告', docNo: '院纪〔2025〕106号' }),
      exempted({ organ: '不存在的处', docNo: '院纪〔2025〕107号' }),
      exempted({ applied: '有', docNo: '院纪〔2025〕108号' }),
      exempted({ applied: '否', docNo: '院纪〔2025〕109号' }),
      exempted({ outcome: '', determinedOn: '', docNo: '院纪〔2025〕110号' }),
      exempted({ determinedOn: '2025-13-01', docNo: '院纪〔2025〕111号' }),
      exempted({ impactUntil: daysAgo(10), docNo: '院纪〔2025〕112号' }),
      exempted({ outcome: '暂缓认定', docNo: '院纪〔2025〕113号' }),
      exempted(),
      exempted({ matter: '另一事由' }),
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.counts).toMatchObject({ new: 1, bad: 14 });
    expect(p.results.map((r: { row: number; result: string; detail: string }) => [r.row, r.result === 'bad' ? r.detail : r.result])).toEqual([
      [4, '工号：花名册中没有工号为“Z9999”的人员'],
      [5, '姓名：与花名册中工号 Z1001 的姓名“周明远”不一致'],
      [6, '问责事由：不能为空'],
      [7, '问责决定日期：不是有效日期（如 2024-05-20）'],
      [8, '问责决定日期：不能晚于今天（只导入已作出的问责决定）；认定日期：不能晚于今天'],
      [9, '问责方式：“警告”不是可选的问责方式，应为：通报、诫勉、组织调整或者组织处理、纪律处分'],
      [10, '决定机关：系统中没有名为“不存在的处”的部门，请从下拉列表中选择'],
      [11, '是否申请容错：应填“是”或“否”'],
      [12, `容错认定结果：未申请容错的案件不能有容错认定结果：容错认定依本人或单位的申请进行（${APPLICATION_ARTICLE}）；请将“是否申请容错”填为“是”或清空认定结果`],
      [13, '容错认定结果：已申请容错的须填写认定结果（免责、减责、不予容错）；尚未办结的申请请在容错纠错页登记办理'],
      [14, '认定日期：不是有效日期（如 2024-06-10）'],
      [15, '影响期至：只有认定为减责的才填写影响期'],
      [16, '容错认定结果：“暂缓认定”不是可选的认定结果，应为：免责、减责、不予容错'],
      [17, 'new'],
      [18, '决定文号：与第 17 行是同一人员的同一问责决定（文件内重复）'],
    ]);
    expect(await cases(c)).toBe(0);
    expect(await reviews(c)).toBe(0);
  });

  it('an imported exemption protects the person at once; the cases and reviews are closed, and nothing waits in the discipline office', async () => {
    const { c, cadre, org, discipline } = await setUp();
    const p = (await upload(org, [
      exempted(),
      exempted({ matter: '招生宣传材料审核疏漏', docNo: '院纪〔2025〕9号', decidedOn: daysAgo(200), kind: '通报', outcome: '减责', determinedOn: daysAgo(210), impactUntil: addDays(TEST_TODAY, 100) }),
      exempted({ matter: '会议组织纪律松散', docNo: '', decidedOn: daysAgo(100), kind: '通报', applied: '否', outcome: '', determinedOn: '' }),
    ])).json();
    expect(p.counts).toMatchObject({ new: 3, bad: 0, warned: 2 });
    expect(p.results[0].warnings).toEqual(['免责：年度考核、提拔任用、党代表、人大代表、政协委员等资格、评优评先、表彰奖励不受影响（《容错纠错实施办法》第六条（一）），导入后在人员页显示']);
    expect(p.results[2].warnings).toEqual(['未填决定文号，按“工号 + 问责决定日期 + 问责事由”识别该案件']);
    const done = await org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false });
    expect(done.statusCode, done.body).toBe(200);
    expect(await cases(c)).toBe(3);
    expect(await collegeRows(c, 'accountability_case', "stage = 'closed'")).toBe(3);
    expect(await collegeRows(c, 'tolerance_review', "status = 'closed'")).toBe(2);

    const prot = await org.get(`/api/people/${cadre.personId}/tolerance-protections`);
    expect(prot.statusCode, prot.body).toBe(200);
    const body = prot.json();
    expect(body.exemptions.map((e: { matter: string; decidedOn: string; protections: { key: string }[] }) => [e.matter, e.decidedOn, e.protections.map((x) => x.key)])).toEqual([
      ['实训基地建设项目验收把关不严', daysAgo(420), ['annual_appraisal', 'promotion', 'representative_status', 'awards']],
    ]);
    expect(body.impactPeriods.map((e: { matter: string; impactUntil: string }) => [e.matter, e.impactUntil])).toEqual([['招生宣传材料审核疏漏', addDays(TEST_TODAY, 100)]]);

    const rows = (await discipline.get('/api/accountability-cases')).json() as { matter: string; stage: string; handling: string; outcome: string | null }[];
    expect(rows.map((r) => [r.matter, r.stage, r.handling, r.outcome]).sort()).toEqual([
      ['会议组织纪律松散', 'closed', '通报', null],
      ['实训基地建设项目验收把关不严', 'closed', '诫勉（院纪〔2025〕3号）', 'exempt'],
      ['招生宣传材料审核疏漏', 'closed', '通报（院纪〔2025〕9号）', 'mitigate'],
    ]);
    // History, not work: no step of the imported reviews waits for the discipline office.
    const inbox = (await discipline.get('/api/inbox')).json();
    expect(inbox.items).toEqual([]);
    const mine = (await discipline.get('/api/duties/mine')).json();
    const open = mine.items.filter((d: { kind: string; status: string }) => d.kind === 'tolerance_step' && d.status !== 'done');
    expect(open).toEqual([]);
    // The imported steps are there as history, each done on the day of its determination.
    const steps = mine.items.filter((d: { kind: string }) => d.kind === 'tolerance_step').map((d: { status: string; doneDate: string }) => `${d.status} ${d.doneDate}`).sort();
    expect(steps).toEqual([...Array(6).fill(`done ${daysAgo(420)}`), ...Array(5).fill(`done ${daysAgo(210)}`)].sort());
  });

  it('commit is all or none; only the good rows when asked; re-import updates by 工号 + 决定文号; the same file twice changes nothing', async () => {
    const { c, cadre, org } = await setUp();
    const file = await ledgerFile([exempted(), exempted({ staffNo: 'Z404', docNo: '院纪〔2025〕4号' })]);
    const first = (await org.post('/api/imports/accountability_cases', { fileName: '问责案件.xlsx', contentBase64: file })).json();
    const refused = await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'IMPORT.HAS_ERRORS', message: '有 1 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”' });
    expect(await cases(c)).toBe(0);
    const good = (await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: true })).json();
    expect(good.counts).toMatchObject({ new: 1, skipped: 1 });
    expect(await cases(c)).toBe(1);

    const again = (await org.post('/api/imports/accountability_cases', { fileName: '问责案件（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, unchanged: 1, bad: 1 });
    const againDone = (await org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: true })).json();
    expect(againDone.counts).toMatchObject({ new: 0, update: 0, unchanged: 1 });
    expect(await cases(c)).toBe(1);
    expect(await reviews(c)).toBe(1);

    // A corrected file: the same case (by 工号 + 决定文号), now denied; the exemption is gone from the person page.
    const fixed = (await upload(org, [exempted({ outcome: '不予容错' })])).json();
    expect(fixed.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['update', `按新内容更新：诫勉（${daysAgo(400)}，院纪〔2025〕3号）；容错认定：不予容错（${daysAgo(420)}）`]]);
    await org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false });
    expect(await cases(c)).toBe(1);
    expect(await collegeRows(c, 'tolerance_review', "outcome = 'deny'")).toBe(1);
    expect(await reviews(c)).toBe(1);
    expect((await org.get(`/api/people/${cadre.personId}/tolerance-protections`)).json().exemptions).toEqual([]);

    // Withdrawn the same day (audited): the exemption is back as the first batch wrote it.
    const undone = await org.post(`/api/imports/batches/${fixed.id}/undo`, { reason: '认定结果填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(await auditOf(c, 'import_batch', fixed.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);
    expect(await collegeRows(c, 'tolerance_review', "outcome = 'exempt' AND status = 'closed'")).toBe(1);
    expect(await reviews(c)).toBe(1);
    expect((await org.get(`/api/people/${cadre.personId}/tolerance-protections`)).json().exemptions).toHaveLength(1);
    // …and the file is again unchanged against it.
    expect((await org.post('/api/imports/accountability_cases', { fileName: '问责案件（三）.xlsx', contentBase64: file })).json().counts).toMatchObject({ unchanged: 1 });

    // The batch that wrote nothing, then the first batch, withdrawn too: nothing left.
    expect((await org.post(`/api/imports/batches/${again.id}/undo`, { reason: '重复上传' })).statusCode).toBe(200);
    expect((await org.post(`/api/imports/batches/${good.id}/undo`, { reason: '重新整理' })).statusCode).toBe(200);
    expect(await cases(c)).toBe(0);
    expect(await reviews(c)).toBe(0);
  });

  it('a batch whose case has been used since (a corrective measure set) is not withdrawn nor updated by a later file', async () => {
    const { c, cadre, org } = await setUp();
    const p = (await upload(org, [exempted()])).json();
    await org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false });
    const caseId = Number((await c.db.execute(`SELECT id FROM accountability_case WHERE institution_id = ${c.id}`)).rows[0].id);
    await c.db.insert(correctionMeasure).values({ institutionId: c.id, caseId, kind: 'talk', requirement: '谈心谈话', responsiblePersonId: cadre.personId, assignedOn: TEST_TODAY, dueDate: addDays(TEST_TODAY, 30), createdBy: 0 });
    const res = await org.post(`/api/imports/batches/${p.id}/undo`, { reason: '文件有误' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: '导入的问责案件已有后续办理记录（实训基地建设项目验收把关不严：纠错措施、回访或附件），不能撤销该批次；如需更正，请修改后重新导入或在容错纠错页办理' });
    expect(await cases(c)).toBe(1);
    const again = (await upload(org, [exempted({ outcome: '减责' })])).json();
    expect(again.results[0].detail).toBe('决定文号：此前导入的该案件已有纠错措施、回访或附件等后续办理记录，不能再通过导入修改；请在容错纠错页办理');
  });

  it('where the inquiry opens with every case (ahzaxy-2020 第12条) an outcome needs no application; the template lists the pack’s kinds', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartment(c, { name: '纪委办公室' });
    await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, person: { name: '王立', staffNo: 'W1' } });
    const org = await userWith(ctx.app, c, ['org']);
    const p = (await upload(org, [exempted({ staffNo: 'W1', name: '王立', applied: '否', outcome: '不予容错' })])).json();
    expect(p.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['new', `登记已办结的问责案件：诫勉（${daysAgo(400)}，院纪〔2025〕3号）；容错认定：不予容错（${daysAgo(420)}）`]]);
    await org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false });
    expect(await collegeRows(c, 'tolerance_review', "origin = 'ex_officio' AND status = 'closed'")).toBe(1);
    const tpl = await org.get('/api/imports/accountability_cases/template.xlsx');
    expect(tpl.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(tpl.rawPayload as unknown as ArrayBuffer);
    const lists = wb.getWorksheet('下拉列表')!;
    const col = (n: number) => (lists.getColumn(n).values as unknown[]).filter(Boolean);
    expect([col(1), col(2), col(3), col(4)]).toEqual([['通报', '诫勉', '组织调整或者组织处理', '纪律处分'], ['纪委办公室'], ['是', '否'], ['免责', '减责', '不予容错']]);
  });
});
