import { describe, expect, it } from 'vitest';
import { and, eq, gt } from 'drizzle-orm';
import { notification } from '../src/core/db/schema';
import { addDays, addYears } from '../src/core/shared/dates';
import { usccCheckChar } from '../src/areas/sidelines/rules/uscc';
import { ENGINES } from './support/database';
import { signIn, useCollegeApp, type Client } from './support/app';

const TODAY = '2026-12-10';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];

describe.each(ENGINES)('a step waiting tells whoever acts at it; the applicant hears each decision (%s)', (engine) => {
  const ctx = useCollegeApp(engine, { today: TODAY });
  const me = async (c: Client) => (await c.get('/api/auth/me')).json().personId as number;
  /** Notices a person got after a given notice id. */
  const since = (personId: number, after: number) =>
    ctx.database.db.select().from(notification).where(and(eq(notification.recipientPersonId, personId), gt(notification.id, after))).orderBy(notification.id);
  const lastId = async () => (await ctx.database.db.select({ id: notification.id }).from(notification).orderBy(notification.id)).at(-1)?.id ?? 0;

  async function application(head: Client, n: number) {
    const body = `5134010099${String(1000000 + n).slice(1)}X`.slice(0, 17);
    const o = await head.post('/api/outside-orgs', { name: `测试学会${n}`, kind: 'association', uscc: body + usccCheckChar(body), relatedField: true });
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
    const head = await signIn(ctx.app, 'wj.depthead');
    const leader = await signIn(ctx.app, 'wj.leader');
    const [headId, leaderId, orgId] = await Promise.all([me(head), me(leader), me(ctx.org)]);
    const a = await application(head, 1);
    const before = await lastId();
    expect((await head.post(`/api/sideline-applications/${a.id}/submit`)).statusCode).toBe(200);

    const [waiting, ...more] = await since(leaderId, before);
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
    expect(await since(orgId, before)).toEqual([]);
    expect(await since(headId, before)).toEqual([]);

    const mid = await lastId();
    expect((await leader.post(`/api/sideline-applications/${a.id}/decide`, { decision: 'approve', reason: '同意兼任' })).statusCode).toBe(200);
    const [decided] = await since(headId, mid);
    expect(decided).toMatchObject({ kind: 'decision_made', urgent: false, title: '您的兼职申请已办理“分管（联系）院领导同意”：同意', link: `/sidelines/applications/${a.id}` });
    expect(decided.body).toContain('意见：同意兼任。');
    const [committee] = await since(orgId, mid);
    expect(committee).toMatchObject({ kind: 'step_waiting', urgent: true, link: `/sidelines/applications/${a.id}` });
    expect(committee.title).toContain('（学院党委审批）');
  });

  it('容错 (xzcit-2018 第五条): an application waits for acceptance: the discipline and organization offices are told at once; the applicant hears of the acceptance', async () => {
    const discipline = await signIn(ctx.app, 'pc.discipline');
    const head = await signIn(ctx.app, 'pc.depthead');
    const pcOrg = await signIn(ctx.app, 'pc.org');
    const [headId, disciplineId, pcOrgId] = await Promise.all([me(head), me(discipline), me(pcOrg)]);
    const depts = (await discipline.get('/api/departments')).json() as { id: number; name: string }[];
    const c = await discipline.post('/api/accountability-cases', {
      subjectKind: 'person', subjectPersonId: headId, accountableDepartmentId: depts.find((d) => d.name.includes('纪委'))!.id, matter: '实训室安全检查整改不及时，被上级通报', startedOn: TODAY,
    });
    expect(c.statusCode, c.body).toBe(201);
    const before = await lastId();
    const apply = await head.post('/api/tolerance-reviews', { caseId: c.json().id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(apply.statusCode, apply.body).toBe(201);
    const id = apply.json().id as number;
    for (const handler of [disciplineId, pcOrgId]) {
      const [waiting] = await since(handler, before);
      expect(waiting).toMatchObject({ kind: 'step_waiting', urgent: true, link: `/tolerance/reviews/${id}`, citation: 'xzcit-2018 第五条（一）' });
      expect(waiting.title).toMatch(/^容错申请待受理：/);
      expect(waiting.body).toContain('《健全容错纠错机制实施办法》第五条（一）');
    }
    // The wj college's offices hear nothing of another college's case.
    expect(await since(await me(ctx.org), before)).toEqual([]);

    const mid = await lastId();
    expect((await discipline.post(`/api/tolerance-reviews/${id}/actions`, { action: 'accept', on: TODAY })).statusCode).toBe(200);
    const [accepted] = await since(headId, mid);
    expect(accepted).toMatchObject({ kind: 'decision_made', urgent: false, title: '您的容错申请：受理', link: `/tolerance/reviews/${id}` });
  });

  it('a return for changes is urgent for the applicant: they must act', async () => {
    const head = await signIn(ctx.app, 'wj.depthead');
    const leader = await signIn(ctx.app, 'wj.leader');
    const headId = await me(head);
    const a = await application(head, 2);
    expect((await head.post(`/api/sideline-applications/${a.id}/submit`)).statusCode).toBe(200);
    const before = await lastId();
    expect((await leader.post(`/api/sideline-applications/${a.id}/decide`, { decision: 'return', reason: '请补充兼职单位的章程修订稿' })).statusCode).toBe(200);
    const [back] = await since(headId, before);
    expect(back).toMatchObject({ kind: 'decision_made', urgent: true });
    expect(back.body).toContain('退回修改。意见：请补充兼职单位的章程修订稿。请修改后重新提交。');
  });
});
