import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { notification } from '../src/core/db/schema';
import { addDays, addYears } from '../src/core/shared/dates';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { TEST_TODAY, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { newAccountabilityCase, newUscc } from './support/area-factories';

const TODAY = TEST_TODAY;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];

describe.each(ENGINES)('a step waiting tells whoever acts at it; the applicant hears each decision (%s)', (engine) => {
  const ctx = useFactoryApp(engine);
  /** Every notice a person got, oldest first (each test's people are its own: a fresh college has sent nobody anything). */
  const noticesOf = (personId: number) => ctx.database.db.select().from(notification).where(eq(notification.recipientPersonId, personId)).orderBy(notification.id);

  /**
   * A college of the test's own under scitc-2025 (兼职: 附件2): the leadership (党委书记 and one 副院长), an academic
   * department overseen by the 副院长 with its head, and a 党委组织部 officer with the org role. Signed in: the head,
   * the 副院长 and the org officer.
   */
  async function sidelineScene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 1, overseenBy: lead.leaders[0].personId });
    const officer = await newHolder(c, { rank: 'section', departmentId: (await newDepartment(c, { name: '党委组织部', kind: 'party' })).id, title: '组织员' });
    return {
      c,
      headId: dept.head.personId,
      leaderId: lead.leaders[0].personId,
      orgId: officer.personId,
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
      leader: await signInAs(ctx.app, await newAccount(c, { personId: lead.leaders[0].personId })),
      org: await userWith(ctx.app, c, ['org'], officer.personId),
    };
  }

  async function application(head: Client, n: number) {
    const o = await head.post('/api/outside-orgs', { name: `测试学会${n}`, kind: 'association', uscc: newUscc(), relatedField: true });
    expect(o.statusCode, o.body).toBe(201);
    const res = await head.post('/api/sideline-applications', {
      orgId: o.json().id, postTitle: '理事', hasTerms: true, termYears: 5, termNumber: 1, startDate: addDays(TODAY, 30), endDate: addDays(addYears(TODAY, 5), 29), reason: '推动专业建设与行业合作', commitment: true,
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    for (const kind of KINDS) expect((await head.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).statusCode).toBe(201);
    return { id, org: `测试学会${n}` };
  }

  it('兼职 (附件2 第十三条): the overseeing leader is told at once, urgently, with the page; then the committee step; the applicant hears each decision', async () => {
    const { head, leader, headId, leaderId, orgId } = await sidelineScene();
    const a = await application(head, 1);
    // Drafting tells nobody anything.
    for (const p of [headId, leaderId, orgId]) expect(await noticesOf(p)).toEqual([]);
    expect((await head.post(`/api/sideline-applications/${a.id}/submit`)).statusCode).toBe(200);

    const [waiting, ...more] = await noticesOf(leaderId);
    expect(more).toEqual([]);
    expect(waiting).toMatchObject({ kind: 'step_waiting', urgent: true, link: `/sidelines/applications/${a.id}`, citation: 'scitc-2025 附件2 第十三条' });
    expect(waiting.title).toMatch(/^待您办理：.+的兼职申请（分管（联系）院领导同意）$/);
    expect(waiting.body).toContain(`申请兼任${a.org}理事`);
    // The regulation is named in Chinese, never by its pack id.
    expect(waiting.body).toContain('依据：《领导干部兼职管理办法》第十三条。');
    expect(waiting.body).not.toContain('scitc');
    // The bell shows it with its link.
    const bell = (await leader.get('/api/notifications')).json();
    expect(bell.items[0]).toMatchObject({ id: waiting.id, link: `/sidelines/applications/${a.id}` });
    // Nobody else is told of a step not theirs; the applicant is not told of their own submission.
    expect(await noticesOf(orgId)).toEqual([]);
    expect(await noticesOf(headId)).toEqual([]);

    expect((await leader.post(`/api/sideline-applications/${a.id}/decide`, { decision: 'approve', reason: '同意兼任' })).statusCode).toBe(200);
    const [decided, ...moreForHead] = await noticesOf(headId);
    expect(moreForHead).toEqual([]);
    expect(decided).toMatchObject({ kind: 'decision_made', urgent: false, title: '您的兼职申请已办理“分管（联系）院领导同意”：同意', link: `/sidelines/applications/${a.id}` });
    expect(decided.body).toContain('意见：同意兼任。');
    const [committee, ...moreForOrg] = await noticesOf(orgId);
    expect(moreForOrg).toEqual([]);
    expect(committee).toMatchObject({ kind: 'step_waiting', urgent: true, link: `/sidelines/applications/${a.id}` });
    expect(committee.title).toContain('（学院党委审批）');
    // The leader's step is done: nothing more for them.
    expect(await noticesOf(leaderId)).toHaveLength(1);
  });

  it('容错 (xzcit-2018 第五条): an application waits for acceptance: the discipline and organization offices are told at once; the applicant hears of the acceptance', async () => {
    // A college under xzcit-2018: a 纪委办公室 clerk (discipline), a 党委组织部 officer (org), an academic department's head.
    const c: College = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const officer = await newHolder(c, { rank: 'section', departmentId: (await newDepartment(c, { name: '党委组织部', kind: 'party' })).id, title: '组织员' });
    const dept = await newDepartmentWithHead(c, { staff: 0 });
    const discipline = await userWith(ctx.app, c, ['discipline'], clerk.personId);
    await userWith(ctx.app, c, ['org'], officer.personId);
    const headId = dept.head.personId;
    const head = await signInAs(ctx.app, await newAccount(c, { personId: headId }));
    // Another college's organization department, which must hear nothing of this case.
    const other = await sidelineScene();

    const kase = await newAccountabilityCase(c, { subjectPersonId: headId, subjectDepartmentId: dept.departmentId, accountableDepartmentId: jw.id, startedOn: TODAY });
    const apply = await head.post('/api/tolerance-reviews', { caseId: kase.id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(apply.statusCode, apply.body).toBe(201);
    const id = apply.json().id as number;
    for (const handler of [clerk.personId, officer.personId]) {
      const [waiting, ...more] = await noticesOf(handler);
      expect(more).toEqual([]);
      expect(waiting).toMatchObject({ kind: 'step_waiting', urgent: true, link: `/tolerance/reviews/${id}`, citation: 'xzcit-2018 第五条（一）' });
      expect(waiting.title).toMatch(/^容错申请待受理：/);
      expect(waiting.body).toContain('《健全容错纠错机制实施办法》第五条（一）');
    }
    expect(await noticesOf(headId)).toEqual([]);
    // The other college's offices hear nothing of this college's case.
    expect(await noticesOf(other.orgId)).toEqual([]);

    expect((await discipline.post(`/api/tolerance-reviews/${id}/actions`, { action: 'accept', on: TODAY })).statusCode).toBe(200);
    const [accepted, ...more] = await noticesOf(headId);
    expect(more).toEqual([]);
    expect(accepted).toMatchObject({ kind: 'decision_made', urgent: false, title: '您的容错申请：受理', link: `/tolerance/reviews/${id}` });
  });

  it('a return for changes is urgent for the applicant: they must act', async () => {
    const { head, leader, headId } = await sidelineScene();
    const a = await application(head, 2);
    expect((await head.post(`/api/sideline-applications/${a.id}/submit`)).statusCode).toBe(200);
    expect((await leader.post(`/api/sideline-applications/${a.id}/decide`, { decision: 'return', reason: '请补充兼职单位的章程修订稿' })).statusCode).toBe(200);
    const [back, ...more] = await noticesOf(headId);
    expect(more).toEqual([]);
    expect(back).toMatchObject({ kind: 'decision_made', urgent: true });
    expect(back.body).toContain('退回修改。意见：请补充兼职单位的章程修订稿。请修改后重新提交。');
  });
});
