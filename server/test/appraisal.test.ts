import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, newAccount, newCollege, newDepartment, newDepartmentWithHead, newPerson, newPost, newTenure, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAccountabilityCase, newAppraisal, newAppraisalCycle, newToleranceDecision } from './support/area-factories';

describe.each(ENGINES)('年度考核 on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const year = TEST_YEAR;

  /**
   * A college of the test's own under ahzaxy-2020 (talks adopted from scitc-2025), its appraisal for TEST_YEAR open
   * unless `cycle: false`: an academic department with its head (middle_chief) and `staff` staff members (two unless
   * told), and a 纪委办公室. Signed in: the organization department, the head and the first two staff members.
   */
  async function scene(opts: { staff?: number; cycle?: boolean } = {}) {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const cycle = opts.cycle === false ? null : await newAppraisalCycle(c);
    const dept = await newDepartmentWithHead(c, { staff: opts.staff ?? 2 });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, cycle, dept, jw,
      cycleId: cycle?.id ?? 0,
      org: await userWith(ctx.app, c, ['org']),
      head: await as(dept.head.personId),
      staff: await as(dept.staff[0].personId),
      otherStaff: await as(dept.staff[1].personId),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  type Row = { personId: number; name: string; rank: string; grade: string | null; overQuota: boolean; quotaReason: string | null; reportOn: string | null };
  const sheet = async (s: Scene) =>
    (await s.org.get(`/api/appraisal-cycles/${s.cycleId}/sheet?departmentId=${s.dept.departmentId}`)).json() as { population: number; quota: number; excellent: number; rows: Row[] };
  const grade = (s: Scene, body: object) => s.org.post('/api/appraisals', { cycleId: s.cycleId, departmentId: s.dept.departmentId, caseIds: [], reason: null, quotaReason: null, ...body });

  it('第6条: org opens the year\'s appraisal (reports due on the pack\'s day); a second cycle for the year is refused; past years are listed with their grades; a head cannot see the cycles', async () => {
    const s = await scene({ cycle: false });
    for (const back of [1, 2]) {
      const past = await newAppraisalCycle(s.c, { year: year - back, closed: true });
      for (const p of [s.dept.head, ...s.dept.staff]) await newAppraisal(s.c, { cycle: past, personId: p.personId, departmentId: s.dept.departmentId });
    }
    const opened = await s.org.post('/api/appraisal-cycles', { year });
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json()).toMatchObject({ year, dutyReportDue: `${year}-12-20`, status: 'open', graded: 0, reports: 0 });
    expect(await auditOf(s.c, 'appraisal_cycle', opened.json().id)).toEqual(['appraisal.cycle_open']);

    const again = await s.org.post('/api/appraisal-cycles', { year });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'APPRAISAL.CYCLE_EXISTS', field: 'year' });
    expect(await collegeRows(s.c, 'appraisal_cycle', `year = ${year}`)).toBe(1);

    const cycles = (await s.org.get('/api/appraisal-cycles')).json() as { year: number; status: string; graded: number }[];
    expect(cycles.map((c) => [c.year, c.status, c.graded])).toEqual([
      [year, 'open', 0],
      [year - 1, 'closed', 3],
      [year - 2, 'closed', 3],
    ]);
    expect((await s.head.get('/api/appraisal-cycles')).statusCode).toBe(403);
  });

  it('第6条, 第12条, scitc 附件1 第五条（四）: a 基本称职 needs its facts and creates a talk duty for the department head; nothing is written on error; one grade a year', async () => {
    const s = await scene();
    const weak = s.dept.staff[0];
    const sh = await sheet(s);
    expect(sh.population).toBe(3);
    expect(sh.quota).toBe(1);
    expect(sh.rows.map((r) => [r.personId, r.grade])).toEqual([[s.dept.head.personId, null], [weak.personId, null], [s.dept.staff[1].personId, null]]);

    const outside = await grade(s, { personId: weak.personId, grade: 'outstanding' });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error).toMatchObject({ code: 'APPRAISAL.GRADE', field: 'grade' });
    const noReason = await grade(s, { personId: weak.personId, grade: 'basic' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error).toMatchObject({ code: 'APPRAISAL.REASON_REQUIRED', article: 'ahzaxy-2020 第12条', field: 'reason' });
    const elsewhere = await s.org.post('/api/appraisals', { cycleId: s.cycleId, departmentId: s.jw.id, personId: weak.personId, grade: 'competent', caseIds: [] });
    expect(elsewhere.statusCode).toBe(400);
    expect(elsewhere.json().error).toMatchObject({ code: 'APPRAISAL.NOT_IN_DEPARTMENT', field: 'personId' });
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(0);

    const reason = '全年两项教学任务未按期完成，学生评教排名末位';
    const ok = await grade(s, { personId: weak.personId, grade: 'basic', reason });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ overQuota: false, talkOccasionId: expect.any(Number) });
    expect(await collegeRows(s.c, 'talk_occasion', `kind = 'weak_appraisal' AND subject_person_id = ${weak.personId}`)).toBe(1);
    expect(await auditOf(s.c, 'appraisal', ok.json().id)).toEqual(['appraisal.grade']);

    const dup = await grade(s, { personId: weak.personId, grade: 'competent' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('APPRAISAL.DUPLICATE');
    expect(await collegeRows(s.c, 'appraisal')).toBe(1);
    expect(await auditOf(s.c, 'appraisal', ok.json().id)).toEqual(['appraisal.grade']);

    // The responsible talker (scitc 附件1 第六条: the department's middle cadres for its staff) now owes a talk under 第五条（四）.
    const duties = (await s.head.get('/api/duties/mine?pageSize=500')).json().items as { kind: string; subjectPersonId: number; citation: string }[];
    expect(duties.filter((d) => d.kind === 'talk_situation' && d.subjectPersonId === weak.personId).map((d) => d.citation)).toEqual(['scitc-2025 附件1 第五条（四）']);

    const history = (await s.org.get(`/api/persons/${weak.personId}/appraisals`)).json() as { year: number; gradeLabel: string; reason: string | null }[];
    expect(history).toEqual([expect.objectContaining({ year, gradeLabel: '基本称职', reason, recordedOn: TEST_TODAY })]);
    // The grounds are for the organization department and the person; a colleague cannot open the person at all.
    expect(((await s.staff.get(`/api/persons/${weak.personId}/appraisals`)).json() as { reason: string | null }[])[0].reason).toBe(reason);
    expect((await s.otherStaff.get(`/api/persons/${weak.personId}/appraisals`)).statusCode).toBe(404);
    expect((await sheet(s)).rows.find((r) => r.personId === weak.personId)?.grade).toBe('basic');
  });

  it('第6条: excellent grades beyond the department\'s quota need a reason and are marked', async () => {
    const s = await scene({ staff: 9 });
    const sh = await sheet(s);
    expect(sh).toMatchObject({ population: 10, quota: 2, excellent: 0 });
    const [first, second, third] = s.dept.staff;
    for (const p of [first, second]) {
      const r = await grade(s, { personId: p.personId, grade: 'excellent' });
      expect(r.statusCode, r.body).toBe(201);
      expect(r.json()).toMatchObject({ overQuota: false, talkOccasionId: null });
    }
    const over = await grade(s, { personId: third.personId, grade: 'excellent' });
    expect(over.statusCode).toBe(409);
    expect(over.json().error).toMatchObject({ code: 'APPRAISAL.QUOTA_EXCEEDED', article: 'ahzaxy-2020 第6条', field: 'quotaReason' });
    expect(over.json().error.message).toContain('本部门参加考核 10 人，优秀名额 2 个');
    expect(await collegeRows(s.c, 'appraisal')).toBe(2);

    const quotaReason = '牵头完成省级教学成果奖申报，经党委研究同意增加名额';
    const withReason = await grade(s, { personId: third.personId, grade: 'excellent', quotaReason });
    expect(withReason.statusCode, withReason.body).toBe(201);
    expect(withReason.json()).toMatchObject({ overQuota: true, talkOccasionId: null });
    expect(await auditOf(s.c, 'appraisal', withReason.json().id)).toEqual(['appraisal.grade']);
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(0);
    const after = await sheet(s);
    expect(after.excellent).toBe(3);
    expect(after.rows.filter((r) => r.grade === 'excellent').map((r) => [r.personId, r.overQuota, r.quotaReason])).toEqual([
      [first.personId, false, null],
      [second.personId, false, null],
      [third.personId, true, quotaReason],
    ]);
  });

  it('第12条: a matter exempted by the tolerance procedure cannot be the reason for an adverse grade; another matter can', async () => {
    const s = await scene();
    const cadre = s.dept.head;
    const exempt = await newAccountabilityCase(s.c, { subjectPersonId: cadre.personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id, matter: '应急抢修超出预算，程序不规范', startedOn: '2026-03-02' });
    await newToleranceDecision(s.c, { caseId: exempt.id, applicantPersonId: cadre.personId });
    const other = await newAccountabilityCase(s.c, { subjectPersonId: cadre.personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id, matter: '实训室安全检查整改不及时，被上级通报', startedOn: '2026-04-01' });

    const matters = (await s.org.get(`/api/appraisal/cases?personId=${cadre.personId}`)).json() as { id: number; exempted: boolean; citation: string | null }[];
    expect(matters.map((m) => [m.id, m.exempted, m.citation]).sort()).toEqual([
      [exempt.id, true, 'ahzaxy-2020 第12条'],
      [other.id, false, null],
    ].sort());

    const refused = await grade(s, { personId: cadre.personId, grade: 'basic', reason: '应急抢修超出预算，程序不规范', caseIds: [exempt.id, other.id] });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'APPRAISAL.EXEMPT_MATTER', article: 'ahzaxy-2020 第12条', field: 'caseIds' });
    expect(refused.json().error.message).toContain('应急抢修超出预算，程序不规范');
    const notTheirs = await grade(s, { personId: s.dept.staff[0].personId, grade: 'basic', reason: '实训室安全检查整改不及时', caseIds: [other.id] });
    expect(notTheirs.statusCode).toBe(400);
    expect(notTheirs.json().error).toMatchObject({ code: 'APPRAISAL.CASE', field: 'caseIds' });
    expect(await collegeRows(s.c, 'appraisal')).toBe(0);
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(0);

    const ok = await grade(s, { personId: cadre.personId, grade: 'basic', reason: '实训室安全检查整改不及时，被上级通报', caseIds: [other.id] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await auditOf(s.c, 'appraisal', ok.json().id)).toEqual(['appraisal.grade']);
  });

  it('第6条: middle cadres hand in their duty report once; staff do not; the duty follows', async () => {
    const s = await scene();
    const mine = (await s.head.get('/api/duty-reports/mine')).json() as { cycleId: number; year: number; due: string; owes: boolean; submittedOn: string | null; citation: string | null }[];
    expect(mine).toEqual([expect.objectContaining({ cycleId: s.cycleId, year, due: `${year}-12-31`, owes: true, submittedOn: null, citation: 'ahzaxy-2020 第6条' })]);
    type Duty = { key: string; kind: string; dueDate: string; citation: string };
    const open = (await s.head.get('/api/duties/mine?pageSize=500')).json().items as Duty[];
    expect(open.filter((d) => d.kind === 'appraisal_duty_report').map((d) => [d.key, d.dueDate, d.citation])).toEqual([[`duty_report:${s.cycleId}:${s.dept.head.personId}`, `${year}-12-31`, 'ahzaxy-2020 第6条']]);

    const short = await s.head.post('/api/duty-reports', { cycleId: s.cycleId, content: '太短' });
    expect(short.statusCode).toBe(400);
    expect(await collegeRows(s.c, 'duty_report')).toBe(0);
    const ok = await s.head.post('/api/duty-reports', { cycleId: s.cycleId, content: '一、履行岗位职责情况：全年牵头完成专业群建设和实训基地改造任务，学院招生计划完成率百分之百。二、落实一岗双责情况……' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await auditOf(s.c, 'duty_report', ok.json().id)).toEqual(['duty_report.submit']);

    const dup = await s.head.post('/api/duty-reports', { cycleId: s.cycleId, content: '一、履行岗位职责情况：重复提交的述职述廉报告应被拒绝，不应覆盖已提交的报告内容，系统应提示该年度报告已经提交。二、落实一岗双责情况……' });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('DUTY_REPORT.DUPLICATE');
    const staffTry = await s.staff.post('/api/duty-reports', { cycleId: s.cycleId, content: '一、履行岗位职责情况：一般职工不进行述职述廉，此请求应被拒绝并注明第6条，报告内容不会被保存到系统中。二、落实一岗双责情况……' });
    expect(staffTry.statusCode).toBe(403);
    expect(staffTry.json().error).toMatchObject({ code: 'DUTY_REPORT.NOT_REQUIRED', article: 'ahzaxy-2020 第6条' });
    expect(await collegeRows(s.c, 'duty_report')).toBe(1);
    expect((await s.staff.get('/api/duty-reports/mine')).json()).toEqual([]);

    expect(((await s.head.get('/api/duty-reports/mine')).json() as { submittedOn: string | null; content: string }[])[0]).toMatchObject({ submittedOn: TEST_TODAY, content: expect.stringContaining('专业群建设') });
    expect((await sheet(s)).rows.find((r) => r.personId === s.dept.head.personId)?.reportOn).toBe(TEST_TODAY);
    const done = (await s.head.get('/api/duties/mine?status=done&pageSize=500')).json().items as Duty[];
    expect(done.filter((d) => d.kind === 'appraisal_duty_report').map((d) => d.key)).toEqual([`duty_report:${s.cycleId}:${s.dept.head.personId}`]);
  });

  it('第6条: a person holding two posts of equal rank in two departments is graded in one of them, the same in the grid and in a single grade (系统默认: the head of a unit first, then the lower department id)', async () => {
    const s = await scene();
    const centre = await newDepartment(s.c, { name: '现代教育技术中心' });
    const both = await newPerson(s.c, { politicalStatus: 'cpc' });
    // The later department's post entered first: the order posts are read in must not decide.
    for (const [departmentId, title] of [[centre.id, '副主任'], [s.dept.departmentId, '副院长']] as const)
      await newTenure(s.c, { personId: both.id, postId: (await newPost(s.c, { departmentId, title, rank: 'middle_deputy' })).id });
    const sheetOf = async (departmentId: number) =>
      ((await s.org.get(`/api/appraisal-cycles/${s.cycleId}/sheet?departmentId=${departmentId}`)).json() as { rows: Row[] }).rows.map((r) => r.personId);
    expect(await sheetOf(s.dept.departmentId)).toContain(both.id);
    expect(await sheetOf(centre.id)).not.toContain(both.id);
    const there = await s.org.post('/api/appraisals', { cycleId: s.cycleId, departmentId: centre.id, personId: both.id, grade: 'competent', caseIds: [] });
    expect(there.statusCode).toBe(400);
    expect(there.json().error).toMatchObject({ code: 'APPRAISAL.NOT_IN_DEPARTMENT', field: 'personId' });
    const here = await grade(s, { personId: both.id, grade: 'competent' });
    expect(here.statusCode, here.body).toBe(201);
  });
});
