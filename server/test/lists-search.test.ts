import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sidelineApplication } from '../src/core/db/schema';
import { ENGINES } from './support/database';
import { TEST_TODAY, collegeRows, newCollege, newDepartmentWithHead, newLeadership, useFactoryApp, userWith, newPerson, newAccount, signInAs } from './support/factories';
import { newAccountabilityCase, newInterview, newOutsideOrg, newTalk } from './support/area-factories';

/** The rows of a downloaded workbook's first sheet below its title, note and header. */
async function sheetRows(payload: Buffer): Promise<unknown[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const rows: unknown[][] = [];
  ws.eachRow((r, n) => n > 3 && rows.push((r.values as unknown[]).slice(1)));
  return rows;
}

/** Issue 25, item 3: 谈心谈话 searched by subject; cases, sideline applications and interviews searched and exported. */
describe.each(ENGINES)('list search and exports on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /** A college of the test's own: a principal, a leader overseeing a department (its head, three staff members). */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 3, overseenBy: lead.leaders[0].personId });
    return { c, lead, dept, org: await userWith(ctx.app, c, ['org']), discipline: await userWith(ctx.app, c, ['discipline']) };
  }

  it('谈心谈话: a subject\'s name finds exactly their talks; the export has those rows and one audit row', async () => {
    const s = await scene();
    const [a, b, d] = s.dept.staff;
    const head = s.dept.head.personId;
    const t1 = await newTalk(s.c, { talkerIds: [head], subjectIds: [a.personId], talkDate: '2026-03-02' });
    const t2 = await newTalk(s.c, { talkerIds: [head], subjectIds: [a.personId, b.personId], talkDate: '2026-04-08' });
    await newTalk(s.c, { talkerIds: [head], subjectIds: [d.personId], talkDate: '2026-05-11' });
    // The talker's own name is not a subject's.
    await newTalk(s.c, { talkerIds: [a.personId], subjectIds: [d.personId], talkDate: '2026-05-12' });
    const ids = async (q: string) => (await s.org.get(`/api/talks?scope=all&${q}`)).json().items.map((t: { id: number }) => t.id);
    expect(await ids(`subject=${encodeURIComponent(a.name)}`)).toEqual([t2.id, t1.id]);
    expect(await ids(`subject=${encodeURIComponent(b.name)}`)).toEqual([t2.id]);
    expect(await ids(`subject=${encodeURIComponent('无此人')}`)).toEqual([]);
    const res = await s.org.get(`/api/talks.xlsx?scope=all&subject=${encodeURIComponent(a.name)}`);
    expect(res.statusCode).toBe(200);
    const rows = await sheetRows(res.rawPayload);
    expect(rows.map((r) => [r[0], r[1], r[3], r[5], r[6], r[7]])).toEqual([
      [1, '2026-04-08', '日常谈话', '已谈', s.dept.head.name, `${a.name}、${b.name}`],
      [2, '2026-03-02', '日常谈话', '已谈', s.dept.head.name, a.name],
    ]);
    expect(await collegeRows(s.c, 'audit_event', `action = 'document.download' AND summary->'detail'->>'file' LIKE '%谈心谈话记录%'`)).toBe(1);
  });

  it('问责案件, 兼职申请 and 约谈: searched by a person\'s name, exported under the same filters, each download audited', async () => {
    const s = await scene();
    const [a, b] = s.dept.staff;
    const headId = s.dept.head.personId;
    await newAccountabilityCase(s.c, { subjectPersonId: headId, accountableDepartmentId: s.dept.departmentId, matter: '实验室安全整改不及时' });
    await newAccountabilityCase(s.c, { subjectPersonId: s.lead.leaders[0].personId, accountableDepartmentId: s.dept.departmentId, matter: '招生宣传材料审核不严' });
    const cases = (await s.org.get(`/api/accountability-cases?q=${encodeURIComponent(s.dept.head.name)}`)).json() as { subjectName: string }[];
    expect(cases.map((x) => x.subjectName)).toEqual([s.dept.head.name]);
    const caseRows = await sheetRows((await s.org.get(`/api/accountability-cases.xlsx?q=${encodeURIComponent('招生')}`)).rawPayload);
    expect(caseRows.map((r) => [r[1], r[4], r[6]])).toEqual([[s.lead.leaders[0].name, '招生宣传材料审核不严', expect.any(String)]]);

    const org1 = await newOutsideOrg(s.c, { name: '省高职教育研究会' });
    const org2 = await newOutsideOrg(s.c, { name: '市计算机学会' });
    await s.c.db.insert(sidelineApplication).values([
      { institutionId: s.c.id, applicantPersonId: headId, orgId: org1.id, postTitle: '理事', hasTerms: true, startDate: TEST_TODAY, reason: '促进产教融合', createdBy: 0 },
      { institutionId: s.c.id, applicantPersonId: headId, orgId: org2.id, postTitle: '常务理事', hasTerms: true, startDate: TEST_TODAY, reason: '学科建设需要', createdBy: 0 },
    ]);
    const apps = async (q: string) => ((await s.org.get(`/api/sideline-applications?scope=all&q=${encodeURIComponent(q)}`)).json().items as { org: { name: string } }[]).map((x) => x.org.name).sort();
    expect(await apps(s.dept.head.name)).toEqual(['市计算机学会', '省高职教育研究会']);
    expect(await apps('计算机')).toEqual(['市计算机学会']);
    expect(await apps(a.name)).toEqual([]);
    const appRows = await sheetRows((await s.org.get(`/api/sideline-applications.xlsx?scope=all&q=${encodeURIComponent('研究会')}`)).rawPayload);
    expect(appRows.map((r) => [r[1], r[3], r[4], r[5]])).toEqual([[s.dept.head.name, '省高职教育研究会', '理事', '草稿']]);

    const lead = s.lead.principal.personId;
    const i1 = await newInterview(s.c, { targetIds: [a.personId], leadPersonId: lead, topic: '考勤管理问题提醒' });
    await newInterview(s.c, { targetIds: [b.personId], leadPersonId: lead, topic: '岗位廉政风险提醒' });
    const ivs = async (q: string) => ((await s.discipline.get(`/api/interviews?q=${encodeURIComponent(q)}`)).json() as { id: number }[]).map((x) => x.id);
    expect(await ivs(a.name)).toEqual([i1.id]);
    expect(await ivs('考勤')).toEqual([i1.id]);
    expect((await ivs(s.lead.principal.name)).length).toBe(2);
    const ivRows = await sheetRows((await s.discipline.get(`/api/interviews.xlsx?q=${encodeURIComponent(a.name)}`)).rawPayload);
    expect(ivRows.map((r) => [r[4], r[5], r[6]])).toEqual([[a.name, s.lead.principal.name, '考勤管理问题提醒']]);

    for (const f of ['问责案件', '兼职申请', '约谈']) expect(await collegeRows(s.c, 'audit_event', `action = 'document.download' AND summary->'detail'->>'file' LIKE '%${f}%'`), f).toBe(1);
    // A staff member without the college's view may not export all applications; a person may not read cases.
    const staff = await signInAs(ctx.app, await newAccount(s.c, { personId: (await newPerson(s.c)).id }));
    expect((await staff.get('/api/accountability-cases.xlsx')).statusCode).toBe(403);
    expect((await staff.get('/api/sideline-applications.xlsx?scope=all')).statusCode).toBe(403);
  });
});
