import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, daysAgo, newCollege, newDepartment, newHolder, newPerson, useFactoryApp, userWith, yearsAgo, type College } from './support/factories';
import { sheetRows, workbook, importLedgerFile } from './support/documents';

const HEADERS: Record<string, string> = { staffNo: '工号*', name: '姓名*', targetRank: '拟任层级*', category: '职位类别', enteredOn: '入库日期*', method: '推荐方式', opinion: '考察意见' };
type Row = Partial<Record<keyof typeof HEADERS, string>>;

/** The ledger as an office fills in the template (title, note, header row, rows). */
const poolFile = (rows: Row[]) => importLedgerFile('后备干部名单', '某学院后备干部名单', HEADERS, rows);

describe.each(ENGINES)('go-live import of the reserve pool (后备干部名单) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A college under ahzaxy-2020 with a section-level cadre and a teacher, and the organization department signed in. */
  async function setUp() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartment(c, { name: '教务处' });
    const zhao = await newHolder(c, { rank: 'section', departmentId: dept.id, title: '教务科科长', person: { name: '赵文博', staffNo: 'R2001' } });
    const qian = await newPerson(c, { name: '钱思远', staffNo: 'R2002' });
    const org = await userWith(ctx.app, c, ['org']);
    return { c, zhao, qian, org };
  }
  const zhaoRow = (over: Row = {}): Row => ({ staffNo: 'R2001', name: '赵文博', targetRank: '中层副职', category: '行政管理', enteredOn: yearsAgo(1), method: '民主推荐', opinion: '政治坚定，业务精通，敢于担当', ...over });
  const upload = async (org: Client, rows: Row[], fileName = '后备干部名单.xlsx') => org.post('/api/imports/reserve_pool', { fileName, contentBase64: await poolFile(rows) });
  const pool = async (org: Client) => ((await org.get('/api/reserve?status=approved')).json() as { name: string; targetRank: string; nominatedOn: string; reviewedOn: string; reasons: string; reviewNote: string | null }[]).map((n) => [n.name, n.targetRank, n.nominatedOn, n.reviewedOn, n.reasons, n.reviewNote]);
  const nominations = (c: College) => collegeRows(c, 'reserve_nomination');

  it('every row is checked (第4条 ranks, 第5条 vetoes): each error names the column and the rule; the preview writes nothing', async () => {
    const { c, zhao, qian, org } = await setUp();
    const finding = await org.post('/api/reserve/findings', { personId: qian.id, kind: 'integrity_zero_tolerance', on: daysAgo(30), detail: '违规收受服务对象礼金，受到党内警告处分' });
    expect(finding.statusCode, finding.body).toBe(201);
    const gone = await newPerson(c, { name: '孙离职', staffNo: 'R2003', status: 'left' });
    const p = (await upload(org, [
      zhaoRow({ staffNo: 'R9999', name: '不存在' }),
      zhaoRow({ name: '赵文波' }),
      zhaoRow({ targetRank: '处级' }),
      zhaoRow({ enteredOn: daysAgo(-1) }),
      zhaoRow({ staffNo: 'R2002', name: '钱思远' }),
      zhaoRow({ staffNo: 'R2003', name: gone.name }),
      zhaoRow({ method: '', opinion: '' }),
      zhaoRow({ enteredOn: yearsAgo(2) }),
    ])).json();
    expect(p.results.map((r: { row: number; result: string; detail: string; warnings: string[] }) => [r.row, r.result, r.result === 'bad' ? r.detail : r.warnings.join('；')])).toEqual([
      [4, 'bad', '工号：花名册中没有工号为“R9999”的人员'],
      [5, 'bad', '姓名：与花名册中工号 R2001 的姓名“赵文博”不一致'],
      [6, 'bad', '拟任层级：“处级”不是可选的拟任层级，应为：中层副职、中层正职、院领导班子成员（《激励担当作为实施意见》第4条）'],
      [7, 'bad', '入库日期：不能晚于今天'],
      [8, 'bad', `姓名：不能列入后备干部库：廉洁上有问题“零容忍”：${daysAgo(30)} 违规收受服务对象礼金，受到党内警告处分（《激励担当作为实施意见》第5条）`],
      [9, 'bad', '工号：孙离职在花名册中已不在职，不能列入后备干部库'],
      [10, 'new', '未填推荐方式；未填考察意见'],
      [11, 'bad', '工号：与第 10 行是同一人员（同一人员在后备干部库中只列一次，文件内重复）'],
    ]);
    expect(await nominations(c)).toBe(0);
    void zhao;
  });

  it('imported cadres are in the pool as approved on their 入库日期; re-import updates by 工号 + 入库日期; the same file twice changes nothing; one already nominated is not imported again', async () => {
    const { c, zhao, org } = await setUp();
    const file = await poolFile([zhaoRow()]);
    const first = (await org.post('/api/imports/reserve_pool', { fileName: '后备干部名单.xlsx', contentBase64: file })).json();
    expect(first.results.map((r: { result: string; detail: string }) => [r.result, r.detail])).toEqual([['new', `列入后备干部库：拟任中层副职，${yearsAgo(1)} 入库`]]);
    expect((await org.post(`/api/imports/batches/${first.id}/commit`, { onlyGood: false })).statusCode).toBe(200);
    expect(await pool(org)).toEqual([['赵文博', 'middle_deputy', yearsAgo(1), yearsAgo(1), '推荐方式：民主推荐；职位类别：行政管理', '政治坚定，业务精通，敢于担当']]);

    const again = (await org.post('/api/imports/reserve_pool', { fileName: '后备干部名单（再次）.xlsx', contentBase64: file })).json();
    expect(again.counts).toMatchObject({ new: 0, unchanged: 1 });
    expect((await org.post(`/api/imports/batches/${again.id}/commit`, { onlyGood: false })).json().counts).toMatchObject({ unchanged: 1 });
    expect(await nominations(c)).toBe(1);

    const fixed = (await upload(org, [zhaoRow({ targetRank: '中层正职', opinion: '综合素质好' })])).json();
    expect(fixed.results.map((r: { result: string }) => r.result)).toEqual(['update']);
    await org.post(`/api/imports/batches/${fixed.id}/commit`, { onlyGood: false });
    expect(await pool(org)).toEqual([['赵文博', 'middle_chief', yearsAgo(1), yearsAgo(1), '推荐方式：民主推荐；职位类别：行政管理', '综合素质好']]);

    // Another 入库日期 for one already in the pool is refused; so is one nominated by hand.
    const other = (await upload(org, [zhaoRow({ enteredOn: yearsAgo(3) })])).json();
    expect(other.results[0].detail).toBe(`工号：赵文博已在后备干部库中或正在审核（${yearsAgo(1)} 推荐，拟任中层正职），不需导入`);
    const teacher = await newHolder(c, { rank: 'section', title: '科员', person: { name: '周子涵', staffNo: 'R2005' } });
    expect((await org.post('/api/reserve/nominations', { personId: teacher.id, targetRank: 'middle_deputy', reasons: '牵头完成实训基地建设，群众公认度高' })).statusCode).toBe(201);
    const byHand = (await upload(org, [zhaoRow({ staffNo: 'R2005', name: '周子涵' })])).json();
    expect(byHand.results[0].detail).toMatch(/^工号：周子涵已在后备干部库中或正在审核/);
    void zhao;
  });

  it('a batch is withdrawn within the day (audited); refused once a cadre it listed has left the pool', async () => {
    const { c, org } = await setUp();
    const a = (await upload(org, [zhaoRow()])).json();
    await org.post(`/api/imports/batches/${a.id}/commit`, { onlyGood: false });
    const b = (await upload(org, [zhaoRow({ opinion: '表现突出' })])).json();
    await org.post(`/api/imports/batches/${b.id}/commit`, { onlyGood: false });
    const undone = await org.post(`/api/imports/batches/${b.id}/undo`, { reason: '考察意见填错' });
    expect(undone.statusCode, undone.body).toBe(200);
    expect((await pool(org))[0][5]).toBe('政治坚定，业务精通，敢于担当');
    expect(await auditOf(c, 'import_batch', b.id)).toEqual(['import.preview', 'import.commit', 'import.undo']);

    const [n] = (await org.get('/api/reserve')).json() as { id: number }[];
    expect((await org.post(`/api/reserve/nominations/${n.id}/actions`, { action: 'remove', reason: '已提拔任用' })).statusCode).toBe(200);
    const inUse = await org.post(`/api/imports/batches/${a.id}/undo`, { reason: '文件有误' });
    expect(inUse.statusCode).toBe(409);
    expect(inUse.json().error).toMatchObject({ code: 'IMPORT.UNDO_IN_USE', message: '该批次列入的后备干部（赵文博）此后已办理退出，不能撤销该批次' });
    expect(await nominations(c)).toBe(1);
  });

  it('the template has the columns, the ranks as a drop-down and a sheet explaining each column', async () => {
    const { org } = await setUp();
    const wb = await workbook((await org.get('/api/imports/reserve_pool/template.xlsx')).rawPayload);
    expect(sheetRows(wb.worksheets[0])[2]).toEqual(Object.values(HEADERS));
    expect(wb.getWorksheet('下拉列表')!.getColumn(1).values).toEqual([undefined, '中层副职', '中层正职', '院领导班子成员']);
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toEqual(['列', '工号', '姓名', '拟任层级', '职位类别', '入库日期', '推荐方式', '考察意见']);
  });
});
