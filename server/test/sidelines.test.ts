import { describe, expect, it } from 'vitest';
import { usccCheckChar } from '../src/areas/sidelines/rules/uscc';
import { addDays, addYears } from '../src/core/shared/dates';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, daysAgo, newAccount, newCollege, newDepartmentWithHead, newHolder, newLeadership, newOversight, newTenure, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { newOutsideOrg, newSideline } from './support/area-factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
let seq = 0;
const code = () => {
  const body = `5134010010${String(1000000 + ++seq).slice(1)}X`.slice(0, 17);
  return body + usccCheckChar(body);
};

describe.each(ENGINES)('兼职 on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const today = TEST_TODAY;

  /**
   * A college of the test's own: a principal and a leader overseeing one department, whose head (a middle cadre) holds
   * `held` outside posts; a staff member of that department; accounts for each of them and for the organization
   * department, 外事 and 财资处, signed in. No application yet.
   */
  async function scene(opts: { held?: number } = {}) {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 1, overseenBy: lead.leaders[0].personId });
    const sidelines = [];
    for (let i = 0; i < (opts.held ?? 0); i++) sidelines.push(await newSideline(c, { personId: dept.head.personId }));
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, lead, dept, sidelines,
      head: await as(dept.head.personId),
      leader: await as(lead.leaders[0].personId),
      principal: await as(lead.principal.personId),
      staff: await as(dept.staff[0].personId),
      org: await userWith(ctx.app, c, ['org']),
      foreign: await userWith(ctx.app, c, ['foreign_affairs']),
      finance: await userWith(ctx.app, c, ['finance']),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;

  const newOrg = async (who: Client, o: object = {}) => {
    const res = await who.post('/api/outside-orgs', { name: `测试单位${++seq}`, kind: 'association', uscc: code(), relatedField: true, ...o });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };
  const fields = (orgId: number, f: object = {}) => ({ orgId, postTitle: '理事', hasTerms: true, termYears: 5, termNumber: 1, startDate: addDays(today, 30), endDate: addDays(addYears(today, 5), 29), reason: '推动专业建设与行业合作', commitment: true, ...f });
  const draft = async (who: Client, orgId: number, f: object = {}, files = KINDS) => {
    const res = await who.post('/api/sideline-applications', fields(orgId, f));
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    for (const kind of files) expect((await who.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: PDF })).statusCode).toBe(201);
    return id;
  };
  const stepsOf = async (who: Client, id: number) => (await who.get(`/api/sideline-applications/${id}`)).json().steps.map((s: { kind: string; state: string }) => `${s.kind}:${s.state}`);

  it('第二条: tells a staff member before the form that the rules do not apply to them; a middle cadre and a leader may apply', async () => {
    const s = await scene();
    const staff = (await s.staff.get('/api/sideline-applications/rules')).json().applicant;
    expect(staff).toMatchObject({ applies: false, article: 'scitc-2025 附件2 第二条' });
    expect(staff.reason).toContain('领导干部兼职审批适用于院级正职、院领导班子成员、中层正职、中层副职；您现任一般职工');
    expect((await s.head.get('/api/sideline-applications/rules')).json().applicant).toMatchObject({ applies: true, reason: null });
    expect((await s.leader.get('/api/sideline-applications/rules')).json().applicant).toMatchObject({ applies: true, reason: null });
    expect((await s.org.get('/api/sideline-applications/rules')).json().applicant).toMatchObject({ applies: false, reason: '当前账号未关联干部，不能申请兼职' });
  });

  it('第十三条: a middle cadre applies; the overseeing leader agrees, the committee approves, org registers; the post is in the ledger', async () => {
    const { c, head, leader, org } = await scene();
    const orgId = await newOrg(head);
    const id = await draft(head, orgId, {}, KINDS.slice(0, 4));
    const missing = await head.post(`/api/sideline-applications/${id}/submit`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'SIDELINE.ATTACHMENTS_MISSING', message: '缺少附件：本人书面承诺', article: 'scitc-2025 附件2 第十三条' });
    expect((await head.get(`/api/sideline-applications/${id}`)).json().status).toBe('draft');
    await head.post(`/api/sideline-applications/${id}/files`, { kind: 'commitment', fileName: '承诺书.pdf', contentBase64: PDF });
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'party_committee:waiting', 'org_registration:waiting']);

    // The overseeing leader sees it waiting, as a list and as a duty.
    expect((await leader.get('/api/sideline-applications?scope=todo')).json().items.map((a: { id: number }) => a.id)).toEqual([id]);
    const duty = (await leader.get('/api/duties/mine?kind=sideline_review')).json().items.find((d: { link: string }) => d.link === `/sidelines/applications/${id}`);
    expect(duty).toMatchObject({ citation: 'scitc-2025 附件2 第十三条' });
    // Org cannot act for the leader.
    const notYours = await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' });
    expect(notYours.statusCode).toBe(409);
    expect(notYours.json().error.code).toBe('SIDELINE.NOT_YOUR_STEP');
    expect(await collegeRows(c, 'sideline_decision')).toBe(1);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '同意' })).statusCode).toBe(200);

    const noMeeting = await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '党委会纪要〔2026〕12号' });
    expect(noMeeting.json().error.code).toBe('SIDELINE.MEETING_DATE');
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: today })).json().error.code).toBe('SIDELINE.REFERENCE_REQUIRED');
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: today, reference: '党委会纪要〔2026〕12号' })).statusCode).toBe(200);
    const done = await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '兼职备〔2026〕30号' });
    expect(done.json()).toMatchObject({ status: 'approved' });
    const sidelineId = done.json().sidelineId;
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:done', 'party_committee:done', 'org_registration:done']);

    const ledger = (await org.get('/api/sidelines?scope=all&pageSize=500')).json().items;
    expect(ledger).toEqual([expect.objectContaining({ id: sidelineId, postTitle: '理事', status: 'active', registrationNo: '兼职备〔2026〕30号' })]);
    expect((await head.get('/api/sidelines')).json().items.map((s: { id: number }) => s.id)).toEqual([sidelineId]);
    // Each step was audited, against the application.
    expect((await auditOf(c, 'sideline_application', id)).sort()).toEqual(['sideline.approve', 'sideline.approve', 'sideline.approve', 'sideline.draft', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.submit']);
  });

  it('第十三条: two overseeing leaders deciding the same step at once: one decision is recorded, the other is refused (409)', async () => {
    const s = await scene();
    const second = await newHolder(s.c, { rank: 'leader', departmentId: s.lead.departmentId, title: '副院长2' });
    await newOversight(s.c, { leaderPersonId: second.personId, departmentId: s.dept.departmentId });
    const other = await signInAs(ctx.app, await newAccount(s.c, { personId: second.personId }));
    const id = await draft(s.head, await newOrg(s.head));
    expect((await s.head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    const answers = await Promise.all([s.leader, other].map((who) => who.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '同意' })));
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().error.code).toBe('SIDELINE.NOT_YOUR_STEP');
    expect(await collegeRows(s.c, 'sideline_decision', `application_id = ${id} AND decision = 'approve'`)).toBe(1);
    expect(await stepsOf(s.head, id)).toEqual(['overseeing_leader:done', 'party_committee:current', 'org_registration:waiting']);
    expect((await auditOf(s.c, 'sideline_application', id)).filter((a) => a === 'sideline.approve')).toHaveLength(1);
  });

  // PostgreSQL only: PGlite has one connection, so a decision cannot be caught between its read and its write there.
  it.runIf(engine === 'postgres')('第十三条: a decision read before the application was returned and resubmitted does not land on the new round (409)', async () => {
    const s = await scene();
    const id = await draft(s.head, await newOrg(s.head));
    expect((await s.head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    const db = ctx.database.db;
    const waitingOnLock = async () => Number((await db.execute(sql`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0]!.n);
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let decided: Promise<{ statusCode: number; json: () => { error: { code: string } } }> | undefined;
    // Another session has the application in hand: returned to the head and resubmitted (a new round, the first step
    // waiting again), while the leader's decision, read before, waits for the row.
    const resubmit = db.transaction(async (tx) => {
      await tx.execute(sql`SELECT id FROM sideline_application WHERE id = ${id} FOR UPDATE`);
      decided = s.leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '同意' });
      for (let i = 0; i < 100 && (await waitingOnLock()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
      await tx.execute(sql`UPDATE sideline_application SET submitted_at = now(), updated_at = now() WHERE id = ${id}`);
      await held;
    });
    for (let i = 0; i < 100 && (await waitingOnLock()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await waitingOnLock()).toBeGreaterThan(0);
    release();
    await resubmit;
    const answer = await decided!;
    expect(answer.statusCode).toBe(409);
    expect(answer.json().error.code).toBe('SIDELINE.NOT_YOUR_STEP');
    expect(await collegeRows(s.c, 'sideline_decision', `application_id = ${id} AND decision = 'approve'`)).toBe(0);
    expect(await stepsOf(s.head, id)).toEqual(['overseeing_leader:current', 'party_committee:waiting', 'org_registration:waiting']);
  });

  it('第十三条: a leadership member goes to the committee, then the provincial department (its document number recorded), then registration', async () => {
    const { leader, org } = await scene();
    const id = await draft(leader, await newOrg(leader));
    expect((await leader.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(leader, id)).toEqual(['party_committee:current', 'provincial_department_party_group:waiting', 'org_registration:waiting']);
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: today, reference: '党委会纪要〔2026〕13号' })).statusCode).toBe(200);
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).json().error).toMatchObject({ code: 'SIDELINE.REFERENCE_REQUIRED', message: '请登记上级机关的审批文号' });
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '皖经信党〔2026〕21号' })).statusCode).toBe(200);
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '兼职备〔2026〕31号' })).json().status).toBe('approved');
    const decisions = (await leader.get(`/api/sideline-applications/${id}`)).json().decisions;
    expect(decisions.map((d: { stepKind: string; reference: string | null }) => `${d.stepKind}:${d.reference ?? ''}`)).toEqual(['applicant:', 'party_committee:党委会纪要〔2026〕13号', 'provincial_department_party_group:皖经信党〔2026〕21号', 'org_registration:兼职备〔2026〕31号']);
  });

  it('第十三条: the principal goes to the committee, then the provincial organization department', async () => {
    const { principal } = await scene();
    const id = await draft(principal, await newOrg(principal, { kind: 'foundation' }));
    expect((await principal.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(principal, id)).toEqual(['party_committee:current', 'provincial_org_department:waiting', 'org_registration:waiting']);
  });

  it('第九条: an international academic organization adds the foreign affairs opinion before the committee; refusing ends it with a reason', async () => {
    const { c, head, leader, foreign } = await scene();
    const id = await draft(head, await newOrg(head, { kind: 'international_academic', uscc: null }));
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'foreign_affairs_opinion:waiting', 'party_committee:waiting', 'org_registration:waiting']);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).statusCode).toBe(200);
    const noReason = await foreign.post(`/api/sideline-applications/${id}/decide`, { decision: 'refuse' });
    expect(noReason.statusCode).toBe(409);
    expect(noReason.json().error.code).toBe('SIDELINE.REASON_REQUIRED');
    expect(await collegeRows(c, 'sideline_decision', "decision = 'refuse'")).toBe(0);
    expect((await foreign.post(`/api/sideline-applications/${id}/decide`, { decision: 'refuse', reason: '该组织背景情况不明，建议暂不兼任' })).json().status).toBe('refused');
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:done', 'foreign_affairs_opinion:refused', 'party_committee:waiting', 'org_registration:waiting']);
  });

  it('a returned application is edited and resubmitted from the first step', async () => {
    const { head, leader } = await scene();
    const orgId = await newOrg(head);
    const id = await draft(head, orgId);
    await head.post(`/api/sideline-applications/${id}/submit`);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'return', reason: '请补充任期说明' })).json().status).toBe('returned');
    expect((await head.patch(`/api/sideline-applications/${id}`, fields(orgId, { postTitle: '常务理事' }))).statusCode).toBe(200);
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'party_committee:waiting', 'org_registration:waiting']);
    expect((await head.get(`/api/sideline-applications/${id}`)).json().postTitle).toBe('常务理事');
  });

  type Outcome = { status: number; code: string; article?: string; message?: string };
  const attempt = async (r: { statusCode: number; json(): { error: Outcome } }) => ({ ...r.json().error, status: r.statusCode });
  const submitNew = async (c: Client, orgId: number, f: object = {}) => attempt(await c.post(`/api/sideline-applications/${await draft(c, orgId, f)}/submit`));
  it.each<[string, (c: Client, col: College) => Promise<Outcome>, Outcome & { added?: number }]>([
    ['an invalid credit code (GB 32100)', async (c) => attempt(await c.post('/api/outside-orgs', { name: '校验位错误的学会', kind: 'association', uscc: '51340100MJ0000000X', relatedField: true })), { status: 400, code: 'SIDELINE.USCC_INVALID' }],
    ['a term end before its start', async (c, col) => attempt(await c.post('/api/sideline-applications', fields((await newOutsideOrg(col)).id, { startDate: '2027-01-01', endDate: '2026-12-01' }))), { status: 400, code: 'SIDELINE.TERM_DATES' }],
    ['第十条: a hostile organization', async (c, col) => submitNew(c, (await newOutsideOrg(col, { hostileBackground: true })).id), { status: 400, code: 'SIDELINE.HOSTILE_BACKGROUND', article: 'scitc-2025 附件2 第十条' }],
    ['第七条第三款: a middle cadre\'s fourth post (two held, one in review)', async (c, col) => {
      await submitNew(c, (await newOutsideOrg(col)).id);
      return submitNew(c, (await newOutsideOrg(col)).id);
    }, { status: 400, code: 'SIDELINE.QUOTA_EXCEEDED', article: 'scitc-2025 附件2 第七条第三款', added: 1 }],
    ['a second application for a post already in review', async (c, col) => {
      const { id: orgId } = await newOutsideOrg(col);
      await submitNew(c, orgId);
      return submitNew(c, orgId);
    }, { status: 409, code: 'SIDELINE.DUPLICATE', added: 1 }],
    ['a file that is not a document', async (c, col) => {
      const id = (await c.post('/api/sideline-applications', fields((await newOutsideOrg(col)).id))).json().id;
      return attempt(await c.post(`/api/sideline-applications/${id}/files`, { kind: 'charter', fileName: '章程.pdf', contentBase64: Buffer.from('MZ this is an executable').toString('base64') }));
    }, { status: 400, code: 'FILE.TYPE_NOT_ALLOWED' }],
  ])('refuses %s with a Chinese error and writes nothing more', async (_, act, expected) => {
    // The head holds two posts and has nothing in review: each case meets only its own rule.
    const { c, head } = await scene({ held: 2 });
    const { added = 0, ...outcome } = expected;
    const r = await act(head, c);
    expect(r).toMatchObject(outcome);
    expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(await collegeRows(c, 'sideline_application', "status = 'in_review'")).toBe(added);
    expect(await collegeRows(c, 'sideline_file', "kind = 'charter' AND file_name = '章程.pdf'")).toBe(0);
    expect(await collegeRows(c, 'sideline')).toBe(2);
  });

  /** A middle cadre promoted to the leadership 60 days ago, still holding an enterprise post approved for their old rank. */
  async function promoted(s: Scene) {
    const cadre = await newHolder(s.c, { rank: 'middle_chief', departmentId: s.dept.departmentId, title: '原主任', since: daysAgo(2000), until: daysAgo(60) });
    const post = await newHolder(s.c, { rank: 'leader', departmentId: s.lead.departmentId, title: '副院长（新任）' });
    await newTenure(s.c, { personId: cadre.personId, postId: post.postId, startDate: daysAgo(60) });
    const enterprise = await newSideline(s.c, { personId: cadre.personId, orgId: (await newOutsideOrg(s.c, { kind: 'enterprise', name: '测试科技发展有限公司' })).id, postTitle: '董事', startDate: daysAgo(700) });
    return { personId: cadre.personId, enterprise };
  }

  it('第十六条: a leader promoted from a middle post owes resigning an outside enterprise post within 3 months', async () => {
    const s = await scene();
    const p = await promoted(s);
    const all = (await s.org.get('/api/duties?kind=sideline_post_change&pageSize=500')).json().items;
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ subjectPersonId: p.personId, citation: 'scitc-2025 附件2 第十六条' });
    expect(all[0].title).toMatch(/^职务变动后辞去兼职/);
    const ledger = (await s.org.get('/api/sidelines?scope=all&watch=over_limit&pageSize=500')).json().items;
    expect(ledger.map((r: { id: number; watch: { verdict: string } }) => `${r.id}:${r.watch.verdict}`)).toEqual([`${p.enterprise.id}:resign`]);
  });

  it('第十六条 with 第七条: a post\'s own page judges it with the holder\'s other posts, as the ledger does', async () => {
    const s = await scene();
    const p = await promoted(s);
    // Four association posts, taken up one after another: the last is over 第七条's 3 for a leader.
    for (const i of [0, 1, 2, 3]) await newSideline(s.c, { personId: p.personId, postTitle: '会员代表', startDate: `2025-0${i + 4}-01`, registeredAt: `2025-0${i + 3}-20` });
    const rows = (await s.org.get('/api/sidelines?scope=all&pageSize=500')).json().items.filter((r: { person: { id: number } }) => r.person.id === p.personId);
    expect(rows).toHaveLength(5);
    const last = rows.filter((r: { org: { kind: string } }) => r.org.kind === 'association').sort((a: { startDate: string }, b: { startDate: string }) => (a.startDate < b.startDate ? -1 : 1)).at(-1);
    expect(last.watch.verdict).toBe('resign');
    for (const r of rows) expect((await s.org.get(`/api/sidelines/${r.id}`)).json().sideline.watch).toEqual(r.watch);
  });

  it('第十一条 and 第十八条: a yearly report with pay creates a turnover duty; turned over, finance confirms it', async () => {
    const { c, head, finance, sidelines: [mine] } = await scene({ held: 1 });
    const r = await head.post(`/api/sidelines/${mine.id}/reports`, { year: TEST_YEAR, rolePerformed: '参加理事会会议并参与行业标准研讨', payReceived: true, expenses: '无', pay: { amount: 1200, receivedDate: today, description: '评审费' } });
    expect(r.statusCode, r.body).toBe(201);
    const detail = (await head.get(`/api/sidelines/${mine.id}`)).json();
    expect(detail.pays).toHaveLength(1);
    const pay = detail.pays[0];
    expect(pay.amount).toBe('1200.00');
    const duty = (await head.get('/api/duties/mine?kind=sideline_pay')).json().items.find((d: { key: string }) => d.key === `sideline_pay:${pay.id}:turnover`);
    expect(duty).toMatchObject({ status: 'open', citation: 'scitc-2025 附件2 第十一条' });
    const early = await finance.post(`/api/sideline-pays/${pay.id}/confirm`);
    expect(early.json().error.code).toBe('SIDELINE.NOT_TURNED_OVER');
    expect(await collegeRows(c, 'sideline_pay', 'confirmed_at IS NOT NULL')).toBe(0);
    expect((await head.post(`/api/sideline-pays/${pay.id}/turnover`, { turnedOverDate: today, receiptNo: 'CZ20261122' })).statusCode).toBe(200);
    expect((await finance.get('/api/duties/mine?kind=sideline_pay')).json().items.some((d: { key: string; status: string }) => d.key === `sideline_pay:${pay.id}:confirm` && d.status !== 'done')).toBe(true);
    expect((await finance.post(`/api/sideline-pays/${pay.id}/confirm`)).statusCode).toBe(200);
    expect((await finance.get('/api/duties/mine?kind=sideline_pay')).json().items.find((d: { key: string }) => d.key === `sideline_pay:${pay.id}:confirm`).status).toBe('done');
    const twice = await head.post(`/api/sidelines/${mine.id}/reports`, { year: TEST_YEAR, rolePerformed: '参加理事会会议并参与行业标准研讨', payReceived: false, expenses: '无' });
    expect(twice.json().error.code).toBe('SIDELINE.REPORT_EXISTS');
    expect(await collegeRows(c, 'sideline_report')).toBe(1);
  });

  it('第十七条: resigning needs the organization\'s statement; org registers it and the post leaves the active ledger', async () => {
    const { c, head, org, sidelines: [mine] } = await scene({ held: 1 });
    const body = { kind: 'resigned', endedOn: today, report: '因工作调整辞去该职务，兼职单位已同意' };
    const bare = await head.post(`/api/sidelines/${mine.id}/end-report`, body);
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error).toMatchObject({ code: 'SIDELINE.STATEMENT_REQUIRED', article: 'scitc-2025 附件2 第十七条' });
    expect(await collegeRows(c, 'sideline', "status = 'active'")).toBe(1);
    await head.post(`/api/sidelines/${mine.id}/files`, { kind: 'end_statement', fileName: '说明.pdf', contentBase64: PDF });
    expect((await head.post(`/api/sidelines/${mine.id}/end-report`, body)).statusCode).toBe(200);
    const duty = (await org.get('/api/duties/mine?kind=sideline_review')).json().items.find((d: { key: string }) => d.key === `sideline_end:${mine.id}`);
    expect(duty).toMatchObject({ citation: 'scitc-2025 附件2 第十七条' });
    expect((await org.post(`/api/sidelines/${mine.id}/end-registration`)).statusCode).toBe(200);
    expect((await org.get(`/api/sidelines/${mine.id}`)).json().sideline.status).toBe('ended');
  });

  it('keeps each person to their own: a staff member cannot read the ledger or another\'s application', async () => {
    const { staff, head } = await scene();
    expect((await staff.get('/api/sidelines?scope=all')).statusCode).toBe(403);
    const id = await draft(head, await newOrg(head));
    expect((await staff.get(`/api/sideline-applications/${id}`)).statusCode).toBe(404);
  });

  it('第五条 and 第十三条: org exports the ledger and the 公示表 for a date; the 审批表 comes in the variant of the applicant\'s rank', async () => {
    const s = await scene({ held: 1 });
    const { org } = s;
    // One post ended last year, one registered only after today: neither is in today's 公示表.
    await newSideline(s.c, { personId: s.lead.leaders[0].personId, startDate: daysAgo(900), endedOn: daysAgo(200) });
    await newSideline(s.c, { personId: s.lead.principal.personId, startDate: addDays(today, 10), registeredAt: addDays(today, 5) });
    const xlsx = await org.get('/api/sidelines/ledger.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('兼职台账')!;
    expect(String(ws.getCell(1, 1).value)).toContain('领导干部兼职台账');
    expect(String(ws.getCell(2, 1).value)).toContain('依据：《领导干部兼职管理办法》第五条、第十三条');
    const ledgerRows = (await org.get('/api/sidelines?scope=all&pageSize=500')).json().items;
    expect(ws.rowCount - 3).toBe(ledgerRows.length);
    // Verdicts cite the regulation by name, never the pack id.
    const cells: string[] = [];
    ws.eachRow((row) => row.eachCell((cell) => void cells.push(String(cell.value))));
    expect(cells.filter((t) => /[a-z]+-\d{4}/.test(t))).toEqual([]);

    const pub = await org.get(`/api/sidelines/publication.xlsx?date=${today}`);
    const pwb = new ExcelJS.Workbook();
    await pwb.xlsx.load(pub.rawPayload as unknown as ArrayBuffer);
    const names = pwb.getWorksheet('公示表')!.getColumn(2).values.slice(4).map(String);
    expect(names).toEqual([s.dept.head.name]);
    expect(String(pwb.getWorksheet('公示表')!.getCell(2, 1).value)).toContain('依据：《领导干部兼职管理办法》第五条');
    const pdf = await org.get(`/api/sidelines/publication.pdf?date=${today}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const badDate = await org.get('/api/sidelines/publication.pdf?date=2026-13-45');
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json().error.code).toBe('DOC.BAD_DATE');

    const docText = async (id: number) => {
      const res = await org.get(`/api/sideline-applications/${id}/form.docx`);
      expect(res.statusCode).toBe(200);
      return (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    };
    const leaderApp = await draft(s.leader, await newOrg(s.leader));
    // The chain (and with it the variant's opinion boxes) is fixed at submission.
    expect((await s.leader.post(`/api/sideline-applications/${leaderApp}/submit`)).statusCode).toBe(200);
    const middleApp = await draft(s.head, await newOrg(s.head));
    expect((await s.head.post(`/api/sideline-applications/${middleApp}/submit`)).statusCode).toBe(200);
    const leaderDoc = await docText(leaderApp);
    expect(leaderDoc).toContain('领导干部兼职审批表');
    expect(leaderDoc).toContain('省经济和信息化厅党组意见');
    const middleDoc = await docText(middleApp);
    expect(middleDoc).toContain('中层领导干部兼职审批表');
    expect(middleDoc).toContain('分管（联系）院领导意见');
    expect(middleDoc).toContain(s.dept.head.name);
    // 本人承诺 and 附件 from the pack (第十一条 pay not allowed; 第十三条 the five materials), the regulation by its name.
    expect(middleDoc).toContain('兼职符合《领导干部兼职管理办法》规定，不在兼职单位领取薪酬，所获报酬按规定全额上缴。');
    expect(middleDoc).toContain('现任领导干部名单、法人证书复印件、章程、邀请函、本人书面承诺');
    const formPdf = await org.get(`/api/sideline-applications/${middleApp}/form.pdf`);
    expect(formPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
