import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { notification } from '../src/core/db/schema';
import { sendDutyReminders, sendDutyRemindersToAll } from '../src/core/reminders/send';
import { ENGINES, packs } from './support/database';
import { collegeRows, newCollege, type College, newDepartment, newHolder, newOversight, useFactoryApp, userWith } from './support/factories';

/** The reminders' day: a Thursday of 2026, whose holidays are known (the working days counted below turn on them). */
const TODAY = '2026-12-10';

describe.each(ENGINES)('duty reminders, escalation and the 第十一条 reminder (%s)', (engine) => {
  const ctx = useFactoryApp(engine, { today: TODAY });

  /**
   * A college of the test's own under ahzaxy-2020 (its 第10条 appointment talk; talks otherwise under the adopted
   * scitc-2025, whose 附件1 第十一条 escalates): an admin department 测试处 whose head (处长) took office on
   * 2026-01-05, overseen since then by a 副院长 (in office since 2025-01-06); a section chief 测试科长 appointed there on
   * 2026-10-15 whom nobody talked with; a staff member 测试职员 there since 2026-03-02 (the head owes them this year's
   * talk, 第八条（四）); a 党委组织部 officer signed in with the org role. No talk, no notice.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartment(c, { name: '测试处', kind: 'admin' });
    const leader = await newHolder(c, { rank: 'leader', departmentId: (await newDepartment(c, { name: '院领导', kind: 'party' })).id, title: '副院长', since: '2025-01-06' });
    const chief = await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '处长', isHead: true, since: '2026-01-05' });
    await newOversight(c, { leaderPersonId: leader.personId, departmentId: dept.id, startDate: '2026-01-05' });
    const section = await newHolder(c, { rank: 'section', departmentId: dept.id, title: '科长', since: '2026-10-15', person: { name: '测试科长' } });
    const staff = await newHolder(c, { rank: 'staff', departmentId: dept.id, title: '职员', since: '2026-03-02', person: { name: '测试职员' } });
    const officer = await newHolder(c, { rank: 'section', departmentId: (await newDepartment(c, { name: '党委组织部', kind: 'party' })).id, title: '组织员' });
    return { c, chief, leader, section, staff, officer, org: await userWith(ctx.app, c, ['org'], officer.personId) };
  }

  /** What a run reports it sent is what the college got: escalations apart from the other notices (digests, due today). */
  const written = async (c: College) => ({
    notices: await collegeRows(c, 'notification', "kind <> 'duty_escalation'"),
    escalations: await collegeRows(c, 'notification', "kind = 'duty_escalation'"),
  });
  const noticesOf = (personId: number, kind: string) =>
    ctx.database.db.select().from(notification).where(and(eq(notification.recipientPersonId, personId), eq(notification.kind, kind))).orderBy(notification.id);

  it('tells the owner at once, urgently, on the day the appointment talk falls due (30 days after the appointment)', async () => {
    const { c, chief, leader, section } = await scene();
    // 2026-10-15 + 30 days = 2026-11-14.
    const r = await sendDutyReminders(ctx.database.db, packs, c.id, '2026-11-14');
    expect(r).toEqual(await written(c));
    expect(r.notices).toBeGreaterThanOrEqual(2);
    const [due, ...moreDue] = await noticesOf(chief.personId, 'duty_due_today');
    expect(moreDue).toEqual([]);
    expect(due).toMatchObject({ urgent: true, title: '今日到期：与测试科长任职谈话（测试处科长，2026-10-15）', citation: 'ahzaxy-2020 第10条' });
    expect(due.link).toContain(`subject=${section.personId}`);
    const digests = await noticesOf(chief.personId, 'duty_digest');
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ urgent: false, link: '/workbench' });
    expect(digests[0].body).toContain('【今日到期】');
    // Due today is not overdue: nothing about it goes up to the leader (the department's overdue interview plans do).
    expect((await noticesOf(leader.personId, 'duty_escalation')).filter((n) => n.title.includes('测试科长'))).toEqual([]);
  });

  it('escalates the talk overdue by 5 working days to the overseeing leader, naming who owes it and the article (第十一条)', async () => {
    const { c, chief, leader, officer } = await scene();
    const r = await sendDutyReminders(ctx.database.db, packs, c.id, TODAY);
    expect(r).toEqual(await written(c));
    // (The department's interview plans, owed by its head, are escalated too.)
    const up = (await noticesOf(leader.personId, 'duty_escalation')).filter((n) => n.title.includes('测试科长'));
    expect(up).toHaveLength(1);
    // (2026-11-14, 2026-12-10]: 19 working days.
    expect(up[0]).toMatchObject({ urgent: false, citation: 'scitc-2025 附件1 第十一条', link: '/duties' });
    expect(up[0].title).toBe(`逾期督促：${chief.name}的“与测试科长任职谈话（测试处科长，2026-10-15）”已逾期 19 个工作日`);
    expect(up[0].body).toContain('应于 2026-11-14 前完成');
    expect(up[0].body).toContain('现报分管（联系）院领导督促办理');
    expect(up[0].body).toContain('督促依据：《谈心谈话规定》第十一条');
    expect(up[0].body).not.toContain('scitc');
    // The owner's one digest of the day lists it as overdue, and the year's talk with the staff member as due soon.
    const digests = await noticesOf(chief.personId, 'duty_digest');
    expect(digests.map((d) => d.dedupeKey)).toEqual([`duty_digest:${TODAY}`]);
    expect(digests[0].body).toMatch(/【已逾期】[^【]*\n· 与测试科长任职谈话/);
    expect(digests[0].body).toMatch(/【即将到期】[^【]*与测试职员（.*职员）2026 年度谈心谈话（应于 2026-12-31 前完成；依据：《谈心谈话规定》第八条（四））/);
    // Nobody is escalated to about a duty not yet overdue by the pack's number of days, nor the org about a department's duty.
    expect((await noticesOf(officer.personId, 'duty_escalation')).filter((n) => n.body.includes('测试科长'))).toEqual([]);
  });

  it('sends nothing new when run again the same day', async () => {
    const first = await scene();
    const sent = await sendDutyReminders(ctx.database.db, packs, first.c.id, TODAY);
    expect(sent).toEqual(await written(first.c));
    const rows = await collegeRows(first.c, 'notification');
    expect(rows).toBeGreaterThan(0);
    expect(await sendDutyReminders(ctx.database.db, packs, first.c.id, TODAY)).toEqual({ notices: 0, escalations: 0 });
    expect(await collegeRows(first.c, 'notification')).toBe(rows);
    // As the daily job runs it, over every institution: a second college just like it gets the same reminders once,
    // the first nothing more; run again, nothing at all.
    const second = await scene();
    await sendDutyRemindersToAll(ctx.database.db, packs, TODAY);
    expect(await collegeRows(second.c, 'notification')).toBe(rows);
    expect(await collegeRows(first.c, 'notification')).toBe(rows);
    expect(await sendDutyRemindersToAll(ctx.database.db, packs, TODAY)).toEqual({ notices: 0, escalations: 0 });
  });

  it('一键提醒 sends each talker one notice naming the people they still owe, and lists it in 提醒和批评教育记录', async () => {
    const { c, chief, leader, org } = await scene();
    const r = await org.post('/api/talks/reminders', { year: 2026 });
    expect(r.statusCode, r.body).toBe(200);
    const { sent, skipped } = r.json();
    expect({ sent, skipped }).toEqual({ sent: 2, skipped: 0 });
    expect(await collegeRows(c, 'notification', "kind = 'talk_reminder'")).toBe(2);
    const [toChief] = await noticesOf(chief.personId, 'talk_reminder');
    expect(toChief.title).toBe('谈心谈话提醒：2026 年尚有 1 人未谈');
    expect(toChief.body).toContain('本部门职工（1 人）：测试职员');
    // The section chief appointed after 1 October owes no talk this year (顺延至次年): not listed.
    expect(toChief.body).not.toContain('测试科长');
    expect(toChief.citation).toBe('scitc-2025 附件1 第十一条');
    expect(toChief.body).toContain('依据：《谈心谈话规定》第十一条。');
    // The leader's notice names the cadre of the department they oversee.
    const toLeader = await noticesOf(leader.personId, 'talk_reminder');
    expect(toLeader).toHaveLength(1);
    expect(toLeader[0].body).toContain(`分管（联系）部门的中层干部（1 人）：${chief.name}`);

    const notes = (await org.get('/api/talks/supervision-notes?year=2026')).json() as { talker: string; kind: string; note: string }[];
    expect(notes).toHaveLength(sent);
    expect(notes.find((n) => n.talker === chief.name)).toMatchObject({ kind: 'reminder', note: '一键提醒：尚未完成与 1 人的谈心谈话——本部门职工（1 人）：测试职员' });
    expect(notes.find((n) => n.talker === leader.name)?.note).toContain(chief.name);

    // A second press the same day reminds nobody again and records nothing more.
    expect((await org.post('/api/talks/reminders', { year: 2026 })).json()).toEqual({ sent: 0, skipped: sent });
    expect((await org.get('/api/talks/supervision-notes?year=2026')).json()).toHaveLength(sent);
    expect(await collegeRows(c, 'notification', "kind = 'talk_reminder'")).toBe(2);
  });
});
