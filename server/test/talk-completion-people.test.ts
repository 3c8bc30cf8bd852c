import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import { TEST_YEAR, collegeRows, daysAgo, newAccount, newCollege, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';
import { newTalk } from './support/area-factories';
import { sheetRows, workbook } from './support/documents';

describe.each(ENGINES)('谈话完成情况 by talker (a person) on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own: the secretary, two vice-presidents (the first overseeing the department), a department
   * with its head, a deputy head and four staff members. This year: the head talked with staff 0, the deputy with
   * staff 1, the secretary once with vice-president 0, vice-president 0 with the head; the organization department
   * named the head as staff 3's talker (第六条 特殊情况). Staff 2 nobody has talked with.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 2 });
    const dept = await newDepartmentWithHead(c, { staff: 4, overseenBy: lead.leaders[0].personId });
    const deputy = await newHolder(c, { rank: 'middle_deputy', departmentId: dept.departmentId, title: '副主任' });
    const org = await userWith(ctx.app, c, ['org']);
    const head = dept.head.personId;
    const staff = dept.staff.map((s) => s.personId);
    const principal = lead.principal.personId;
    const [vp0, vp1] = lead.leaders.map((l) => l.personId);
    const talks = {
      headStaff0: (await newTalk(c, { talkerIds: [head], subjectIds: [staff[0]], talkDate: daysAgo(20) })).id,
      deputyStaff1: (await newTalk(c, { talkerIds: [deputy.personId], subjectIds: [staff[1]], talkDate: daysAgo(15) })).id,
      principalVp0: (await newTalk(c, { talkerIds: [principal], subjectIds: [vp0], talkDate: daysAgo(12) })).id,
      vp0Head: (await newTalk(c, { talkerIds: [vp0], subjectIds: [head], talkDate: daysAgo(5) })).id,
    };
    expect((await org.post('/api/talk-assignments', { talkerPersonId: head, subjectPersonId: staff[3], year: TEST_YEAR, reason: '部门调整期间临时指定' })).statusCode).toBe(201);
    return { c, lead, dept, deputy: deputy.personId, org, head, staff, principal, vp0, vp1, talks, names: new Map([...dept.staff.map((s) => [s.personId, s.name] as const), [head, dept.head.name], [deputy.personId, deputy.name], [principal, lead.principal.name], [vp0, lead.leaders[0].name], [vp1, lead.leaders[1].name]]) };
  }
  type Row = { personId: number; name: string; departmentId: number | null; required: number; held: number; done: number; behind: number; shared: number; percent: number; owedNames: string[] };

  it('lists each talker with their share, least complete first: a group quota counts for whoever held it, the rest is 共同待谈 (第六条, 第八条)', async () => {
    const s = await scene();
    const res = await s.org.get(`/api/talks/completion/people?year=${TEST_YEAR}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.strategy).toBe('held_by_holder_rest_shared');
    const name = (id: number) => s.names.get(id)!;
    // Secretary: vice-presidents 0 (1 of 2) and 1 (0 of 2) → 1/4. Head: staff 0 held; staff 2 shared; staff 3 assigned to
    // them alone → 1/3. Vice-president 0: the head held, the deputy not → 1/2. Deputy: staff 1 held, staff 2 shared → 1/2.
    // Vice-president 1 oversees nothing and talks with nobody: not a talker.
    expect(body.items.map((r: Row) => [r.name, r.required, r.held, r.done, r.behind, r.shared, r.percent, r.owedNames])).toEqual([
      [name(s.principal), 4, 1, 0, 2, 0, 25, [name(s.vp0), name(s.vp1)].sort((a, b) => a.localeCompare(b, 'zh'))],
      [name(s.head), 3, 1, 1, 2, 1, 33.3, [name(s.staff[2]), name(s.staff[3])].sort((a, b) => a.localeCompare(b, 'zh'))],
      [name(s.vp0), 2, 1, 1, 1, 0, 50, [name(s.deputy)]],
      [name(s.deputy), 2, 1, 1, 1, 1, 50, [name(s.staff[2])]],
    ]);
    // The department filter is the talker's department; the search a part of the name.
    const inDept = (await s.org.get(`/api/talks/completion/people?departmentId=${s.dept.departmentId}`)).json();
    expect(inDept.items.map((r: Row) => r.personId)).toEqual([s.head, s.deputy]);
    const byName = (await s.org.get(`/api/talks/completion/people?q=${encodeURIComponent(name(s.deputy))}`)).json();
    expect(byName.items.map((r: Row) => r.personId)).toEqual([s.deputy]);
  });

  it('opens one talker: whom they still owe (shared marked, with the article and a prefilled 记录谈话) and whom they talked with', async () => {
    const s = await scene();
    const head = (await s.org.get(`/api/talks/completion/people/${s.head}`)).json();
    expect(head).toMatchObject({ year: TEST_YEAR, required: 3, held: 1, percent: 33.3, responsibilityCitation: 'scitc-2025 附件1 第六条', person: { id: s.head, departmentId: s.dept.departmentId, postTitle: '主任' } });
    const owed = Object.fromEntries(head.owed.map((q: { subject: { id: number } }) => [q.subject.id, q]));
    expect(Object.keys(owed).map(Number).sort()).toEqual([s.staff[2], s.staff[3]].sort());
    expect(owed[s.staff[2]]).toMatchObject({ shared: true, heldByMe: false, required: 1, held: 0, citation: 'scitc-2025 附件1 第八条（四）', recordLink: `/talks/new?subject=${s.staff[2]}&talker=${s.head}&kind=routine`, talks: [] });
    expect(owed[s.staff[3]]).toMatchObject({ shared: false, required: 1, held: 0 });
    expect(head.talkedWith).toEqual([
      expect.objectContaining({ subject: expect.objectContaining({ id: s.staff[0] }), shared: false, heldByMe: true, talks: [{ id: s.talks.headStaff0, talkDate: daysAgo(20), talkers: [{ id: s.head, name: s.names.get(s.head) }], byMe: true }] }),
    ]);
    // Staff 1, met by the deputy, is not the head's; the deputy sees it among theirs.
    const deputy = (await s.org.get(`/api/talks/completion/people/${s.deputy}`)).json();
    expect(deputy.talkedWith.map((q: { subject: { id: number } }) => q.subject.id)).toEqual([s.staff[1]]);
    expect(deputy.owed.map((q: { subject: { id: number }; shared: boolean }) => [q.subject.id, q.shared])).toEqual([[s.staff[2], true]]);
    // The secretary's pair with vice-president 0: one of two talks (第八条（二）).
    const principal = (await s.org.get(`/api/talks/completion/people/${s.principal}`)).json();
    expect(principal.owed.find((q: { subject: { id: number } }) => q.subject.id === s.vp0)).toMatchObject({ required: 2, held: 1, citation: 'scitc-2025 附件1 第八条（二）', talks: [expect.objectContaining({ id: s.talks.principalVp0 })] });

    // Holding the talk with staff 2 moves it to the head's done, and off the deputy's list (a colleague met it).
    await newTalk(s.c, { talkerIds: [s.head], subjectIds: [s.staff[2]], talkDate: daysAgo(1) });
    const after = (await s.org.get(`/api/talks/completion/people/${s.head}`)).json();
    expect(after).toMatchObject({ required: 3, held: 2, percent: 66.7, shared: 0 });
    expect(after.talkedWith.map((q: { subject: { id: number } }) => q.subject.id)).toEqual([s.staff[2], s.staff[0]]);
    const deputyAfter = (await s.org.get(`/api/talks/completion/people/${s.deputy}`)).json();
    expect(deputyAfter).toMatchObject({ required: 1, held: 1, percent: 100, owed: [] });
  });

  it('refuses a person who owes no talk that year (404) and keeps the page the organization department\'s (403)', async () => {
    const s = await scene();
    const none = await s.org.get(`/api/talks/completion/people/${s.vp1}`);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.code).toBe('TALK.TALKER_WITHOUT_QUOTA');
    expect((await s.org.get('/api/talks/completion/people/99999999')).statusCode).toBe(404);
    expect((await s.org.get(`/api/talks/completion/people?year=${TEST_YEAR + 1}`)).json().error.code).toBe('TALK.YEAR_IN_FUTURE');
    // A year before the college's talk rules took effect (scitc-2025, from 2025-06-12): a 400 that says so, not a 500.
    for (const url of ['/api/talks/completion?year=2020', '/api/talks/completion/people?year=2020', `/api/talks/completion/people/${s.head}?year=2020`, '/api/talks/completion.xlsx?year=2020']) {
      const early = await s.org.get(url);
      expect([url, early.statusCode, early.json().error.code]).toEqual([url, 400, 'TALK.YEAR_BEFORE_RULES']);
      expect(early.json().error.message).toBe('2020 年本院谈心谈话规定尚未施行（自 2025-06-12 起施行），没有该年度的完成情况');
    }
    // The head and the overseeing vice-president, as before for the completion page: not theirs to supervise.
    const head = await signInAs(ctx.app, await newAccount(s.c, { personId: s.head }));
    const leader = await userWith(ctx.app, s.c, ['leader'], s.vp0);
    for (const who of [head, leader]) {
      expect((await who.get('/api/talks/completion')).statusCode).toBe(403);
      expect((await who.get('/api/talks/completion/people')).statusCode).toBe(403);
      expect((await who.get(`/api/talks/completion/people/${s.head}`)).statusCode).toBe(403);
    }
  });

  it('exports a sheet of talkers with the names they still owe, as the page lists them; the download is audited', async () => {
    const s = await scene();
    const page = (await s.org.get('/api/talks/completion/people')).json();
    const before = await collegeRows(s.c, 'audit_event', "action = 'document.download'");
    const xlsx = await s.org.get('/api/talks/completion.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = await workbook(xlsx.rawPayload);
    // The group sheet stays.
    expect(wb.getWorksheet('按谈话人')).toBeDefined();
    const rows = sheetRows(wb.getWorksheet('按谈话人（个人）')!);
    expect(rows[2]).toEqual(['谈话人', '部门（单位）', '职务', '负责对象数', '应谈次数', '已谈次数', '已完成对象', '未完成对象', '其中共同待谈', '完成率(%)', '尚未谈话的对象']);
    expect(rows.slice(3)).toEqual(
      page.items.map((r: Row & { departmentName: string; postTitle: string; total: number }) => [r.name, r.departmentName, r.postTitle, r.total, r.required, r.held, r.done, r.behind, r.shared, r.percent, r.owedNames.join('、')]),
    );
    expect(rows[4][0]).toBe(s.names.get(s.head));
    expect(await collegeRows(s.c, 'audit_event', "action = 'document.download'")).toBe(before + 1);
  });
});
