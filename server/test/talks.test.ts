import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { todayIso, addDays } from '../src/core/shared/dates';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('talks on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let head: Client;
  let headId: number;
  /** A staff member of the head's department not yet talked with this year (the demo leaves some). */
  let staffId: number;
  /** The staff member who has a demo account. */
  let accountStaffId: number;
  const today = todayIso();

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    head = await signIn(app, 'wj.depthead');
    headId = (await head.get('/api/auth/me')).json().personId;
    const staff = await signIn(app, 'wj.staff');
    accountStaffId = (await staff.get('/api/auth/me')).json().personId;
    const owed = (await head.get('/api/duties/mine?kind=talk_quota&pageSize=500')).json().items;
    staffId = owed.find((d: { status: string; key: string }) => d.status !== 'done' && d.key.startsWith(`talk_quota:${today.slice(0, 4)}:staff:`)).subjectPersonId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const held = (subjectIds: number[], extra: object = {}) => ({
    kind: 'routine', form: subjectIds.length > 1 ? 'group' : 'individual', status: 'held', talkDate: today, talkTime: '15:00', place: '学院会议室',
    keyPoints: '了解思想、工作和生活情况，肯定成绩，指出不足', talkerIds: [headId], subjectIds, ...extra,
  });
  // This year's duty (last year's are carried beside it: talks.carry_over_years).
  const staffDuty = async () => (await head.get('/api/duties/mine?kind=talk_quota&pageSize=500')).json().items.find((d: { key: string }) => d.key === `talk_quota:${today.slice(0, 4)}:staff:${staffId}`);

  it('shows a department head the talks they owe their staff this year (第八条（四）)', async () => {
    const d = await staffDuty();
    expect(d).toMatchObject({ kind: 'talk_quota', citation: 'scitc-2025 附件1 第八条（四）' });
    expect(d.status).not.toBe('done');
    expect(d.link).toContain(`subject=${staffId}`);
  });

  it('shows the organization department the completion rising when a talk is held, and reminds those behind (第十一条)', async () => {
    const org = await signIn(app, 'wj.org');
    const before = (await org.get('/api/talks/completion')).json();
    expect(before.total.required).toBeGreaterThan(before.total.held);
    const owed = (await head.get('/api/duties/mine?kind=talk_quota&pageSize=500')).json().items.filter((d: { status: string; key: string }) => d.status !== 'done' && d.key.startsWith(`talk_quota:${today.slice(0, 4)}:staff:`));
    const other = owed.find((d: { subjectPersonId: number }) => d.subjectPersonId !== staffId);
    expect((await head.post('/api/talks', held([other.subjectPersonId], { talkDate: addDays(today, -3) }))).statusCode).toBe(201);
    const after = (await org.get('/api/talks/completion')).json();
    expect(after.total.held).toBe(before.total.held + 1);
    expect(after.total.percent).toBeGreaterThan(before.total.percent);

    const sent = (await org.post('/api/talks/reminders', { year: Number(today.slice(0, 4)) })).json();
    expect(sent.sent).toBeGreaterThan(0);
    expect((await org.post('/api/talks/reminders', { year: Number(today.slice(0, 4)) })).json()).toMatchObject({ sent: 0 });
    const bell = (await head.get('/api/notifications')).json();
    expect(bell.unread).toBeGreaterThan(0);
    expect(bell.items[0]).toMatchObject({ kind: 'talk_reminder', citation: 'scitc-2025 附件1 第十一条' });
    expect((await head.post(`/api/notifications/${bell.items[0].id}/read`)).statusCode).toBe(200);
    expect((await head.get('/api/notifications')).json().unread).toBe(bell.unread - 1);
    expect((await head.get('/api/talks/completion')).statusCode).toBe(403);
  });

  it('refuses an incomplete held talk naming 第十条, and writes nothing', async () => {
    const before = Number((await database.db.execute(sql`SELECT count(*)::int AS n FROM talk`)).rows[0].n);
    const res = await head.post('/api/talks', held([staffId], { place: '' }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'TALK.RECORD_INCOMPLETE', field: 'place', article: 'scitc-2025 附件1 第十条' });
    expect(Number((await database.db.execute(sql`SELECT count(*)::int AS n FROM talk`)).rows[0].n)).toBe(before);
  });

  it.each([
    ['a future date recorded as held', { talkDate: '2099-01-01' }, 'TALK.HELD_IN_FUTURE'],
    ['the talker as subject', { subjectIds: [] as number[] }, 'VALIDATION.INVALID'],
    ['an unknown person', { subjectIds: [99999999] }, 'TALK.UNKNOWN_PERSON'],
    ['a date two years back', { talkDate: '2020-05-01' }, 'TALK.DATE_OUT_OF_RANGE'],
  ])('refuses %s', async (_, patch, code) => {
    const res = await head.post('/api/talks', held([staffId], patch));
    expect(res.json().error.code).toBe(code);
  });

  it('records a held talk; the duty moves to done', async () => {
    const res = await head.post('/api/talks', held([staffId]));
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings).toEqual([]);
    expect((await staffDuty()).status).toBe('done');
  });

  it('warns before a second entry of the same talk', async () => {
    const res = await head.post('/api/talks', held([staffId]));
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('TALK.POSSIBLE_DUPLICATE');
  });

  it('keeps key points from the subject, who sees that the talk took place', async () => {
    const recorded = await head.post('/api/talks', held([accountStaffId], { talkDate: addDays(today, -2), confirmDuplicate: true }));
    expect(recorded.statusCode).toBe(201);
    const staff = await signIn(app, 'wj.staff');
    const seen = (await staff.get('/api/talks?pageSize=200')).json().items.find((t: { id: number }) => t.id === recorded.json().id);
    expect(seen).toMatchObject({ notesVisible: false, talkDate: addDays(today, -2) });
    expect(seen.keyPoints).toBeUndefined();
    expect((await staff.get(`/api/talks/${seen.id}`)).json().keyPoints).toBeUndefined();
    const mine = (await head.get(`/api/talks/${seen.id}`)).json();
    expect(mine.keyPoints).toContain('了解思想');
    const audited = (await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'talk.read_notes'`)).rows[0].n;
    expect(Number(audited)).toBeGreaterThan(0);
  });

  it('saves a talk with someone the talker is not responsible for, with a 第六条 warning', async () => {
    const org = await signIn(app, 'wj.org');
    const me = (await head.get('/api/auth/me')).json();
    const outside = (await org.get('/api/persons?rank=staff&pageSize=200')).json().items.find((p: { currentPosts: { departmentId: number }[] }) => !p.currentPosts.some((c) => me.scope.departmentIds.includes(c.departmentId)));
    expect(outside).toBeDefined();
    const res = await head.post('/api/talks', held([outside.id], { talkDate: addDays(today, -1) }));
    expect(res.statusCode).toBe(201);
    expect(res.json().warnings[0]).toMatchObject({ code: 'TALK.NOT_RESPONSIBLE', article: 'scitc-2025 附件1 第六条' });
  });

  it('plans a talk and later records it as held', async () => {
    const planned = await head.post('/api/talks', { kind: 'routine', form: 'individual', status: 'scheduled', talkDate: addDays(today, 3), talkerIds: [headId], subjectIds: [staffId] });
    expect(planned.statusCode).toBe(201);
    const id = planned.json().id;
    const future = await head.post(`/api/talks/${id}/hold`, { talkDate: addDays(today, 3), talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
    expect(future.json().error.code).toBe('TALK.HELD_IN_FUTURE');
    const ok = await head.post(`/api/talks/${id}/hold`, { talkDate: today, talkTime: '09:30', place: '办公室', keyPoints: '谈工作安排' });
    expect(ok.statusCode).toBe(200);
    expect((await head.get(`/api/talks/${id}`)).json().status).toBe('held');
  });

  it('turns a staff member\'s own request into a talk duty for their department\'s cadres (第五条（七）)', async () => {
    const staff = await signIn(app, 'wj.staff');
    const res = await staff.post('/api/talk-occasions/request', { note: '想谈谈明年的教学安排和职称申报' });
    expect(res.statusCode).toBe(201);
    expect((await staff.post('/api/talk-occasions/request', { note: '再次申请' })).json().error.code).toBe('TALK.REQUEST_PENDING');
    const d = (await head.get('/api/duties/mine?kind=talk_situation')).json().items.find((x: { subjectPersonId: number }) => x.subjectPersonId === accountStaffId);
    expect(d).toMatchObject({ citation: 'scitc-2025 附件1 第五条（七）', status: 'due_soon' });
    expect(JSON.stringify(d)).not.toContain('职称申报');
  });

  it('turns a 民主生活会 into talks the principals owe the leadership before it (第五条（六）)', async () => {
    const org = await signIn(app, 'wj.org');
    expect((await org.post('/api/talk-occasions', { kind: 'life_meeting', occasionDate: addDays(today, 20), note: '2026 年度领导班子民主生活会' })).statusCode).toBe(201);
    expect((await org.post('/api/talk-occasions', { kind: 'deviation', occasionDate: today, note: '未登记谈话对象' })).json().error.field).toBe('subjectPersonId');
    const principal = await signIn(app, 'wj.principal');
    const ds = (await principal.get('/api/duties/mine?kind=talk_situation')).json().items;
    expect(ds.length).toBeGreaterThan(3);
    for (const d of ds) expect(d).toMatchObject({ dueDate: addDays(today, 20), citation: 'scitc-2025 附件1 第五条（六）' });
  });

  it('exports the completion table with the page\'s numbers, and a talk record sheet only to those who may read it', async () => {
    const ExcelJS = (await import('exceljs')).default;
    const org = await signIn(app, 'wj.org');
    const page = (await org.get('/api/talks/completion')).json();
    const xlsx = await org.get('/api/talks/completion.xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const summary = wb.getWorksheet('汇总')!;
    const totalRow = summary.getRow(summary.rowCount).values as unknown[];
    expect(totalRow.slice(1)).toEqual(['合计', null, page.total.total, page.total.required, page.total.held, page.total.behind, page.total.percent].map((v) => v ?? undefined));
    expect(wb.getWorksheet('按部门')!.rowCount - 3).toBe(page.byDepartment.length);

    const talks = (await head.get('/api/talks?pageSize=1')).json();
    const docx = await head.get(`/api/talks/${talks.items[0].id}/record.docx`);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const staff = await signIn(app, 'wj.staff');
    const own = (await staff.get('/api/talks?pageSize=1')).json().items[0];
    expect((await staff.get(`/api/talks/${own.id}/record.docx`)).statusCode).toBe(404);
    const downloads = (await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'document.download'`)).rows[0].n;
    expect(Number(downloads)).toBe(2);
  });

  it('lets only the organization department name a talker (第六条 特殊情况)', async () => {
    const body = { talkerPersonId: headId, subjectPersonId: staffId, year: Number(today.slice(0, 4)), reason: '部门调整期间临时指定' };
    expect((await head.post('/api/talk-assignments', body)).statusCode).toBe(403);
    const org = await signIn(app, 'wj.org');
    expect((await org.post('/api/talk-assignments', body)).statusCode).toBe(201);
    expect((await org.post('/api/talk-assignments', body)).json().error.code).toBe('TALK.ASSIGNMENT_EXISTS');
  });
});
