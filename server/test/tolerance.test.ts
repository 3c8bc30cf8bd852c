import { describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { addWorkingDays, workingDaysBetween } from '../src/core/calendar/working-days';
import { buildCalendar } from '../src/core/calendar/source';
import { addDays } from '../src/core/shared/dates';
import { ENGINES } from './support/database';
import { useCollegeApp } from './support/app';
import { TEST_TODAY, auditOf, collegeRows, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { newAccountabilityCase } from './support/area-factories';

const cal = buildCalendar([], []);
const today = TEST_TODAY;
/** The latest day from which today is the `n`-th working day (today falls outside a window of n - 1 working days). */
function workingDaysAgo(n: number): string {
  for (let d = addDays(today, -1); ; d = addDays(d, -1)) if (workingDaysBetween(cal, d, today) >= n) return d;
}

describe.each(ENGINES)('容错纠错 on %s', (engine) => {
  const ctx = useFactoryApp(engine);

  /**
   * A college of the test's own under `packId` (xzcit-2018 unless told: the cadre applies within 7 working days): a
   * 纪委办公室 with a clerk, an academic department with its head and one staff member. Signed in: discipline (as the
   * clerk), the head, the staff member and the organization department. No case yet.
   */
  async function scene(packId = 'xzcit-2018') {
    const c = await newCollege(ctx.database.db, { packId });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, jw, clerk, dept,
      headId: dept.head.personId,
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      head: await as(dept.head.personId),
      staff: await as(dept.staff[0].personId),
      org: await userWith(ctx.app, c, ['org']),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  const caseOf = (s: Scene, startedOn = today) => newAccountabilityCase(s.c, { subjectPersonId: s.headId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id, startedOn });
  const act = (s: Scene, id: number, body: object) => s.discipline.post(`/api/tolerance-reviews/${id}/actions`, { on: today, ...body });
  const reviewRows = (c: College) => collegeRows(c, 'tolerance_review');

  it('xzcit 第五条: a cadre applies within the window; investigated, heard, reported; the committee exempts; feedback and publication; the person is protected', async () => {
    const s = await scene();
    const created = await s.discipline.post('/api/accountability-cases', { subjectKind: 'person', subjectPersonId: s.headId, accountableDepartmentId: s.jw.id, matter: '实训室安全检查整改不及时，被上级通报', startedOn: today });
    expect(created.statusCode, created.body).toBe(201);
    const c = created.json() as { id: number; stage: string };
    expect(c.stage).toBe('started');
    const mine = (await s.head.get('/api/tolerance/mine')).json() as { id: number; window: { open: boolean; until: string } }[];
    expect(mine.find((m) => m.id === c.id)?.window).toMatchObject({ open: true, until: addWorkingDays(cal, today, 7) });

    const apply = await s.head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(apply.statusCode, apply.body).toBe(201);
    const id = apply.json().id as number;
    const again = await s.head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: '再次提交同一案件的容错申请，应被拒绝并提示补充材料。', noPrivateGainPledge: true });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('TOLERANCE.DUPLICATE');
    expect(await reviewRows(s.c)).toBe(1);

    // The applicant cannot handle their own application (guard) nor sit on the team.
    expect((await s.head.post(`/api/tolerance-reviews/${id}/actions`, { action: 'accept', on: today })).statusCode).toBe(403);
    expect((await act(s, id, { action: 'report', report: '调查报告正文不少于二十个字的内容在这里写明事实经过。', privateGainFound: false })).json().error.code).toBe('TOLERANCE.STEP_ORDER');
    expect((await act(s, id, { action: 'accept' })).statusCode).toBe(200);
    const onTeam = await act(s, id, { action: 'team', teamPersonIds: [s.headId] });
    expect(onTeam.statusCode).toBe(409);
    expect(onTeam.json().error).toMatchObject({ code: 'TOLERANCE.APPLICANT_ON_TEAM', article: 'xzcit-2018 第十条' });
    expect((await act(s, id, { action: 'team', teamPersonIds: [s.clerk.personId] })).statusCode).toBe(200);
    const unheard = await act(s, id, { action: 'report', report: '调查报告正文不少于二十个字的内容在这里写明事实经过。', privateGainFound: false });
    expect(unheard.json().error).toMatchObject({ code: 'TOLERANCE.NOT_HEARD', article: 'xzcit-2018 第五条（二）' });
    expect((await act(s, id, { action: 'hearing', summary: '本人陈述整改滞后系改造工期与检查时间重叠所致' })).statusCode).toBe(200);
    expect((await act(s, id, { action: 'report', report: '经调阅材料、个别谈话，查明整改滞后系试点改造工期所致，当事人未谋取私利。', privateGainFound: false })).statusCode).toBe(200);
    expect((await act(s, id, { action: 'propose', outcome: 'exempt', proposal: '符合先行先试出现探索性失误情形，建议免责' })).statusCode).toBe(200);
    const steps = ['tolerance.apply', 'tolerance.accept', 'tolerance.team', 'tolerance.hearing', 'tolerance.report', 'tolerance.propose'];
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(steps);

    const noMeeting = await act(s, id, { action: 'decide', outcome: 'exempt' });
    expect(noMeeting.statusCode).toBe(409);
    expect(noMeeting.json().error).toMatchObject({ code: 'TOLERANCE.COLLECTIVE_REQUIRED', article: 'xzcit-2018 第五条（三）' });
    expect((await s.discipline.get(`/api/tolerance-reviews/${id}`)).json().status).toBe('proposed');
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(steps);

    const decided = await act(s, id, { action: 'decide', outcome: 'exempt', meetingRef: '党委会议纪要〔2026〕30号' });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual([...steps, 'tolerance.decide']);
    const view = (await s.discipline.get(`/api/tolerance-reviews/${id}`)).json();
    expect(view.status).toBe('decided');
    expect(view.protections.map((p: { key: string }) => p.key)).toEqual(['annual_appraisal', 'promotion', 'representative_status', 'awards']);
    expect(view.schedule.find((x: { step: string }) => x.step === 'feedback')).toMatchObject({ due: addWorkingDays(cal, today, 3), citation: 'xzcit-2018 第五条（三）', isDefault: false });
    expect(view.nextActions).toEqual(['feedback', 'publish']);

    // The feedback duty is the discipline office's, with its article.
    const duties = (await s.discipline.get('/api/duties/mine')).json().items as { key: string; citation: string; dueDate: string }[];
    expect(duties.find((d) => d.key === `tolerance:${id}:feedback`)).toMatchObject({ citation: 'xzcit-2018 第五条（三）', dueDate: addWorkingDays(cal, today, 3) });

    const closeEarly = await act(s, id, { action: 'close' });
    expect(closeEarly.statusCode).toBe(409);
    expect(closeEarly.json().error.code).toBe('TOLERANCE.CLOSE_PENDING');
    expect((await act(s, id, { action: 'feedback', method: '当面反馈并送达认定结论' })).statusCode).toBe(200);
    expect((await act(s, id, { action: 'publish', scope: '全院中层干部会议', method: '会议通报' })).statusCode).toBe(200);
    expect((await act(s, id, { action: 'close' })).statusCode).toBe(200);
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual([...steps, 'tolerance.decide', 'tolerance.feedback', 'tolerance.publish', 'tolerance.close']);

    const prot = (await s.discipline.get(`/api/people/${s.headId}/tolerance-protections`)).json();
    expect(prot.exemptions.find((e: { reviewId: number }) => e.reviewId === id)?.protections.map((p: { label: string }) => p.label)).toContain('年度考核');
    expect((await s.head.get(`/api/people/${s.headId}/tolerance-protections`)).statusCode).toBe(200);

    // The case can now be carried out (the exemption stated) and closed.
    expect((await s.discipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'investigate', on: today })).statusCode).toBe(200);
    expect((await s.discipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'carry_out', on: today, handling: '经党委认定予以免责，不予追究责任' })).statusCode).toBe(200);
    expect(await auditOf(s.c, 'accountability_case', c.id)).toEqual(['accountability.create', 'accountability.investigate', 'accountability.carry_out']);
  });

  it('xzcit 第五条（一）: an application after 7 working days is not accepted; nothing is written', async () => {
    const s = await scene();
    const c = await caseOf(s, workingDaysAgo(8));
    const res = await s.head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['policy_change'], facts: '上级政策调整导致工作未达预期，本人未谋取私利并已主动消除影响。', noPrivateGainPledge: true });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'TOLERANCE.WINDOW_CLOSED', article: 'xzcit-2018 第五条（一）' });
    expect(res.json().error.message).toContain('逾期提交不予受理');
    expect(await reviewRows(s.c)).toBe(0);
    expect(await collegeRows(s.c, 'audit_event', "action = 'tolerance.apply'")).toBe(0);
  });

  it('a window of exactly 7 working days still accepts the application', async () => {
    const s = await scene();
    const c = await caseOf(s, workingDaysAgo(7));
    const res = await s.head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['policy_change'], facts: '上级政策调整导致工作未达预期，本人未谋取私利并已主动消除影响。', noPrivateGainPledge: true });
    expect(res.statusCode, res.body).toBe(201);
  });

  it('bad applications: no ground, a ground the college does not list, no pledge; only the subject may apply', async () => {
    const s = await scene();
    const c = await caseOf(s);
    const base = { caseId: c.id, facts: '承担试点任务缺乏经验出现失误，已主动报告并积极挽回损失。', noPrivateGainPledge: true };
    const refusals: [object, string, string | undefined][] = [
      [{ grounds: [] }, 'TOLERANCE.NO_GROUND', 'xzcit-2018 第四条'],
      [{ grounds: ['lenient_acceptance'] }, 'TOLERANCE.GROUND_UNKNOWN', undefined],
      [{ grounds: ['force_majeure'], noPrivateGainPledge: false }, 'TOLERANCE.PLEDGE_REQUIRED', undefined],
    ];
    for (const [patch, code, article] of refusals) {
      const res = await s.head.post('/api/tolerance-reviews', { ...base, ...patch });
      expect(res.statusCode, code).toBe(400);
      expect(res.json().error).toMatchObject({ code, ...(article ? { article } : {}) });
    }
    expect((await s.staff.post('/api/tolerance-reviews', { ...base, grounds: ['force_majeure'] })).statusCode).toBe(403);
    expect(await reviewRows(s.c)).toBe(0);
    // A step's missing or unknown field is named as the form names it.
    const id = (await s.head.post('/api/tolerance-reviews', { ...base, grounds: ['force_majeure'] })).json().id as number;
    expect((await act(s, id, { action: 'refuse' })).json().error).toMatchObject({ code: 'VALIDATION.INVALID', field: 'reason', message: '不予受理的理由不能为空' });
    expect((await act(s, id, { action: 'approve' })).json().error).toMatchObject({ field: 'action', message: '办理事项：办理事项不正确' });
    expect((await act(s, id, { action: 'accept', on: '2026-13-01' })).json().error).toMatchObject({ field: 'on', message: '日期应为有效日期，格式 YYYY-MM-DD' });
    expect((await s.discipline.get(`/api/tolerance-reviews/${id}`)).json().status).toBe('submitted');
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(['tolerance.apply']);
    // Nor may the staff member see someone else's case, or the list of cases.
    expect((await s.staff.get(`/api/accountability-cases/${c.id}`)).statusCode).toBe(404);
    expect((await s.staff.get('/api/accountability-cases')).statusCode).toBe(403);
  });

  it('ahzaxy 第12条: the tolerance inquiry opens with the case; no application; the case waits for the determination', async () => {
    const s = await scene('ahzaxy-2020');
    const res = await s.discipline.post('/api/accountability-cases', {
      subjectKind: 'person', subjectPersonId: s.headId, accountableDepartmentId: s.jw.id, matter: '校企合作协议容缺受理，企业资质事后核查存在瑕疵', startedOn: today,
    });
    expect(res.statusCode, res.body).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ stage: 'investigating', reviewStatus: 'investigating' });
    expect(await reviewRows(s.c)).toBe(1);
    const refused = await s.head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['no_private_gain'], facts: '本人在工作中出于公心推动合作，没有谋取私利，已主动补正。', noPrivateGainPledge: true });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'TOLERANCE.NO_APPLICATION', article: 'ahzaxy-2020 第12条' });
    expect(await reviewRows(s.c)).toBe(1);
    const early = await s.discipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'carry_out', on: today, handling: '诫勉谈话' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('ACCOUNTABILITY.REVIEW_PENDING');
    expect((await s.discipline.get(`/api/accountability-cases/${c.id}`)).json()).toMatchObject({ stage: 'investigating', handling: null });
    // The cadre sees their own inquiry and its timeline.
    const view = await s.head.get(`/api/tolerance-reviews/${c.reviewId}`);
    expect(view.statusCode).toBe(200);
    expect(view.json()).toMatchObject({ origin: 'ex_officio', mayHandle: false, nextActions: [] });
    // ahzaxy 第11条: the inquiry finds which of the seven conditions apply.
    expect((await act(s, c.reviewId, { action: 'team', teamPersonIds: [s.clerk.personId] })).statusCode).toBe(200);
    expect((await act(s, c.reviewId, { action: 'hearing', summary: '本人说明容缺受理的经过和补正情况' })).statusCode).toBe(200);
    const report = { action: 'report', report: '经调查核实，容缺受理系为赶工期，事后已补正，当事人未谋取私利。', privateGainFound: false };
    const wrong = await act(s, c.reviewId, { ...report, grounds: ['pilot_exploration'] });
    expect(wrong.json().error).toMatchObject({ code: 'TOLERANCE.GROUND_UNKNOWN', article: 'ahzaxy-2020 第11条' });
    expect((await act(s, c.reviewId, { ...report, grounds: ['no_private_gain', 'active_remedy'] })).statusCode).toBe(200);
    expect((await s.head.get(`/api/tolerance-reviews/${c.reviewId}`)).json().grounds.map((g: { key: string }) => g.key)).toEqual(['no_private_gain', 'active_remedy']);
  });

  it('xzcit 第七条: a talk measure registers a talk occasion (第五条（一）); an interview measure emits its event; the responsible person closes it with evidence', async () => {
    const s = await scene();
    const c = await caseOf(s);
    const measure = (kind: string, requirement: string) => s.discipline.post('/api/corrections', { caseId: c.id, kind, requirement, responsiblePersonId: s.headId, dueDate: today });
    const bad = await measure('suggestion_letter', '提出纪律检查建议');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'CORRECTION.KIND', article: 'xzcit-2018 第七条（一）（四）' });
    expect(await collegeRows(s.c, 'correction_measure')).toBe(0);
    const talk = await measure('talk', '指出存在问题、明确改进方向');
    expect(talk.statusCode, talk.body).toBe(201);
    expect(await collegeRows(s.c, 'talk_occasion', "source = 'tolerance'")).toBe(1);
    const inquiry = await measure('written_inquiry', '就整改不及时问题作出书面说明');
    expect(inquiry.statusCode).toBe(201);
    const events = (await s.c.db.execute(sql`SELECT kind, payload FROM domain_event WHERE institution_id = ${s.c.id} AND source = ${`correction_measure:${inquiry.json().id}`}`)).rows as { kind: string; payload: { interviewKind: string } }[];
    expect(events).toEqual([expect.objectContaining({ kind: 'tolerance.correction_interview', payload: expect.objectContaining({ interviewKind: 'written_inquiry' }) })]);
    // The responsible person sees the measure as their duty and closes it.
    const keys = ((await s.head.get('/api/duties/mine')).json().items as { key: string }[]).map((d) => d.key);
    expect(keys).toContain(`correction:${inquiry.json().id}`);
    expect((await s.head.post(`/api/corrections/${inquiry.json().id}/close`, { on: today, evidence: '已提交书面说明并完成整改' })).statusCode).toBe(200);
    const twice = await s.head.post(`/api/corrections/${inquiry.json().id}/close`, { on: today, evidence: '再次提交整改完成情况' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('CORRECTION.CLOSED');
    expect((await s.staff.post(`/api/corrections/${talk.json().id}/close`, { on: today, evidence: '不是责任人' })).statusCode).toBe(404);
    expect(await auditOf(s.c, 'correction_measure', inquiry.json().id)).toEqual(['correction.create', 'correction.close']);
    expect(await auditOf(s.c, 'correction_measure', talk.json().id)).toEqual(['correction.create']);
  });

  it('xzcit 第八条: an untrue report is concluded and cleared (the event for a prevention interview); the register is the discipline office’s alone', async () => {
    const s = await scene();
    const create = await s.discipline.post('/api/petitions', { receivedOn: today, channel: 'letter', reportedPersonId: s.headId, allegation: '反映其在设备采购中收受回扣', anonymous: false, reporterName: '李某某', reporterContact: '13800000000' });
    expect(create.statusCode, create.body).toBe(201);
    const id = create.json().id as number;
    expect((await s.org.get('/api/petitions')).statusCode).toBe(403);
    expect((await s.head.get(`/api/petitions/${id}`)).statusCode).toBe(403);
    const act = (body: object) => s.discipline.post(`/api/petitions/${id}/actions`, { on: today, ...body });
    expect((await act({ action: 'check' })).statusCode).toBe(200);
    expect((await act({ action: 'conclude', outcome: 'untrue', conclusion: '经调取合同档案，反映问题查无实据' })).statusCode).toBe(200);
    const early = await act({ action: 'close' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'PETITION.CLEARANCE_PENDING', article: 'xzcit-2018 第八条（二）' });
    const view = (await s.discipline.get(`/api/petitions/${id}`)).json();
    expect(view).toMatchObject({ reporterName: '李某某', clearanceDue: addWorkingDays(cal, today, 10) });
    expect((await act({ action: 'clear', scope: 'meeting', detail: '在部门教职工大会上澄清' })).statusCode).toBe(200);
    const cleared = (await s.c.db.execute(sql`SELECT subject_person_id FROM domain_event WHERE institution_id = ${s.c.id} AND kind = 'tolerance.cleared' AND source = ${`petition:${id}`}`)).rows as { subject_person_id: number }[];
    expect(cleared).toEqual([{ subject_person_id: s.headId }]);
    expect((await act({ action: 'close' })).statusCode).toBe(200);
    expect(await auditOf(s.c, 'petition', id)).toEqual(['petition.create', 'petition.check', 'petition.conclude', 'petition.clear', 'petition.close']);
    // The audit records the registration without the reporter's identity.
    const audit = (await s.c.db.execute(sql`SELECT summary FROM audit_event WHERE institution_id = ${s.c.id} AND entity_type = 'petition' AND entity_id = ${String(id)}`)).rows;
    expect(JSON.stringify(audit)).not.toContain('李某某');
  });

  it('scitc 附件3 第二条: a cadre the rules do not cover is not offered an application, and the office is told when it picks them', async () => {
    const s = await scene('scitc-2025');
    const staffId = s.dept.staff[0].personId;
    const against = await newAccountabilityCase(s.c, { subjectPersonId: staffId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id });
    const mine = (await s.staff.get('/api/tolerance/mine')).json() as { id: number; window: { open: boolean; reason: string; article: string } }[];
    expect(mine.find((m) => m.id === against.id)?.window).toMatchObject({ open: false, article: 'scitc-2025 附件3 第二条' });
    expect(mine.find((m) => m.id === against.id)!.window.reason).toContain('适用于中层正职、中层副职；您现任');
    // The office asks when it picks the person, before registering.
    const staffCoverage = await s.discipline.get(`/api/tolerance/coverage?personId=${staffId}`);
    expect(staffCoverage.statusCode).toBe(200);
    expect(staffCoverage.json()).toMatchObject({ covered: false, article: 'scitc-2025 附件3 第二条' });
    expect((await s.discipline.get(`/api/tolerance/coverage?personId=${s.headId}`)).json()).toEqual({ covered: true, message: null, article: null });
    // Only those who register cases ask; nobody learns of a person of another college.
    expect((await s.staff.get(`/api/tolerance/coverage?personId=${staffId}`)).statusCode).toBe(403);
    const elsewhere = await newCollege(ctx.database.db);
    const outsider = await newHolder(elsewhere, { rank: 'middle_chief' });
    const unknown = await s.discipline.get(`/api/tolerance/coverage?personId=${outsider.personId}`);
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('ACCOUNTABILITY.PERSON');
  });

  it('xzcit: with no scope in the pack, every cadre held to account may apply', async () => {
    const s = await scene();
    const staffId = s.dept.staff[0].personId;
    expect((await s.discipline.get(`/api/tolerance/coverage?personId=${staffId}`)).json()).toMatchObject({ covered: true });
    const against = await newAccountabilityCase(s.c, { subjectPersonId: staffId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jw.id });
    const mine = (await s.staff.get('/api/tolerance/mine')).json() as { id: number; window: { open: boolean } }[];
    expect(mine.find((m) => m.id === against.id)?.window.open).toBe(true);
  });
});

describe.each(ENGINES)('容错纠错 demo data on %s', (engine) => {
  const ctx = useCollegeApp(engine);

  it('every college has cases at every stage of the procedure', async () => {
    const rows = (await ctx.database.db.execute(sql`SELECT i.code, r.status, count(*)::int AS n FROM tolerance_review r JOIN institution i ON i.id = r.institution_id GROUP BY 1, 2`)).rows as { code: string; status: string }[];
    const statuses = (code: string) => new Set(rows.filter((r) => r.code === code).map((r) => r.status));
    expect([...statuses('pengcheng')].sort()).toEqual(['closed', 'decided', 'deferred', 'investigating', 'proposed', 'refused', 'reported', 'submitted']);
    expect([...statuses('wanjiang')].sort()).toEqual(['closed', 'decided', 'deferred', 'investigating', 'proposed', 'reported']);
  });
});
