import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { addWorkingDays, workingDaysBetween } from '../src/core/calendar/working-days';
import { buildCalendar } from '../src/core/calendar/source';
import { addDays, todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

const cal = buildCalendar([], []);
/** The latest day from which today is the `n`-th working day (today falls outside a window of n - 1 working days). */
function workingDaysAgo(n: number): string {
  for (let d = addDays(todayIso(), -1); ; d = addDays(d, -1)) if (workingDaysBetween(cal, d, todayIso()) >= n) return d;
}

describe.each(ENGINES)('容错纠错 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let pcDiscipline: Client;
  let pcHead: Client;
  let headPersonId: number;
  const today = todayIso();
  const audits = async (action: string) =>
    ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`)).rows[0] as { n: number }).n;
  const department = async (who: Client, name: string) => ((await who.get('/api/departments')).json() as { id: number; name: string }[]).find((d) => d.name.includes(name))!.id;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    pcDiscipline = await signIn(app, 'pc.discipline');
    pcHead = await signIn(app, 'pc.depthead');
    headPersonId = (await pcHead.get('/api/auth/me')).json().personId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const newCase = async (who: Client, startedOn: string, f: object = {}) => {
    const res = await who.post('/api/accountability-cases', {
      subjectKind: 'person', subjectPersonId: headPersonId, accountableDepartmentId: await department(who, '纪委'), matter: '实训室安全检查整改不及时，被上级通报', startedOn, ...f,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; stage: string; reviewId: number | null };
  };
  const act = (id: number, body: object) => pcDiscipline.post(`/api/tolerance-reviews/${id}/actions`, { on: today, ...body });

  it('xzcit 第五条: a cadre applies within the window; investigated, heard, reported; the committee exempts; feedback and publication; the person is protected', async () => {
    const c = await newCase(pcDiscipline, today);
    expect(c.stage).toBe('started');
    const mine = (await pcHead.get('/api/tolerance/mine')).json() as { id: number; window: { open: boolean; until: string } }[];
    expect(mine.find((m) => m.id === c.id)?.window).toMatchObject({ open: true, until: addWorkingDays(cal, today, 7) });

    const apply = await pcHead.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(apply.statusCode, apply.body).toBe(201);
    const id = apply.json().id as number;
    expect((await pcHead.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: '再次提交同一案件的容错申请，应被拒绝并提示补充材料。', noPrivateGainPledge: true })).json().error.code).toBe('TOLERANCE.DUPLICATE');

    // The applicant cannot handle their own application (guard) nor sit on the team.
    expect((await pcHead.post(`/api/tolerance-reviews/${id}/actions`, { action: 'accept', on: today })).statusCode).toBe(403);
    expect((await act(id, { action: 'report', report: '调查报告正文不少于二十个字的内容在这里写明事实经过。', privateGainFound: false })).json().error.code).toBe('TOLERANCE.STEP_ORDER');
    expect((await act(id, { action: 'accept' })).statusCode).toBe(200);
    const onTeam = await act(id, { action: 'team', teamPersonIds: [headPersonId] });
    expect(onTeam.statusCode).toBe(409);
    expect(onTeam.json().error).toMatchObject({ code: 'TOLERANCE.APPLICANT_ON_TEAM', article: 'xzcit-2018 第十条' });
    const disciplinePerson = (await pcDiscipline.get('/api/auth/me')).json().personId as number;
    expect((await act(id, { action: 'team', teamPersonIds: [disciplinePerson] })).statusCode).toBe(200);
    const unheard = await act(id, { action: 'report', report: '调查报告正文不少于二十个字的内容在这里写明事实经过。', privateGainFound: false });
    expect(unheard.json().error).toMatchObject({ code: 'TOLERANCE.NOT_HEARD', article: 'xzcit-2018 第五条（二）' });
    expect((await act(id, { action: 'hearing', summary: '本人陈述整改滞后系改造工期与检查时间重叠所致' })).statusCode).toBe(200);
    expect((await act(id, { action: 'report', report: '经调阅材料、个别谈话，查明整改滞后系试点改造工期所致，当事人未谋取私利。', privateGainFound: false })).statusCode).toBe(200);
    expect((await act(id, { action: 'propose', outcome: 'exempt', proposal: '符合先行先试出现探索性失误情形，建议免责' })).statusCode).toBe(200);

    const before = await audits('tolerance.decide');
    const noMeeting = await act(id, { action: 'decide', outcome: 'exempt' });
    expect(noMeeting.statusCode).toBe(409);
    expect(noMeeting.json().error).toMatchObject({ code: 'TOLERANCE.COLLECTIVE_REQUIRED', article: 'xzcit-2018 第五条（三）' });
    expect((await pcDiscipline.get(`/api/tolerance-reviews/${id}`)).json().status).toBe('proposed');
    expect(await audits('tolerance.decide')).toBe(before);

    const decided = await act(id, { action: 'decide', outcome: 'exempt', meetingRef: '党委会议纪要〔2026〕30号' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await audits('tolerance.decide')).toBe(before + 1);
    const view = (await pcDiscipline.get(`/api/tolerance-reviews/${id}`)).json();
    expect(view.status).toBe('decided');
    expect(view.protections.map((p: { key: string }) => p.key)).toEqual(['annual_appraisal', 'promotion', 'representative_status', 'awards']);
    expect(view.schedule.find((s: { step: string }) => s.step === 'feedback')).toMatchObject({ due: addWorkingDays(cal, today, 3), citation: 'xzcit-2018 第五条（三）', isDefault: false });
    expect(view.nextActions).toEqual(['feedback', 'publish']);

    // The feedback duty is the discipline office's, with its article.
    const duties = (await pcDiscipline.get('/api/duties/mine')).json() as { items?: { key: string; citation: string; dueDate: string }[] } | { key: string; citation: string; dueDate: string }[];
    const list = Array.isArray(duties) ? duties : (duties.items ?? []);
    expect(list.find((d) => d.key === `tolerance:${id}:feedback`)).toMatchObject({ citation: 'xzcit-2018 第五条（三）', dueDate: addWorkingDays(cal, today, 3) });

    expect((await act(id, { action: 'close' })).json().error.code).toBe('TOLERANCE.CLOSE_PENDING');
    expect((await act(id, { action: 'feedback', method: '当面反馈并送达认定结论' })).statusCode).toBe(200);
    expect((await act(id, { action: 'publish', scope: '全院中层干部会议', method: '会议通报' })).statusCode).toBe(200);
    expect((await act(id, { action: 'close' })).statusCode).toBe(200);

    const prot = (await pcDiscipline.get(`/api/people/${headPersonId}/tolerance-protections`)).json();
    expect(prot.exemptions.find((e: { reviewId: number }) => e.reviewId === id)?.protections.map((p: { label: string }) => p.label)).toContain('年度考核');
    const own = await pcHead.get(`/api/people/${headPersonId}/tolerance-protections`);
    expect(own.statusCode).toBe(200);

    // The case can now be carried out (the exemption stated) and closed.
    expect((await pcDiscipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'investigate', on: today })).statusCode).toBe(200);
    expect((await pcDiscipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'carry_out', on: today, handling: '经党委认定予以免责，不予追究责任' })).statusCode).toBe(200);
    expect(await audits('tolerance.apply')).toBeGreaterThan(0);
    expect(await audits('tolerance.feedback')).toBeGreaterThan(0);
  });

  it('xzcit 第五条（一）: an application after 7 working days is not accepted; nothing is written', async () => {
    const c = await newCase(pcDiscipline, workingDaysAgo(8));
    const before = await audits('tolerance.apply');
    const res = await pcHead.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['policy_change'], facts: '上级政策调整导致工作未达预期，本人未谋取私利并已主动消除影响。', noPrivateGainPledge: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'TOLERANCE.WINDOW_CLOSED', article: 'xzcit-2018 第五条（一）' });
    expect(res.json().error.message).toContain('逾期提交不予受理');
    expect(await audits('tolerance.apply')).toBe(before);
  });

  it('bad applications: no ground, a ground the college does not list, no pledge; only the subject may apply', async () => {
    const c = await newCase(pcDiscipline, today);
    const base = { caseId: c.id, facts: '承担试点任务缺乏经验出现失误，已主动报告并积极挽回损失。', noPrivateGainPledge: true };
    expect((await pcHead.post('/api/tolerance-reviews', { ...base, grounds: [] })).json().error).toMatchObject({ code: 'TOLERANCE.NO_GROUND', article: 'xzcit-2018 第四条' });
    expect((await pcHead.post('/api/tolerance-reviews', { ...base, grounds: ['lenient_acceptance'] })).json().error.code).toBe('TOLERANCE.GROUND_UNKNOWN');
    expect((await pcHead.post('/api/tolerance-reviews', { ...base, grounds: ['force_majeure'], noPrivateGainPledge: false })).json().error.code).toBe('TOLERANCE.PLEDGE_REQUIRED');
    // A step's missing or unknown field is named as the form names it.
    const id = (await pcHead.post('/api/tolerance-reviews', { ...base, grounds: ['force_majeure'] })).json().id as number;
    expect((await act(id, { action: 'refuse' })).json().error).toMatchObject({ code: 'VALIDATION.INVALID', field: 'reason', message: '不予受理的理由不能为空' });
    expect((await act(id, { action: 'approve' })).json().error).toMatchObject({ field: 'action', message: '办理事项：办理事项不正确' });
    expect((await act(id, { action: 'accept', on: '2026-13-01' })).json().error).toMatchObject({ field: 'on', message: '日期应为有效日期，格式 YYYY-MM-DD' });
    const staff = await signIn(app, 'pc.staff');
    expect((await staff.post('/api/tolerance-reviews', { ...base, grounds: ['force_majeure'] })).statusCode).toBe(403);
    // Nor may they see someone else's case, or the list of cases.
    expect((await staff.get(`/api/accountability-cases/${c.id}`)).statusCode).toBe(404);
    expect((await staff.get('/api/accountability-cases')).statusCode).toBe(403);
  });

  it('ahzaxy 第12条: the tolerance inquiry opens with the case; no application; the case waits for the determination', async () => {
    const wjDiscipline = await signIn(app, 'wj.discipline');
    const wjHead = await signIn(app, 'wj.depthead');
    const personId = (await wjHead.get('/api/auth/me')).json().personId;
    const res = await wjDiscipline.post('/api/accountability-cases', {
      subjectKind: 'person', subjectPersonId: personId, accountableDepartmentId: await department(wjDiscipline, '纪委'), matter: '校企合作协议容缺受理，企业资质事后核查存在瑕疵', startedOn: today,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ stage: 'investigating', reviewStatus: 'investigating' });
    const refused = await wjHead.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['no_private_gain'], facts: '本人在工作中出于公心推动合作，没有谋取私利，已主动补正。', noPrivateGainPledge: true });
    expect(refused.json().error).toMatchObject({ code: 'TOLERANCE.NO_APPLICATION', article: 'ahzaxy-2020 第12条' });
    const early = await wjDiscipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'carry_out', on: today, handling: '诫勉谈话' });
    expect(early.json().error.code).toBe('ACCOUNTABILITY.REVIEW_PENDING');
    // The cadre sees their own inquiry and its timeline.
    const view = await wjHead.get(`/api/tolerance-reviews/${c.reviewId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ origin: 'ex_officio', mayHandle: false, nextActions: [] });
    // ahzaxy 第11条: the inquiry finds which of the seven conditions apply.
    const act = (body: object) => wjDiscipline.post(`/api/tolerance-reviews/${c.reviewId}/actions`, { on: today, ...body });
    const wjDisciplinePerson = (await wjDiscipline.get('/api/auth/me')).json().personId as number;
    expect((await act({ action: 'team', teamPersonIds: [wjDisciplinePerson] })).statusCode).toBe(200);
    expect((await act({ action: 'hearing', summary: '本人说明容缺受理的经过和补正情况' })).statusCode).toBe(200);
    const wrong = await act({ action: 'report', report: '经调查核实，容缺受理系为赶工期，事后已补正，当事人未谋取私利。', privateGainFound: false, grounds: ['pilot_exploration'] });
    expect(wrong.json().error).toMatchObject({ code: 'TOLERANCE.GROUND_UNKNOWN', article: 'ahzaxy-2020 第11条' });
    expect((await act({ action: 'report', report: '经调查核实，容缺受理系为赶工期，事后已补正，当事人未谋取私利。', privateGainFound: false, grounds: ['no_private_gain', 'active_remedy'] })).statusCode).toBe(200);
    expect((await wjHead.get(`/api/tolerance-reviews/${c.reviewId}`)).json().grounds.map((g: { key: string }) => g.key)).toEqual(['no_private_gain', 'active_remedy']);
  });

  it('demo data: every college has cases at every stage of the procedure', async () => {
    const rows = (await database.db.execute(sql`SELECT i.code, r.status, count(*)::int AS n FROM tolerance_review r JOIN institution i ON i.id = r.institution_id GROUP BY 1, 2`)).rows as { code: string; status: string }[];
    const statuses = (code: string) => new Set(rows.filter((r) => r.code === code).map((r) => r.status));
    expect([...statuses('pengcheng')].sort()).toEqual(['closed', 'decided', 'deferred', 'investigating', 'proposed', 'refused', 'reported', 'submitted']);
    expect([...statuses('wanjiang')].sort()).toEqual(['closed', 'decided', 'deferred', 'investigating', 'proposed', 'reported']);
  });

  it('xzcit 第七条: a talk measure registers a talk occasion (第五条（一）); an interview measure emits its event; the responsible person closes it with evidence', async () => {
    const c = await newCase(pcDiscipline, today);
    const bad = await pcDiscipline.post('/api/corrections', { caseId: c.id, kind: 'suggestion_letter', requirement: '提出纪律检查建议', responsiblePersonId: headPersonId, dueDate: today });
    expect(bad.json().error).toMatchObject({ code: 'CORRECTION.KIND', article: 'xzcit-2018 第七条（一）（四）' });
    const occasionsBefore = ((await database.db.execute(sql`SELECT count(*)::int AS n FROM talk_occasion WHERE source = 'tolerance'`)).rows[0] as { n: number }).n;
    const talk = await pcDiscipline.post('/api/corrections', { caseId: c.id, kind: 'talk', requirement: '指出存在问题、明确改进方向', responsiblePersonId: headPersonId, dueDate: today });
    expect(talk.statusCode, talk.body).toBe(201);
    expect(((await database.db.execute(sql`SELECT count(*)::int AS n FROM talk_occasion WHERE source = 'tolerance'`)).rows[0] as { n: number }).n).toBe(occasionsBefore + 1);
    const inquiry = await pcDiscipline.post('/api/corrections', { caseId: c.id, kind: 'written_inquiry', requirement: '就整改不及时问题作出书面说明', responsiblePersonId: headPersonId, dueDate: today });
    expect(inquiry.statusCode).toBe(201);
    const events = (await database.db.execute(sql`SELECT kind, payload FROM domain_event WHERE source = ${`correction_measure:${inquiry.json().id}`}`)).rows as { kind: string; payload: { interviewKind: string } }[];
    expect(events).toEqual([expect.objectContaining({ kind: 'tolerance.correction_interview', payload: expect.objectContaining({ interviewKind: 'written_inquiry' }) })]);
    // The responsible person sees the measure as their duty and closes it.
    const mine = (await pcHead.get('/api/duties/mine')).json() as { items?: { key: string }[] } | { key: string }[];
    const keys = (Array.isArray(mine) ? mine : (mine.items ?? [])).map((d) => d.key);
    expect(keys).toContain(`correction:${inquiry.json().id}`);
    expect((await pcHead.post(`/api/corrections/${inquiry.json().id}/close`, { on: today, evidence: '已提交书面说明并完成整改' })).statusCode).toBe(200);
    expect((await pcHead.post(`/api/corrections/${inquiry.json().id}/close`, { on: today, evidence: '再次提交整改完成情况' })).json().error.code).toBe('CORRECTION.CLOSED');
    const staff = await signIn(app, 'pc.staff');
    expect((await staff.post(`/api/corrections/${talk.json().id}/close`, { on: today, evidence: '不是责任人' })).statusCode).toBe(404);
  });

  it('xzcit 第八条: an untrue report is concluded and cleared (the event for a prevention interview); the register is the discipline office’s alone', async () => {
    const create = await pcDiscipline.post('/api/petitions', { receivedOn: today, channel: 'letter', reportedPersonId: headPersonId, allegation: '反映其在设备采购中收受回扣', anonymous: false, reporterName: '李某某', reporterContact: '13800000000' });
    expect(create.statusCode, create.body).toBe(201);
    const id = create.json().id as number;
    const org = await signIn(app, 'pc.org');
    expect((await org.get('/api/petitions')).statusCode).toBe(403);
    expect((await pcHead.get(`/api/petitions/${id}`)).statusCode).toBe(403);
    const act = (body: object) => pcDiscipline.post(`/api/petitions/${id}/actions`, { on: today, ...body });
    expect((await act({ action: 'check' })).statusCode).toBe(200);
    expect((await act({ action: 'conclude', outcome: 'untrue', conclusion: '经调取合同档案，反映问题查无实据' })).statusCode).toBe(200);
    const early = await act({ action: 'close' });
    expect(early.json().error).toMatchObject({ code: 'PETITION.CLEARANCE_PENDING', article: 'xzcit-2018 第八条（二）' });
    const view = (await pcDiscipline.get(`/api/petitions/${id}`)).json();
    expect(view).toMatchObject({ reporterName: '李某某', clearanceDue: addWorkingDays(cal, today, 10) });
    expect((await act({ action: 'clear', scope: 'meeting', detail: '在部门教职工大会上澄清' })).statusCode).toBe(200);
    const cleared = (await database.db.execute(sql`SELECT subject_person_id FROM domain_event WHERE kind = 'tolerance.cleared' AND source = ${`petition:${id}`}`)).rows as { subject_person_id: number }[];
    expect(cleared).toEqual([{ subject_person_id: headPersonId }]);
    expect((await act({ action: 'close' })).statusCode).toBe(200);
    // The audit records the registration without the reporter's identity.
    const audit = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'petition.create' AND entity_id = ${String(id)}`)).rows as { summary: Record<string, unknown> }[];
    expect(JSON.stringify(audit)).not.toContain('李某某');
  });
});
