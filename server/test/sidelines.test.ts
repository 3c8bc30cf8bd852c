import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { usccCheckChar } from '../src/areas/sidelines/rules/uscc';
import { addDays, addYears, todayIso } from '../src/core/shared/dates';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
const KINDS = ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment'];
let seq = 0;
const code = () => {
  const body = `5134010010${String(1000000 + ++seq).slice(1)}X`.slice(0, 17);
  return body + usccCheckChar(body);
};

describe.each(ENGINES)('兼职 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  const today = todayIso();

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'wj.org');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

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
  const rows = async (table: string) => (await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0] as { n: number };

  it('第十三条: a middle cadre applies; the overseeing leader agrees, the committee approves, org registers; the post is in the ledger', async () => {
    const head = await signIn(app, 'wj.depthead');
    const leader = await signIn(app, 'wj.leader');
    const orgId = await newOrg(head);
    const id = await draft(head, orgId, {}, KINDS.slice(0, 4));
    const missing = await head.post(`/api/sideline-applications/${id}/submit`);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({ code: 'SIDELINE.ATTACHMENTS_MISSING', message: '缺少附件：本人书面承诺', article: 'scitc-2025 附件2 第十三条' });
    await head.post(`/api/sideline-applications/${id}/files`, { kind: 'commitment', fileName: '承诺书.pdf', contentBase64: PDF });
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'party_committee:waiting', 'org_registration:waiting']);

    // The overseeing leader sees it waiting, as a list and as a duty.
    expect((await leader.get('/api/sideline-applications?scope=todo')).json().items.map((a: { id: number }) => a.id)).toContain(id);
    const duty = (await leader.get('/api/duties/mine?kind=sideline_review')).json().items.find((d: { link: string }) => d.link === `/sidelines/applications/${id}`);
    expect(duty).toMatchObject({ citation: 'scitc-2025 附件2 第十三条' });
    // Org cannot act for the leader.
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).json().error.code).toBe('SIDELINE.NOT_YOUR_STEP');
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
    expect(ledger.find((s: { id: number }) => s.id === sidelineId)).toMatchObject({ postTitle: '理事', status: 'active', registrationNo: '兼职备〔2026〕30号' });
    expect((await head.get('/api/sidelines')).json().items.map((s: { id: number }) => s.id)).toContain(sidelineId);
    // Each decision was audited.
    const auditor = await signIn(app, 'wj.auditor');
    const audits = (await auditor.get('/api/audit?entityType=sideline_application&pageSize=200')).json().items.filter((a: { entityId: string }) => a.entityId === String(id));
    expect(audits.map((a: { action: string }) => a.action).sort()).toEqual(['sideline.approve', 'sideline.approve', 'sideline.approve', 'sideline.draft', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.file_upload', 'sideline.submit']);
  });

  it('第十三条: a leadership member goes to the committee, then the provincial department (its document number recorded), then registration', async () => {
    const leader = await signIn(app, 'wj.leader');
    const id = await draft(leader, await newOrg(leader));
    expect((await leader.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(leader, id)).toEqual(['party_committee:current', 'provincial_department_party_group:waiting', 'org_registration:waiting']);
    await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', meetingDate: today, reference: '党委会纪要〔2026〕13号' });
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' })).json().error).toMatchObject({ code: 'SIDELINE.REFERENCE_REQUIRED', message: '请登记上级机关的审批文号' });
    await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '皖经信党〔2026〕21号' });
    expect((await org.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reference: '兼职备〔2026〕31号' })).json().status).toBe('approved');
    const decisions = (await leader.get(`/api/sideline-applications/${id}`)).json().decisions;
    expect(decisions.map((d: { stepKind: string; reference: string | null }) => `${d.stepKind}:${d.reference ?? ''}`)).toEqual(['applicant:', 'party_committee:党委会纪要〔2026〕13号', 'provincial_department_party_group:皖经信党〔2026〕21号', 'org_registration:兼职备〔2026〕31号']);
  });

  it('第十三条: the principal goes to the committee, then the provincial organization department', async () => {
    const principal = await signIn(app, 'wj.principal');
    const id = await draft(principal, await newOrg(principal, { kind: 'foundation' }));
    expect((await principal.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(principal, id)).toEqual(['party_committee:current', 'provincial_org_department:waiting', 'org_registration:waiting']);
  });

  it('第九条: an international academic organization adds the foreign affairs opinion before the committee; refusing ends it with a reason', async () => {
    const head = await signIn(app, 'wj.depthead');
    const leader = await signIn(app, 'wj.leader');
    const foreign = await signIn(app, 'wj.foreign');
    const id = await draft(head, await newOrg(head, { kind: 'international_academic', uscc: null }));
    await head.post(`/api/sideline-applications/${id}/submit`);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'foreign_affairs_opinion:waiting', 'party_committee:waiting', 'org_registration:waiting']);
    await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve' });
    expect((await foreign.post(`/api/sideline-applications/${id}/decide`, { decision: 'refuse' })).json().error.code).toBe('SIDELINE.REASON_REQUIRED');
    expect((await foreign.post(`/api/sideline-applications/${id}/decide`, { decision: 'refuse', reason: '该组织背景情况不明，建议暂不兼任' })).json().status).toBe('refused');
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:done', 'foreign_affairs_opinion:refused', 'party_committee:waiting', 'org_registration:waiting']);
  });

  it('a returned application is edited and resubmitted from the first step', async () => {
    const head = await signIn(app, 'wj.depthead');
    const leader = await signIn(app, 'wj.leader');
    const orgId = await newOrg(head);
    const id = await draft(head, orgId);
    await head.post(`/api/sideline-applications/${id}/submit`);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'return', reason: '请补充任期说明' })).json().status).toBe('returned');
    expect((await head.patch(`/api/sideline-applications/${id}`, fields(orgId, { postTitle: '常务理事' }))).statusCode).toBe(200);
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect(await stepsOf(head, id)).toEqual(['overseeing_leader:current', 'party_committee:waiting', 'org_registration:waiting']);
  });

  type Outcome = { status: number; code: string; article?: string; message?: string };
  const attempt = async (r: { statusCode: number; json(): { error: Outcome } }) => ({ ...r.json().error, status: r.statusCode });
  const submitNew = async (c: Client, orgId: number, f: object = {}) => attempt(await c.post(`/api/sideline-applications/${await draft(c, orgId, f)}/submit`));
  it.each<[string, (c: Client) => Promise<Outcome>, Outcome & { added?: number }]>([
    ['an invalid credit code (GB 32100)', async (c) => attempt(await c.post('/api/outside-orgs', { name: '校验位错误的学会', kind: 'association', uscc: '51340100MJ0000000X', relatedField: true })), { status: 400, code: 'SIDELINE.USCC_INVALID' }],
    ['a term end before its start', async (c) => attempt(await c.post('/api/sideline-applications', fields(await newOrg(c), { startDate: '2027-01-01', endDate: '2026-12-01' }))), { status: 400, code: 'SIDELINE.TERM_DATES' }],
    ['第十条: a hostile organization', async (c) => submitNew(c, await newOrg(c, { hostileBackground: true })), { status: 400, code: 'SIDELINE.HOSTILE_BACKGROUND', article: 'scitc-2025 附件2 第十条' }],
    ['第七条第三款: a middle cadre\'s fourth post (two held, one in review)', async (c) => {
      await submitNew(c, await newOrg(c));
      return submitNew(c, await newOrg(c));
    }, { status: 400, code: 'SIDELINE.QUOTA_EXCEEDED', article: 'scitc-2025 附件2 第七条第三款', added: 1 }],
    ['a second application for a post already in review', async (c) => {
      const orgId = await newOrg(c);
      await submitNew(c, orgId);
      return submitNew(c, orgId);
    }, { status: 409, code: 'SIDELINE.DUPLICATE', added: 1 }],
    ['a file that is not a document', async (c) => {
      const id = (await c.post('/api/sideline-applications', fields(await newOrg(c)))).json().id;
      return attempt(await c.post(`/api/sideline-applications/${id}/files`, { kind: 'charter', fileName: '章程.pdf', contentBase64: Buffer.from('MZ this is an executable').toString('base64') }));
    }, { status: 400, code: 'FILE.TYPE_NOT_ALLOWED' }],
  ])('refuses %s with a Chinese error and writes nothing more', async (_, act, expected) => {
    const c = await signIn(app, 'wj.depthead');
    // Start from the demo head's two held posts and nothing in review, so that each case meets only its own rule.
    for (const a of (await c.get('/api/sideline-applications?status=in_review')).json().items) await c.post(`/api/sideline-applications/${a.id}/withdraw`);
    const before = await rows("sideline_application WHERE status = 'in_review'");
    const { added = 0, ...outcome } = expected;
    const r = await act(c);
    expect(r).toMatchObject(outcome);
    expect(r.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await rows("sideline_application WHERE status = 'in_review'")).n - before.n).toBe(added);
  });

  it('第十六条: the demo leader promoted from a middle post owes resigning an outside enterprise post within 3 months', async () => {
    const all = (await org.get('/api/duties?kind=sideline_post_change&pageSize=500')).json().items;
    const resign = all.find((d: { title: string }) => d.title.startsWith('职务变动后辞去兼职'));
    expect(resign).toMatchObject({ citation: 'scitc-2025 附件2 第十六条' });
    const ledger = (await org.get('/api/sidelines?scope=all&watch=over_limit&pageSize=500')).json().items;
    expect(ledger.some((s: { watch: { verdict: string } }) => s.watch.verdict === 'resign')).toBe(true);
  });

  it('第十六条 with 第七条: a post\'s own page judges it with the holder\'s other posts, as the ledger does', async () => {
    const resign = (await org.get('/api/duties?kind=sideline_post_change&pageSize=500')).json().items.find((d: { title: string }) => d.title.startsWith('职务变动后辞去兼职'));
    const personId = resign.subjectPersonId as number;
    const orgs = (await org.get('/api/outside-orgs')).json().filter((o: { kind: string }) => o.kind === 'association');
    const [{ institution_id: inst }] = (await database.db.execute(sql`SELECT institution_id FROM person WHERE id = ${personId}`)).rows as { institution_id: number }[];
    // Three more association posts, taken up after the one the promoted leader already holds: the last is over 第七条's 3.
    for (const [i, o] of orgs.slice(0, 3).entries())
      await database.db.execute(sql`INSERT INTO sideline (institution_id, person_id, org_id, post_title, has_terms, term_number, start_date, end_date, first_held_since, approved_rank, registered_at)
        VALUES (${inst}, ${personId}, ${o.id}, ${'会员代表'}, true, 1, ${`2025-0${i + 4}-01`}, ${`2030-0${i + 3}-28`}, ${`2025-0${i + 4}-01`}, 'middle_chief', ${`2025-0${i + 3}-20`})`);
    const rows = (await org.get('/api/sidelines?scope=all&pageSize=500')).json().items.filter((r: { person: { id: number } }) => r.person.id === personId);
    const last = rows.filter((r: { org: { kind: string } }) => r.org.kind === 'association').sort((a: { startDate: string }, b: { startDate: string }) => (a.startDate < b.startDate ? -1 : 1)).at(-1);
    expect(last.watch.verdict).toBe('resign');
    for (const r of rows) expect((await org.get(`/api/sidelines/${r.id}`)).json().sideline.watch).toEqual(r.watch);
  });

  it('第十一条 and 第十八条: a yearly report with pay creates a turnover duty; turned over, finance confirms it', async () => {
    const head = await signIn(app, 'wj.depthead');
    const finance = await signIn(app, 'wj.finance');
    const mine = (await head.get('/api/sidelines')).json().items.find((s: { status: string }) => s.status === 'active');
    const year = Number(today.slice(0, 4));
    const r = await head.post(`/api/sidelines/${mine.id}/reports`, { year, rolePerformed: '参加理事会会议并参与行业标准研讨', payReceived: true, expenses: '无', pay: { amount: 1200, receivedDate: today, description: '评审费' } });
    expect(r.statusCode, r.body).toBe(201);
    const detail = (await head.get(`/api/sidelines/${mine.id}`)).json();
    const pay = detail.pays.find((p: { amount: string }) => p.amount === '1200.00');
    const duty = (await head.get('/api/duties/mine?kind=sideline_pay')).json().items.find((d: { key: string }) => d.key === `sideline_pay:${pay.id}:turnover`);
    expect(duty).toMatchObject({ status: 'open', citation: 'scitc-2025 附件2 第十一条' });
    expect((await finance.post(`/api/sideline-pays/${pay.id}/confirm`)).json().error.code).toBe('SIDELINE.NOT_TURNED_OVER');
    expect((await head.post(`/api/sideline-pays/${pay.id}/turnover`, { turnedOverDate: today, receiptNo: 'CZ20261122' })).statusCode).toBe(200);
    expect((await finance.get('/api/duties/mine?kind=sideline_pay')).json().items.some((d: { key: string; status: string }) => d.key === `sideline_pay:${pay.id}:confirm` && d.status !== 'done')).toBe(true);
    expect((await finance.post(`/api/sideline-pays/${pay.id}/confirm`)).statusCode).toBe(200);
    expect((await finance.get('/api/duties/mine?kind=sideline_pay')).json().items.find((d: { key: string }) => d.key === `sideline_pay:${pay.id}:confirm`).status).toBe('done');
    expect((await head.post(`/api/sidelines/${mine.id}/reports`, { year, rolePerformed: '参加理事会会议并参与行业标准研讨', payReceived: false, expenses: '无' })).json().error.code).toBe('SIDELINE.REPORT_EXISTS');
  });

  it('第十七条: resigning needs the organization\'s statement; org registers it and the post leaves the active ledger', async () => {
    const head = await signIn(app, 'wj.depthead');
    const mine = (await head.get('/api/sidelines')).json().items.find((s: { status: string }) => s.status === 'active');
    const body = { kind: 'resigned', endedOn: today, report: '因工作调整辞去该职务，兼职单位已同意' };
    expect((await head.post(`/api/sidelines/${mine.id}/end-report`, body)).json().error).toMatchObject({ code: 'SIDELINE.STATEMENT_REQUIRED', article: 'scitc-2025 附件2 第十七条' });
    await head.post(`/api/sidelines/${mine.id}/files`, { kind: 'end_statement', fileName: '说明.pdf', contentBase64: PDF });
    expect((await head.post(`/api/sidelines/${mine.id}/end-report`, body)).statusCode).toBe(200);
    const duty = (await org.get('/api/duties/mine?kind=sideline_review')).json().items.find((d: { key: string }) => d.key === `sideline_end:${mine.id}`);
    expect(duty).toMatchObject({ citation: 'scitc-2025 附件2 第十七条' });
    expect((await org.post(`/api/sidelines/${mine.id}/end-registration`)).statusCode).toBe(200);
    expect((await org.get(`/api/sidelines/${mine.id}`)).json().sideline.status).toBe('ended');
  });

  it('keeps each person to their own: a staff member cannot read the ledger or another\'s application', async () => {
    const staff = await signIn(app, 'wj.staff');
    expect((await staff.get('/api/sidelines?scope=all')).statusCode).toBe(403);
    const any = (await org.get('/api/sideline-applications?scope=all')).json().items[0];
    expect((await staff.get(`/api/sideline-applications/${any.id}`)).statusCode).toBe(404);
  });

  it('第五条 and 第十三条: org exports the ledger and the 公示表 for a date; the 审批表 comes in the variant of the applicant\'s rank', async () => {
    const xlsx = await org.get('/api/sidelines/ledger.xlsx');
    expect(xlsx.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('兼职台账')!;
    expect(String(ws.getCell(1, 1).value)).toContain('领导干部兼职台账');
    const ledgerRows = (await org.get('/api/sidelines?scope=all&pageSize=500')).json().items;
    expect(ws.rowCount - 3).toBe(ledgerRows.length);

    const pub = await org.get(`/api/sidelines/publication.xlsx?date=${today}`);
    const pwb = new ExcelJS.Workbook();
    await pwb.xlsx.load(pub.rawPayload as unknown as ArrayBuffer);
    const names = pwb.getWorksheet('公示表')!.getColumn(2).values.slice(4).map(String);
    const activeToday = ledgerRows.filter((r: { startDate: string; endedOn: string | null; registeredAt: string }) => r.startDate <= today && (!r.endedOn || r.endedOn > today) && r.registeredAt <= today);
    expect(names.sort()).toEqual(activeToday.map((r: { person: { name: string } }) => r.person.name).sort());
    const pdf = await org.get(`/api/sidelines/publication.pdf?date=${today}`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await org.get('/api/sidelines/publication.pdf?date=2026-13-45')).json().error.code).toBe('DOC.BAD_DATE');

    const apps = (await org.get('/api/sideline-applications?scope=all&status=approved&pageSize=200')).json().items;
    const docText = async (id: number) => {
      const res = await org.get(`/api/sideline-applications/${id}/form.docx`);
      expect(res.statusCode).toBe(200);
      return (await (await JSZip.loadAsync(res.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    };
    const leaderApp = apps.find((a: { org: { name: string } }) => a.org.name.includes('科技发展有限公司'));
    const middleApp = apps.find((a: { departmentName: string | null; org: { name: string } }) => a.org.name.includes('计算机学会'));
    const leaderDoc = await docText(leaderApp.id);
    expect(leaderDoc).toContain('领导干部兼职审批表');
    expect(leaderDoc).toContain('省经济和信息化厅党组意见');
    const middleDoc = await docText(middleApp.id);
    expect(middleDoc).toContain('中层领导干部兼职审批表');
    expect(middleDoc).toContain('分管（联系）院领导意见');
    expect(middleDoc).toContain(middleApp.applicant.name);
    const formPdf = await org.get(`/api/sideline-applications/${middleApp.id}/form.pdf`);
    expect(formPdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
