import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { account, interview, interviewPlan, interviewTarget, writtenInquiry } from '../src/core/db/schema';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

const TODAY = '2026-11-30';

/**
 * 回避 in the interview procedure (regulation fidelity round two, 6): nobody arranges, holds, records, closes, cancels,
 * proposes or decides the handling of an interview in which they are the interviewee, submits or approves a plan that
 * names them, or sends or assesses a written inquiry about themselves — only their own reply and material are theirs.
 * Each refusal is a 403 PROCEDURE.OWN_CASE and changes nothing.
 */
describe.each(ENGINES)('回避 in interviews on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let discipline: Client;
  let principal: Client;
  let institutionId: number;
  let creator: number;
  let disciplineId: number;
  let principalId: number;
  let otherId: number;
  const audits = async (action: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`)).rows[0] as { n: number }).n;
  const count = async (table: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM ${sql.identifier(table)}`)).rows[0] as { n: number }).n;

  /** An interview of our own, as if another organizer had arranged it: `targets` interviewed, `lead` leading. */
  async function interviewOf(targets: number[], lead: number, set: Partial<typeof interview.$inferInsert> = {}, planId: number | null = null) {
    const [iv] = await database.db
      .insert(interview)
      .values({ institutionId, planId, kind: 'admonition', form: targets.length > 1 ? 'group' : 'individual', groupReason: targets.length > 1 ? '同一事项合并约谈' : null, topic: '回避测试约谈', leadPersonId: lead, organizerKind: 'discipline', scheduledOn: TODAY, place: '纪委谈话室', createdBy: creator, ...set })
      .returning({ id: interview.id });
    await database.db.insert(interviewTarget).values(targets.map((personId) => ({ institutionId, interviewId: iv.id, personId, material: 'self_criticism' })));
    return iv.id;
  }

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { clock: fixedClock(TODAY) })).app;
    [discipline, principal] = await Promise.all(['wj.discipline', 'wj.principal'].map((u) => signIn(app, u)));
    const [d] = await database.db.select().from(account).where(eq(account.username, 'wj.discipline'));
    institutionId = d.institutionId;
    creator = d.id;
    disciplineId = d.personId!;
    principalId = (await principal.get('/api/auth/me')).json().personId;
    otherId = (await signIn(app, 'wj.staff').then((c) => c.get('/api/auth/me'))).json().personId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('no one arranges an interview of themselves, and the recorder is not an interviewee', async () => {
    const n = await count('interview');
    const base = { kind: 'admonition', form: 'individual', topic: '回避测试约谈', scheduledOn: TODAY, place: '纪委谈话室', leadPersonId: principalId, leadReason: '测试指定主谈人理由' };
    const own = await discipline.post('/api/interviews', { ...base, targets: [{ personId: disciplineId }] });
    expect(own.statusCode, own.body).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'PROCEDURE.OWN_CASE' });
    expect(own.json().error.message).toContain('应当回避');
    const recorder = await discipline.post('/api/interviews', { ...base, targets: [{ personId: otherId }], recorderPersonId: otherId });
    expect(recorder.statusCode, recorder.body).toBe(400);
    expect(recorder.json().error).toMatchObject({ code: 'INTERVIEW.RECORDER_IS_TARGET', field: 'recorderPersonId' });
    expect(await count('interview')).toBe(n);
  });

  it('the interviewee neither holds, records, cancels, closes, waives nor proposes handling on their own interview; the offered actions say so', async () => {
    const planned = await interviewOf([disciplineId], principalId);
    const shown = (await discipline.get(`/api/interviews/${planned}`)).json();
    expect(shown.may).toMatchObject({ hold: false, cancel: false });
    const tries: [string, Record<string, unknown>][] = [
      ['interview.hold', { action: 'hold', heldOn: TODAY, record: '主谈人指出问题，约谈对象作出说明并表示认真整改落实。', recorderPersonId: otherId }],
      ['interview.cancel', { action: 'cancel', reason: '本人不愿接受约谈' }],
    ];
    for (const [action, payload] of tries) {
      const audited = await audits(action);
      const res = await discipline.post(`/api/interviews/${planned}/actions`, payload);
      expect(res.statusCode, `${action} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
      expect(await audits(action)).toBe(audited);
    }
    // A group interview that names the discipline officer among others: they take none of its steps either.
    const held = await interviewOf([disciplineId, otherId], principalId, { status: 'held', heldOn: TODAY });
    const [other] = await database.db.select({ id: interviewTarget.id }).from(interviewTarget).where(sql`${interviewTarget.interviewId} = ${held} AND ${interviewTarget.personId} = ${otherId}`);
    for (const payload of [
      { action: 'close', on: TODAY },
      { action: 'waive', targetId: other.id, reason: '同事病休，免交材料' },
      { action: 'propose_handling', violationConfirmed: false, proposal: '经核实不予处理' },
    ]) {
      const res = await discipline.post(`/api/interviews/${held}/actions`, payload);
      expect(res.statusCode, `${payload.action} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    const handIn = await discipline.post(`/api/interviews/${held}/targets/${other.id}/material`, { text: '代交的错误认识材料，内容不少于十个字。' });
    expect(handIn.statusCode, handIn.body).toBe(403);
    const [{ status }] = await database.db.select({ status: interview.status }).from(interview).where(eq(interview.id, held));
    expect(status).toBe('held');
  });

  it('the leading group member interviewed does not decide the handling of their own interview', async () => {
    const iv = await interviewOf([principalId], disciplineId, { status: 'held', heldOn: TODAY, violationConfirmed: true, handlingProposal: '建议予以诫勉谈话', handlingStatus: 'proposed' });
    expect((await principal.get(`/api/interviews/${iv}`)).json().may.decideHandling).toBe(false);
    const res = await principal.post(`/api/interviews/${iv}/actions`, { action: 'decide_handling', approved: true, on: TODAY, meetingRef: '领导小组〔2026〕1号' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    const [row] = await database.db.select({ h: interview.handlingStatus }).from(interview).where(eq(interview.id, iv));
    expect(row.h).toBe('proposed');
  });

  it('the leading group does not approve, through its member named in it, a campaign plan naming that member', async () => {
    const [plan] = await database.db
      .insert(interviewPlan)
      .values({ institutionId, kind: 'campaign', year: 2026, title: '回避测试集中约谈', summary: '计划中列有领导小组成员本人', status: 'submitted', submittedOn: TODAY, createdBy: creator })
      .returning({ id: interviewPlan.id });
    await interviewOf([principalId], disciplineId, {}, plan.id);
    expect((await principal.get(`/api/interview-plans/${plan.id}`)).json().may.approve).toBe(false);
    for (const payload of [{ action: 'approve', on: TODAY, meetingRef: '领导小组〔2026〕2号' }, { action: 'return', reason: '本人在计划中，退回重拟' }]) {
      const res = await principal.post(`/api/interview-plans/${plan.id}/actions`, payload);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    const [row] = await database.db.select({ status: interviewPlan.status }).from(interviewPlan).where(eq(interviewPlan.id, plan.id));
    expect(row.status).toBe('submitted');
  });

  it('a written inquiry about oneself: not created, sent or assessed by oneself — but one replies to it oneself', async () => {
    const create = await discipline.post('/api/written-inquiries', { targetPersonId: disciplineId, matter: '反映本人有关问题需要说明', questions: '请就有关问题作出说明' });
    expect(create.statusCode, create.body).toBe(403);
    const [draft] = await database.db.insert(writtenInquiry).values({ institutionId, targetPersonId: disciplineId, matter: '反映有关问题', questions: '请说明', createdBy: creator }).returning({ id: writtenInquiry.id });
    const send = await discipline.post(`/api/written-inquiries/${draft.id}/actions`, { action: 'send', on: TODAY });
    expect(send.statusCode, send.body).toBe(403);
    expect(send.json().error.code).toBe('PROCEDURE.OWN_CASE');
    const [sent] = await database.db
      .insert(writtenInquiry)
      .values({ institutionId, targetPersonId: disciplineId, matter: '反映有关问题', questions: '请说明', status: 'sent', sentOn: '2026-11-20', replyDue: '2026-12-11', createdBy: creator })
      .returning({ id: writtenInquiry.id });
    const listed = ((await discipline.get('/api/written-inquiries')).json() as { id: number; may: { send: boolean; reply: boolean; assess: boolean } }[]).find((w) => w.id === sent.id)!;
    expect(listed.may).toEqual({ send: false, reply: true, assess: false });
    const reply = await discipline.post(`/api/written-inquiries/${sent.id}/actions`, { action: 'reply', on: TODAY, reply: '本人就反映的问题说明如下：经查阅有关材料，情况属实部分已整改。' });
    expect(reply.statusCode, reply.body).toBe(200);
    const assess = await discipline.post(`/api/written-inquiries/${sent.id}/actions`, { action: 'assess', on: TODAY, assessment: 'accepted', note: '说明清楚，予以采信' });
    expect(assess.statusCode, assess.body).toBe(403);
    expect(assess.json().error.code).toBe('PROCEDURE.OWN_CASE');
  });

  it('no one registers a fact that makes themselves an interview target', async () => {
    const res = await discipline.post('/api/interviews/target-facts', { personId: disciplineId, source: 'criticism', on: TODAY, detail: '本人受到批评教育' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
  });
});
