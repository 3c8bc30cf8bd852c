import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, daysAgo, newCollege, newDepartment, newDepartmentWithHead, newHolder, TEST_YEAR, useFactoryApp, userWith } from './support/factories';
import { newTalk } from './support/area-factories';
import { sheetRows, workbook, importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = {
  talkDate: '谈话日期*', talkTime: '谈话时间', talkers: '谈话人工号*', subjects: '谈话对象工号*', kind: '谈话类别*', place: '地点', keyPoints: '谈话要点', recorder: '记录人工号',
};
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const recordsFile = (rows: Row[]) => importLedgerFile('谈心谈话记录', '某学院谈心谈话记录', HEADERS, rows);

type Result = { row: number; result: string; detail: string; warnings: string[] };

describe.each(ENGINES)('go-live import of talk records (谈心谈话记录) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A department with its head and two staff members (in post three years), a cadre of another department, the organization department signed in. */
  async function setUp() {
    const c = await newCollege(ctx.database.db);
    const dept = await newDepartmentWithHead(c, { staff: 2 });
    const otherDept = await newDepartment(c, { name: '财务处' });
    const outsider = await newHolder(c, { rank: 'middle_chief', departmentId: otherDept.id, title: '处长' });
    const org = await userWith(ctx.app, c, ['org']);
    return { c, head: dept.head, staff: dept.staff, outsider, org };
  }
  const upload = async (org: Client, rows: Row[], fileName = '谈心谈话记录.xlsx') => org.post('/api/imports/talk_records', { fileName, contentBase64: await recordsFile(rows) });
  const talks = (c: Awaited<ReturnType<typeof setUp>>['c']) => collegeRows(c, 'talk');

  it('every row is checked: each error in Chinese names the column and the rule, and the preview writes nothing', async () => {
    const s = await setUp();
    const good = { talkDate: daysAgo(30), talkTime: '15:30', talkers: s.head.staffNo, subjects: s.staff[0].staffNo, kind: '日常谈话', place: '系办公室', keyPoints: '了解思想和工作情况' };
    const res = await upload(s.org, [
      good,
      { ...good, talkers: 'X404' },
      { ...good, subjects: `${s.staff[1].staffNo}、${s.head.staffNo}` },
      { ...good, talkDate: daysAgo(-1) },
      { ...good, talkDate: '2026-02-30' },
      { ...good, kind: '座谈会' },
      { ...good, subjects: '' },
      { ...good, talkers: s.head.staffNo, talkTime: '15:30', place: '会议室' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const p = res.json();
    expect(p.counts).toMatchObject({ new: 1, bad: 7 });
    expect(p.results.map((r: Result) => [r.row, r.result, r.result === 'bad' ? r.detail : ''])).toEqual([
      [4, 'new', ''],
      [5, 'bad', '谈话人工号：花名册中没有工号为“X404”的人员'],
      [6, 'bad', `谈话对象工号：谈话人与谈话对象不能是同一人（${s.head.name}，工号 ${s.head.staffNo}）`],
      [7, 'bad', `谈话日期：${daysAgo(-1)} 晚于今天，只导入已经谈过的谈话；计划中的谈话请在系统中登记`],
      [8, 'bad', '谈话日期：“2026-02-30”不是有效日期（如 2025-09-18）'],
      [9, 'bad', '谈话类别：“座谈会”不是可选的谈话类别，应为：换届和考察情况专题谈话、任职谈话、免职谈话、退休谈话、日常谈话、提醒谈话、其他（《谈心谈话规定》第四条）'],
      [10, 'bad', '谈话对象工号：不能为空'],
      [11, 'bad', '谈话日期：与第 4 行是同一次谈话（谈话日期、谈话人、谈话对象、谈话类别都相同；文件内重复）'],
    ]);
    expect(await talks(s.c)).toBe(0);
  });

  it('an imported talk of this year counts toward 第八条 at once: the quota done, completion rising; 第六条 and gaps are warnings', async () => {
    const s = await setUp();
    const before = (await s.org.get('/api/talks/completion')).json();
    expect(before.total).toMatchObject({ required: 2, held: 0, percent: 0 });
    const p = (await upload(s.org, [
      { talkDate: daysAgo(30), talkTime: '15:30', talkers: s.head.staffNo, subjects: s.staff[0].staffNo, kind: '日常谈话', place: '系办公室', keyPoints: '了解思想和工作情况', recorder: s.head.staffNo },
      { talkDate: daysAgo(20), talkers: s.outsider.staffNo, subjects: s.staff[1].staffNo, kind: '提醒谈话' },
      { talkDate: '2025-03-01', talkTime: '9:00', talkers: s.head.staffNo, subjects: `${s.staff[0].staffNo},${s.staff[1].staffNo}`, kind: '其他', place: '会议室', keyPoints: '部署学期工作' },
    ])).json();
    expect(p.counts).toMatchObject({ new: 3, bad: 0, warned: 2 });
    expect(p.results.map((r: Result) => r.warnings)).toEqual([
      [],
      ['记录缺少时间、地点、内容要点（《谈心谈话规定》第十条要求谈话记录写明时间、地点、内容要点）', `按 ${daysAgo(20)} 的花名册，谈话人不负责与${s.staff[1].name}谈心谈话（《谈心谈话规定》第六条）：照样导入，但不计入年度谈话次数（《谈心谈话规定》第八条（四））`],
      ['谈话日期早于《谈心谈话规定》施行之日（2025-06-12），作为施行前的历史记录导入'],
    ]);
    expect(p.results[2].detail).toBe(`登记已谈：2025-03-01 其他（集体谈）：谈话人${s.head.name}，谈话对象${s.staff[0].name}、${s.staff[1].name}`);
    const done = await s.org.post(`/api/imports/batches/${p.id}/commit`, { onlyGood: false });
    expect(done.statusCode, done.body).toBe(200);
    expect(await talks(s.c)).toBe(3);
    expect(await collegeRows(s.c, 'talk', "status = 'held' AND form = 'group' AND talk_time = '09:00'")).toBe(1);

    // The head's talk with staff 0 fulfils this year's quota; the outsider's with staff 1 does not count (第六条).
    const after = (await s.org.get('/api/talks/completion')).json();
    expect(after.total).toMatchObject({ required: 2, held: 1, percent: 50 });
    const ledger = (await s.org.get('/api/imports')).json().ledgers.find((l: { key: string }) => l.key === 'talk_records');
    expect(ledger).toMatchObject({ available: true, imported: 3 });
    // This year's quota with staff 0 done; the group talk of 2025 (before the regulation, in force by that year's end)
    // fulfils last year's quotas of both, still listed in the carry-over year.
    const quota = (d: { title: string; citation: string; status: string; dueDate: string }) => [d.title.replace(/（[^）]*）/, ''), d.citation, d.dueDate, d.status];
    expect(ledger.consequences.map(quota)).toEqual([
      [`与${s.staff[0].name}2025 年度谈心谈话`, 'scitc-2025 附件1 第八条（四）', '2025-12-31', 'done'],
      [`与${s.staff[1].name}2025 年度谈心谈话`, 'scitc-2025 附件1 第八条（四）', '2025-12-31', 'done'],
      [`与${s.staff[0].name}${TEST_YEAR} 年度谈心谈话`, 'scitc-2025 附件1 第八条（四）', `${TEST_YEAR}-12-31`, 'done'],
    ].sort((a, b) => a[2].localeCompare(b[2]) || a[0].localeCompare(b[0])));
    // The imported talk is on the talk list like any other, its key points sealed and shown to the organization department.
    const list = (await s.org.get(`/api/talks?scope=all&year=${TEST_YEAR}`)).json();
    expect(list.items.map((t: { kind: string; talkDate: string; place: string | null; keyPoints?: string | null }) => [t.kind, t.talkDate, t.place, t.keyPoints])).toEqual([
      ['reminder_talk', daysAgo(20), null, null],
      ['routine', daysAgo(30), '系办公室', '了解思想和工作情况'],
    ]);
    expect(await collegeRows(s.c, 'talk', "key_points LIKE '%了解思想%'")).toBe(0);
  });

  it('all or none; only the good rows when asked; the same file twice changes nothing; a corrected file updates by date + talkers + subjects + kind', async () => {
    const s = await setUp();
    const row = { talkDate: daysAgo(30), talkTime: '15:30', talkers: s.head.staffNo, subjects: s.staff[0].staffNo, kind: '日常谈话', place: '系办公室', keyPoints: '了解思想和工作情况' };
    const file = await recordsFile([row, { ...row, talkers: 'X404' }]);
    const first = (await s.org.post('/api/imports/talk_records', { fileName: '谈心谈话记录.xlsx', contentBase64: file })).json();
    const refused = await s.org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('IMPORT.HAS_ERRORS');
    expect(await talks(s.c)).toBe(0);
    expect((await s.org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: true })).json().counts).toMatchObject({ new: 1, skipped: 1 });
    expect(await talks(s.c)).toBe(1);

    const again = (await s.org.post('/api/imports/talk_records', { fileName: '谈心谈话记录（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, update: 0, unchanged: 1, bad: 1 });
    expect(again.sameFileAs).toBe(first.id);
    expect((await s.org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: true })).json().counts).toMatchObject({ new: 0, update: 0, unchanged: 1 });
    expect(await talks(s.c)).toBe(1);

    // Another order of the same people is the same talk: updated in place with the new key points.
    const fixed = (await upload(s.org, [{ ...row, keyPoints: '了解思想和工作情况，提醒按期完成教学改革任务' }])).json();
    expect(fixed.results.map((r: Result) => [r.result, r.detail])).toEqual([['update', `按新内容更新此前导入的谈话：${daysAgo(30)} 日常谈话（个别谈）：谈话人${s.head.name}，谈话对象${s.staff[0].name}`]]);
    expect((await s.org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false })).statusCode).toBe(200);
    expect(await talks(s.c)).toBe(1);

    // A talk recorded in the system is not changed by a file.
    await newTalk(s.c, { talkerIds: [s.head.personId], subjectIds: [s.staff[1].personId], talkDate: daysAgo(10) });
    const recorded = (await upload(s.org, [{ ...row, talkDate: daysAgo(10), subjects: s.staff[1].staffNo, place: '别处' }])).json();
    expect(recorded.results.map((r: Result) => [r.result, r.detail, r.warnings[0]])).toEqual([['unchanged', '系统中已有该谈话记录', expect.stringMatching(/^系统中已登记该谈话（记录 \d+），不按导入修改$/)]]);
  });

  it('a batch is withdrawn within the day (audited), restoring what it replaced; refused once a talk\'s key points were read', async () => {
    const s = await setUp();
    const row = { talkDate: daysAgo(30), talkTime: '15:30', talkers: s.head.staffNo, subjects: s.staff[0].staffNo, kind: '日常谈话', place: '系办公室', keyPoints: '了解思想和工作情况' };
    const a = (await upload(s.org, [row])).json();
    await s.org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false });
    const b = (await upload(s.org, [{ ...row, place: '党员活动室', keyPoints: '改过的要点' }, { ...row, subjects: s.staff[1].staffNo }])).json();
    expect(b.counts).toMatchObject({ new: 1, update: 1 });
    await s.org.post(`/api/imports/batches/${b.id}/commit`, { onlyGood: false });
    expect(await talks(s.c)).toBe(2);
    const undone = await s.org.post(`/api/imports/batches/${b.id}/undo`, { reason: '要点填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect(undone.json()).toMatchObject({ status: 'undone', undoReason: '要点填错', undoable: false });
    expect(await auditOf(s.c, 'import_batch', b.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);
    expect(await talks(s.c)).toBe(1);
    const [kept] = (await s.org.get('/api/talks?scope=all')).json().items;
    expect(kept).toMatchObject({ place: '系办公室', keyPoints: '了解思想和工作情况' });

    // Its key points read (the talk opened), the first batch is a record relied on: not withdrawn.
    expect((await s.org.get(`/api/talks/${kept.id}`)).json()).toMatchObject({ keyPoints: '了解思想和工作情况' });
    const late = await s.org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(late.statusCode).toBe(409);
    expect(late.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: `导入的谈话记录已被修改、查看要点或导出记录表（记录 ${kept.id}），不能撤销该批次；如需更正，请修改后重新导入（按记录更新）` });
    expect(await talks(s.c)).toBe(1);
  });

  it('the template has the columns, the kinds of 第四条 as a drop-down in Chinese, and a sheet explaining each column', async () => {
    const s = await setUp();
    const res = await s.org.get('/api/imports/talk_records/template.xlsx');
    expect(res.statusCode).toBe(200);
    const wb = await workbook(res.rawPayload);
    expect(sheetRows(wb.worksheets[0])[2]).toEqual(Object.values(HEADERS));
    expect(wb.getWorksheet('下拉列表')!.getColumn(1).values).toContain('日常谈话');
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toContain('谈话人工号');
    expect((await (await userWith(ctx.app, s.c, ['discipline'])).post('/api/imports/talk_records', { fileName: 'a.xlsx', contentBase64: await recordsFile([]) })).statusCode).toBe(403);
  });
});
