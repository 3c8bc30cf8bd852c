import { describe, expect, it } from 'vitest';
import { addDays, addYears } from '../src/core/shared/dates';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { TEST_TODAY, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';
import { newAccountabilityCase, newOutsideOrg } from './support/area-factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const FILES = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const today = TEST_TODAY;

interface Item { key: string; kind: string; area: string; what: string; whose: string | null; since: string | null; dueDate: string; article: string | null; owedAs: string; link: string; status: string }
const inbox = async (who: Client) => {
  const res = await who.get('/api/inbox');
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; overdue: number; items: Item[] };
};
const count = async (who: Client) => (await who.get('/api/inbox/count')).json() as { total: number; overdue: number };

describe.each(ENGINES)('待我办理 on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of its own (xzcit-2018: tolerance its own, sidelines adopted from scitc-2025): a principal and a leader
   * overseeing one department, whose head (a middle cadre) has one staff member; a 纪委办公室 clerk acting as the
   * discipline office; an accountability case against the head. The head then applies for an outside post (waiting
   * for the overseeing leader, scitc-2025 附件2 第十三条) and for tolerance on the case (waiting for the discipline
   * office to accept it, xzcit-2018 第五条).
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 1, overseenBy: lead.leaders[0].personId });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    const s = {
      c, dept,
      head: await as(dept.head.personId),
      leader: await as(lead.leaders[0].personId),
      principal: await as(lead.principal.personId),
      staff: await as(dept.staff[0].personId),
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      org: await userWith(ctx.app, c, ['org']),
      admin: await userWith(ctx.app, c, ['sysadmin']),
    };
    const orgId = (await newOutsideOrg(c)).id;
    const draft = await s.head.post('/api/sideline-applications', { orgId, postTitle: '理事', hasTerms: true, termYears: 5, termNumber: 1, startDate: addDays(today, 30), endDate: addDays(addYears(today, 5), 29), reason: '推动专业建设与行业合作', commitment: true });
    expect(draft.statusCode, draft.body).toBe(201);
    const applicationId = draft.json().id as number;
    for (const kind of FILES) expect((await s.head.post(`/api/sideline-applications/${applicationId}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).statusCode).toBe(201);
    expect((await s.head.post(`/api/sideline-applications/${applicationId}/submit`)).statusCode).toBe(200);
    const kase = await newAccountabilityCase(c, { subjectPersonId: dept.head.personId, subjectDepartmentId: dept.departmentId, accountableDepartmentId: jw.id });
    const review = await s.head.post('/api/tolerance-reviews', { caseId: kase.id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(review.statusCode, review.body).toBe(201);
    return { ...s, applicationId, reviewId: review.json().id as number, headName: dept.head.name, leaderId: lead.leaders[0].personId, principalId: lead.principal.personId };
  }

  it('第十三条: the overseeing leader sees exactly the application waiting for them, with whose it is, since when, by when and the article', async () => {
    const s = await scene();
    const mine = await inbox(s.leader);
    expect(mine.items).toEqual([
      expect.objectContaining({ area: '兼职管理', whose: s.headName, since: today, owedAs: 'person', status: 'open', link: `/sidelines/applications/${s.applicationId}` }),
    ]);
    expect(mine.items[0].what).toContain('待分管（联系）院领导同意');
    expect(mine.items[0].dueDate > today).toBe(true);
    // The article as users read it: the regulation's name from the pack, never the pack's id.
    expect(mine.items[0].article).toMatch(/^《[^》]+》第十三条/);
    expect(mine.items[0].article).not.toContain('scitc');
    expect(mine.total).toBe(1);
    expect(await count(s.leader)).toEqual({ total: 1, overdue: 0 });
    // 我的待办 on the workbench leaves the step to 待我办理 (steps=exclude); the full list still has it.
    const keysOf = async (q: string) => ((await s.leader.get(`/api/duties/mine?pageSize=500${q}`)).json() as { items: { key: string }[] }).items.map((d) => d.key);
    expect(await keysOf('')).toContain(mine.items[0].key);
    expect(await keysOf('&steps=exclude')).not.toContain(mine.items[0].key);
    expect((await keysOf('')).filter((k) => k !== mine.items[0].key)).toEqual(await keysOf('&steps=exclude'));
  });

  it('xzcit 第五条: the discipline office sees the tolerance application waiting for acceptance; nobody else sees either step', async () => {
    const s = await scene();
    expect((await inbox(s.discipline)).items).toEqual([
      expect.objectContaining({ area: '容错纠错', whose: s.headName, owedAs: 'role', link: `/tolerance/reviews/${s.reviewId}` }),
    ]);
    // The applicant, a colleague, the principal and the organization department have nothing waiting on them.
    for (const who of [s.head, s.staff, s.principal, s.org]) expect(await inbox(who)).toEqual({ total: 0, overdue: 0, items: [] });
    expect(await count(s.staff)).toEqual({ total: 0, overdue: 0 });
    // The administrators (三员分立) see no business data: no inbox.
    expect((await s.admin.get('/api/inbox')).statusCode).toBe(403);
    expect((await s.admin.get('/api/inbox/count')).statusCode).toBe(403);
  });

  it('a step done leaves the inbox of whoever did it; the next step waits for the next person', async () => {
    const s = await scene();
    expect((await s.leader.post(`/api/sideline-applications/${s.applicationId}/decide`, { decision: 'approve' })).statusCode).toBe(200);
    expect(await count(s.leader)).toEqual({ total: 0, overdue: 0 });
    // The committee's decision is recorded by the organization department (第十三条).
    expect((await inbox(s.org)).items.map((i) => i.link)).toEqual([`/sidelines/applications/${s.applicationId}`]);
    expect((await s.discipline.post(`/api/tolerance-reviews/${s.reviewId}/actions`, { action: 'accept', on: today })).statusCode).toBe(200);
    // Accepted: the next step (the investigation report) waits for the same office.
    expect((await inbox(s.discipline)).items.map((i) => i.what)).toEqual([expect.not.stringContaining('受理')]);
  });

  it('tongren-2016 四（三）: a campaign plan submitted to the leading group waits for the secretary, nobody else', async () => {
    const s = await scene();
    const year = Number(today.slice(0, 4));
    const plan = await s.discipline.post('/api/interview-plans', { kind: 'campaign', year, title: `${year} 年专项集中约谈`, summary: '围绕实验室建设和招生工作开展预防提醒谈话，提醒关键岗位负责人。' });
    expect(plan.statusCode, plan.body).toBe(201);
    const opts = (await s.discipline.get(`/api/interviews/lead-options?personId=${s.dept.head.personId}&kind=prevention`)).json() as { preselectedPersonId: number };
    const iv = await s.discipline.post('/api/interviews', { planId: plan.json().id, kind: 'prevention', form: 'individual', topic: '二级学院主要负责人廉政提醒', targets: [{ personId: s.dept.head.personId, reason: '二级学院主要负责人' }], scheduledOn: addDays(today, 20), place: '行政楼会议室', leadPersonId: opts.preselectedPersonId });
    expect(iv.statusCode, iv.body).toBe(201);
    const submitted = await s.discipline.post(`/api/interview-plans/${plan.json().id}/actions`, { action: 'submit' });
    expect(submitted.json().status, submitted.body).toBe('submitted');
    expect((await inbox(s.principal)).items).toEqual([
      expect.objectContaining({ area: '干部约谈', what: `审批集中约谈计划：${year} 年专项集中约谈`, since: today, owedAs: 'role', link: `/interviews/plans/${plan.json().id}`, article: expect.stringMatching(/^《[^》]+》四（三）$/) }),
    ]);
    for (const who of [s.leader, s.head, s.org]) expect((await inbox(who)).items.map((i) => i.kind)).not.toContain('interview_plan_approval');
  });

  it('ahzaxy 第4条: a reserve nomination waits for the organization department\'s review, never for the nominee; reviewed, it leaves', async () => {
    const c = await newCollege(ctx.database.db, { packId: 'ahzaxy-2020' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const zzb = await newDepartment(c, { name: '党委组织部', kind: 'party' });
    const [clerkA, clerkB] = [await newHolder(c, { rank: 'staff', departmentId: zzb.id, title: '组织干事' }), await newHolder(c, { rank: 'staff', departmentId: zzb.id, title: '干部科科员' })];
    const [orgA, orgB] = [await userWith(ctx.app, c, ['org'], clerkA.personId), await userWith(ctx.app, c, ['org'], clerkB.personId)];
    const head = await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId }));
    const staff = await signInAs(ctx.app, await newAccount(c, { personId: dept.staff[0].personId }));
    const nominate = async (personId: number) => {
      const res = await orgA.post('/api/reserve/nominations', { personId, targetRank: 'middle_deputy', reasons: '牵头完成实训基地建设，群众公认度高' });
      expect(res.statusCode, res.body).toBe(201);
      return res.json().id as number;
    };
    const teacher = await nominate(dept.staff[0].personId);
    const colleague = await nominate(clerkB.personId);
    const reserveItems = async (who: Client) => (await inbox(who)).items.filter((i) => i.kind === 'reserve_review');
    const item = (name: string) => expect.objectContaining({ area: '激励担当作为', what: `审核后备干部推荐：${name}（拟任中层副职）`, whose: name, since: today, dueDate: addDays(today, 30), owedAs: 'role', status: 'open', link: '/incentives?tab=reserve&status=nominated', article: expect.stringMatching(/^《[^》]+》第4条$/) });
    // Both nominations wait for the organization department; the nominated officer does not review their own (回避).
    expect(await reserveItems(orgA)).toEqual([item(dept.staff[0].name), item(clerkB.name)]);
    expect(await reserveItems(orgB)).toEqual([item(dept.staff[0].name)]);
    expect((await count(orgA)).total).toBe(2);
    // The nominee and a department head have nothing to review.
    for (const who of [staff, head]) expect(await reserveItems(who)).toEqual([]);
    // Reviewed (入库, 不通过): the step leaves the inbox and the menu's count.
    expect((await orgB.post(`/api/reserve/nominations/${teacher}/actions`, { action: 'approve', note: '经党委会研究同意' })).statusCode).toBe(200);
    expect((await orgA.post(`/api/reserve/nominations/${colleague}/actions`, { action: 'reject', note: '暂不符合条件' })).statusCode).toBe(200);
    expect(await reserveItems(orgA)).toEqual([]);
    expect((await count(orgA)).total).toBe(0);
  });

  it('my duties may be narrowed to those owed by me by name, as one of a group, or through a role', async () => {
    const s = await scene();
    const of = async (who: Client, owedAs: string) => ((await who.get(`/api/duties/mine?owedAs=${owedAs}&pageSize=500`)).json() as { items: { owner: string }[] }).items;
    expect((await of(s.leader, 'person')).length).toBeGreaterThan(0);
    expect(await of(s.leader, 'role')).toEqual([]);
    expect((await of(s.discipline, 'role')).length).toBeGreaterThan(0);
    expect(await of(s.discipline, 'shared')).toEqual([]);
    expect((await s.leader.get('/api/duties/mine?owedAs=everyone')).statusCode).toBe(400);
  });
});
