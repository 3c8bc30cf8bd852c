import { describe, expect, it, beforeAll } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { notification, person } from '../src/core/db/schema';
import { sendDutyReminders, sendDutyRemindersToAll } from '../src/core/reminders/send';
import { addDays } from '../src/core/shared/dates';
import { ENGINES, packs } from './support/database';
import { useCollegeApp } from './support/app';
import { newHolder } from './support/people';
import { fictionalId } from './support/roster-files';

/** The reminders' day: a Thursday of 2026, whose holidays are known. */
const TODAY = '2026-12-10';

describe.each(ENGINES)('duty reminders, escalation and the 第十一条 reminder (%s)', (engine) => {
  const ctx = useCollegeApp(engine, { today: TODAY });
  /** A department's head, its overseeing leader, and a section chief appointed on 2026-10-15 whom nobody talked with. */
  let chief: { personId: number; name: string; departmentId: number };
  let leader: { personId: number; name: string };
  let section: { personId: number; name: string };
  /** A staff member of the department since March: the head owes them this year's talk (第八条（四）). */
  let staff: { personId: number; name: string };
  let institutionId: number;

  beforeAll(async () => {
    const org = ctx.org;
    chief = await newHolder(org, { n: 31, rank: 'middle_chief', title: '处长', since: '2026-01-05', isHead: true });
    leader = await newHolder(org, { n: 32, rank: 'leader', title: '副院长', since: '2025-01-06' });
    expect((await org.post('/api/oversights', { leaderPersonId: leader.personId, departmentId: chief.departmentId, startDate: '2026-01-05' })).statusCode).toBe(201);
    section = await joinDepartment(33, '测试科长', '科长', 'section', '2026-10-15');
    staff = await joinDepartment(34, '测试职员', '职员', 'staff', '2026-03-02');
    [{ institutionId }] = await ctx.database.db.select({ institutionId: person.institutionId }).from(person).where(eq(person.id, chief.personId));
  });

  async function joinDepartment(n: number, name: string, title: string, rank: string, since: string) {
    const id = fictionalId(n);
    const p = await ctx.org.post('/api/persons', {
      staffNo: `T${n}REM`, name, gender: id.gender === '男' ? 'male' : 'female', birthDate: id.birthDate, idNumber: id.idNumber, politicalStatus: 'cpc_member', hireDate: addDays(id.birthDate, 23 * 366),
    });
    expect(p.statusCode, p.body).toBe(201);
    const post = await ctx.org.post('/api/posts', { departmentId: chief.departmentId, title, rank });
    expect(post.statusCode, post.body).toBe(201);
    const t = await ctx.org.post('/api/tenures', { personId: p.json().id, postId: post.json().id, startDate: since, appointReason: '经党委会研究决定' });
    expect(t.statusCode, t.body).toBe(201);
    return { personId: p.json().id as number, name };
  }

  const noticesOf = (personId: number, kind: string) =>
    ctx.database.db.select().from(notification).where(and(eq(notification.recipientPersonId, personId), eq(notification.kind, kind))).orderBy(notification.id);

  it('tells the owner at once, urgently, on the day the appointment talk falls due (30 days after the appointment)', async () => {
    // 2026-10-15 + 30 days = 2026-11-14.
    const r = await sendDutyReminders(ctx.database.db, packs, institutionId, '2026-11-14');
    expect(r.notices).toBeGreaterThan(0);
    const [due] = await noticesOf(chief.personId, 'duty_due_today');
    expect(due).toMatchObject({ urgent: true, title: `今日到期：与${section.name}任职谈话（${(await deptName())}科长，2026-10-15）`, citation: 'ahzaxy-2020 第10条' });
    expect(due.link).toContain(`subject=${section.personId}`);
    const digests = await noticesOf(chief.personId, 'duty_digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ urgent: false, link: '/workbench' });
    expect(digests[0].body).toContain('【今日到期】');
    expect((await noticesOf(leader.personId, 'duty_escalation')).filter((n) => n.title.includes(section.name))).toEqual([]);
  });

  it('escalates the talk overdue by 5 working days to the overseeing leader, naming who owes it and the article (第十一条)', async () => {
    const r = await sendDutyReminders(ctx.database.db, packs, institutionId, TODAY);
    expect(r.escalations).toBeGreaterThan(0);
    // (The department's interview plans, owed by its head, are escalated too.)
    const up = (await noticesOf(leader.personId, 'duty_escalation')).filter((n) => n.title.includes(section.name));
    expect(up).toHaveLength(1);
    // (2026-11-14, 2026-12-10]: 19 working days.
    expect(up[0]).toMatchObject({ urgent: false, citation: 'scitc-2025 附件1 第十一条', link: '/duties' });
    expect(up[0].title).toBe(`逾期督促：${chief.name}的“与${section.name}任职谈话（${await deptName()}科长，2026-10-15）”已逾期 19 个工作日`);
    expect(up[0].body).toContain('应于 2026-11-14 前完成');
    expect(up[0].body).toContain('现报分管（联系）院领导督促办理');
    expect(up[0].body).toContain('督促依据：《谈心谈话规定》第十一条');
    expect(up[0].body).not.toContain('scitc');
    // The owner's one digest of the day lists it as overdue, and the year's talk with the staff member as due soon.
    const digests = (await noticesOf(chief.personId, 'duty_digest')).filter((n) => n.dedupeKey === `duty_digest:${TODAY}`);
    expect(digests).toHaveLength(1);
    expect(digests[0].body).toMatch(/【已逾期】[^【]*\n· 与测试科长任职谈话/);
    expect(digests[0].body).toMatch(/【即将到期】[^【]*与测试职员（.*职员）2026 年度谈心谈话（应于 2026-12-31 前完成；依据：《谈心谈话规定》第八条（四））/);
    // Nobody is escalated to about a duty not yet overdue by the pack's number of days, nor the org about a department's duty.
    const orgPerson = (await ctx.org.get('/api/auth/me')).json().personId as number;
    expect((await noticesOf(orgPerson, 'duty_escalation')).filter((n) => n.body.includes(section.name))).toEqual([]);
  });

  it('sends nothing new when run again the same day', async () => {
    const before = await ctx.database.db.select({ id: notification.id }).from(notification);
    expect(await sendDutyReminders(ctx.database.db, packs, institutionId, TODAY)).toEqual({ notices: 0, escalations: 0 });
    expect(await ctx.database.db.select({ id: notification.id }).from(notification)).toHaveLength(before.length);
    // As the daily job runs it, over every institution: the other college's reminders go out once, then nothing more.
    expect((await sendDutyRemindersToAll(ctx.database.db, packs, TODAY)).notices).toBeGreaterThan(0);
    expect(await sendDutyRemindersToAll(ctx.database.db, packs, TODAY)).toEqual({ notices: 0, escalations: 0 });
  });

  it('一键提醒 sends each talker one notice naming the people they still owe, and lists it in 提醒和批评教育记录', async () => {
    const r = await ctx.org.post('/api/talks/reminders', { year: 2026 });
    expect(r.statusCode, r.body).toBe(200);
    const { sent, skipped } = r.json();
    expect(sent).toBeGreaterThan(1);
    expect(skipped).toBe(0);
    const [toChief] = await noticesOf(chief.personId, 'talk_reminder');
    expect(toChief.title).toBe('谈心谈话提醒：2026 年尚有 1 人未谈');
    expect(toChief.body).toContain(`本部门职工（1 人）：${staff.name}`);
    // The section chief appointed after 1 October owes no talk this year (顺延至次年): not listed.
    expect(toChief.body).not.toContain(section.name);
    expect(toChief.citation).toBe('scitc-2025 附件1 第十一条');
    expect(toChief.body).toContain('依据：《谈心谈话规定》第十一条。');
    // The leader's notice names the cadre of the department they oversee.
    const toLeader = await noticesOf(leader.personId, 'talk_reminder');
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0].body).toContain(`分管（联系）部门的中层干部（1 人）：${chief.name}`);

    const notes = (await ctx.org.get('/api/talks/supervision-notes?year=2026')).json() as { talker: string; kind: string; note: string }[];
    expect(notes).toHaveLength(sent);
    expect(notes.find((n) => n.talker === chief.name)).toMatchObject({ kind: 'reminder', note: `一键提醒：尚未完成与 1 人的谈心谈话——本部门职工（1 人）：${staff.name}` });
    expect(notes.find((n) => n.talker === leader.name)?.note).toContain(chief.name);

    // A second press the same day reminds nobody again and records nothing more.
    expect((await ctx.org.post('/api/talks/reminders', { year: 2026 })).json()).toEqual({ sent: 0, skipped: sent });
    expect((await ctx.org.get('/api/talks/supervision-notes?year=2026')).json()).toHaveLength(sent);
  });

  async function deptName() {
    return ((await ctx.org.get(`/api/departments/${chief.departmentId}`)).json() as { name: string }).name;
  }
});
