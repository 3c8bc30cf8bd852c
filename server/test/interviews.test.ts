import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildCalendar } from '../src/core/calendar/source';
import { workingDayDeadline } from '../src/core/calendar/deadlines';
import { ENGINES } from './support/database';
import { TEST_TODAY, TEST_YEAR, auditOf, collegeRows, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, newPerson, newTenure, signInAs, useFactoryApp, userWith } from './support/factories';
import { newInterview } from './support/area-factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n').toString('base64');

describe.each(ENGINES)('约谈常态化 on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const today = TEST_TODAY;
  const year = TEST_YEAR;

  /**
   * A college of the test's own (scitc-2025, adopting tongren-2016 for interviews): in 院领导 the 党委书记, a 院长 and
   * a 纪委书记 besides one 副院长 who oversees an academic department; that department's head, a staff member and a
   * Party member on its staff; a clerk in the 纪委办公室; the chiefs of 党委组织部 and 党委宣传部, the 处长 of 教务处 and
   * 资产管理处 and a 副处长 of 财务处. Signed in: discipline (as the clerk), the secretary, the head, the staff member and
   * the 副院长. No interview yet.
   */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const president = await newHolder(c, { rank: 'principal', departmentId: lead.departmentId, title: '院长（党委副书记）' });
    const discSecretary = await newHolder(c, { rank: 'leader', departmentId: lead.departmentId, title: '纪委书记' });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const chiefOf = async (name: string, kind: string, title: string) => newHolder(c, { rank: 'middle_chief', departmentId: (await newDepartment(c, { name, kind })).id, title, isHead: true, post: { isKeyPost: true } });
    const orgChief = await chiefOf('党委组织部', 'party', '部长');
    const pubChief = await chiefOf('党委宣传部', 'party', '部长');
    const academicAffairs = await chiefOf('教务处', 'admin', '处长');
    const assets = await chiefOf('资产管理处', 'admin', '处长');
    const financeDeputy = await newHolder(c, { rank: 'middle_deputy', departmentId: (await newDepartment(c, { name: '财务处', kind: 'admin' })).id, title: '副处长' });
    const dept = await newDepartmentWithHead(c, { staff: 1, overseenBy: lead.leaders[0].personId });
    const member = await newPerson(c, { politicalStatus: 'cpc_member' });
    await newTenure(c, { personId: member.id, postId: dept.staffPostId });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, lead, president, discSecretary, jw, clerk, orgChief, pubChief, academicAffairs, assets, financeDeputy, dept, member,
      headId: dept.head.personId,
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      principal: await as(lead.principal.personId),
      head: await as(dept.head.personId),
      staff: await as(dept.staff[0].personId),
      leader: await as(lead.leaders[0].personId),
    };
  }
  type Scene = Awaited<ReturnType<typeof scene>>;
  const leadOptions = async (s: Scene, personId: number, kind: string) => (await s.discipline.get(`/api/interviews/lead-options?personId=${personId}&kind=${kind}`)).json();
  it('五（一）: lead candidates for a party department chief — the secretary by 1, the discipline secretary by 6; the kind decides which is preselected', async () => {
    const s = await scene();
    const prevention = await leadOptions(s, s.orgChief.personId, 'prevention');
    expect(prevention.candidates.map((c: { roleLabel: string; article: string; personId: number }) => `${c.roleLabel}|${c.article}|${c.personId}`)).toEqual([
      `党委书记|tongren-2016 五（一）1|${s.lead.principal.personId}`,
      `纪委书记|tongren-2016 五（一）6|${s.discSecretary.personId}`,
    ]);
    expect(prevention.preselectedPersonId).toBe(s.lead.principal.personId);
    const admonition = await leadOptions(s, s.orgChief.personId, 'admonition');
    expect(admonition.candidates[0].roleLabel).toBe('纪委书记');
    expect(admonition.preselectedPersonId).toBe(s.discSecretary.personId);
    expect(prevention.organizer).toMatchObject({ kind: 'discipline', article: 'tongren-2016 四（二）1', officeSupports: true });
  });

  it('四（三）, 五（二）（三）: discipline plans a campaign, the leading group approves, the interview is held, the pledge is handed in by the interviewee, and only then it closes', async () => {
    const s = await scene();
    const opts = await leadOptions(s, s.headId, 'prevention');
    const plan = await s.discipline.post('/api/interview-plans', { kind: 'campaign', year, title: `${year} 年专项集中约谈`, summary: '围绕实验室建设和招生工作开展预防提醒谈话，提醒关键岗位负责人。' });
    expect(plan.statusCode, plan.body).toBe(201);
    const planId = plan.json().id as number;
    const base = { planId, kind: 'prevention', form: 'individual', topic: '二级学院主要负责人廉政提醒', targets: [{ personId: s.headId, reason: '二级学院主要负责人' }], scheduledOn: today, place: '行政楼会议室' };

    // Bad input: refused with its status and section, nothing written.
    const wrongLead = await s.discipline.post('/api/interviews', { ...base, leadPersonId: s.pubChief.personId });
    expect(wrongLead.statusCode).toBe(400);
    expect(wrongLead.json().error).toMatchObject({ code: 'INTERVIEW.LEAD_NOT_CANDIDATE', article: 'tongren-2016 五（一）', field: 'leadPersonId' });
    const group = await s.discipline.post('/api/interviews', { ...base, kind: 'inquiry', form: 'group', targets: [{ personId: s.headId }, { personId: s.pubChief.personId }], leadPersonId: opts.preselectedPersonId });
    expect(group.statusCode).toBe(400);
    expect(group.json().error).toMatchObject({ code: 'INTERVIEW.GROUP_REASON', article: 'tongren-2016 三（二）（三）（四）' });
    expect(await collegeRows(s.c, 'interview')).toBe(0);
    expect(await collegeRows(s.c, 'interview_target')).toBe(0);

    const created = await s.discipline.post('/api/interviews', { ...base, leadPersonId: opts.preselectedPersonId });
    expect(created.statusCode, created.body).toBe(201);
    const iv = created.json();
    expect(iv).toMatchObject({ organizerKind: 'discipline', leadArticle: opts.candidates[0].article, status: 'planned' });
    expect(iv.targets[0]).toMatchObject({ material: 'integrity_pledge', materialLabel: '廉政承诺' });

    // Not yet approved: cannot be held.
    const record = '主谈人通报典型案例并提出廉洁从政要求，约谈对象作廉政表态，表示将严格落实一岗双责。';
    const hold = { action: 'hold', heldOn: today, record, recorderPersonId: s.clerk.personId };
    const early = await s.discipline.post(`/api/interviews/${iv.id}/actions`, hold);
    expect(early.statusCode).toBe(400);
    expect(early.json().error).toMatchObject({ code: 'INTERVIEW.PLAN_NOT_APPROVED', article: 'tongren-2016 四（三）' });
    expect((await s.discipline.get(`/api/interviews/${iv.id}`)).json().status).toBe('planned');

    expect((await s.discipline.post(`/api/interview-plans/${planId}/actions`, { action: 'submit' })).json().status).toBe('submitted');
    const byDiscipline = await s.discipline.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕9号' });
    expect(byDiscipline.statusCode).toBe(403);
    const noRef = await s.principal.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today });
    expect(noRef.statusCode).toBe(400);
    expect((await s.discipline.get(`/api/interview-plans/${planId}`)).json().status).toBe('submitted');
    const approved = await s.principal.post(`/api/interview-plans/${planId}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕9号' });
    expect(approved.json()).toMatchObject({ status: 'approved', meetingRef: '约谈领导小组〔2026〕9号' });

    const held = await s.discipline.post(`/api/interviews/${iv.id}/actions`, hold);
    expect(held.statusCode, held.body).toBe(200);
    expect(held.json().status).toBe('held');

    // Closing without the pledge is refused (五（三）) and changes nothing.
    const closeEarly = await s.discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'close', on: today });
    expect(closeEarly.statusCode).toBe(409);
    expect(closeEarly.json().error).toMatchObject({ code: 'INTERVIEW.MATERIAL_MISSING', article: 'tongren-2016 五（三）' });
    expect(closeEarly.json().error.message).toContain('廉政承诺');
    expect(await auditOf(s.c, 'interview', iv.id)).toEqual(['interview.create', 'interview.hold']);
    expect((await s.discipline.get(`/api/interviews/${iv.id}`)).json().status).toBe('held');

    // The interviewee sees the interview (not the record) and owes the pledge.
    const mine = (await s.head.get(`/api/interviews/${iv.id}`)).json();
    expect(mine.record).toBeNull();
    expect(mine.targets[0]).toMatchObject({ mine: true, mayHandIn: true });
    const duty = ((await s.head.get('/api/duties/mine')).json().items as { key: string; citation: string }[]).find((d) => d.key === `interview_material:${iv.targets[0].id}`);
    expect(duty?.citation).toBe('tongren-2016 五（三）');
    const handIn = await s.head.post(`/api/interviews/${iv.id}/targets/${iv.targets[0].id}/material`, { text: '本人郑重承诺：严守党的纪律，认真履行一岗双责，自觉接受监督。', fileName: '廉政承诺书.pdf', contentBase64: PDF });
    expect(handIn.statusCode, handIn.body).toBe(200);
    expect((await s.head.get(`/api/interviews/${iv.id}/targets/${iv.targets[0].id}/file`)).rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const closed = await s.discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'close', on: today });
    expect(closed.json().status).toBe('closed');
    const done = ((await s.head.get('/api/duties/mine?status=done')).json().items as { key: string }[]).some((d) => d.key === `interview_material:${iv.targets[0].id}`);
    expect(done).toBe(true);
  });

  it('十一 confidentiality: the record is for discipline, the leading group, the lead and the recorder; others cannot open the interview; reading it is audited', async () => {
    const s = await scene();
    const { id } = await newInterview(s.c, { targetIds: [s.orgChief.personId], leadPersonId: s.lead.principal.personId, recorderPersonId: s.clerk.personId });
    expect((await s.staff.get(`/api/interviews/${id}`)).statusCode).toBe(404);
    expect(await auditOf(s.c, 'interview', id)).toEqual([]);
    const asLeader = (await s.leader.get(`/api/interviews/${id}`)).json();
    expect(asLeader.record).toBe('主谈人提出廉洁从政要求，约谈对象作廉政表态。');
    expect(await auditOf(s.c, 'interview', id)).toEqual(['interview.read_record']);
    expect((await s.staff.get('/api/interviews')).json()).toEqual([]);
  });

  it('四（二）: a department head organizes interviews of 科级 and below in their department, not of 处级 cadres', async () => {
    const s = await scene();
    const opts = (await s.head.get(`/api/interviews/lead-options?personId=${s.member.id}&kind=prevention`)).json();
    expect(opts.organizer).toMatchObject({ kind: 'department', article: 'tongren-2016 四（二）2' });
    expect(opts.candidates[0]).toMatchObject({ personId: s.headId, article: 'tongren-2016 五（一）5' });
    const ok = await s.head.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '岗位廉政风险提醒', targets: [{ personId: s.member.id }], leadPersonId: s.headId, scheduledOn: today, place: '系部会议室' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ organizerKind: 'department', organizerDepartmentId: s.dept.departmentId });
    const leadOf = (await leadOptions(s, s.orgChief.personId, 'prevention')).preselectedPersonId;
    const refused = await s.head.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '廉政提醒', targets: [{ personId: s.orgChief.personId }], leadPersonId: leadOf, scheduledOn: today, place: '会议室' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error).toMatchObject({ code: 'INTERVIEW.NOT_ORGANIZER', article: 'tongren-2016 四（二）1' });
    expect(await collegeRows(s.c, 'interview_target', `person_id = ${s.orgChief.personId}`)).toBe(0);
    expect(await collegeRows(s.c, 'interview')).toBe(1);
  });

  it('谈话函询: only in an approved plan; the reply is due in working days; a reply before the letter is refused; replying meets the duty', async () => {
    const s = await scene();
    const target = s.academicAffairs.personId;
    const letter = { targetPersonId: target, matter: '反映其在教材选用中收受回扣', questions: '请说明教材选用程序和与出版单位的往来情况。' };
    const draft = await s.discipline.post('/api/written-inquiries', letter);
    expect(draft.statusCode, draft.body).toBe(201);
    const unplanned = await s.discipline.post(`/api/written-inquiries/${draft.json().id}/actions`, { action: 'send', on: today });
    expect(unplanned.statusCode).toBe(409);
    expect(unplanned.json().error).toMatchObject({ code: 'INQUIRY.NO_PLAN', article: 'tongren-2016 四（三）' });
    expect((await s.discipline.get(`/api/written-inquiries/${draft.json().id}`)).json().status).toBe('draft');

    const plan = (await s.discipline.post('/api/interview-plans', { kind: 'campaign', year, title: '问题线索函询计划', summary: '对一般性问题线索拟以谈话函询方式处置，报领导小组批准。' })).json();
    const w = (await s.discipline.post('/api/written-inquiries', { planId: plan.id, ...letter })).json();
    await s.discipline.post(`/api/interview-plans/${plan.id}/actions`, { action: 'submit' });
    expect((await s.discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'send', on: today })).json().error.code).toBe('INTERVIEW.PLAN_NOT_APPROVED');
    await s.principal.post(`/api/interview-plans/${plan.id}/actions`, { action: 'approve', on: today, meetingRef: '约谈领导小组〔2026〕10号' });
    const sent = (await s.discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'send', on: today })).json();
    expect(sent.replyDue).toBe(workingDayDeadline(buildCalendar([], []), today, 15).date);
    const early = await s.discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'reply', on: '2020-01-01', reply: '关于函询问题的书面说明，情况如下。' });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('INQUIRY.REPLY_BEFORE_LETTER');
    expect((await s.discipline.get(`/api/written-inquiries/${w.id}`)).json()).toMatchObject({ status: 'sent', reply: null });
    const duty = async () => ((await s.discipline.get('/api/duties?kind=written_inquiry&pageSize=200')).json().items as { key: string; status: string }[]).find((d) => d.key === `written_inquiry:${w.id}`)?.status;
    expect(await duty()).toMatch(/open|due_soon/);
    expect((await s.discipline.post(`/api/written-inquiries/${w.id}/actions`, { action: 'reply', on: today, reply: '关于函询问题的书面说明，教材选用均经教材委员会集体研究。' })).json().status).toBe('replied');
    expect(await duty()).toBe('done');
    expect((await s.staff.get(`/api/written-inquiries/${w.id}`)).statusCode).toBe(404);
  });

  it('五（四）: a confirmed violation gets a handling proposal; the leading group approves it and an accountability case opens', async () => {
    const s = await scene();
    const target = s.financeDeputy.personId;
    const opts = await leadOptions(s, target, 'inquiry');
    const iv = (await s.discipline.post('/api/interviews', { kind: 'inquiry', form: 'individual', topic: '就报销票据不规范问题询问核实', targets: [{ personId: target }], leadPersonId: opts.preselectedPersonId, scheduledOn: today, place: '纪委办公室' })).json();
    await s.discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record: '询问核实报销票据问题，约谈对象承认存在以虚开发票报销的情况。', recorderPersonId: s.clerk.personId });
    expect((await s.discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'propose_handling', violationConfirmed: true, proposal: '违规报销问题属实，建议启动问责程序' })).json().handlingStatus).toBe('proposed');
    const decide = { action: 'decide_handling', approved: true, on: today, meetingRef: '会议纪要〔2026〕11号', openCase: true, accountableDepartmentId: s.jw.id };
    const byDiscipline = await s.discipline.post(`/api/interviews/${iv.id}/actions`, decide);
    expect(byDiscipline.statusCode).toBe(403);
    expect(byDiscipline.json().error.code).toBe('INTERVIEW.FORBIDDEN');
    expect((await s.discipline.get(`/api/interviews/${iv.id}`)).json()).toMatchObject({ handlingStatus: 'proposed', caseId: null });
    expect(await collegeRows(s.c, 'accountability_case')).toBe(0);
    const decided = (await s.principal.post(`/api/interviews/${iv.id}/actions`, decide)).json();
    expect(decided).toMatchObject({ handlingStatus: 'approved' });
    expect(decided.caseId).toBeGreaterThan(0);
    expect(await collegeRows(s.c, 'accountability_case')).toBe(1);
    const c = (await s.discipline.get(`/api/accountability-cases/${decided.caseId}`)).json();
    expect(c).toMatchObject({ subjectPersonId: target, accountableDepartmentId: s.jw.id });
  });

  it('四（三）, 六（一）, 六（二）: campaign and quarterly duties exist; statistics are reported once; the dashboard counts interviews by kind', async () => {
    const s = await scene();
    await newInterview(s.c, { targetIds: [s.assets.personId], leadPersonId: s.lead.principal.personId });
    const duties = async (kind: string) => (await s.discipline.get(`/api/duties?kind=${kind}&pageSize=500`)).json().items as { kind: string; key: string; citation: string }[];
    expect((await duties('interview_campaign')).filter((d) => d.key.startsWith(`interview_campaign:${year}:`)).map((d) => d.citation)).toEqual(['tongren-2016 四（三）', 'tongren-2016 四（三）']);
    const plans = await duties('interview_plan');
    expect(plans.some((d) => d.key === `interview_plan:${s.dept.departmentId}:${year}Q1`)).toBe(true);
    // 四（三） 各部门: the leadership team, where the college leaders hold their posts, files no quarterly plan of its own.
    expect(plans.filter((d) => d.key.startsWith(`interview_plan:${s.lead.departmentId}:`))).toEqual([]);
    const body = { departmentId: s.dept.departmentId, year, quarter: 1, figures: { prevention: 2 }, note: null };
    expect((await s.head.post('/api/interview-statistics', body)).statusCode).toBe(201);
    const twice = await s.head.post('/api/interview-statistics', body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.code).toBe('INTERVIEW_STATS.DUPLICATE');
    const negative = await s.head.post('/api/interview-statistics', { ...body, quarter: 2, figures: { prevention: -1 } });
    expect(negative.statusCode).toBe(400);
    expect(await collegeRows(s.c, 'interview_statistics')).toBe(1);
    const dash = (await s.discipline.get(`/api/interviews/dashboard?year=${year}`)).json();
    expect(dash.byKind.find((k: { kind: string }) => k.kind === 'prevention').persons).toBe(1);
    expect(dash.campaigns.required).toBe(2);
    expect((await s.staff.get('/api/interviews/dashboard')).statusCode).toBe(403);
  });

  it('六（一）: the register form, the ledger and the statistics table come out of the system with the page\'s numbers; formula-like text is neutralized', async () => {
    const s = await scene();
    const target = s.assets;
    const opts = await leadOptions(s, target.personId, 'prevention');
    const iv = (await s.discipline.post('/api/interviews', { kind: 'prevention', form: 'individual', topic: '=HYPERLINK("http://x")资产处置廉政提醒', targets: [{ personId: target.personId }], leadPersonId: opts.preselectedPersonId, scheduledOn: today, place: '会议室' })).json();
    await s.discipline.post(`/api/interviews/${iv.id}/actions`, { action: 'hold', heldOn: today, record: '提醒资产处置和公房出租中的廉政风险，约谈对象作廉政表态。', recorderPersonId: s.clerk.personId });
    await newInterview(s.c, { targetIds: [s.orgChief.personId, s.pubChief.personId], leadPersonId: s.lead.principal.personId });

    const docx = await s.discipline.get(`/api/interviews/${iv.id}/register.docx`);
    expect(docx.statusCode).toBe(200);
    const text = (await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
    expect(text).toContain('党员干部约谈情况登记表');
    expect(text).toContain(target.name);
    expect(text).toContain('提醒资产处置和公房出租中的廉政风险');
    // The lead's rule by its regulation's name, never the pack id.
    expect(text).toMatch(/依据《[^》]+》/);
    expect(text).not.toMatch(/[a-z]+-\d{4}/);
    const pdf = await s.discipline.get(`/api/interviews/${iv.id}/register.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await s.staff.get(`/api/interviews/${iv.id}/register.docx`)).statusCode).toBe(404);
    expect(await auditOf(s.c, 'interview', iv.id)).toEqual(['interview.create', 'interview.hold', 'document.download', 'document.download']);

    const ledger = await s.discipline.get(`/api/interviews/ledger.xlsx?year=${year}`);
    expect(ledger.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('工作台账')!;
    expect(String(ws.getCell(1, 1).value)).toContain('党员干部约谈常态化工作台账');
    const rows = ws.getSheetValues().slice(4).filter(Boolean) as unknown[][];
    expect(rows.map((r) => r[3]).sort()).toEqual([target.name, s.orgChief.name, s.pubChief.name].sort());
    const mine = rows.find((r) => r[3] === target.name)!;
    expect(mine[9]).toBe(`'=HYPERLINK("http://x")资产处置廉政提醒`);

    const stats = await s.discipline.get(`/api/interviews/statistics.xlsx?year=${year}`);
    const swb = new ExcelJS.Workbook();
    await swb.xlsx.load(stats.rawPayload as unknown as ArrayBuffer);
    const sheet = swb.getWorksheet('统计表')!;
    expect(String(sheet.getCell(1, 1).value)).toContain('党员干部约谈情况统计表');
    const totalRow = (sheet.getSheetValues() as unknown[][]).find((r) => r && r[1] === '合计')!;
    const dash = (await s.discipline.get(`/api/interviews/dashboard?year=${year}`)).json();
    expect(dash.byKind.find((k: { kind: string }) => k.kind === 'prevention').persons).toBe(3);
    expect(totalRow[2]).toBe(3);
    expect((await s.head.get(`/api/interviews/ledger.xlsx?year=${year}`)).statusCode).toBe(403);
  });

  it('三: facts the system does not otherwise know are registered by discipline and make targets; a roster-derived source cannot be registered', async () => {
    const s = await scene();
    const target = s.academicAffairs.personId;
    const bad = await s.discipline.post('/api/interviews/target-facts', { personId: target, source: 'key_post', on: today, detail: '试图登记任职情形' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'INTERVIEW.TARGET_SOURCE', article: 'tongren-2016 三' });
    expect((await s.head.post('/api/interviews/target-facts', { personId: target, source: 'disciplinary_sanction', on: today, detail: '给予党内警告处分' })).statusCode).toBe(403);
    expect(await collegeRows(s.c, 'interview_target_fact')).toBe(0);
    const suggested = async () => ((await s.discipline.get('/api/interviews/suggestions')).json() as { personId: number; kind: string; sources: { key: string }[]; article: string }[]).find((x) => x.personId === target && x.kind === 'accountability');
    expect(await suggested()).toBeUndefined();
    const ok = await s.discipline.post('/api/interviews/target-facts', { personId: target, source: 'disciplinary_sanction', on: today, detail: '违反工作纪律，给予党内警告处分' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(await collegeRows(s.c, 'interview_target_fact')).toBe(1);
    const sug = await suggested();
    expect(sug?.sources.map((x) => x.key)).toEqual(['disciplinary_sanction']);
    expect(sug?.article).toBe('tongren-2016 三（四）');
  });
});
