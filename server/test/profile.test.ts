import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { TEST_YEAR, auditOf, daysAgo, newAccount, newCollege, newDepartmentWithHead, newLeadership, signInAs, useFactoryApp, userWith, yearsAgo } from './support/factories';
import { newAppraisal, newAppraisalCycle, newInterview } from './support/area-factories';

describe.each(ENGINES)('一人一档 on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own: its leadership, two departments with their heads. The first head has been in post for
   * three years, was graded competent (合格) last year and had a prevention interview five days ago. Signed in: the organization
   * department, discipline, the first head and a staff member of theirs.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c);
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const other = await newDepartmentWithHead(c, { staff: 0 });
    const cycle = await newAppraisalCycle(c, { year: TEST_YEAR - 1, closed: true });
    await newAppraisal(c, { cycle, personId: dept.head.personId, departmentId: dept.departmentId, grade: 'competent' });
    await newInterview(c, { targetIds: [dept.head.personId], leadPersonId: lead.principal.personId, topic: '二级学院主要负责人廉政提醒' });
    return {
      c, dept, other,
      headId: dept.head.personId,
      org: await userWith(ctx.app, c, ['org']),
      discipline: await userWith(ctx.app, c, ['discipline']),
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
      staff: await signInAs(ctx.app, await newAccount(c, { personId: dept.staff[0].personId })),
    };
  }

  type Profile = { areas: string[]; events: { date: string; area: string; title: string; detail: string | null }[] };
  it('each area as visible as the viewer\'s role allows: org sees reserve, care and inaction; discipline the interviews; the person their own care and interviews', async () => {
    const s = await scene();
    const tenure = { date: yearsAgo(3), area: '任职', title: expect.stringMatching(/^任测试系\d+主任$/) };
    const grade = { date: `${TEST_YEAR - 1}-12-20`, area: '年度考核', title: `${TEST_YEAR - 1} 年度考核：合格` };
    const interview = { date: daysAgo(5), area: '干部约谈', title: '预防提醒谈话：二级学院主要负责人廉政提醒' };

    const asOrg = (await s.org.get(`/api/persons/${s.headId}/profile`)).json() as Profile;
    expect(asOrg.areas).toEqual(expect.arrayContaining(['任职', '年度考核', '教育培训', '谈心谈话', '兼职', '后备干部', '关怀帮扶', '为官不为', '问责与容错']));
    expect(asOrg.areas).not.toContain('干部约谈');
    // Newest first; the interview is not the organization department's to see.
    expect(asOrg.events).toEqual([expect.objectContaining(grade), expect.objectContaining(tenure)]);

    const asDiscipline = (await s.discipline.get(`/api/persons/${s.headId}/profile`)).json() as Profile;
    expect(asDiscipline.areas).toContain('干部约谈');
    expect(asDiscipline.areas).not.toContain('后备干部');
    expect(asDiscipline.events).toEqual([expect.objectContaining(interview), expect.objectContaining(grade), expect.objectContaining(tenure)]);

    const asSelf = (await s.head.get(`/api/persons/${s.headId}/profile`)).json() as Profile;
    expect(asSelf.areas).toEqual(expect.arrayContaining(['关怀帮扶', '干部约谈', '问责与容错']));
    expect(asSelf.areas).not.toContain('后备干部');
    expect(asSelf.events.map((e) => e.area)).toEqual(['干部约谈', '年度考核', '任职']);
  });

  it('the PDF export names the person, and the download is audited; others outside the viewer\'s scope are not found', async () => {
    const s = await scene();
    expect(await auditOf(s.c, 'person', s.headId)).toEqual([]);
    const pdf = await s.org.get(`/api/persons/${s.headId}/profile.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(decodeURIComponent(String(pdf.headers['content-disposition']))).toContain(s.dept.head.name);
    expect(await auditOf(s.c, 'person', s.headId)).toEqual(['document.download']);
    const res = await s.staff.get(`/api/persons/${s.other.head.personId}/profile`);
    expect(res.statusCode).toBe(404);
    expect((await s.staff.get(`/api/persons/${s.other.head.personId}/profile.pdf`)).statusCode).toBe(404);
    expect(await auditOf(s.c, 'person', s.other.head.personId)).toEqual([]);
  });
});
