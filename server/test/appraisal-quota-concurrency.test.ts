import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { appraisal } from '../src/core/db/schema';
import type { Tx } from '../src/core/db/client';
import { ENGINES } from './support/database';
import { untilWaitingOnALock } from './support/locks';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, newCollege, newDepartmentWithHead, useFactoryApp, userWith } from './support/factories';
import { newAppraisalCycle } from './support/area-factories';
import { importLedgerFile, sheetRows, workbook } from './support/documents';

const QUOTA = '本部门参加考核 5 人，优秀名额 1 个（按不超过 20%，系统默认），已评优秀 1 个；超出名额须写明理由（《激励担当作为实施意见》第6条）';
const HEADERS: Record<string, string> = { year: '年度*', staffNo: '工号*', name: '姓名', department: '部门', grade: '考核等次*', reason: '评定依据', quotaReason: '超出优秀名额的理由' };
const QUOTA_REASON = '牵头完成国家级“双高”建设任务，经党委研究增加名额';

/**
 * 第6条 (ahzaxy-2020: 优秀 at most 20% of a department, at least 1, 系统默认): two graders at once cannot both take a
 * department's last excellent place. Another grader's transaction holds the college's row and has given person A 优秀;
 * meanwhile a save for person B is sent (the single grade, the department grid, the appraisal page's import); it waits
 * for the row, then is checked on what A's grader committed. PostgreSQL only: PGlite has one connection, nothing
 * overlaps there.
 */
describe.runIf(ENGINES.includes('postgres'))('the 优秀 quota under concurrent saves (第6条) on PostgreSQL', () => {
  const ctx = useFactoryApp('postgres');

  /** A college under ahzaxy-2020, its TEST_YEAR appraisal open: a department of its head and 4 staff (5 appraised, 1 excellent place, none given). */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const cycle = await newAppraisalCycle(c);
    const dept = await newDepartmentWithHead(c, { staff: 4 });
    const org = await userWith(ctx.app, c, ['org']);
    const [a, b, other] = dept.staff;
    return { c, cycle, dept, org, a, b, other };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;

  const gradesOf = async (s: Scene) =>
    Object.fromEntries(((await s.c.db.execute(sql`SELECT person_id, grade, over_quota FROM appraisal WHERE institution_id = ${s.c.id} ORDER BY person_id`)).rows as { person_id: number; grade: string; over_quota: boolean }[]).map((r) => [r.person_id, r.over_quota ? `${r.grade}*` : r.grade]));

  /** Until a backend of the test's database waits for a lock (the request behind the other grader's college row). */
  const waitingOnALock = () => untilWaitingOnALock(ctx.database.db, 'the save never waited for the college row');

  /**
   * Another grader's transaction on its own connection: the college's row taken first (as a grade counting against the
   * quota takes it) unless `lateCollege`, the grades written; while it is open the request is sent and seen waiting for
   * a lock; then it commits (with `lateCollege`, after taking the row as a command changing every college ends: bumping
   * the college's own facts version).
   */
  async function whileAnotherGrades(s: Scene, grades: { personId: number; grade: string; reason?: string }[], send: () => Promise<{ statusCode: number; body: string; json: () => unknown }>, opts: { lateCollege?: boolean } = {}) {
    let sent: ReturnType<typeof send> | undefined;
    await ctx.database.db.transaction(async (tx: Tx) => {
      if (!opts.lateCollege) await tx.execute(sql`SELECT id FROM institution WHERE id = ${s.c.id} FOR NO KEY UPDATE`);
      await tx.insert(appraisal).values(grades.map((g) => ({
        institutionId: s.c.id, cycleId: s.cycle.id, year: s.cycle.year, personId: g.personId, departmentId: s.dept.departmentId, grade: g.grade, reason: g.reason ?? null, caseIds: [], recordedOn: TEST_TODAY, recordedBy: 0,
      })));
      sent = send();
      sent.catch(() => undefined);
      await waitingOnALock();
      if (opts.lateCollege) await tx.execute(sql`UPDATE institution SET facts_version = facts_version + 1 WHERE id = ${s.c.id}`);
    });
    return sent!;
  }

  const single = (s: Scene, body: object) => s.org.post('/api/appraisals', { cycleId: s.cycle.id, departmentId: s.dept.departmentId, personId: s.b.personId, grade: 'excellent', caseIds: [], reason: null, quotaReason: null, ...body });
  const grid = (s: Scene, body: object) => s.org.post(`/api/appraisal-cycles/${s.cycle.id}/grades`, { departmentId: s.dept.departmentId, rows: [], ...body });

  it('第6条 the single grade: B given 优秀 while A is given the last place is refused with the quota\'s words once A commits; with a reason it is saved marked over quota', async () => {
    const s = await scene();
    const refused = await whileAnotherGrades(s, [{ personId: s.a.personId, grade: 'excellent' }], () => single(s, {}));
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'APPRAISAL.QUOTA_EXCEEDED', message: expect.stringContaining(QUOTA.replace(/（《.*$/, '')) } });
    expect(await gradesOf(s)).toEqual({ [s.a.personId]: 'excellent' });
    expect(await collegeRows(s.c, 'audit_event', `action = 'appraisal.grade'`)).toBe(0);

    const s2 = await scene();
    const marked = await whileAnotherGrades(s2, [{ personId: s2.a.personId, grade: 'excellent' }], () => single(s2, { quotaReason: QUOTA_REASON }));
    expect(marked.statusCode, marked.body).toBe(201);
    expect(marked.json()).toMatchObject({ overQuota: true });
    expect(await gradesOf(s2)).toEqual({ [s2.a.personId]: 'excellent', [s2.b.personId]: 'excellent*' });
  });

  it('第6条 the department grid: B given 优秀 while A is given the last place is refused (nothing saved) once A commits; with a reason it is saved marked over quota', async () => {
    const s = await scene();
    const refused = await whileAnotherGrades(s, [{ personId: s.a.personId, grade: 'excellent' }], () => grid(s, { rows: [{ personId: s.b.personId, grade: 'excellent' }], restGrade: 'competent' }));
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ error: { code: 'APPRAISAL.BATCH_REFUSED', message: expect.stringContaining(`1 人未通过检查，未保存任何等次：${s.b.name}：${QUOTA}`) } });
    expect(await gradesOf(s)).toEqual({ [s.a.personId]: 'excellent' });
    expect(await auditOf(s.c, 'appraisal_cycle', s.cycle.id)).toEqual([]);

    const s2 = await scene();
    const marked = await whileAnotherGrades(s2, [{ personId: s2.a.personId, grade: 'excellent' }], () => grid(s2, { rows: [{ personId: s2.b.personId, grade: 'excellent', quotaReason: QUOTA_REASON }] }));
    expect(marked.statusCode, marked.body).toBe(200);
    expect((marked.json() as { rows: { personId: number; detail: string }[] }).rows).toEqual([expect.objectContaining({ personId: s2.b.personId, detail: '登记为“优秀”；超出优秀名额（已写明理由）' })]);
    expect(await gradesOf(s2)).toEqual({ [s2.a.personId]: 'excellent', [s2.b.personId]: 'excellent*' });
  });

  it('the department grid\'s “其余人员设为 称职” leaves alone a person another grader graded meanwhile (their 基本称职 stays)', async () => {
    const s = await scene();
    const weak = { personId: s.other.personId, grade: 'basic', reason: '全年两项重点任务未按期完成，经部门考核小组认定' };
    const saved = await whileAnotherGrades(s, [weak], () => grid(s, { rows: [{ personId: s.b.personId, grade: 'excellent' }], restGrade: 'competent' }));
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ created: 4 });
    const grades = await gradesOf(s);
    expect(grades[s.other.personId]).toBe('basic');
    expect(grades[s.b.personId]).toBe('excellent');
    expect(Object.values(grades).sort()).toEqual(['basic', 'competent', 'competent', 'competent', 'excellent']);
  });

  it('“其余人员设为 称职” alone (no 优秀 in the save): a person another grader is grading at that moment (not yet committed) keeps their 基本称职, and the answer says it was left as the other graded it', async () => {
    const s = await scene();
    const weak = { personId: s.other.personId, grade: 'basic', reason: '全年两项重点任务未按期完成，经部门考核小组认定' };
    const saved = await whileAnotherGrades(s, [weak], () => grid(s, { restGrade: 'competent' }), { lateCollege: true });
    expect(saved.statusCode, saved.body).toBe(200);
    const out = saved.json() as { created: number; updated: number; unchanged: number; rows: { personId: number; result: string; detail: string }[] };
    expect(out).toMatchObject({ created: 4, updated: 0, unchanged: 1 });
    expect(out.rows.find((r) => r.personId === s.other.personId)).toMatchObject({ result: 'unchanged', detail: '保存时已由他人登记等次，未按“其余人员”改动' });
    const grades = await gradesOf(s);
    expect(grades[s.other.personId]).toBe('basic');
    expect(Object.values(grades).sort()).toEqual(['basic', 'competent', 'competent', 'competent', 'competent']);
    expect(await collegeRows(s.c, 'notification', `recipient_person_id = ${s.other.personId}`)).toBe(0);
  });

  it('第6条 the appraisal page\'s import: a file giving B 优秀 while A is given the last place is refused (nothing imported) once A commits', async () => {
    const s = await scene();
    const tpl = await workbook((await s.org.get(`/api/appraisal-cycles/${s.cycle.id}/import-template.xlsx`)).rawPayload);
    const ws = tpl.getWorksheet('考核结果')!;
    ws.getRow(4 + sheetRows(ws).slice(3).findIndex((r) => r[1] === s.b.name)).getCell(5).value = '优秀';
    const body = { fileName: '考核结果.xlsx', contentBase64: Buffer.from(await tpl.xlsx.writeBuffer()).toString('base64'), onlyGood: false };
    const refused = await whileAnotherGrades(s, [{ personId: s.a.personId, grade: 'excellent' }], () => s.org.post(`/api/appraisal-cycles/${s.cycle.id}/imports`, body));
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'IMPORT.HAS_ERRORS', message: expect.stringContaining(`1 人未通过检查，未保存任何等次：`) } });
    expect((refused.json() as { error: { message: string } }).error.message).toContain(`${s.b.name}：${QUOTA}`);
    expect(await gradesOf(s)).toEqual({ [s.a.personId]: 'excellent' });
    expect(await collegeRows(s.c, 'import_batch')).toBe(0);
  });

  it('第6条 the go-live import of 年度考核结果: a preview giving B 优秀, committed while A is given the last place, is refused (nothing imported, the preview still pending) once A commits', async () => {
    const s = await scene();
    const file = await importLedgerFile('年度考核结果', '某学院年度考核结果', HEADERS, [{ year: String(TEST_YEAR), staffNo: s.b.staffNo, name: s.b.name, grade: '优秀' }]);
    const preview = await s.org.post('/api/imports/appraisal_results', { fileName: '年度考核结果.xlsx', contentBase64: file });
    expect(preview.statusCode, preview.body).toBe(201);
    expect(preview.json()).toMatchObject({ status: 'previewed', counts: { new: 1 } });
    const refused = await whileAnotherGrades(s, [{ personId: s.a.personId, grade: 'excellent' }], () => s.org.post(`/api/imports/batches/${preview.json().id}/commit`, { onlyGood: false }));
    expect(refused.statusCode, refused.body).toBe(409);
    expect(refused.json()).toMatchObject({ error: { code: 'IMPORT.HAS_ERRORS', message: '有 1 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”' } });
    expect(await gradesOf(s)).toEqual({ [s.a.personId]: 'excellent' });
    expect(await collegeRows(s.c, 'import_batch', `status = 'previewed'`)).toBe(1);
  });
});
