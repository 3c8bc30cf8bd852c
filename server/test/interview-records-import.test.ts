import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, daysAgo, newCollege, newDepartment, newHolder, TEST_TODAY, useFactoryApp, userWith } from './support/factories';
import { addDays } from '../src/core/shared/dates';
import { importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = { heldOn: '约谈日期*', staffNo: '约谈对象工号*', name: '约谈对象姓名*', kind: '约谈类型*', leadStaffNo: '主谈人工号*', topic: '事由*', result: '结果' };
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const ledgerFile = (rows: Row[]) => importLedgerFile('约谈台账', '某学院干部约谈台账', HEADERS, rows);

/** The ledger's people by name for a year (the 工作台账 sheet, rows after the header). */
async function ledgerNames(who: Client, year: number): Promise<unknown[]> {
  const res = await who.get(`/api/interviews/ledger.xlsx?year=${year}`);
  expect(res.statusCode).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  const rows = wb.getWorksheet('工作台账')!.getSheetValues().slice(4).filter(Boolean) as unknown[][];
  return rows.map((r) => r[3]).filter((n) => typeof n === 'string' && n !== '').sort();
}

describe.each(ENGINES)('go-live import of the interview ledger (干部约谈台账) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  async function setUp() {
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartment(c, { name: '信息工程系' });
    await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '主任', person: { name: '周明远', staffNo: 'Z1001' } });
    await newHolder(c, { rank: 'leader', person: { name: '陈书记', staffNo: 'L01' } });
    const org = await userWith(ctx.app, c, ['org']);
    const discipline = await userWith(ctx.app, c, ['discipline']);
    return { c, org, discipline };
  }
  const held = (over: Row = {}): Row => ({ heldOn: daysAgo(100), staffNo: 'Z1001', name: '周明远', kind: '预防提醒谈话', leadStaffNo: 'L01', topic: '新任职廉政提醒', result: '本人作出廉政承诺', ...over });
  const upload = async (who: Client, rows: Row[]) => who.post('/api/imports/interview_records', { fileName: '约谈台账.xlsx', contentBase64: await ledgerFile(rows) });

  it('every row is checked, each error naming the column and the rule; nothing is written by a preview', async () => {
    const { c, org } = await setUp();
    const p = (await upload(org, [
      held({ staffNo: 'Z9' }),
      held({ name: '周明', heldOn: daysAgo(101) }),
      held({ heldOn: addDays(TEST_TODAY, 1) }),
      held({ kind: '提醒谈话' }),
      held({ leadStaffNo: 'Z1001', heldOn: daysAgo(102) }),
      held({ topic: '', heldOn: daysAgo(103) }),
      held(),
      held({ topic: '重复一行' }),
    ])).json();
    expect(p.results.map((r: { row: number; result: string; detail: string }) => [r.row, r.result === 'bad' ? r.detail : r.result])).toEqual([
      [4, '约谈对象工号：花名册中没有工号为“Z9”的人员'],
      [5, '约谈对象姓名：与花名册中工号 Z1001 的姓名“周明远”不一致'],
      [6, '约谈日期：不能晚于今天（只导入已进行的约谈）'],
      [7, '约谈类型：“提醒谈话”不是可选的约谈类型，应为：预防提醒谈话、询问示警约谈、纠错诫勉约谈、问责处分约谈（《干部约谈制度》二）'],
      [8, '主谈人工号：主谈人不能是约谈对象本人'],
      [9, '事由：不能为空'],
      [10, 'new'],
      [11, '约谈类型：与第 10 行是同一天对同一人员的同一类约谈（文件内重复）'],
    ]);
    expect(await collegeRows(c, 'interview')).toBe(0);
  });

  it('imported interviews are closed, in the year’s ledger at once, owe no material; re-import by date + person + kind; same file twice; undo', async () => {
    const { c, org, discipline } = await setUp();
    const lastYear = Number(TEST_TODAY.slice(0, 4)) - 1;
    const file = await ledgerFile([held(), held({ heldOn: `${lastYear}-11-20`, kind: '询问示警约谈', topic: '信访反映问题询问', result: '' })]);
    const first = (await org.post('/api/imports/interview_records', { fileName: '约谈台账.xlsx', contentBase64: file })).json();
    expect(first.counts).toMatchObject({ new: 2, bad: 0, warned: 1 });
    expect((await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false })).statusCode).toBe(200);
    expect(await collegeRows(c, 'interview', "status = 'closed'")).toBe(2);
    expect(await ledgerNames(discipline, Number(TEST_TODAY.slice(0, 4)))).toEqual(['周明远']);
    expect(await ledgerNames(discipline, lastYear)).toEqual(['周明远']);
    const mine = (await discipline.get('/api/duties/mine')).json();
    expect(mine.items.filter((d: { kind: string; status: string }) => d.kind === 'interview_work' && d.status !== 'done')).toEqual([]);
    expect((await discipline.get('/api/inbox')).json().items).toEqual([]);

    const again = (await org.post('/api/imports/interview_records', { fileName: '约谈台账（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, unchanged: 2 });
    expect((await org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: false })).json().counts).toMatchObject({ unchanged: 2 });
    expect(await collegeRows(c, 'interview')).toBe(2);

    const fixed = (await upload(org, [held({ topic: '新任职廉政提醒（补充）' })])).json();
    expect(fixed.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['update', `按新内容更新：预防提醒谈话（${daysAgo(100)}，主谈人陈书记）`]]);
    await org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false });
    expect(await collegeRows(c, 'interview', "topic = '新任职廉政提醒（补充）'")).toBe(1);
    expect(await collegeRows(c, 'interview')).toBe(2);

    expect((await org.post(`/api/imports/batches/${fixed.id}/undo`, { reason: '补充内容有误' })).statusCode).toBe(200);
    expect(await collegeRows(c, 'interview', "topic = '新任职廉政提醒'")).toBe(1);
    expect(await auditOf(c, 'import_batch', fixed.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);
    const detail = (await discipline.get(`/api/interviews?year=${Number(TEST_TODAY.slice(0, 4))}`)).json();
    expect(detail.map((i: { topic: string; status: string }) => [i.topic, i.status])).toEqual([['新任职廉政提醒', 'closed']]);
    expect((await org.post(`/api/imports/batches/${again.id}/undo`, { reason: '重复' })).statusCode).toBe(200);
    expect((await org.post(`/api/imports/batches/${first.id}/undo`, { reason: '重新整理' })).statusCode).toBe(200);
    expect(await collegeRows(c, 'interview')).toBe(0);
    expect(await collegeRows(c, 'interview_target')).toBe(0);
  });
});
