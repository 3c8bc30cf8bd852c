import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { interview, interviewPlan, writtenInquiry } from '../src/core/db/schema';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, daysAgo, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp } from './support/factories';
import { newInterview } from './support/area-factories';
import { addDays } from '../src/core/shared/dates';

const TODAY = TEST_TODAY;

/**
 * 回避 in the interview procedure (regulation fidelity round two, 6): nobody arranges, holds, records, closes, cancels,
 * proposes or decides the handling of an interview in which they are the interviewee, submits or approves a plan that
 * names them, or sends or assesses a written inquiry about themselves — only their own reply and material are theirs.
 * Each refusal is a 403 PROCEDURE.OWN_CASE and changes nothing.
 */
describe.each(ENGINES)('回避 in interviews on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own: the leadership (党委书记 and one 副院长), a 纪检干事 in the 纪委办公室 signed in with the
   * discipline role, and a staff member of an academic department. Signed in: the discipline officer and the secretary.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const officer = await newAccount(c, { roles: ['discipline'], personId: clerk.personId });
    return {
      c,
      creator: officer.id,
      disciplineId: clerk.personId,
      principalId: lead.principal.personId,
      otherId: dept.staff[0].personId,
      discipline: await signInAs(ctx.app, officer),
      principal: await signInAs(ctx.app, await newAccount(c, { personId: lead.principal.personId })),
    };
  }
  const statusOf = async (s: Awaited<ReturnType<typeof scene>>, id: number) =>
    (await s.c.db.select({ status: interview.status, handling: interview.handlingStatus }).from(interview).where(eq(interview.id, id)))[0];

  it('no one arranges an interview of themselves, and the recorder is not an interviewee', async () => {
    const s = await scene();
    const base = { kind: 'admonition', form: 'individual', topic: '回避测试约谈', scheduledOn: TODAY, place: '纪委谈话室', leadPersonId: s.principalId, leadReason: '测试指定主谈人理由' };
    const own = await s.discipline.post('/api/interviews', { ...base, targets: [{ personId: s.disciplineId }] });
    expect(own.statusCode, own.body).toBe(403);
    expect(own.json().error).toMatchObject({ code: 'PROCEDURE.OWN_CASE' });
    expect(own.json().error.message).toContain('应当回避');
    const recorder = await s.discipline.post('/api/interviews', { ...base, targets: [{ personId: s.otherId }], recorderPersonId: s.otherId });
    expect(recorder.statusCode, recorder.body).toBe(400);
    expect(recorder.json().error).toMatchObject({ code: 'INTERVIEW.RECORDER_IS_TARGET', field: 'recorderPersonId' });
    expect(await collegeRows(s.c, 'interview')).toBe(0);
    expect(await collegeRows(s.c, 'interview_target')).toBe(0);
    expect(await collegeRows(s.c, 'audit_event', "action LIKE 'interview.%'")).toBe(0);
    // The same interview of someone else, recorded by another: arranged (the refusals above were about 回避 only).
    const ok = await s.discipline.post('/api/interviews', { ...base, targets: [{ personId: s.otherId }] });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await auditOf(s.c, 'interview', ok.json().id)).toEqual(['interview.create']);
  });

  it('the interviewee neither holds, records, cancels, closes, waives nor proposes handling on their own interview; the offered actions say so', async () => {
    const s = await scene();
    const planned = await newInterview(s.c, { kind: 'admonition', status: 'planned', targetIds: [s.disciplineId], leadPersonId: s.principalId, on: TODAY });
    const shown = (await s.discipline.get(`/api/interviews/${planned.id}`)).json();
    expect(shown.may).toMatchObject({ hold: false, cancel: false });
    const tries: [string, Record<string, unknown>][] = [
      ['interview.hold', { action: 'hold', heldOn: TODAY, record: '主谈人指出问题，约谈对象作出说明并表示认真整改落实。', recorderPersonId: s.otherId }],
      ['interview.cancel', { action: 'cancel', reason: '本人不愿接受约谈' }],
    ];
    for (const [action, payload] of tries) {
      const res = await s.discipline.post(`/api/interviews/${planned.id}/actions`, payload);
      expect(res.statusCode, `${action} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    expect(await statusOf(s, planned.id)).toEqual({ status: 'planned', handling: null });
    expect(await collegeRows(s.c, 'audit_event', "action IN ('interview.hold', 'interview.cancel')")).toBe(0);
    // A group interview that names the discipline officer among others: they take none of its steps either.
    const held = await newInterview(s.c, { kind: 'admonition', targetIds: [s.disciplineId, s.otherId], leadPersonId: s.principalId, on: TODAY });
    const other = held.targets.find((t) => t.personId === s.otherId)!;
    for (const payload of [
      { action: 'close', on: TODAY },
      { action: 'waive', targetId: other.id, reason: '同事病休，免交材料' },
      { action: 'propose_handling', violationConfirmed: false, proposal: '经核实不予处理' },
    ]) {
      const res = await s.discipline.post(`/api/interviews/${held.id}/actions`, payload);
      expect(res.statusCode, `${payload.action} ${res.body}`).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    const handIn = await s.discipline.post(`/api/interviews/${held.id}/targets/${other.id}/material`, { text: '代交的错误认识材料，内容不少于十个字。' });
    expect(handIn.statusCode, handIn.body).toBe(403);
    expect(handIn.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await statusOf(s, held.id)).toEqual({ status: 'held', handling: null });
    expect(await auditOf(s.c, 'interview', held.id)).toEqual([]);
    expect(await auditOf(s.c, 'interview_target', other.id)).toEqual([]);
  });

  it('the leading group member interviewed does not decide the handling of their own interview', async () => {
    const s = await scene();
    const iv = await newInterview(s.c, { kind: 'admonition', targetIds: [s.principalId], leadPersonId: s.disciplineId, on: TODAY });
    await s.c.db.update(interview).set({ violationConfirmed: true, handlingProposal: '建议予以诫勉谈话', handlingStatus: 'proposed' }).where(eq(interview.id, iv.id));
    expect((await s.principal.get(`/api/interviews/${iv.id}`)).json().may.decideHandling).toBe(false);
    const res = await s.principal.post(`/api/interviews/${iv.id}/actions`, { action: 'decide_handling', approved: true, on: TODAY, meetingRef: '领导小组〔2026〕1号' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await statusOf(s, iv.id)).toEqual({ status: 'held', handling: 'proposed' });
    expect(await collegeRows(s.c, 'audit_event', "action = 'interview.decide_handling'")).toBe(0);
  });

  it('the leading group does not approve, through its member named in it, a campaign plan naming that member', async () => {
    const s = await scene();
    const [plan] = await s.c.db
      .insert(interviewPlan)
      .values({ institutionId: s.c.id, kind: 'campaign', year: TEST_YEAR, title: '回避测试集中约谈', summary: '计划中列有领导小组成员本人', status: 'submitted', submittedOn: TODAY, createdBy: s.creator })
      .returning({ id: interviewPlan.id });
    await newInterview(s.c, { kind: 'admonition', status: 'planned', targetIds: [s.principalId], leadPersonId: s.disciplineId, on: TODAY, planId: plan.id });
    expect((await s.principal.get(`/api/interview-plans/${plan.id}`)).json().may.approve).toBe(false);
    for (const payload of [{ action: 'approve', on: TODAY, meetingRef: '领导小组〔2026〕2号' }, { action: 'return', reason: '本人在计划中，退回重拟' }]) {
      const res = await s.principal.post(`/api/interview-plans/${plan.id}/actions`, payload);
      expect(res.statusCode, res.body).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    const [row] = await s.c.db.select({ status: interviewPlan.status }).from(interviewPlan).where(eq(interviewPlan.id, plan.id));
    expect(row.status).toBe('submitted');
    expect(await auditOf(s.c, 'interview_plan', plan.id)).toEqual([]);
  });

  it('a written inquiry about oneself: not created, sent or assessed by oneself — but one replies to it oneself', async () => {
    const s = await scene();
    const create = await s.discipline.post('/api/written-inquiries', { targetPersonId: s.disciplineId, matter: '反映本人有关问题需要说明', questions: '请就有关问题作出说明' });
    expect(create.statusCode, create.body).toBe(403);
    expect(create.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(s.c, 'written_inquiry')).toBe(0);
    const [draft] = await s.c.db.insert(writtenInquiry).values({ institutionId: s.c.id, targetPersonId: s.disciplineId, matter: '反映有关问题', questions: '请说明', createdBy: s.creator }).returning({ id: writtenInquiry.id });
    const send = await s.discipline.post(`/api/written-inquiries/${draft.id}/actions`, { action: 'send', on: TODAY });
    expect(send.statusCode, send.body).toBe(403);
    expect(send.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect((await s.c.db.select({ status: writtenInquiry.status }).from(writtenInquiry).where(eq(writtenInquiry.id, draft.id)))[0].status).toBe('draft');
    expect(await auditOf(s.c, 'written_inquiry', draft.id)).toEqual([]);
    const [sent] = await s.c.db
      .insert(writtenInquiry)
      .values({ institutionId: s.c.id, targetPersonId: s.disciplineId, matter: '反映有关问题', questions: '请说明', status: 'sent', sentOn: daysAgo(10), replyDue: addDays(TODAY, 11), createdBy: s.creator })
      .returning({ id: writtenInquiry.id });
    const listed = ((await s.discipline.get('/api/written-inquiries')).json() as { id: number; may: { send: boolean; reply: boolean; assess: boolean } }[]).find((w) => w.id === sent.id)!;
    expect(listed.may).toEqual({ send: false, reply: true, assess: false });
    const reply = await s.discipline.post(`/api/written-inquiries/${sent.id}/actions`, { action: 'reply', on: TODAY, reply: '本人就反映的问题说明如下：经查阅有关材料，情况属实部分已整改。' });
    expect(reply.statusCode, reply.body).toBe(200);
    const assess = await s.discipline.post(`/api/written-inquiries/${sent.id}/actions`, { action: 'assess', on: TODAY, assessment: 'accepted', note: '说明清楚，予以采信' });
    expect(assess.statusCode, assess.body).toBe(403);
    expect(assess.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await auditOf(s.c, 'written_inquiry', sent.id)).toEqual(['inquiry.reply']);
  });

  it('no one registers a fact that makes themselves an interview target', async () => {
    const s = await scene();
    const res = await s.discipline.post('/api/interviews/target-facts', { personId: s.disciplineId, source: 'criticism', on: TODAY, detail: '本人受到批评教育' });
    expect(res.statusCode, res.body).toBe(403);
    expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(s.c, 'interview_target_fact')).toBe(0);
    // Someone else's fact is registered, audited.
    const ok = await s.discipline.post('/api/interviews/target-facts', { personId: s.otherId, source: 'criticism', on: TODAY, detail: '受到批评教育' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await collegeRows(s.c, 'interview_target_fact')).toBe(1);
  });
});
