import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ENGINES } from './support/database';
import { TEST_YEAR, auditOf, collegeRows, newAccount, newCollege, newDepartmentWithHead, newHolder, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAppraisal, newAppraisalCycle } from './support/area-factories';
import { sheetRows, workbook } from './support/documents';

type Outcome = { row?: number; personId: number; name: string; result: string; detail: string; grade: string | null };
type Progress = { population: number; graded: number; defaultGrade: string; departments: { departmentId: number; name: string; population: number; graded: number; excellent: number; quota: number; adverse: number }[] };

describe.each(ENGINES)('年度考核（全院、按部门批量登记、导入） on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const REASON = '全年两项重点任务未按期完成，经部门考核小组认定';

  /**
   * A college of the test's own under ahzaxy-2020 (称职 etc.; quota 20%, at least 1, 系统默认), its TEST_YEAR appraisal
   * open: department A with its head and 9 staff (10 appraised, 2 excellent places), department B with its head and 2
   * staff. Signed in: the organization department (no person of its own), and A's head.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const cycle = await newAppraisalCycle(c);
    const a = await newDepartmentWithHead(c, { staff: 9 });
    const b = await newDepartmentWithHead(c, { staff: 2 });
    const org = await userWith(ctx.app, c, ['org']);
    const head = await signInAs(ctx.app, await newAccount(c, { personId: a.head.personId }));
    const people = [a.head, ...a.staff].map((p) => ({ personId: p.personId, name: p.name }));
    return { c, cycle, a, b, org, head, people };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  const save = (s: Scene, body: object, who = s.org) => who.post(`/api/appraisal-cycles/${s.cycle.id}/grades`, { departmentId: s.a.departmentId, rows: [], ...body });
  const progress = async (s: Scene) => (await s.org.get(`/api/appraisal-cycles/${s.cycle.id}/progress`)).json() as Progress;
  const gradesOf = async (s: Scene) =>
    Object.fromEntries(((await s.c.db.execute(sql`SELECT person_id, grade, over_quota FROM appraisal WHERE institution_id = ${s.c.id} ORDER BY person_id`)).rows as { person_id: number; grade: string; over_quota: boolean }[]).map((r) => [r.person_id, r.over_quota ? `${r.grade}*` : r.grade]));

  it('第6条: the grid appraises a whole department in one save — two exceptions inline, the rest 称职 (the pack\'s default, 系统默认); progress by department; one audit event; a talk occasion for the 基本称职 (scitc 附件1 第五条（四）)', async () => {
    const s = await scene();
    const before = await progress(s);
    expect(before.defaultGrade).toBe('competent');
    expect(before.departments.find((d) => d.departmentId === s.a.departmentId)).toMatchObject({ population: 10, graded: 0, quota: 2, excellent: 0 });
    expect(before.departments.find((d) => d.departmentId === s.b.departmentId)).toMatchObject({ population: 3, graded: 0, quota: 1 });

    const [best, weak] = [s.a.staff[0], s.a.staff[1]];
    const res = await save(s, { rows: [{ personId: best.personId, grade: 'excellent' }, { personId: weak.personId, grade: 'basic', reason: REASON }], restGrade: 'competent' });
    expect(res.statusCode, res.body).toBe(200);
    const out = res.json() as { created: number; updated: number; unchanged: number; talkOccasions: number; rows: Outcome[] };
    expect(out).toMatchObject({ created: 10, updated: 0, unchanged: 0, talkOccasions: 1 });
    expect(out.rows.find((r) => r.personId === weak.personId)).toMatchObject({ result: 'new', detail: '登记为“基本称职”；列入谈心谈话情形' });

    const grades = await gradesOf(s);
    expect(Object.values(grades).sort()).toEqual(['basic', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'competent', 'excellent']);
    expect(grades[best.personId]).toBe('excellent');
    expect(await collegeRows(s.c, 'talk_occasion', `kind = 'weak_appraisal' AND subject_person_id = ${weak.personId}`)).toBe(1);
    expect(await collegeRows(s.c, 'notification', `title LIKE '%年度考核等次%'`)).toBe(10);
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual(['appraisal.grade_batch']);

    const after = await progress(s);
    expect(after.departments.find((d) => d.departmentId === s.a.departmentId)).toMatchObject({ population: 10, graded: 10, excellent: 1, adverse: 1 });
    expect(after.departments.find((d) => d.departmentId === s.b.departmentId)).toMatchObject({ graded: 0 });
    expect([after.population, after.graded]).toEqual([13, 10]);

    // An exception edited later: the 基本称职 becomes 称职 (no second talk occasion), the rest is as it was.
    const again = await save(s, { rows: [{ personId: weak.personId, grade: 'competent' }, { personId: best.personId, grade: 'excellent' }], restGrade: 'competent' });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json()).toMatchObject({ created: 0, updated: 1, unchanged: 1, talkOccasions: 0 });
    expect((await gradesOf(s))[weak.personId]).toBe('competent');
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual(['appraisal.grade_batch', 'appraisal.grade_batch']);
  });

  it('a batch with any refused row saves nothing; each refused person is named with why and the article (第6条 quota, 第12条 basis); twice, another department', async () => {
    const s = await scene();
    const [x, y, z, w] = s.a.staff;
    const res = await save(s, {
      rows: [
        { personId: x.personId, grade: 'excellent' },
        { personId: y.personId, grade: 'excellent' },
        { personId: z.personId, grade: 'excellent' }, // the third of two places, without a reason
        { personId: w.personId, grade: 'incompetent' }, // no basis
        { personId: s.b.staff[0].personId, grade: 'competent' }, // another department
        { personId: s.a.staff[4].personId, grade: 'competent' },
        { personId: s.a.staff[4].personId, grade: 'excellent' },
        { personId: s.a.staff[5].personId, grade: 'outstanding' },
      ],
      restGrade: 'competent',
    });
    expect(res.statusCode).toBe(422);
    const e = res.json().error as { code: string; message: string };
    expect(e.code).toBe('APPRAISAL.BATCH_REFUSED');
    expect(e.message).toMatch(/^6 人未通过检查，未保存任何等次/);
    expect(e.message).toContain(`${z.name}：本部门参加考核 10 人，优秀名额 2 个（按不超过 20%，系统默认），已评优秀 2 个；超出名额须写明理由（《激励担当作为实施意见》第6条）`);
    expect(e.message).toContain(`${w.name}：评为“不称职”须写明依据的事实（不少于 5 个字）（《激励担当作为实施意见》第12条）`);
    expect(e.message).toContain(`${s.b.staff[0].name}：该人员不在本部门参加考核的人员中`);
    expect(e.message).toContain(`${s.a.staff[4].name}：出现不止一次，每人只能登记一个等次`);
    expect(e.message).toContain(`${s.a.staff[5].name}：考核等次应为：优秀、称职、基本称职、不称职`);
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(0);
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual([]);

    // 第6条: beyond the quota with a stated reason is saved, marked.
    const ok = await save(s, { rows: [x, y].map((p) => ({ personId: p.personId, grade: 'excellent' })).concat([{ personId: z.personId, grade: 'excellent', quotaReason: '牵头完成国家级“双高”建设任务，经党委研究增加名额' } as never]) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await gradesOf(s)).toEqual({ [x.personId]: 'excellent', [y.personId]: 'excellent', [z.personId]: 'excellent*' });
  });

  it('回避: a head with the organization role grading the department leaves themselves ungraded with the rest, and is refused for a row of their own; a closed year and a head without the role are refused', async () => {
    const s = await scene();
    const orgHead = await signInAs(ctx.app, await newAccount(s.c, { personId: s.a.head.personId, roles: ['org'] }));
    const rest = await save(s, { restGrade: 'competent' }, orgHead);
    expect(rest.statusCode, rest.body).toBe(200);
    expect(rest.json().created).toBe(9);
    expect((await gradesOf(s))[s.a.head.personId]).toBeUndefined();
    const own = await save(s, { rows: [{ personId: s.a.head.personId, grade: 'excellent' }] }, orgHead);
    expect(own.statusCode).toBe(422);
    expect(own.json().error.message).toContain('不能登记本人的年度考核等次（应当回避）');
    expect((await save(s, { restGrade: 'competent' }, s.head)).statusCode).toBe(403);

    const past = await newAppraisalCycle(s.c, { year: TEST_YEAR - 1, closed: true });
    const closed = await s.org.post(`/api/appraisal-cycles/${past.id}/grades`, { departmentId: s.a.departmentId, restGrade: 'competent' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().error.code).toBe('APPRAISAL.CYCLE_CLOSED');
  });

  it('import: the template lists everyone with their grade and a drop-down; each bad row says why; commit is all or none, or only the good rows (a batch of the go-live machinery); re-import updates by 工号', async () => {
    const s = await scene();
    const done = s.a.staff[8];
    await newAppraisal(s.c, { cycle: s.cycle, personId: done.personId, departmentId: s.a.departmentId, grade: 'competent' });
    const leader = await newHolder(s.c, { rank: 'leader', title: '副院长' });
    const tpl = await s.org.get(`/api/appraisal-cycles/${s.cycle.id}/import-template.xlsx`);
    expect(tpl.statusCode).toBe(200);
    const wb = await workbook(tpl.rawPayload);
    const ws = wb.getWorksheet('考核结果')!;
    const rows = sheetRows(ws);
    expect(rows[2]).toEqual(['工号*', '姓名*', '部门', '职务', '考核等次*', '评定依据', '超出优秀名额的理由']);
    expect(rows.slice(3).length).toBe(13);
    expect(rows.slice(3).find((r) => r[1] === done.name)![4]).toBe('称职');
    expect(sheetRows(wb.getWorksheet('填写说明')!).map((r) => r[0])).toContain('考核等次');
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual(['document.download']);

    const staffNoOf = new Map(rows.slice(3).map((r) => [r[1] as string, r[0] as string]));
    const at = (name: string) => 4 + rows.slice(3).findIndex((r) => r[1] === name);
    const set = (name: string, grade: string, reason = '', quotaReason = '') => {
      const r = ws.getRow(at(name));
      r.getCell(5).value = grade;
      r.getCell(6).value = reason;
      r.getCell(7).value = quotaReason;
    };
    const [p0, p1, p2, p3, p4, p5] = s.a.staff;
    set(s.a.head.name, '优秀');
    set(p0.name, '优秀');
    set(p1.name, '优秀'); // the third excellent of 10: no reason
    set(p2.name, '基本称职'); // no basis
    set(p3.name, '良好'); // not a grade
    set(p4.name, '基本称职', REASON);
    ws.getRow(at(p5.name)).getCell(2).value = '张冒名'; // the name does not match the 工号
    const extra = ws.addRow(['Z99999', '查无此人', '', '', '称职']);
    const lead = ws.addRow([leader.staffNo, leader.name, '', '', '称职']); // the leadership is appraised above
    const file = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const body = { fileName: '考核结果.xlsx', contentBase64: file };

    const preview = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports/preview`, body);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json() as { counts: Record<string, number>; results: Outcome[] };
    const detail = (row: number) => p.results.find((r) => r.row === row)!;
    expect(detail(at(p1.name))).toMatchObject({ result: 'bad', detail: expect.stringContaining('超出名额须写明理由（《激励担当作为实施意见》第6条）') });
    expect(detail(at(p2.name))).toMatchObject({ result: 'bad', detail: expect.stringContaining('评为“基本称职”须写明依据的事实（不少于 5 个字）（《激励担当作为实施意见》第12条）') });
    expect(detail(at(p3.name))).toMatchObject({ result: 'bad', detail: '考核等次：“良好”应为 优秀、称职、基本称职、不称职' });
    expect(detail(at(p5.name))).toMatchObject({ result: 'bad', detail: `姓名：与工号 ${staffNoOf.get(p5.name)} 登记的姓名“${p5.name}”不一致` });
    expect(detail(extra.number)).toMatchObject({ result: 'bad', detail: expect.stringContaining('工号：“Z99999”不是') });
    expect(detail(lead.number).detail).toContain('院级领导由上级党委考核');
    expect(detail(at(done.name))).toMatchObject({ result: 'unchanged' });
    expect(p.counts).toEqual({ new: 3, update: 0, unchanged: 1, blank: 5, bad: 6 });
    expect(await collegeRows(s.c, 'appraisal')).toBe(1);

    const refused = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, { ...body, onlyGood: false });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'IMPORT.HAS_ERRORS', message: expect.stringContaining('6 人未通过检查') });
    expect(await collegeRows(s.c, 'appraisal')).toBe(1);

    const good = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, { ...body, onlyGood: true });
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json().counts).toEqual({ new: 3, update: 0, unchanged: 1, blank: 5, skipped: 6, bad: 0 });
    expect(await gradesOf(s)).toEqual({ [s.a.head.personId]: 'excellent', [p0.personId]: 'excellent', [p4.personId]: 'basic', [done.personId]: 'competent' });
    expect(await collegeRows(s.c, 'talk_occasion', `subject_person_id = ${p4.personId}`)).toBe(1);
    // The page's import is a batch of the 年度考核结果 template (core/imports): audited there, and undoable within the day.
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual(['document.download']);
    expect(await auditOf(s.c, 'import_batch', good.json().batchId)).toEqual(['import.preview', 'import.commit']);

    // Re-import by 工号: the 基本称职 corrected to 称职 is an update of that person's grade of the year, not a second one.
    const wb2 = await workbook(tpl.rawPayload);
    const ws2 = wb2.getWorksheet('考核结果')!;
    ws2.getRow(at(p4.name)).getCell(5).value = '称职';
    const again = await s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, { fileName: '更正.xlsx', contentBase64: Buffer.from(await wb2.xlsx.writeBuffer()).toString('base64'), onlyGood: false });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().counts).toMatchObject({ update: 1, unchanged: 1 });
    expect((await gradesOf(s))[p4.personId]).toBe('competent');
    expect(await collegeRows(s.c, 'appraisal')).toBe(4);
  });
});
