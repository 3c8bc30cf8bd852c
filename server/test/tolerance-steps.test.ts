import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { petition } from '../src/core/db/schema';
import { fixedClock, useProcessClock, type Clock } from '../src/core/shared/clock';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, signInAs, useFactoryApp, userWith } from './support/factories';

/**
 * Regulation fidelity round two, items 4, 6, 12, 13 in the tolerance area, as of a fixed day (Friday 2026-12-18, the
 * app's clock: the filing window turns on which days of that December are working days): the filing window as a date,
 * 回避 on every step, no step out of order in time, and written applications registered by the office that received them.
 */
const TODAY = '2026-12-18';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const FACTS = '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。';

describe.each(ENGINES)('容错纠错：期限、回避、日期顺序、书面申请 on %s', (engine) => {
  const ctx = useFactoryApp(engine, { today: TODAY });
  let previous: Clock;
  beforeAll(() => {
    previous = useProcessClock(fixedClock(TODAY));
  });
  afterAll(() => {
    useProcessClock(previous);
  });

  /**
   * A college of the test's own under xzcit-2018 (the cadre applies within 7 working days): a 纪委办公室 with a clerk
   * (signed in with the discipline role), a 党委组织部 officer (signed in with the org role), an academic department
   * with its head (signed in). No case yet.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const officer = await newHolder(c, { rank: 'section', departmentId: (await newDepartment(c, { name: '党委组织部', kind: 'party' })).id, title: '组织员' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    return {
      c,
      disciplineDept: jw.id,
      disciplineId: clerk.personId,
      orgId: officer.personId,
      headId: dept.head.personId,
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      org: await userWith(ctx.app, c, ['org'], officer.personId),
      head: await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId })),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  /** The college's audit rows whose action starts with the prefix. */
  const auditsLike = (s: Scene, prefix: string) => collegeRows(s.c, 'audit_event', `action LIKE '${prefix}%'`);

  const newCase = async (s: Scene, who: Client, subjectPersonId: number, startedOn: string) => {
    const res = await who.post('/api/accountability-cases', { subjectKind: 'person', subjectPersonId, accountableDepartmentId: s.disciplineDept, matter: '实训室安全检查整改不及时，被上级通报', startedOn });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number };
  };
  const paper = (who: Client, caseId: number, receivedOn: string, f: object = {}) =>
    who.post('/api/tolerance-reviews/paper', { caseId, receivedOn, grounds: ['pilot_exploration'], facts: FACTS, noPrivateGainPledge: true, fileName: '容错申请书.pdf', contentBase64: PDF, ...f });

  it('xzcit 第五条（一）（十二）: no step predates the one before it, the filing or the case, nor is dated after today; nothing changes', async () => {
    const s = await scene();
    const { discipline, head, headId, disciplineId } = s;
    const c = await newCase(s, discipline, headId, '2026-12-14');
    const early = await discipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'investigate', on: '2026-12-13' });
    expect(early.statusCode).toBe(409);
    expect(await auditOf(s.c, 'accountability_case', c.id)).toEqual(['accountability.create']);
    expect(early.json().error).toMatchObject({ code: 'ACCOUNTABILITY.DATE_ORDER', message: expect.stringContaining('不能早于启动问责程序日期（2026-12-14）') });
    // A written application received on 12-15, registered today.
    const id = (await paper(discipline, c.id, '2026-12-15')).json().id as number;
    const act = (body: object) => discipline.post(`/api/tolerance-reviews/${id}/actions`, body);
    // Acceptance ten months before the filing; in the future.
    const tenMonths = await act({ action: 'accept', on: '2026-02-18' });
    expect(tenMonths.statusCode).toBe(409);
    expect(tenMonths.json().error).toMatchObject({ code: 'TOLERANCE.DATE_ORDER', article: 'xzcit-2018 第五条（一）' });
    const future = await act({ action: 'accept', on: '2026-12-19' });
    expect(future.statusCode).toBe(409);
    expect(future.json().error).toMatchObject({ code: 'TOLERANCE.FUTURE_DATE', article: 'xzcit-2018 第五条（一）' });
    expect((await discipline.get(`/api/tolerance-reviews/${id}`)).json().status).toBe('submitted');
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(['tolerance.apply_on_paper']);
    expect((await act({ action: 'accept', on: '2026-12-15' })).statusCode).toBe(200);
    const earlyTeam = await act({ action: 'team', on: '2026-12-14', teamPersonIds: [disciplineId] });
    expect(earlyTeam.statusCode).toBe(409);
    expect(earlyTeam.json().error).toMatchObject({ code: 'TOLERANCE.DATE_ORDER', article: 'xzcit-2018 第五条（二）' });
    expect((await act({ action: 'team', on: '2026-12-16', teamPersonIds: [disciplineId] })).statusCode).toBe(200);
    // A hearing in 2020; a hearing before the team that hears.
    const h2020 = await act({ action: 'hearing', on: '2020-06-01', summary: '本人陈述整改滞后的原因' });
    expect(h2020.json().error).toMatchObject({ code: 'TOLERANCE.DATE_ORDER', article: 'xzcit-2018 第五条（二）', message: expect.stringContaining('组成调查组日期（2026-12-16）') });
    expect((await act({ action: 'hearing', on: '2026-12-15', summary: '本人陈述整改滞后的原因' })).json().error.code).toBe('TOLERANCE.DATE_ORDER');
    expect((await discipline.get(`/api/tolerance-reviews/${id}`)).json().hearingOn).toBeNull();
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(['tolerance.apply_on_paper', 'tolerance.accept', 'tolerance.team']);

    // A corrective measure is done no earlier than it was set, and verified after it was done.
    const m = (await discipline.post('/api/corrections', { caseId: c.id, kind: 'order_to_correct', requirement: '限期完成实训室安全整改', responsiblePersonId: headId, dueDate: '2026-12-31' })).json().id as number;
    const doneEarly = await head.post(`/api/corrections/${m}/close`, { on: '2026-12-17', evidence: '已完成整改并报送整改报告' });
    expect(doneEarly.statusCode).toBe(409);
    expect(doneEarly.json().error).toMatchObject({ code: 'CORRECTION.DATE_ORDER', article: 'xzcit-2018 第七条（一）（四）' });
    expect(await auditOf(s.c, 'correction_measure', m)).toEqual(['correction.create']);
    expect((await head.post(`/api/corrections/${m}/close`, { on: TODAY, evidence: '已完成整改并报送整改报告' })).statusCode).toBe(200);
    expect((await discipline.post(`/api/corrections/${m}/verify`, { on: '2026-12-17', note: '经现场查看，整改到位' })).json().error.code).toBe('CORRECTION.DATE_ORDER');
    expect((await discipline.post(`/api/corrections/${m}/verify`, { on: '2026-12-19', note: '经现场查看，整改到位' })).json().error.code).toBe('CORRECTION.FUTURE_DATE');
    expect((await discipline.post(`/api/corrections/${m}/verify`, { on: TODAY, note: '经现场查看，整改到位' })).statusCode).toBe(200);
    const measure = ((await discipline.get(`/api/corrections?caseId=${c.id}`)).json() as { id: number; verifiedOn: string | null; assignedOn: string }[]).find((x) => x.id === m);
    expect(measure).toMatchObject({ assignedOn: TODAY, verifiedOn: TODAY });
    expect(await auditOf(s.c, 'correction_measure', m)).toEqual(['correction.create', 'correction.close', 'correction.verify']);
  });

  it('xzcit 第五条（一）: the window is a date — the Saturday after the deadline is late, online and on paper', async () => {
    const s = await scene();
    const { discipline, head, headId } = s;
    // Started Wednesday 12-02: the 7th working day is Friday 12-11; Saturday 12-12 adds no working day but is late.
    const c = await newCase(s, discipline, headId, '2026-12-02');
    const sat = await paper(discipline, c.id, '2026-12-12');
    expect(sat.statusCode).toBe(409);
    expect(sat.json().error).toMatchObject({ code: 'TOLERANCE.WINDOW_CLOSED', field: 'receivedOn', article: 'xzcit-2018 第五条（一）', message: expect.stringContaining('申请截止 2026-12-11') });
    const online = await head.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: FACTS, noPrivateGainPledge: true });
    expect(online.statusCode).toBe(409);
    expect(online.json().error.code).toBe('TOLERANCE.WINDOW_CLOSED');
    expect(await collegeRows(s.c, 'tolerance_review')).toBe(0);
    expect(await auditsLike(s, 'tolerance.')).toBe(0);
  });

  it('xzcit 第五条（一）: a written application handed in on time and keyed in later is registered with its receipt date and scan; the cadre sees it as theirs', async () => {
    const s = await scene();
    const { discipline, head, headId } = s;
    const c = await newCase(s, discipline, headId, '2026-12-02');
    // The receipt date: not in the future, not before the case started; the scan is required and checked.
    expect((await paper(discipline, c.id, '2026-12-19')).json().error).toMatchObject({ code: 'TOLERANCE.FUTURE_DATE', field: 'receivedOn' });
    expect((await paper(discipline, c.id, '2026-12-01')).json().error).toMatchObject({ code: 'TOLERANCE.DATE_ORDER', field: 'receivedOn', article: 'xzcit-2018 第五条（一）' });
    expect((await paper(discipline, c.id, '2026-12-11', { contentBase64: Buffer.from('not a scan').toString('base64') })).json().error.code).toBe('FILE.TYPE_NOT_ALLOWED');
    expect((await paper(discipline, c.id, '2026-12-11', { grounds: [] })).json().error.code).toBe('TOLERANCE.NO_GROUND');
    expect((await paper(head, c.id, '2026-12-11')).statusCode).toBe(403);
    expect(await collegeRows(s.c, 'tolerance_review')).toBe(0);
    expect(await auditsLike(s, 'tolerance.')).toBe(0);

    const res = await paper(discipline, c.id, '2026-12-11');
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(['tolerance.apply_on_paper']);
    const audit = (await s.c.db.execute(sql`SELECT summary FROM audit_event WHERE institution_id = ${s.c.id} AND action = 'tolerance.apply_on_paper' AND entity_id = ${String(id)}`)).rows[0] as { summary: unknown };
    expect(JSON.stringify(audit)).toContain('2026-12-11');
    const mine = await head.get(`/api/tolerance-reviews/${id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ applicantPersonId: headId, filedOn: '2026-12-11', status: 'submitted', paperRegistration: { receivedOn: '2026-12-11', registeredOn: TODAY } });
    expect(mine.json().files).toEqual([expect.objectContaining({ kind: 'written_application', fileName: '容错申请书.pdf' })]);
    expect(mine.json().schedule.find((s: { step: string }) => s.step === 'apply')).toMatchObject({ due: '2026-12-11', doneOn: '2026-12-11', state: 'done' });
    expect((await head.get('/api/tolerance/mine')).json().find((x: { id: number }) => x.id === c.id)).toMatchObject({ reviewId: id });
    expect((await paper(discipline, c.id, '2026-12-10')).json().error.code).toBe('TOLERANCE.DUPLICATE');
  });

  it('回避: a discipline officer who is the subject of a case is refused on every step with PROCEDURE.OWN_CASE; nothing changes', async () => {
    const s = await scene();
    const { discipline, org, head, headId, disciplineId, orgId } = s;
    const ownCase = await discipline.post('/api/accountability-cases', { subjectKind: 'person', subjectPersonId: disciplineId, accountableDepartmentId: s.disciplineDept, matter: '本人被问责的事项登记测试', startedOn: '2026-12-14' });
    expect(ownCase.statusCode).toBe(403);
    expect(ownCase.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(s.c, 'accountability_case')).toBe(0);
    const c = await newCase(s, org, disciplineId, '2026-12-14');
    const ownPaper = await paper(discipline, c.id, '2026-12-15');
    expect(ownPaper.statusCode).toBe(403);
    expect(ownPaper.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(s.c, 'tolerance_review')).toBe(0);
    const id = (await discipline.post('/api/tolerance-reviews', { caseId: c.id, grounds: ['pilot_exploration'], facts: FACTS, noPrivateGainPledge: true })).json().id as number;
    expect((await discipline.get(`/api/tolerance-reviews/${id}`)).json()).toMatchObject({ mayHandle: false, nextActions: [] });
    const steps: object[] = [
      { action: 'accept' }, { action: 'refuse', reason: '不符合受理条件' }, { action: 'team', teamPersonIds: [orgId] }, { action: 'hearing', summary: '本人陈述和申辩意见' },
      { action: 'report', report: '调查报告正文不少于二十个字的内容在这里写明事实经过。', privateGainFound: false }, { action: 'propose', outcome: 'exempt', proposal: '建议免责的理由' },
      { action: 'decide', outcome: 'exempt', meetingRef: '党委会议纪要〔2026〕40号' }, { action: 'feedback', method: '当面反馈' }, { action: 'publish', scope: '全院', method: '会议通报' },
      { action: 'file_record' }, { action: 'close' },
    ];
    for (const step of steps) {
      const res = await discipline.post(`/api/tolerance-reviews/${id}/actions`, { on: TODAY, ...step });
      expect(res.statusCode, JSON.stringify(step)).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'PROCEDURE.OWN_CASE', article: 'xzcit-2018 第十条' });
    }
    const advance = await discipline.post(`/api/accountability-cases/${c.id}/advance`, { action: 'investigate', on: TODAY });
    expect(advance.statusCode).toBe(403);
    expect(advance.json().error.code).toBe('PROCEDURE.OWN_CASE');
    const measure = await discipline.post('/api/corrections', { caseId: c.id, kind: 'talk', requirement: '指出问题、明确改进方向', responsiblePersonId: headId, dueDate: '2026-12-31' });
    expect(measure.statusCode).toBe(403);
    expect(measure.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(s.c, 'correction_measure')).toBe(0);
    expect(await auditOf(s.c, 'tolerance_review', id)).toEqual(['tolerance.apply']);
    expect(await auditOf(s.c, 'accountability_case', c.id)).toEqual(['accountability.create']);
    expect((await org.get(`/api/tolerance-reviews/${id}`)).json()).toMatchObject({ status: 'submitted', team: [] });
    expect((await org.get(`/api/accountability-cases/${c.id}`)).json().stage).toBe('started');

    // The office (org) runs the procedure to an exemption; the subject cannot record the follow-up visit to themselves.
    const act = (body: object) => org.post(`/api/tolerance-reviews/${id}/actions`, { on: TODAY, ...body });
    for (const step of steps.slice(0, 1).concat(steps.slice(2, 7))) expect((await act(step)).statusCode, JSON.stringify(step)).toBe(200);
    expect((await discipline.post(`/api/tolerance-reviews/${id}/followups`, { on: TODAY, note: '回访了解思想和工作情况' })).json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect((await org.post(`/api/tolerance-reviews/${id}/followups`, { on: TODAY, note: '回访了解思想和工作情况' })).statusCode).toBe(201);

    // A measure in the case: its responsible person registers completion; the subject neither registers it for them nor verifies it.
    const m = (await org.post('/api/corrections', { caseId: c.id, kind: 'order_to_correct', requirement: '限期完成整改并报送情况', responsiblePersonId: headId, dueDate: '2026-12-31' })).json().id as number;
    const closeFor = await discipline.post(`/api/corrections/${m}/close`, { on: TODAY, evidence: '代为登记整改完成情况' });
    expect(closeFor.statusCode).toBe(403);
    expect(closeFor.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect((await head.post(`/api/corrections/${m}/close`, { on: TODAY, evidence: '已完成整改并报送情况' })).statusCode).toBe(200);
    const verifyOwn = await discipline.post(`/api/corrections/${m}/verify`, { on: TODAY, note: '核实整改到位情况' });
    expect(verifyOwn.statusCode).toBe(403);
    expect(verifyOwn.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(((await discipline.get(`/api/corrections?caseId=${c.id}`)).json() as { id: number; mayVerify: boolean; verifiedOn: string | null }[]).find((x) => x.id === m)).toMatchObject({ mayVerify: false, verifiedOn: null });
    expect((await org.post(`/api/corrections/${m}/verify`, { on: TODAY, note: '核实整改到位情况' })).statusCode).toBe(200);
    expect(await auditOf(s.c, 'correction_measure', m)).toEqual(['correction.create', 'correction.close', 'correction.verify']);
  });

  it('回避: the person reported on registers no report about themselves, handles none of its steps, and does not see it', async () => {
    const s = await scene();
    const { discipline, disciplineId } = s;
    const own = await discipline.post('/api/petitions', { receivedOn: TODAY, channel: 'letter', reportedPersonId: disciplineId, allegation: '反映其在采购中违规', anonymous: true });
    expect(own.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(own.statusCode).toBe(403);
    expect(await collegeRows(s.c, 'petition')).toBe(0);
    const [{ id: p }] = await s.c.db
      .insert(petition)
      .values({ institutionId: s.c.id, receivedOn: TODAY, channel: 'referral', reportedPersonId: disciplineId, allegation: '上级转办：反映其违规问题', anonymous: true, createdBy: 1 })
      .returning({ id: petition.id });
    for (const action of ['check', 'close']) {
      const res = await discipline.post(`/api/petitions/${p}/actions`, { action, on: TODAY });
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
    }
    expect(await auditOf(s.c, 'petition', p)).toEqual([]);
    expect((await s.c.db.select({ status: petition.status }).from(petition).where(eq(petition.id, p)))[0].status).toBe('received');
    expect((await discipline.get(`/api/petitions/${p}`)).statusCode).toBe(404);
    expect(((await discipline.get('/api/petitions')).json() as { id: number }[]).some((x) => x.id === p)).toBe(false);
  });
});
