import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { ENGINES } from './support/database';
import { TEST_YEAR, collegeRows, auditOf, newAccount, newCollege, newDepartmentWithHead, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';

type Row = { key: string; owner: string; status: string };
type Report = { done: number; refused: number; items: { key: string; title: string | null; ok: boolean; code?: string; message?: string }[] };

/** Issue 25, item 3: 应办事项 at college scale — search, export and batch actions over the college's derived duties. */
describe.each(ENGINES)('应办事项 search, export and batch actions on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const Y = TEST_YEAR;
  const P = Y - 1;

  /**
   * A college of the test's own (scitc-2025 talks, training hours and interviews adopted): a principal and one leader
   * overseeing department A (its head and three staff members); department B (its head and one staff member) overseen
   * by nobody. Signed in: the organization department (as nobody), the head of A, a staff member of A.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const a = await newDepartmentWithHead(c, { staff: 3, overseenBy: lead.leaders[0].personId });
    const b = await newDepartmentWithHead(c, { staff: 1 });
    return {
      c, lead, a, b,
      ids: { principal: lead.principal.personId, leader: lead.leaders[0].personId, headA: a.head.personId, headB: b.head.personId, a1: a.staff[0].personId, a2: a.staff[1].personId, a3: a.staff[2].personId, b1: b.staff[0].personId },
      org: await userWith(ctx.app, c, ['org']),
      head: await signInAs(ctx.app, await newAccount(c, { personId: a.head.personId })),
      staff: await signInAs(ctx.app, await newAccount(c, { personId: a.staff[2].personId })),
    };
  }
  const keys = async (who: { get(u: string): Promise<{ json(): { total: number; items: Row[] } }> }, query: string) => {
    const r = (await who.get(`/api/duties?pageSize=500&${query}`)).json();
    expect(r.items.length).toBe(r.total);
    return r.items.map((d) => d.key).sort();
  };

  it('finds duties by a person\'s name, by a person, by a keyword; a department head finds nothing outside the departments in scope', async () => {
    const s = await scene();
    const { ids } = s;
    // A staff member by name: their talk of each year, nothing else.
    expect(await keys(s.org, `q=${encodeURIComponent(s.a.staff[0].name)}`)).toEqual([`talk_quota:${P}:staff:${ids.a1}`, `talk_quota:${Y}:staff:${ids.a1}`]);
    expect(await keys(s.org, `personId=${ids.b1}`)).toEqual([`talk_quota:${P}:staff:${ids.b1}`, `talk_quota:${Y}:staff:${ids.b1}`]);
    // The head of A by name: what they owe (their staff's talks as the department's middle cadres, the quarter's
    // interview plans of their department), their own talk with the leader and their training hours.
    const headA = [
      ...[1, 2, 3, 4].map((q) => `interview_plan:${s.a.departmentId}:${P}Q${q}`), `interview_plan:${s.a.departmentId}:${Y}Q1`, `interview_plan:${s.a.departmentId}:${Y}Q2`,
      ...[P, Y].flatMap((y) => [`talk_quota:${y}:pair:${ids.leader}-${ids.headA}`, `talk_quota:${y}:staff:${ids.a1}`, `talk_quota:${y}:staff:${ids.a2}`, `talk_quota:${y}:staff:${ids.a3}`, `training_hours:${y}:${ids.headA}`]),
    ].sort();
    expect(await keys(s.org, `q=${encodeURIComponent(s.a.head.name)}`)).toEqual(headA);
    expect(await keys(s.org, `personId=${ids.headA}`)).toEqual(headA);
    // A keyword of the title, and the article as users read it.
    expect(await keys(s.org, `q=${encodeURIComponent('培训学时')}&status=overdue`)).toEqual([ids.principal, ids.leader, ids.headA, ids.headB].map((id) => `training_hours:${P}:${id}`).sort());
    expect(await keys(s.org, `q=${encodeURIComponent('第六条')}`)).toEqual([`talk_responsibility:${Y}:${ids.headB}`, `talk_responsibility:${Y}:${ids.principal}`].sort());
    // The head of A sees department A only: B's staff member is not found.
    expect(await keys(s.head, `q=${encodeURIComponent(s.b.staff[0].name)}`)).toEqual([]);
    expect(await keys(s.head, `q=${encodeURIComponent(s.a.staff[1].name)}`)).toEqual([`talk_quota:${P}:staff:${ids.a2}`, `talk_quota:${Y}:staff:${ids.a2}`]);
    // Paged as before.
    const page = (await s.org.get(`/api/duties?q=${encodeURIComponent(s.a.head.name)}&pageSize=5&page=4`)).json();
    expect([page.total, page.items.length]).toEqual([16, 1]);
    expect((await s.org.get(`/api/duties?q=${'字'.repeat(51)}`)).statusCode).toBe(400);
  });

  it('exports the list under its filters as Excel (事项, 责任人, 对象, 截止, 状态, 依据) and audits the download', async () => {
    const s = await scene();
    const res = await s.org.get(`/api/duties.xlsx?q=${encodeURIComponent(s.a.staff[0].name)}`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('应办事项')!;
    const values = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    expect(values(3)).toEqual(['序号', '事项', '类别', '责任人', '对象', '部门', '截止', '状态', '办结日期', '依据', '免办理由']);
    expect(ws.rowCount).toBe(5);
    const first = values(4);
    expect(first.slice(0, 8)).toEqual([1, `与${s.a.staff[0].name}（${(await s.org.get(`/api/departments`)).json().find((d: { id: number }) => d.id === s.a.departmentId).name}专任教师）${P} 年度谈心谈话`, '年度谈心谈话', expect.stringContaining('中层干部'), s.a.staff[0].name, expect.any(String), `${P}-12-31`, '已逾期']);
    expect(first[9]).toBe('《谈心谈话规定》第八条（四）');
    expect(await collegeRows(s.c, 'audit_event', `action = 'document.download' AND summary->'detail'->>'count' = '2'`)).toBe(1);
    // Who may not see the college's list may not export it.
    expect((await s.staff.get('/api/duties.xlsx')).statusCode).toBe(403);
  });

  it('waives a batch with one reason under the single waiver\'s rule: each refusal reported, nothing written for it, one audit event', async () => {
    const s = await scene();
    const { ids } = s;
    // The organization department's account acting as the head of B: B's head's own duty is refused (回避).
    const org = await signInAs(ctx.app, await newAccount(s.c, { roles: ['org'], personId: ids.headB }));
    expect((await org.post('/api/duties/waive', { key: `talk_quota:${Y}:staff:${ids.a2}`, reason: '援外支教一年，经组织部同意' })).statusCode).toBe(200);
    const before = await collegeRows(s.c, 'duty_waiver');
    const r = await org.post('/api/duties/waive-batch', {
      keys: [`talk_quota:${Y}:staff:${ids.a1}`, `talk_quota:${Y}:staff:${ids.a2}`, `talk_responsibility:${Y}:${ids.headB}`, 'talk_quota:1999:staff:1', `talk_quota:${Y}:staff:${ids.a1}`],
      reason: '长期病休，经组织部研究同意',
    });
    expect(r.statusCode).toBe(200);
    const rep = r.json() as Report;
    expect([rep.done, rep.refused]).toEqual([1, 3]);
    expect(rep.items.map((i) => [i.key, i.ok, i.code ?? null])).toEqual([
      [`talk_quota:${Y}:staff:${ids.a1}`, true, null],
      [`talk_quota:${Y}:staff:${ids.a2}`, false, 'DUTY.ALREADY_WAIVED'],
      [`talk_responsibility:${Y}:${ids.headB}`, false, 'PROCEDURE.OWN_CASE'],
      ['talk_quota:1999:staff:1', false, 'DUTY.NOT_FOUND'],
    ]);
    expect(rep.items[2].message).toContain('回避');
    expect(await collegeRows(s.c, 'duty_waiver')).toBe(before + 1);
    expect(await collegeRows(s.c, 'duty_waiver', `duty_key = 'talk_responsibility:${Y}:${ids.headB}'`)).toBe(0);
    expect(await auditOf(s.c, 'duty', `talk_quota:${Y}:staff:${ids.a1}`)).toEqual(['duty.waive_batch']);
    const after = (await s.org.get(`/api/duties?personId=${ids.a1}&status=waived`)).json();
    expect(after.items.map((d: { key: string; waiver: { reason: string } }) => [d.key, d.waiver.reason])).toEqual([[`talk_quota:${Y}:staff:${ids.a1}`, '长期病休，经组织部研究同意']]);
    // All refused: nothing written, no event.
    const none = (await org.post('/api/duties/waive-batch', { keys: [`talk_quota:${Y}:staff:${ids.a1}`], reason: '长期病休，经组织部研究同意' })).json() as Report;
    expect([none.done, none.items[0].code]).toEqual([0, 'DUTY.ALREADY_WAIVED']);
    expect(await collegeRows(s.c, 'audit_event', `action = 'duty.waive_batch'`)).toBe(1);
    // The permissions of the single waiver: a department head may not; a short reason or no key is refused whole.
    expect((await s.head.post('/api/duties/waive-batch', { keys: [`talk_quota:${Y}:staff:${ids.a3}`], reason: '长期病休，经组织部研究同意' })).statusCode).toBe(403);
    expect((await s.org.post('/api/duties/waive-batch', { keys: [`talk_quota:${Y}:staff:${ids.a3}`], reason: '病休' })).statusCode).toBe(400);
    expect((await s.org.post('/api/duties/waive-batch', { keys: [], reason: '长期病休，经组织部研究同意' })).statusCode).toBe(400);
    expect(await collegeRows(s.c, 'duty_waiver')).toBe(before + 1);
  });

  it('reminds the owners of the selected duties in scope (督办提醒, urgent when overdue), once a duty a day', async () => {
    const s = await scene();
    const { ids } = s;
    const pair = `talk_quota:${Y}:pair:${ids.leader}-${ids.headA}`;
    const r = await s.head.post('/api/duties/remind', { keys: [pair, `talk_quota:${Y}:staff:${ids.a1}`, `talk_quota:${Y}:staff:${ids.b1}`] });
    expect(r.statusCode).toBe(200);
    const rep = r.json() as Report & { notices: number };
    expect(rep.items.map((i) => [i.key, i.ok, i.code ?? null])).toEqual([
      [pair, true, null],
      // Owed by the department's middle cadres — the head alone, who is the one reminding.
      [`talk_quota:${Y}:staff:${ids.a1}`, false, 'DUTY.NO_RECIPIENT'],
      // Department B is not in the head's scope.
      [`talk_quota:${Y}:staff:${ids.b1}`, false, 'DUTY.NOT_FOUND'],
    ]);
    expect(rep.notices).toBe(1);
    const sent = await ctx.database.db.execute(`SELECT recipient_person_id AS p, title, body, urgent, link FROM notification WHERE institution_id = ${s.c.id} AND kind = 'duty_reminder'`);
    const leaderName = s.lead.leaders[0].name;
    expect(sent.rows).toEqual([
      {
        p: ids.leader, urgent: false, link: `/talks/new?subject=${ids.headA}&talker=${ids.leader}&kind=routine`,
        title: `督办提醒：${leaderName}与${s.a.head.name}（${(rep.items[0].title ?? '').split('（')[1].split('）')[0]}）${Y} 年度谈心谈话`,
        body: expect.stringMatching(new RegExp(`^.+提醒您办理“.+”，应于 ${Y}-12-31 前完成。依据：《谈心谈话规定》第八条（三）。请在“我的工作台”中办理。$`)),
      },
    ]);
    // Again today: refused, nothing sent.
    const again = (await s.head.post('/api/duties/remind', { keys: [pair] })).json() as Report & { notices: number };
    expect([again.done, again.notices, again.items[0].code]).toEqual([0, 0, 'DUTY.REMINDED_TODAY']);
    // An overdue duty of last year goes out urgent.
    const overdue = (await s.org.post('/api/duties/remind', { keys: [`talk_quota:${P}:staff:${ids.b1}`] })).json() as Report & { notices: number };
    expect([overdue.done, overdue.notices]).toEqual([1, 1]);
    expect(await collegeRows(s.c, 'notification', `kind = 'duty_reminder' AND urgent AND recipient_person_id = ${ids.headB} AND title LIKE '逾期督办提醒：%'`)).toBe(1);
    expect(await collegeRows(s.c, 'audit_event', `action = 'duty.remind'`)).toBe(3);
    // Who has no college list has no reminding.
    expect((await s.staff.post('/api/duties/remind', { keys: [pair] })).statusCode).toBe(403);
  });

  it('reassigns where a rule allows (a staff member\'s talk, a subject nobody is responsible for → 指定谈话人); refuses other kinds each with its reason', async () => {
    const s = await scene();
    const { ids } = s;
    expect((await s.org.post('/api/talk-assignments', { talkerPersonId: ids.headB, subjectPersonId: ids.a2, year: Y, reason: '本部门负责人长期外派' })).statusCode).toBe(201);
    const before = await collegeRows(s.c, 'talk_assignment');
    const r = await s.org.post('/api/duties/reassign', {
      keys: [`talk_quota:${Y}:staff:${ids.a1}`, `talk_quota:${Y}:staff:${ids.a2}`, `talk_quota:${Y}:pair:${ids.leader}-${ids.headA}`, `training_hours:${Y}:${ids.headA}`, `talk_responsibility:${Y}:${ids.principal}`],
      personId: ids.headB,
      reason: '本部门负责人长期外派',
    });
    expect(r.statusCode).toBe(200);
    const rep = r.json() as Report;
    expect(rep.items.map((i) => [i.key, i.ok, i.code ?? null])).toEqual([
      [`talk_quota:${Y}:staff:${ids.a1}`, true, null],
      [`talk_quota:${Y}:staff:${ids.a2}`, false, 'TALK.ASSIGNMENT_EXISTS'],
      [`talk_quota:${Y}:pair:${ids.leader}-${ids.headA}`, false, 'TALK.NOT_REASSIGNABLE'],
      [`training_hours:${Y}:${ids.headA}`, false, 'DUTY.NOT_REASSIGNABLE'],
      [`talk_responsibility:${Y}:${ids.principal}`, true, null],
    ]);
    expect(rep.items[3].message).toBe('“年度培训学时”类事项的责任人由制度确定，不能转办');
    expect(await collegeRows(s.c, 'talk_assignment')).toBe(before + 2);
    expect(await collegeRows(s.c, 'talk_assignment', `subject_person_id = ${ids.a1} AND talker_person_id = ${ids.headB} AND year = ${Y}`)).toBe(1);
    expect(await collegeRows(s.c, 'audit_event', `action = 'duty.reassign'`)).toBe(1);
    // The duty is now the named talker's, and the subject nobody was responsible for owes no more assignment.
    const now = (await s.org.get(`/api/duties?personId=${ids.a1}&kind=talk_quota`)).json().items as Row[];
    expect(now.find((d) => d.key === `talk_quota:${Y}:staff:${ids.a1}`)?.owner).toBe(s.b.head.name);
    expect(await keys(s.org, 'q=' + encodeURIComponent('明确谈心谈话责任人'))).toEqual([`talk_responsibility:${Y}:${ids.headB}`]);
    // Who may not name talkers may not reassign; an unknown person is refused whole.
    expect((await s.head.post('/api/duties/reassign', { keys: [`talk_quota:${Y}:staff:${ids.a3}`], personId: ids.headB, reason: '本部门负责人长期外派' })).statusCode).toBe(403);
    expect((await s.org.post('/api/duties/reassign', { keys: [`talk_quota:${Y}:staff:${ids.a3}`], personId: 999999, reason: '本部门负责人长期外派' })).statusCode).toBe(400);
    expect(await collegeRows(s.c, 'talk_assignment')).toBe(before + 2);
  });
});
