import { describe, expect, it } from 'vitest';
import { addDays } from '../src/core/shared/dates';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, daysAgo, newCollege, newDepartmentWithHead, newLeadership, newPerson, newTenure, signInAs, newAccount, useFactoryApp, userWith } from './support/factories';
import { newTalk } from './support/area-factories';

describe.each(ENGINES)('talks on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const today = TEST_TODAY;

  /**
   * A college of the test's own: a principal and two leaders (the first overseeing the department), a department head
   * with three staff members, the third of whom has an account; the head, that staff member and the organization
   * department signed in. No talk yet.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 2 });
    const dept = await newDepartmentWithHead(c, { staff: 3, overseenBy: lead.leaders[0].personId });
    const headAccount = await newAccount(c, { personId: dept.head.personId });
    const staffAccount = await newAccount(c, { personId: dept.staff[2].personId });
    return {
      c, lead, dept,
      headId: dept.head.personId,
      staffIds: dept.staff.map((s) => s.personId),
      head: await signInAs(ctx.app, headAccount),
      staff: await signInAs(ctx.app, staffAccount),
      org: await userWith(ctx.app, c, ['org']),
    };
  }
  const held = (talkerId: number, subjectIds: number[], extra: object = {}) => ({
    kind: 'routine', form: subjectIds.length > 1 ? 'group' : 'individual', status: 'held', talkDate: today, talkTime: '15:00', place: '学院会议室',
    keyPoints: '了解思想、工作和生活情况，肯定成绩，指出不足', talkerIds: [talkerId], subjectIds, ...extra,
  });
  type Duty = { key: string; status: string; subjectPersonId: number; citation: string; link: string; dueDate: string };
  const dutiesOf = async (who: { get(u: string): Promise<{ json(): { items: Duty[] } }> }, kind: string) => (await who.get(`/api/duties/mine?kind=${kind}&pageSize=500`)).json().items;
  const quotaFor = async (s: Awaited<ReturnType<typeof scene>>, subjectId: number) => (await dutiesOf(s.head, 'talk_quota')).find((d) => d.key === `talk_quota:${TEST_YEAR}:staff:${subjectId}`);

  it('shows a department head the talks they owe each of their staff this year (第八条（四）)', async () => {
    const s = await scene();
    const owed = (await dutiesOf(s.head, 'talk_quota')).filter((d) => d.key.startsWith(`talk_quota:${TEST_YEAR}:staff:`));
    expect(owed.map((d) => d.subjectPersonId).sort()).toEqual([...s.staffIds].sort());
    const d = await quotaFor(s, s.staffIds[0]);
    expect(d).toMatchObject({ citation: 'scitc-2025 附件1 第八条（四）' });
    expect(d!.status).not.toBe('done');
    expect(d!.link).toContain(`subject=${s.staffIds[0]}`);
  });

  it('shows the organization department the completion rising when a talk is held, and reminds those behind (第十一条)', async () => {
    const s = await scene();
    const before = (await s.org.get('/api/talks/completion')).json();
    expect(before.total.held).toBe(0);
    expect(before.total.required).toBeGreaterThanOrEqual(3);
    expect((await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]], { talkDate: daysAgo(3) }))).statusCode).toBe(201);
    const after = (await s.org.get('/api/talks/completion')).json();
    expect(after.total).toMatchObject({ required: before.total.required, held: 1 });
    expect(after.total.percent).toBeGreaterThan(before.total.percent);

    const sent = (await s.org.post('/api/talks/reminders', { year: TEST_YEAR })).json();
    expect(sent.sent).toBeGreaterThan(0);
    expect(await collegeRows(s.c, 'notification', "kind = 'talk_reminder'")).toBe(sent.sent);
    expect((await s.org.post('/api/talks/reminders', { year: TEST_YEAR })).json()).toMatchObject({ sent: 0 });
    const bell = (await s.head.get('/api/notifications')).json();
    expect(bell.unread).toBe(1);
    expect(bell.items[0]).toMatchObject({ kind: 'talk_reminder', citation: 'scitc-2025 附件1 第十一条' });
    expect((await s.head.post(`/api/notifications/${bell.items[0].id}/read`)).statusCode).toBe(200);
    expect((await s.head.get('/api/notifications')).json().unread).toBe(0);
    expect((await s.head.get('/api/talks/completion')).statusCode).toBe(403);
  });

  it('refuses an incomplete held talk naming 第十条, and writes nothing', async () => {
    const s = await scene();
    const res = await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]], { place: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'TALK.RECORD_INCOMPLETE', field: 'place', article: 'scitc-2025 附件1 第十条' });
    expect(await collegeRows(s.c, 'talk')).toBe(0);
  });

  it.each<[string, (s: Awaited<ReturnType<typeof scene>>) => object, number, string, string]>([
    ['a future date recorded as held', () => ({ talkDate: addDays(TEST_TODAY, 1) }), 400, 'TALK.HELD_IN_FUTURE', 'talkDate'],
    ['the talker as subject', (s) => ({ subjectIds: [s.headId] }), 400, 'TALK.SELF', 'subjectIds'],
    ['no subject at all', () => ({ subjectIds: [] }), 400, 'VALIDATION.INVALID', 'subjectIds'],
    ['an unknown person', () => ({ subjectIds: [99999999] }), 400, 'TALK.UNKNOWN_PERSON', 'subjectIds'],
    ['a date before last year', () => ({ talkDate: `${TEST_YEAR - 2}-12-31` }), 400, 'TALK.DATE_OUT_OF_RANGE', 'talkDate'],
  ])('refuses %s with its status and code, and writes nothing', async (_, patch, status, code, field) => {
    const s = await scene();
    const res = await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]], patch(s)));
    expect(res.statusCode).toBe(status);
    expect(res.json().error).toMatchObject({ code, field });
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await collegeRows(s.c, 'talk')).toBe(0);
    expect((await quotaFor(s, s.staffIds[0]))!.status).not.toBe('done');
  });

  it('records a held talk; the duty moves to done and the record is audited', async () => {
    const s = await scene();
    const res = await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]]));
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([]);
    expect((await quotaFor(s, s.staffIds[0]))!.status).toBe('done');
    expect((await quotaFor(s, s.staffIds[1]))!.status).not.toBe('done');
    expect(await auditOf(s.c, 'talk', res.json().id)).toEqual(['talk.record']);
  });

  it('warns before a second entry of the same talk, and writes nothing until confirmed', async () => {
    const s = await scene();
    await newTalk(s.c, { talkerIds: [s.headId], subjectIds: [s.staffIds[0]], talkDate: today });
    const res = await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]]));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TALK.POSSIBLE_DUPLICATE');
    expect(await collegeRows(s.c, 'talk')).toBe(1);
    expect((await s.head.post('/api/talks', held(s.headId, [s.staffIds[0]], { confirmDuplicate: true }))).statusCode).toBe(201);
    expect(await collegeRows(s.c, 'talk')).toBe(2);
  });

  it('keeps key points from the subject, who sees that the talk took place; the talker\'s reading is audited', async () => {
    const s = await scene();
    const subjectId = s.staffIds[2];
    const recorded = await s.head.post('/api/talks', held(s.headId, [subjectId], { talkDate: daysAgo(2) }));
    expect(recorded.statusCode).toBe(201);
    const id = recorded.json().id;
    const seen = (await s.staff.get('/api/talks?pageSize=200')).json().items;
    expect(seen.map((t: { id: number }) => t.id)).toEqual([id]);
    expect(seen[0]).toMatchObject({ notesVisible: false, talkDate: daysAgo(2) });
    expect(seen[0].keyPoints).toBeUndefined();
    expect((await s.staff.get(`/api/talks/${id}`)).json().keyPoints).toBeUndefined();
    expect(await auditOf(s.c, 'talk', id)).toEqual(['talk.record']);
    expect((await s.head.get(`/api/talks/${id}`)).json().keyPoints).toContain('了解思想');
    expect(await auditOf(s.c, 'talk', id)).toEqual(['talk.record', 'talk.read_notes']);
  });

  it('saves a talk with someone the talker is not responsible for, with a 第六条 warning', async () => {
    const s = await scene();
    const other = await newDepartmentWithHead(s.c, { staff: 1 });
    const res = await s.head.post('/api/talks', held(s.headId, [other.staff[0].personId], { talkDate: daysAgo(1) }));
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([expect.objectContaining({ code: 'TALK.NOT_RESPONSIBLE', article: 'scitc-2025 附件1 第六条' })]);
  });

  it('warns when the people are picked, before saving, that the talker is not responsible (第六条), and stops warning once a talker is named', async () => {
    const s = await scene();
    const other = await newDepartmentWithHead(s.c, { staff: 1 });
    const stranger = other.staff[0].personId;
    const picked = { talkerIds: [s.headId], subjectIds: [s.staffIds[0], stranger] };
    const check = await s.head.post('/api/talks/check', picked);
    expect(check.statusCode).toBe(200);
    expect(check.json()).toMatchObject({ mayAssign: false, unanswered: [{ subjectPersonId: stranger, article: 'scitc-2025 附件1 第六条' }] });
    expect(check.json().unanswered[0].message).toContain('不计入年度谈话次数');
    // The head's roster does not show a member of another department: the check does not name them either.
    const strangerName = (await s.org.get(`/api/persons/${stranger}?masked=true`)).json().name as string;
    expect(check.json().unanswered[0]).toMatchObject({ subjectName: '所选对象' });
    expect(check.json().unanswered[0].message).not.toContain(strangerName);
    expect(await collegeRows(s.c, 'talk')).toBe(0);
    // The organization department may name the talker there (and sees the name); then the same pick no longer warns.
    const asOrg = (await s.org.post('/api/talks/check', picked)).json();
    expect(asOrg).toMatchObject({ mayAssign: true, unanswered: [{ subjectName: strangerName }] });
    expect((await s.org.post('/api/talk-assignments', { talkerPersonId: s.headId, subjectPersonId: stranger, year: TEST_YEAR, reason: '跨部门联合项目，由其指导' })).statusCode).toBe(201);
    expect((await s.head.post('/api/talks/check', picked)).json().unanswered).toEqual([]);
  });

  it('refuses a pre-save check with someone else as the talker, or a person of another college, changing nothing', async () => {
    const s = await scene();
    const asOther = await s.staff.post('/api/talks/check', { talkerIds: [s.headId], subjectIds: [s.staffIds[0]] });
    expect(asOther.statusCode).toBe(403);
    expect(asOther.json().error.code).toBe('TALK.NOT_A_TALKER');
    const elsewhere = await newCollege(ctx.database.db);
    const outsider = (await newDepartmentWithHead(elsewhere, { staff: 1 })).staff[0].personId;
    const unknown = await s.head.post('/api/talks/check', { talkerIds: [s.headId], subjectIds: [outsider] });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error).toMatchObject({ code: 'TALK.UNKNOWN_PERSON', field: 'subjectIds' });
    expect(await collegeRows(s.c, 'talk')).toBe(0);
  });

  it('plans a talk and later records it as held, not before its day', async () => {
    const s = await scene();
    const planned = await s.head.post('/api/talks', { kind: 'routine', form: 'individual', status: 'scheduled', talkDate: addDays(today, 3), talkerIds: [s.headId], subjectIds: [s.staffIds[0]] });
    expect(planned.statusCode).toBe(201);
    const id = planned.json().id;
    const future = await s.head.post(`/api/talks/${id}/hold`, { talkDate: addDays(today, 3), talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.code).toBe('TALK.HELD_IN_FUTURE');
    expect((await s.head.get(`/api/talks/${id}`)).json().status).toBe('scheduled');
    const ok = await s.head.post(`/api/talks/${id}/hold`, { talkDate: today, talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
    expect(ok.statusCode).toBe(200);
    expect((await s.head.get(`/api/talks/${id}`)).json().status).toBe('held');
    expect((await quotaFor(s, s.staffIds[0]))!.status).toBe('done');
  });

  it('turns a staff member\'s own request into a talk duty for their department\'s cadres (第五条（七）)', async () => {
    const s = await scene();
    const res = await s.staff.post('/api/talk-occasions/request', { note: '想谈谈明年的教学安排和职称申报' });
    expect(res.statusCode).toBe(201);
    const again = await s.staff.post('/api/talk-occasions/request', { note: '再次申请' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('TALK.REQUEST_PENDING');
    expect(await collegeRows(s.c, 'talk_occasion')).toBe(1);
    const d = (await dutiesOf(s.head, 'talk_situation')).filter((x) => x.subjectPersonId === s.staffIds[2]);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ citation: 'scitc-2025 附件1 第五条（七）', status: 'due_soon' });
    expect(JSON.stringify(d)).not.toContain('职称申报');
  });

  it('turns a 民主生活会 into talks the principal owes each leadership member before it (第五条（六）)', async () => {
    const s = await scene();
    const principal = await signInAs(ctx.app, await newAccount(s.c, { personId: s.lead.principal.personId }));
    expect((await s.org.post('/api/talk-occasions', { kind: 'life_meeting', occasionDate: addDays(today, 20), note: '2026 年度领导班子民主生活会' })).statusCode).toBe(201);
    const noSubject = await s.org.post('/api/talk-occasions', { kind: 'deviation', occasionDate: today, note: '未登记谈话对象' });
    expect(noSubject.statusCode).toBe(400);
    expect(noSubject.json().error.field).toBe('subjectPersonId');
    const ds = await dutiesOf(principal, 'talk_situation');
    expect(ds.map((d) => d.subjectPersonId).sort()).toEqual(s.lead.leaders.map((l) => l.personId).sort());
    for (const d of ds) expect(d).toMatchObject({ dueDate: addDays(today, 20), citation: 'scitc-2025 附件1 第五条（六）' });
  });

  it('exports the completion table with the page\'s numbers, and a talk record sheet only to those who may read it', async () => {
    const s = await scene();
    const ExcelJS = (await import('exceljs')).default;
    const { id: talkId } = await newTalk(s.c, { talkerIds: [s.headId], subjectIds: [s.staffIds[2]] });
    const page = (await s.org.get('/api/talks/completion')).json();
    const xlsx = await s.org.get('/api/talks/completion.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('汇总')!;
    expect(String(summary.getCell(2, 1).value)).toMatch(/依据：《谈心谈话规定》第六条、第八条$/);
    const totalRow = summary.getRow(summary.rowCount).values as unknown[];
    expect(totalRow.slice(1)).toEqual(['合计', null, page.total.total, page.total.required, page.total.held, page.total.behind, page.total.percent].map((v) => v ?? undefined));
    expect(wb.getWorksheet('按部门')!.rowCount - 3).toBe(page.byDepartment.length);

    const docx = await s.head.get(`/api/talks/${talkId}/record.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    // The subject sees the talk in the list, but not its record sheet.
    expect((await s.staff.get('/api/talks?pageSize=1')).json().items[0].id).toBe(talkId);
    expect((await s.staff.get(`/api/talks/${talkId}/record.docx`)).statusCode).toBe(404);
    // The head's download is audited against the talk; the subject's refused one is not a download.
    expect(await auditOf(s.c, 'talk', talkId)).toEqual(['document.download']);
    expect(await collegeRows(s.c, 'audit_event', "action = 'document.download'")).toBe(2);
  });

  it('lets only the organization department name a talker (第六条 特殊情况)', async () => {
    const s = await scene();
    const body = { talkerPersonId: s.headId, subjectPersonId: s.staffIds[0], year: TEST_YEAR, reason: '部门调整期间临时指定' };
    const denied = await s.head.post('/api/talk-assignments', body);
    expect(denied.statusCode).toBe(403);
    expect(await collegeRows(s.c, 'talk_assignment')).toBe(0);
    expect((await s.org.post('/api/talk-assignments', body)).statusCode).toBe(201);
    const twice = await s.org.post('/api/talk-assignments', body);
    expect(twice.json().error.code).toBe('TALK.ASSIGNMENT_EXISTS');
    expect(await collegeRows(s.c, 'talk_assignment')).toBe(1);
  });

  it('keeps a person who left the department out of the head\'s duties', async () => {
    const s = await scene();
    const leaver = await newPerson(s.c);
    await newTenure(s.c, { personId: leaver.id, postId: s.dept.staffPostId, startDate: daysAgo(800), endDate: `${TEST_YEAR - 1}-06-30` });
    const owed = (await dutiesOf(s.head, 'talk_quota')).filter((d) => d.key.startsWith(`talk_quota:${TEST_YEAR}:`));
    expect(owed.map((d) => d.subjectPersonId)).not.toContain(leaver.id);
  });
});
