import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, collegeRows, newAccount, newCollege, newDepartmentWithHead, newLeadership, signInAs, useFactoryApp, userWith } from './support/factories';

/**
 * Issue "Regulation fidelity, round two", 5 and 6: the term (届次) of a part-time post comes from the record, never the
 * form (scitc-2025 附件2 第十四条); and nobody acts at a step of their own procedure (回避).
 */
const TODAY = '2026-12-20';
const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
const TERM_ARTICLE = 'scitc-2025 附件2 第十四条';

describe.each(ENGINES)('兼职: terms from the record, and 回避, on %s', (engine) => {
  // The terms below run to the end of 2026 and start on 2027-01-01: the app lives a few days before that.
  const ctx = useFactoryApp(engine, { today: TODAY });
  let seq = 0;

  /**
   * A college of the test's own under scitc-2025: the leadership (党委书记 and one 副院长), an academic department
   * overseen by the 副院长 with its head; accounts for the organization department, 外事 and 财资处. Signed in: all of them.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 0, overseenBy: lead.leaders[0].personId });
    return {
      c,
      headId: dept.head.personId,
      leader: await signInAs(ctx.app, await newAccount(c, { personId: lead.leaders[0].personId })),
      org: await userWith(ctx.app, c, ['org']),
      foreign: await userWith(ctx.app, c, ['foreign_affairs']),
      finance: await userWith(ctx.app, c, ['finance']),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;

  // Journal boards and international academic organizations are counted apart (第八条): no quota gets in the way.
  const newOrg = async (who: Client, kind = 'academic_journal') => {
    const res = await who.post('/api/outside-orgs', { name: `测试期刊${++seq}`, kind, relatedField: true });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const fields = (orgId: number, f: object) => ({ orgId, postTitle: '编委', hasTerms: true, termYears: 5, termNumber: 1, reason: '参与学术期刊审稿和专业建设', commitment: true, ...f });
  const draft = async (who: Client, orgId: number, f: object) => {
    const res = await who.post('/api/sideline-applications', fields(orgId, f));
    expect(res.statusCode, res.body).toBe(201);
    const { id } = res.json();
    for (const kind of KINDS) expect((await who.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).statusCode).toBe(201);
    return res.json() as { id: number; termNumber: number };
  };
  const submit = async (who: Client, id: number) => who.post(`/api/sideline-applications/${id}/submit`);
  /** A leadership member's chain: the committee, the provincial department, the registration — all recorded by the org office. */
  const approveLeadership = async (s: Scene, id: number, n: number) => {
    expect((await s.org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: TODAY, reference: `党委会纪要〔2026〕${n}号` })).statusCode).toBe(200);
    expect((await s.org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: `川经信党〔2026〕${n}号` })).statusCode).toBe(200);
    const done = await s.org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: `兼职备〔2026〕${n}号` });
    expect(done.json(), done.body).toMatchObject({ status: 'approved' });
    return done.json().sidelineId as number;
  };

  it('第十四条: a third term is refused whatever 届次 the form says — as a renewal typed "第 2 届", and as a "new" 第 1 届 after reporting 不续任', async () => {
    const s = await scene();
    const { leader } = s;
    const journal = await newOrg(leader);

    // Term 1, then its renewal — typed as 第 1 届 again, registered as the 2nd.
    const first = await draft(leader, journal, { startDate: '2017-01-01', endDate: '2021-12-31' });
    expect(first.termNumber).toBe(1);
    expect((await submit(leader, first.id)).statusCode).toBe(200);
    const term1 = await approveLeadership(s, first.id, 101);
    const renewal = await draft(leader, journal, { startDate: '2022-01-01', endDate: '2026-12-31', continuesSidelineId: term1, termNumber: 1 });
    expect(renewal.termNumber).toBe(2);
    expect((await submit(leader, renewal.id)).json()).toMatchObject({ termNumber: 2 });
    const term2 = await approveLeadership(s, renewal.id, 102);
    expect((await leader.get(`/api/sidelines/${term2}`)).json().sideline).toMatchObject({ termNumber: 2, status: 'active' });
    expect((await leader.get(`/api/sidelines/${term1}`)).json().sideline).toMatchObject({ status: 'ended', endKind: 'renewed' });

    // Attack 1: renew the 2nd term, the form saying 届次 2.
    const third = fields(journal, { startDate: '2027-01-01', endDate: '2031-12-31', continuesSidelineId: term2, termNumber: 2 });
    expect((await leader.post('/api/sideline-applications/check', third)).json()).toMatchObject({ termNumber: 3, termNote: '按任职记录，本人此前在该单位该职务已任 2 届，本次为第 3 届（《领导干部兼职管理办法》第十四条）' });
    const attack1 = await draft(leader, journal, { startDate: '2027-01-01', endDate: '2031-12-31', continuesSidelineId: term2, termNumber: 2 });
    expect(attack1.termNumber).toBe(3);
    expect(await collegeRows(s.c, 'sideline')).toBe(2);
    const refused1 = await submit(leader, attack1.id);
    expect(refused1.statusCode).toBe(400);
    expect(refused1.json().error).toMatchObject({ code: 'SIDELINE.TERM_LIMIT', article: TERM_ARTICLE });
    expect(refused1.json().error.message).toContain('本次为第 3 届');
    expect((await leader.get(`/api/sideline-applications/${attack1.id}`)).json()).toMatchObject({ status: 'draft', termNumber: 3 });
    expect(await collegeRows(s.c, 'sideline')).toBe(2);
    expect(await collegeRows(s.c, 'sideline_decision', `application_id = ${attack1.id}`)).toBe(0);
    expect((await leader.post(`/api/sideline-applications/${attack1.id}/withdraw`)).statusCode).toBe(200);

    // Attack 2: report 不续任 of the 2nd term, have it registered, then apply for the same post "as 第 1 届".
    await leader.post(`/api/sidelines/${term2}/files`, { kind: 'end_statement', fileName: '不续任说明.pdf', contentBase64: PDF });
    expect((await leader.post(`/api/sidelines/${term2}/end-report`, { kind: 'not_renewed', endedOn: TODAY, report: '任期届满不再续任，兼职单位已出具说明' })).statusCode).toBe(200);
    expect((await s.org.post(`/api/sidelines/${term2}/end-registration`)).statusCode).toBe(200);
    const attack2 = await draft(leader, journal, { postTitle: ' 编　委 ', startDate: '2027-01-01', endDate: '2031-12-31', termNumber: 1 });
    expect(attack2.termNumber).toBe(3);
    const refused2 = await submit(leader, attack2.id);
    expect(refused2.statusCode).toBe(400);
    expect(refused2.json().error).toMatchObject({ code: 'SIDELINE.TERM_LIMIT', article: TERM_ARTICLE });
    expect(await collegeRows(s.c, 'sideline')).toBe(2);
    expect(await collegeRows(s.c, 'sideline_decision', `application_id = ${attack2.id}`)).toBe(0);
    expect((await leader.get(`/api/sideline-applications/${attack2.id}`)).json()).toMatchObject({ status: 'draft', termNumber: 3 });

    // Another post at the same journal is a first term, whatever the form says.
    expect((await leader.post('/api/sideline-applications/check', fields(journal, { postTitle: '副主编', startDate: '2027-01-01', endDate: '2031-12-31', termNumber: 2 }))).json()).toMatchObject({ termNumber: 1 });
  });

  it('回避: a middle cadre who holds the org, finance and foreign affairs roles acts at no step of their own post; others do', async () => {
    const s = await scene();
    const { c, leader, foreign, finance } = s;
    const head = await signInAs(ctx.app, await newAccount(c, { personId: s.headId, roles: ['org', 'finance', 'foreign_affairs'] }));
    const { id } = await draft(head, await newOrg(head, 'international_academic'), { startDate: '2026-12-01', endDate: '2031-11-30' });
    expect((await submit(head, id)).statusCode).toBe(200);
    const view = async () => (await head.get(`/api/sideline-applications/${id}`)).json();
    expect((await view()).steps.map((s: { kind: string }) => s.kind)).toEqual(['overseeing_leader', 'foreign_affairs_opinion', 'party_committee', 'org_registration']);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).statusCode).toBe(200);

    const refusedOwn = async (body: object) => {
      const decisions = await collegeRows(c, 'sideline_decision');
      const before = await view();
      const res = await head.post(`/api/sideline-applications/${id}/decide`, body);
      expect(res.statusCode).toBe(403);
      expect(res.json().error.code).toBe('PROCEDURE.OWN_CASE');
      expect(res.json().error.message).toMatch(/回避/);
      expect(await collegeRows(c, 'sideline_decision')).toBe(decisions);
      expect(await view()).toMatchObject({ status: before.status, currentStepLabel: before.currentStepLabel, mayDecide: false });
    };
    // 第九条 外事 opinion, 第十三条 党委 approval and 备案: each refused to the applicant, done by another holder of the role.
    await refusedOwn({ decision: 'approve', reason: '同意' });
    expect((await foreign.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '经了解，该组织无不良背景' })).statusCode).toBe(200);
    await refusedOwn({ decision: 'approve', meetingDate: TODAY, reference: '党委会纪要〔2026〕201号' });
    expect((await s.org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: TODAY, reference: '党委会纪要〔2026〕201号' })).statusCode).toBe(200);
    await refusedOwn({ decision: 'approve', reference: '兼职备〔2026〕201号' });
    expect((await head.get('/api/sideline-applications?scope=todo')).json().items.map((a: { id: number }) => a.id)).not.toContain(id);
    const done = await s.org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '兼职备〔2026〕201号' });
    expect(done.json()).toMatchObject({ status: 'approved' });
    const sidelineId = done.json().sidelineId as number;

    // 第十一条: finance does not confirm the turnover of its own pay.
    expect((await head.post(`/api/sidelines/${sidelineId}/pays`, { amount: 800, receivedDate: TODAY, description: '审稿费', turnedOverDate: TODAY, receiptNo: 'CZ20261220' })).statusCode).toBe(201);
    const detail = (await head.get(`/api/sidelines/${sidelineId}`)).json();
    expect(detail.mayConfirmPay).toBe(false);
    const pay = detail.pays[0];
    const ownConfirm = await head.post(`/api/sideline-pays/${pay.id}/confirm`);
    expect(ownConfirm.statusCode).toBe(403);
    expect(ownConfirm.json().error.code).toBe('PROCEDURE.OWN_CASE');
    expect(await auditOf(c, 'sideline_pay', pay.id)).toEqual([]);
    expect((await head.get(`/api/sidelines/${sidelineId}`)).json().pays[0].confirmedAt).toBeNull();
    expect((await finance.post(`/api/sideline-pays/${pay.id}/confirm`)).statusCode).toBe(200);
    expect(await auditOf(c, 'sideline_pay', pay.id)).toEqual(['sideline.pay_confirm']);

    // 第十七条: the resignation is filed by someone else; nor may the holder waive the filing duty about them.
    await head.post(`/api/sidelines/${sidelineId}/files`, { kind: 'end_statement', fileName: '说明.pdf', contentBase64: PDF });
    expect((await head.post(`/api/sidelines/${sidelineId}/end-report`, { kind: 'resigned', endedOn: TODAY, report: '因工作调整辞去该职务，兼职单位已同意' })).statusCode).toBe(200);
    const ownFiling = await head.post(`/api/sidelines/${sidelineId}/end-registration`);
    expect(ownFiling.statusCode).toBe(403);
    expect(ownFiling.json().error.code).toBe('PROCEDURE.OWN_CASE');
    const ownWaiver = await head.post('/api/duties/waive', { key: `sideline_end:${sidelineId}`, reason: '本人已报告辞去，无需再登记' });
    expect(ownWaiver.statusCode).toBe(403);
    expect(ownWaiver.json().error?.code).toBe('PROCEDURE.OWN_CASE');
    expect(await collegeRows(c, 'duty_waiver')).toBe(0);
    expect((await head.get(`/api/sidelines/${sidelineId}`)).json().sideline.status).toBe('ending_reported');
    expect((await s.org.post(`/api/sidelines/${sidelineId}/end-registration`)).statusCode).toBe(200);
  });
});
