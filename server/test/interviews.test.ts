import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { Database } from '../src/core/db/connection';
import { buildCalendar } from '../src/core/calendar/source';
import { workingDayDeadline } from '../src/core/calendar/deadlines';
import { todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

describe.each(ENGINES)('约谈常态化 on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let discipline: Client;
  let principal: Client;
  let head: Client;
  let staff: Client;
  let leader: Client;
  let headId: number;
  const today = todayIso();
  const year = Number(today.slice(0, 4));
  const count = (table: string) => rowCount(database, table);
  const audits = async (action: string) => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = ${action}`)).rows[0] as { n: number }).n;
  const departments = async () => (await discipline.get('/api/departments')).json() as { id: number; name: string; kind: string }[];
  /** The current holder of a post in a department, from the roster. */
  const holder = async (deptName: string, title: string) => {
    const dept = (await departments()).find((d) => d.name.includes(deptName))!;
    const page = (await discipline.get(`/api/persons?departmentId=${dept.id}&pageSize=200`)).json() as { items: { id: number; name: string; currentPosts: { title: string }[] }[] };
    return page.items.find((p) => p.currentPosts.some((x) => x.title === title))!;
  };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [discipline, principal, head, staff, leader] = await Promise.all(['wj.discipline', 'wj.principal', 'wj.depthead', 'wj.staff', 'wj.leader'].map((u) => signIn(app, u)));
    headId = (await head.get('/api/auth/me')).json().personId;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('五（一）: lead candidates for a party department chief — the secretary by 1, the discipline secretary by 6; the kind decides which is preselected', async () => {
    const chief = await holder('组织部', '部长');
    const prevention = (await discipline.get(`/api/interviews/lead-options?personId=${chief.id}&kind=prevention`)).json();
    expect(prevention.candidates.map((c: { roleLabel: string; article: string }) => `${c.roleLabel}|${c.article}`)).toEqual(['党委书记|tongren-2016 五（一）1', '纪委书记|tongren-2016 五（一）6']);
    const admonition = (await discipline.get(`/api/interviews/lead-options?personId=${chief.id}&kind=admonition`)).json();
    expect(admonition.candidates[0].roleLabel).toBe('纪委书记');
    expect(admonition.preselectedPersonId).toBe(admonition.candidates[0].personId);
    expect(prevention.organizer).toMatchObject({ kind: 'discipline', article: 'tongren-2016 四（二）1', officeSupports: true });
  });

  it('四（三）, 五（二）（三）: discipline plans a campaign, the leading group approves, the interview is held, the pledge is handed in by the interviewee, and only then it closes', async () => {
    const opts = (await discipline.get(`/api/interviews/lead-options?personId=${headId}&kind=prevention`)).json();
    const plan = await discipline.post('/api/interview-plans', { kind: 'campaign', year, title: `${year} 年专项集中约谈`, summary: '围绕实验室建设和招生工作开展预防提醒谈话，提醒关键岗位负责人。' });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id as number;
    const base = { planId, kind: 'prevention', form: 'individual', topic: '二级学院主要负责人廉政提醒', targets: [{ personId: headId, reason: '二级学院主要负责人' }], scheduledOn: today, place: '行政楼会议室' };

    // Bad input: nothing written, each with its section.
    const before = await count('interview');
    const outsider = await holder('宣传部', '部长');
    const wrongLead = await discipline.post('/api/interviews', { ...base, leadPersonId: outsider.id });
    expect(wrongLead.statusCode).toBe(400);
    expect(wrongLead.json().error).toMatchObject({ code: 'INTERVIEW.LEAD_NOT_CANDIDATE', article: 'tongren-2016 五（一）', field: 'leadPersonId' });
    const group = await discipline.post('/api/interviews', { ...base, kind: 'inquiry', form: 'group', targets: [{ personId: headId }, { personId: outsider.id }], leadPersonId: opts.preselectedPersonId });
    expect(group.json().error).toMatchObject({ code: 'INTERVIEW.GROUP_REASON', article: 'tongren-2016 三（二）（三）（四）' });
    expect(await count('interview')).toBe(before);

    const created = await discipline.post('/api/interviews', { ...base, leadPersonId: opts.preselectedPersonId });
    expect(created.statusCode, created.body).toBe(201);
    const iv = created.json();
    expect(iv).toMatchObject({ organizerKind: 'discipline', leadArticle: opts.candidates[0].article, status: 'planned' });
    expect(iv.targets[0]).toMatchObject({ material: 'integrity_pledge', materialLabel: '廉政承诺' });

    // Not yet approved: cannot be held.
    const record = '主谈人通报典型案例并提出廉洁从政要求，约谈对象作廉政表态，表示将严格落实一岗双责。';
    const early = await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record, recorderPersonId: (await discipline.get('/api/auth/me')).json().personId });
    expect(early.json().error).toMatchObject({ code: 'INTERVIEW.PLAN_NOT_APPROVED', article: 'tongren-2016 四（三）' });

    expect((await discipline.post(`/api/interview-plans/${planId}/actions`, { action: 'submit' })).json().status).toBe('submitted');
    expect((await discipline.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕9号' })).statusCode).toBe(403);
    expect((await principal.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today })).statusCode).toBe(400);
    const approved = await principal.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕9号' });
    expect(approved.json()).toMatchObject({ status: 'approved', meetingRef: '约谈领导小组〔2026〕9号' });

    const held = await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record, recorderPersonId: (await discipline.get('/api/auth/me')).json().personId });
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().status).toBe('held');

    // Closing without the pledge is refused (五（三）) and changes nothing.
    const audited = await audits('interview.close');
    const closeEarly = await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'close', on: today });
    expect(closeEarly.statusCode).toBe(409);
    expect(closeEarly.json().error).toMatchObject({ code: 'INTERVIEW.MATERIAL_MISSING', article: 'tongren-2016 五（三）' });
    expect(closeEarly.json().error.message).toContain('廉政承诺');
    expect(await audits('interview.close')).toBe(audited);

    // The interviewee sees the interview (not the record) and owes the pledge.
    const mine = (await head.get(`/api/interviews/${iv.id}`)).json();
    expect(mine.record).toBeNull();
    expect(mine.targets[0]).toMatchObject({ mine: true, mayHandIn: true });
    const duty = ((await head.get('/api/duties/mine')).json().items as { key: string; citation: string }[]).find((d) => d.key === `interview_material:${iv.targets[0].id}`);
    expect(duty?.citation).toBe('tongren-2016 五（三）');
    const handIn = await head.post(`/api/interviews/${iv.id}/targets/${iv.targets[0].id}/material`, { text: '本人郑重承诺：严守党的纪律，认真履行一岗双责，自觉接受监督。', fileName: '廉政承诺书.pdf', contentBase64: PDF });
    expect(handIn.statusCode, handIn.body).toBe(200);
    expect((await head.get(`/api/interviews/${iv.id}/targets/${iv.targets[0].id}/file`)).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const closed = await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'close', on: today });
    expect(closed.json().status).toBe('closed');
    const done = ((await head.get('/api/duties/mine?status=done')).json().items as { key: string }[]).some((d) => d.key === `interview_material:${iv.targets[0].id}`);
    expect(done).toBe(true);
  });

  it('十一 confidentiality: the record is for discipline, the leading group, the lead and the recorder; others cannot open the interview; reading it is audited', async () => {
    const list = (await discipline.get(`/api/interviews?year=${year}&status=held`)).json() as { id: number; record: string | null }[];
    const id = list[0].id;
    expect((await staff.get(`/api/interviews/${id}`)).statusCode).toBe(404);
    const reads = await audits('interview.read_record');
    const asLeader = (await leader.get(`/api/interviews/${id}`)).json();
    expect(asLeader.record).toBeTruthy();
    expect(await audits('interview.read_record')).toBe(reads + 1);
    expect(((await staff.get('/api/interviews')).json() as unknown[]).length).toBe(0);
  });

  it('四（二）: a department head organizes interviews of 科级 and below in their department, not of 处级 cadres', async () => {
    const dept = (await head.get('/api/auth/me')).json();
    const people = (await head.get('/api/persons?pageSize=200')).json().items as { id: number; politicalStatus: string; currentPosts: { rank: string; departmentId: number }[] }[];
    const own = people.find((p) => p.id !== headId && p.politicalStatus === 'cpc_member' && p.currentPosts.some((x) => x.rank === 'staff'))!;
    const opts = (await head.get(`/api/interviews/lead-options?personId=${own.id}&kind=prevention`)).json();
    expect(opts.organizer).toMatchObject({ kind: 'department', article: 'tongren-2016 四（二）2' });
    expect(opts.candidates[0]).toMatchObject({ personId: headId, article: 'tongren-2016 五（一）5' });
    const ok = await head.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '岗位廉政风险提醒', targets: [{ personId: own.id }], leadPersonId: headId, scheduledOn: today, place: '系部会议室' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().organizerKind).toBe('department');
    const chief = await holder('组织部', '部长');
    const leadOf = (await discipline.get(`/api/interviews/lead-options?personId=${chief.id}&kind=prevention`)).json().preselectedPersonId;
    const refused = await head.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '廉政提醒', targets: [{ personId: chief.id }], leadPersonId: leadOf, scheduledOn: today, place: '会议室' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'INTERVIEW.NOT_ORGANIZER', article: 'tongren-2016 四（二）1' });
    expect(dept.personId).toBe(headId);
  });

  it('谈话函询: only in an approved plan; the reply is due in working days; a reply before the letter is refused; replying meets the duty', async () => {
    const target = await holder('教务处', '处长');
    const draft = await discipline.post('/api/written-inquiries', { targetPersonId: target.id, matter: '反映其在教材选用中收受回扣', questions: '请说明教材选用程序和与出版单位的往来情况。' });
    expect(draft.statusCode, draft.body).toBe(201);
    const unplanned = await discipline.post(`/api/written-inquiries/${draft.json().id}/actions`, { action: 'send', on: today });
    expect(unplanned.json().error).toMatchObject({ code: 'INQUIRY.NO_PLAN', article: 'tongren-2016 四（三）' });

    const plan = (await discipline.post('/api/interview-plans', { kind: 'campaign', year, title: '问题线索函询计划', summary: '对一般性问题线索拟以谈话函询方式处置，报领导小组批准。' })).json();
    const w = (await discipline.post('/api/written-inquiries', { planId: plan.id, targetPersonId: target.id, matter: '反映其在教材选用中收受回扣', questions: '请说明教材选用程序和与出版单位的往来情况。' })).json();
    await discipline.post(`/api/interview-plans/${plan.id}/actions`, { action: 'submit' });
    expect((await discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'send', on: today })).json().error.code).toBe('INTERVIEW.PLAN_NOT_APPROVED');
    await principal.post(`/api/interview-plans/${plan.id}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕10号' });
    const sent = (await discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'send', on: today })).json();
    const cal = buildCalendar([], []);
    expect(sent.replyDue).toBe(workingDayDeadline(cal, today, 15).date);
    const early = await discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'reply', on: '2020-01-01', reply: '关于函询问题的书面说明，情况如下。' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('INQUIRY.REPLY_BEFORE_LETTER');
    const duties = (await discipline.get('/api/duties?kind=written_inquiry&pageSize=200')).json().items as { key: string; status: string }[];
    expect(duties.find((d) => d.key === `written_inquiry:${w.id}`)?.status).toMatch(/open|due_soon/);
    expect((await discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'reply', on: today, reply: '关于函询问题的书面说明，教材选用均经教材委员会集体研究。' })).json().status).toBe('replied');
    const after = (await discipline.get('/api/duties?kind=written_inquiry&pageSize=200')).json().items as { key: string; status: string }[];
    expect(after.find((d) => d.key === `written_inquiry:${w.id}`)?.status).toBe('done');
    expect((await staff.get(`/api/written-inquiries/${w.id}`)).statusCode).toBe(404);
  });

  it('五（四）: a confirmed violation gets a handling proposal; the leading group approves it and an accountability case opens', async () => {
    const target = await holder('财务处', '副处长');
    const opts = (await discipline.get(`/api/interviews/lead-options?personId=${target.id}&kind=inquiry`)).json();
    const iv = (await discipline.post('/api/interviews', { kind: 'inquiry', form: 'individual', topic: '就报销票据不规范问题询问核实', targets: [{ personId: target.id }], leadPersonId: opts.preselectedPersonId, scheduledOn: today, place: '纪委办公室' })).json();
    await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record: '询问核实报销票据问题，约谈对象承认存在以虚开发票报销的情况。', recorderPersonId: (await discipline.get('/api/auth/me')).json().personId });
    expect((await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'propose_handling', violationConfirmed: true, proposal: '违规报销问题属实，建议启动问责程序' })).json().handlingStatus).toBe('proposed');
    expect((await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'decide_handling', approved: true, on: today, meetingRef: '会议纪要〔2026〕11号', openCase: true })).statusCode).toBe(403);
    const jw = (await departments()).find((d) => d.name.includes('纪委'))!;
    const cases = await count('accountability_case');
    const decided = (await principal.post(`/api/interviews/${iv.id}/actions`, { action: 'decide_handling', approved: true, on: today, meetingRef: '会议纪要〔2026〕11号', openCase: true, accountableDepartmentId: jw.id })).json();
    expect(decided).toMatchObject({ handlingStatus: 'approved' });
    expect(decided.caseId).toBeGreaterThan(0);
    expect(await count('accountability_case')).toBe(cases + 1);
    const c = (await discipline.get(`/api/accountability-cases/${decided.caseId}`)).json();
    expect(c.subjectPersonId).toBe(target.id);
  });

  it('四（三）, 六（一）, 六（二）: campaign and quarterly duties exist; statistics are reported once; the dashboard counts interviews by kind', async () => {
    const duties = async (kind: string) => (await discipline.get(`/api/duties?kind=${kind}&pageSize=500`)).json().items as { kind: string; key: string; citation: string }[];
    expect((await duties('interview_campaign')).filter((d) => d.key.startsWith(`interview_campaign:${year}:`)).map((d) => d.citation)).toEqual(['tongren-2016 四（三）', 'tongren-2016 四（三）']);
    expect((await duties('interview_plan')).some((d) => d.key.endsWith(`${year}Q1`))).toBe(true);
    // 四（三） 各部门: the leadership team, where the college leaders hold their posts, files no quarterly plan of its own.
    const leadership = (await departments()).find((d) => d.name === '院领导')!;
    expect((await duties('interview_plan')).filter((d) => d.key.startsWith(`interview_plan:${leadership.id}:`))).toEqual([]);
    const me = (await head.get(`/api/persons/${headId}`)).json() as { currentPosts: { departmentId: number; rank: string }[] };
    const body = { departmentId: me.currentPosts.find((p) => p.rank === 'middle_chief')!.departmentId, year, quarter: 1, figures: { prevention: 2 }, note: null };
    expect((await head.post('/api/interview-statistics', body)).statusCode).toBe(201);
    expect((await head.post('/api/interview-statistics', body)).json().error.code).toBe('INTERVIEW_STATS.DUPLICATE');
    expect((await head.post('/api/interview-statistics', { ...body, figures: { prevention: -1 } })).statusCode).toBe(400);
    const dash = (await discipline.get(`/api/interviews/dashboard?year=${year}`)).json();
    expect(dash.byKind.find((k: { kind: string }) => k.kind === 'prevention').persons).toBeGreaterThan(0);
    expect(dash.campaigns.required).toBe(2);
    expect((await staff.get('/api/interviews/dashboard')).statusCode).toBe(403);
  });

  it('六（一）: the register form, the ledger and the statistics table come out of the system with the page\'s numbers; formula-like text is neutralized', async () => {
    const target = await holder('资产管理处', '处长');
    const opts = (await discipline.get(`/api/interviews/lead-options?personId=${target.id}&kind=prevention`)).json();
    const iv = (await discipline.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '=HYPERLINK("http://x")资产处置廉政提醒', targets: [{ personId: target.id }], leadPersonId: opts.preselectedPersonId, scheduledOn: today, place: '会议室' })).json();
    await discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record: '提醒资产处置和公房出租中的廉政风险，约谈对象作廉政表态。', recorderPersonId: (await discipline.get('/api/auth/me')).json().personId });

    const docx = await discipline.get(`/api/interviews/${iv.id}/register.docx`);
    expect(docx.statusCode).toBe(200);
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('党员干部约谈情况登记表');
    expect(text).toContain(target.name);
    expect(text).toContain('提醒资产处置和公房出租中的廉政风险');
    const pdf = await discipline.get(`/api/interviews/${iv.id}/register.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await staff.get(`/api/interviews/${iv.id}/register.docx`)).statusCode).toBe(404);

    const ledger = await discipline.get(`/api/interviews/ledger.xlsx?year=${year}`);
    expect(ledger.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('工作台账')!;
    expect(String(ws.getCell(1, 1).value)).toContain('党员干部约谈常态化工作台账');
    const rows = ws.getSheetValues().slice(4).filter(Boolean) as unknown[][];
    const listed = ((await discipline.get(`/api/interviews?year=${year}`)).json() as { targets: unknown[] }[]).reduce((n, x) => n + x.targets.length, 0);
    expect(rows.length).toBe(listed);
    const mine = rows.find((r) => r[3] === target.name && String(r[9]).includes('资产处置'))!;
    expect(mine[9]).toBe(`'=HYPERLINK("http://x")资产处置廉政提醒`);
    expect(await audits('document.download')).toBeGreaterThan(0);

    const stats = await discipline.get(`/api/interviews/statistics.xlsx?year=${year}`);
    const swb = new ExcelJS.Workbook();
    await swb.xlsx.load(stats.rawPayload as unknown as ArrayBuffer);
    const sheet = swb.getWorksheet('统计表')!;
    expect(String(sheet.getCell(1, 1).value)).toContain('党员干部约谈情况统计表');
    const totalRow = (sheet.getSheetValues() as unknown[][]).find((r) => r && r[1] === '合计')!;
    const dash = (await discipline.get(`/api/interviews/dashboard?year=${year}`)).json();
    expect(totalRow[2]).toBe(dash.byKind.find((k: { kind: string }) => k.kind === 'prevention').persons);
    expect((await head.get(`/api/interviews/ledger.xlsx?year=${year}`)).statusCode).toBe(403);
  });

  it('三: facts the system does not otherwise know are registered by discipline and make targets; a roster-derived source cannot be registered', async () => {
    const target = await holder('教务处', '处长');
    const before = await count('interview_target_fact');
    const bad = await discipline.post('/api/interviews/target-facts', { personId: target.id, source: 'key_post', on: today, detail: '试图登记任职情形' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'INTERVIEW.TARGET_SOURCE', article: 'tongren-2016 三' });
    expect((await head.post('/api/interviews/target-facts', { personId: target.id, source: 'disciplinary_sanction', on: today, detail: '给予党内警告处分' })).statusCode).toBe(403);
    expect(await count('interview_target_fact')).toBe(before);
    const ok = await discipline.post('/api/interviews/target-facts', { personId: target.id, source: 'disciplinary_sanction', on: today, detail: '违反工作纪律，给予党内警告处分' });
    expect(ok.statusCode, ok.body).toBe(201);
    const s = ((await discipline.get('/api/interviews/suggestions')).json() as { personId: number; kind: string; sources: { key: string }[]; article: string }[]).find((x) => x.personId === target.id && x.kind === 'accountability');
    expect(s?.sources.map((x) => x.key)).toContain('disciplinary_sanction');
    expect(s?.article).toBe('tongren-2016 三（四）');
  });
});
