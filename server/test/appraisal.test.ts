import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('年度考核 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let head: Client;
  let staff: Client;
  let cycleId: number;
  const year = Number(todayIso().slice(0, 4));
  const count = (table: string) => rowCount(database, table);
  type Row = { personId: number; name: string; rank: string; grade: string | null; owesReport: boolean };
  const sheet = async (departmentId: number) => (await org.get(`/api/appraisal-cycles/${cycleId}/sheet?departmentId=${departmentId}`)).json() as { population: number; quota: number; excellent: number; rows: Row[] };
  const grade = (body: object) => org.post('/api/appraisals', { cycleId, caseIds: [], reason: null, quotaReason: null, ...body });

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, head, staff] = await Promise.all(['wj.org', 'wj.depthead', 'wj.staff'].map((u) => signIn(app, u)));
    cycleId = ((await org.get('/api/appraisal-cycles')).json() as { id: number; year: number }[]).find((c) => c.year === year)!.id;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('第6条: the year\'s appraisal is open; a second cycle for the year is refused; the demo holds three graded years', async () => {
    const cycles = (await org.get('/api/appraisal-cycles')).json() as { year: number; status: string; graded: number }[];
    expect(cycles.map((c) => c.year)).toEqual([year, year - 1, year - 2, year - 3]);
    expect(cycles.slice(1).every((c) => c.status === 'closed' && c.graded > 20)).toBe(true);
    expect((await org.post('/api/appraisal-cycles', { year })).json().error.code).toBe('APPRAISAL.CYCLE_EXISTS');
    expect((await head.get('/api/appraisal-cycles')).statusCode).toBe(403);
  });

  it('第6条, scitc 附件1 第五条（四）: org grades a department; a 基本称职 needs its facts and creates a talk duty for the responsible talker; nothing is written on error', async () => {
    const me = (await head.get('/api/auth/me')).json();
    const deptId = ((await head.get(`/api/persons/${me.personId}`)).json().currentPosts as { departmentId: number; rank: string }[]).find((p) => p.rank === 'middle_chief')!.departmentId;
    const s = await sheet(deptId);
    expect(s.quota).toBe(Math.max(1, Math.floor(s.population * 0.2)));
    const staffId = (await staff.get('/api/auth/me')).json().personId;
    const weak = s.rows.find((r) => r.rank === 'staff' && r.personId !== staffId && !r.grade)!;
    const before = await count('appraisal');
    const outside = await grade({ personId: weak.personId, departmentId: deptId, grade: 'outstanding' });
    expect(outside.json().error.code).toBe('APPRAISAL.GRADE');
    const noReason = await grade({ personId: weak.personId, departmentId: deptId, grade: 'basic' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'APPRAISAL.REASON_REQUIRED', article: 'ahzaxy-2020 第12条', field: 'reason' });
    expect(await count('appraisal')).toBe(before);

    const occasions = await count('talk_occasion');
    const ok = await grade({ personId: weak.personId, departmentId: deptId, grade: 'basic', reason: '全年两项教学任务未按期完成，学生评教排名末位' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().talkOccasionId).toBeGreaterThan(0);
    expect(await count('talk_occasion')).toBe(occasions + 1);
    const dup = await grade({ personId: weak.personId, departmentId: deptId, grade: 'competent' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('APPRAISAL.DUPLICATE');

    // The responsible talker (第六条: the department's middle cadres for its staff) now owes a talk under 第五条（四）.
    const duties = (await head.get('/api/duties/mine?pageSize=500')).json().items as { kind: string; subjectPersonId: number; citation: string }[];
    expect(duties.find((d) => d.kind === 'talk_situation' && d.subjectPersonId === weak.personId)?.citation).toBe('scitc-2025 附件1 第五条（四）');

    const history = (await org.get(`/api/persons/${weak.personId}/appraisals`)).json() as { year: number; gradeLabel: string; reason: string | null }[];
    expect(history[0]).toMatchObject({ year, gradeLabel: '基本称职', reason: '全年两项教学任务未按期完成，学生评教排名末位' });
    expect((await staff.get(`/api/persons/${weak.personId}/appraisals`)).statusCode).toBe(404);
  });

  it('第6条: excellent grades beyond the department\'s quota need a reason and are marked', async () => {
    const depts = (await org.get('/api/departments')).json() as { id: number; name: string }[];
    const dept = depts.find((d) => d.name.includes('教务处'))!;
    const s = await sheet(dept.id);
    const open = s.rows.filter((r) => !r.grade);
    for (const r of open.slice(0, s.quota)) expect((await grade({ personId: r.personId, departmentId: dept.id, grade: 'excellent' })).statusCode).toBe(201);
    const next = open[s.quota];
    const over = await grade({ personId: next.personId, departmentId: dept.id, grade: 'excellent' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'APPRAISAL.QUOTA_EXCEEDED', article: 'ahzaxy-2020 第6条', field: 'quotaReason' });
    expect(over.json().error.message).toContain(`优秀名额 ${s.quota} 个`);
    const withReason = await grade({ personId: next.personId, departmentId: dept.id, grade: 'excellent', quotaReason: '牵头完成省级教学成果奖申报，经党委研究同意增加名额' });
    expect(withReason.json()).toMatchObject({ overQuota: true, talkOccasionId: null });
  });

  it('第12条: a matter exempted by the tolerance procedure cannot be the reason for an adverse grade; another matter can', async () => {
    const cases = (await org.get('/api/accountability-cases')).json() as { id: number; outcome: string | null; subjectPersonId: number | null }[];
    const exempt = cases.find((c) => c.outcome === 'exempt' && c.subjectPersonId)!;
    const person = (await org.get(`/api/persons/${exempt.subjectPersonId}`)).json() as { currentPosts: { departmentId: number; rank: string }[] };
    const deptId = person.currentPosts.sort((a, b) => ['middle_chief', 'middle_deputy', 'section', 'staff'].indexOf(a.rank) - ['middle_chief', 'middle_deputy', 'section', 'staff'].indexOf(b.rank))[0].departmentId;
    const matters = (await org.get(`/api/appraisal/cases?personId=${exempt.subjectPersonId}`)).json() as { id: number; exempted: boolean; citation: string | null }[];
    expect(matters.find((m) => m.id === exempt.id)).toMatchObject({ exempted: true, citation: 'ahzaxy-2020 第12条' });
    const before = await count('appraisal');
    const refused = await grade({ personId: exempt.subjectPersonId, departmentId: deptId, grade: 'basic', reason: '应急抢修超出预算，程序不规范', caseIds: [exempt.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'APPRAISAL.EXEMPT_MATTER', article: 'ahzaxy-2020 第12条' });
    expect(await count('appraisal')).toBe(before);
    expect((await grade({ personId: exempt.subjectPersonId, departmentId: deptId, grade: 'competent' })).statusCode).toBe(201);
  });

  it('第6条: middle cadres hand in their duty report once; staff do not; the duty follows', async () => {
    const mine = (await head.get('/api/duty-reports/mine')).json() as { cycleId: number; year: number; owes: boolean; submittedOn: string | null }[];
    const current = mine.find((m) => m.year === year)!;
    expect(current.owes).toBe(true);
    if (!current.submittedOn) {
      expect((await head.post('/api/duty-reports', { cycleId, content: '太短' })).statusCode).toBe(400);
      const ok = await head.post('/api/duty-reports', { cycleId, content: '一、履行岗位职责情况：全年牵头完成专业群建设和实训基地改造任务，学院招生计划完成率百分之百。二、落实一岗双责情况……' });
      expect(ok.statusCode, ok.body).toBe(201);
    }
    expect((await head.post('/api/duty-reports', { cycleId, content: '一、履行岗位职责情况：重复提交的述职述廉报告应被拒绝，不应覆盖已提交的报告内容，系统应提示该年度报告已经提交。二、落实一岗双责情况……' })).json().error.code).toBe('DUTY_REPORT.DUPLICATE');
    const staffTry = await staff.post('/api/duty-reports', { cycleId, content: '一、履行岗位职责情况：一般职工不进行述职述廉，此请求应被拒绝并注明第6条，报告内容不会被保存到系统中。二、落实一岗双责情况……' });
    expect(staffTry.json().error).toMatchObject({ code: 'DUTY_REPORT.NOT_REQUIRED', article: 'ahzaxy-2020 第6条' });
    const duties = (await head.get('/api/duties/mine?status=done&pageSize=500')).json().items as { kind: string }[];
    expect(duties.some((d) => d.kind === 'appraisal_duty_report')).toBe(true);
  });
});
