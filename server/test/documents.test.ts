import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { addDays, addYears, todayIso } from '../src/core/shared/dates';
import { ENGINES, freshDatabase, packs } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { institution } from '../src/core/db/schema';
import { eq } from 'drizzle-orm';
import { TEST_TODAY, auditOf, newAccount, newCollege, newDepartment, newDepartmentWithHead, newHolder, newLeadership, signInAs, useFactoryApp, userWith, type College } from './support/factories';
import { newAccountabilityCase, newToleranceDecision } from './support/area-factories';
import { docxText, pdfPages, sheetRows, workbook } from './support/documents';
import { citationName } from '../src/core/policy/citation-names';

const squash = (s: string) => s.replace(/\s+/g, '');

/** The forms of one record, each test on a college of its own (factories, TEST_TODAY). */
describe.each(ENGINES)('documents of a record read back as a user reads them, on %s', (engine) => {
  const ctx = useFactoryApp(engine);
  const collegeName = async (c: College) => (await c.db.select({ name: institution.name }).from(institution).where(eq(institution.id, c.id)))[0].name;

  /**
   * A college of the test's own under xzcit-2018: a 纪委办公室 clerk signed in with the discipline role, an academic
   * department with its head and a staff member (both signed in), and another department's staff member (signed in).
   */
  async function toleranceScene() {
    const c = await newCollege(ctx.database.db, { packId: 'xzcit-2018' });
    const jw = await newDepartment(c, { name: '纪委办公室', kind: 'party' });
    const clerk = await newHolder(c, { rank: 'section', departmentId: jw.id, title: '纪检干事' });
    const dept = await newDepartmentWithHead(c, { staff: 1 });
    const elsewhere = await newDepartmentWithHead(c, { staff: 1 });
    const as = async (personId: number) => signInAs(ctx.app, await newAccount(c, { personId }));
    return {
      c, jwId: jw.id, dept,
      discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId),
      head: await as(dept.head.personId),
      staff: await as(dept.staff[0].personId),
      outsider: await as(elsewhere.staff[0].personId),
    };
  }
  type ToleranceScene = Awaited<ReturnType<typeof toleranceScene>>;
  /** The cadre's own application in a case against them started today. */
  const applied = async (s: ToleranceScene, who: Client, personId: number) => {
    const kase = await newAccountabilityCase(s.c, { subjectPersonId: personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jwId });
    const res = await who.post('/api/tolerance-reviews', { caseId: kase.id, grounds: ['pilot_exploration'], facts: '承担实训室改造试点任务，缺乏经验导致整改滞后，已主动报告并完成整改。', noPrivateGainPledge: true });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  };

  it('xzcit 第五条: 容错申请书, 认定结论 and 反馈书 carry the case, the grounds, the outcome and the committee\'s meeting; each download is audited', async () => {
    const s = await toleranceScene();
    const pcDiscipline = s.discipline;
    const kase = await newAccountabilityCase(s.c, { subjectPersonId: s.dept.head.personId, subjectDepartmentId: s.dept.departmentId, accountableDepartmentId: s.jwId });
    const decided = await newToleranceDecision(s.c, { caseId: kase.id, applicantPersonId: s.dept.head.personId, outcome: 'exempt' });
    const view = (await pcDiscipline.get(`/api/tolerance-reviews/${decided.id}`)).json();
    const before = await auditOf(s.c, 'tolerance_review', decided.id);

    const application = await docxText((await pcDiscipline.get(`/api/tolerance-reviews/${decided.id}/application.docx`)).rawPayload);
    expect(application).toContain('容错免责申请书');
    const name = await collegeName(s.c);
    expect(application).toContain(name);
    // xzcit 第五条（一）: the written application goes to the college's Party committee.
    expect(application).toContain(`中共${name}委员会：`);
    expect(application).toContain(view.case.matter);
    expect(application).toContain(view.grounds[0].label);
    expect(application).toContain('申请人（签字）');

    const conclusion = squash((await pdfPages((await pcDiscipline.get(`/api/tolerance-reviews/${decided.id}/conclusion.pdf`)).rawPayload)).join(''));
    expect(conclusion).toContain('容错认定结论');
    expect(conclusion).toContain(squash(view.case.subjectName));
    expect(conclusion).toContain('免责后不受影响的事项');
    expect(conclusion).toContain(squash(view.protections[0].label));
    expect(view.meetingRef).toBe(decided.meetingRef);
    expect(conclusion).toContain(squash(decided.meetingRef!));
    expect(conclusion).toContain(`${view.case.accountableDepartmentName}（盖章）`);

    const feedback = await docxText((await pcDiscipline.get(`/api/tolerance-reviews/${decided.id}/feedback.docx`)).rawPayload);
    expect(feedback).toContain('容错认定反馈书');
    expect(feedback).toContain(`${view.applicantName}同志：`);
    expect(feedback).toContain('予以免责');
    expect(await auditOf(s.c, 'tolerance_review', decided.id)).toEqual([...before, 'document.download', 'document.download', 'document.download']);
  });

  it('a refusal has a 反馈书 with its reason and article but no 认定结论; an open application has no conclusion yet; another department\'s staff cannot read either', async () => {
    const s = await toleranceScene();
    const pcDiscipline = s.discipline;
    const refusedId = await applied(s, s.head, s.dept.head.personId);
    const refuse = await pcDiscipline.post(`/api/tolerance-reviews/${refusedId}/actions`, { action: 'refuse', on: TEST_TODAY, reason: '所涉问题不属于容错情形' });
    expect(refuse.statusCode, refuse.body).toBe(200);
    const view = (await pcDiscipline.get(`/api/tolerance-reviews/${refusedId}`)).json();
    expect(view.status).toBe('refused');
    const feedback = squash((await pdfPages((await pcDiscipline.get(`/api/tolerance-reviews/${refusedId}/feedback.pdf`)).rawPayload)).join(''));
    expect(feedback).toContain('不予受理');
    expect(feedback).toContain('所涉问题不属于容错情形');
    // The article is printed by the regulation's name, never its pack id.
    expect(view.refusalArticle).toBeTruthy();
    expect(feedback).toContain(squash(citationName(packs, view.refusalArticle)));
    expect(feedback).not.toMatch(/[a-z]+-20\d\d/);
    const noConclusion = await pcDiscipline.get(`/api/tolerance-reviews/${refusedId}/conclusion.docx`);
    expect(noConclusion.statusCode).toBe(409);
    expect(noConclusion.json().error.message).toContain('尚未作出认定结论');
    const openId = await applied(s, s.staff, s.dept.staff[0].personId);
    expect((await pcDiscipline.get(`/api/tolerance-reviews/${openId}/feedback.docx`)).statusCode).toBe(409);
    expect((await s.outsider.get(`/api/tolerance-reviews/${refusedId}/feedback.docx`)).statusCode).toBe(404);
    // A refused download is not audited as one.
    expect(await auditOf(s.c, 'tolerance_review', openId)).not.toContain('document.download');
  });

  it('第十三条 兼职审批表: an approval at 07:16 Beijing time (23:16 UTC the day before) is dated that day in China, and its opinion is written once', async () => {
    // A scitc-2025 college: a department head and the 副院长 who oversees the department, both signed in.
    const c = await newCollege(ctx.database.db);
    const lead = await newLeadership(c, { leaders: 1 });
    const dept = await newDepartmentWithHead(c, { staff: 0, overseenBy: lead.leaders[0].personId });
    const head = await signInAs(ctx.app, await newAccount(c, { personId: dept.head.personId }));
    const leader = await signInAs(ctx.app, await newAccount(c, { personId: lead.leaders[0].personId, displayName: '分管院领导甲' }));
    const pdfFile = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n').toString('base64');
    const orgId = (await head.post('/api/outside-orgs', { name: '职业教育研究（编委会）', kind: 'academic_journal', relatedField: true })).json().id;
    const start = addDays(TEST_TODAY, 30);
    const { id } = (await head.post('/api/sideline-applications', { orgId, postTitle: '编委', hasTerms: true, termYears: 5, startDate: start, endDate: addDays(addYears(start, 5), -1), reason: '参与学术期刊审稿和专业建设', commitment: true })).json();
    for (const kind of ['leaders_list', 'legal_person_certificate', 'charter', 'invitation', 'commitment']) expect((await head.post(`/api/sideline-applications/${id}/files`, { kind, fileName: `${kind}.pdf`, contentBase64: pdfFile })).statusCode).toBe(201);
    expect((await head.post(`/api/sideline-applications/${id}/submit`)).statusCode).toBe(200);
    expect((await leader.post(`/api/sideline-applications/${id}/decide`, { decision: 'approve', reason: '同意。' })).statusCode).toBe(200);
    // The overseeing leader agreed at 2026-12-06 07:16 Beijing time.
    await c.db.execute(sql`UPDATE sideline_decision SET decided_at = '2026-12-05T23:16:00Z' WHERE application_id = ${id} AND step_kind = 'overseeing_leader'`);
    const leaderName = (await leader.get('/api/auth/me')).json().displayName as string;
    for (const ext of ['pdf', 'docx'] as const) {
      const res = await head.get(`/api/sideline-applications/${id}/form.${ext}`);
      expect(res.statusCode).toBe(200);
      const text = squash(ext === 'pdf' ? (await pdfPages(res.rawPayload)).join('') : await docxText(res.rawPayload));
      expect(text, ext).toContain(`分管（联系）院领导意见同意。${squash(leaderName)}2026年12月6日`);
      expect(text, ext).not.toContain('同意。同意');
    }
  });
});

/**
 * Ledgers and forms compared with the pages they print, over a whole demo college (many departments, grades, hours,
 * posts): which records exist matters less than that document and page agree.
 */
describe.each(ENGINES)('documents: forms and ledgers read back as a user reads them, on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let pcDiscipline: Client;
  let wjOrg: Client;
  const year = Number(todayIso().slice(0, 4));

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [pcDiscipline, wjOrg] = await Promise.all(['pc.discipline', 'wj.org'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('ahzaxy 第6条: the appraisal results workbook has the page\'s numbers for each department (population, quota, excellent)', async () => {
    const cycles = (await wjOrg.get('/api/appraisal-cycles')).json() as { id: number; year: number; graded: number }[];
    const cycle = cycles.find((c) => c.graded > 0)!;
    const wb = await workbook((await wjOrg.get(`/api/appraisal-cycles/${cycle.id}/results.xlsx`)).rawPayload);
    const summary = sheetRows(wb.getWorksheet('等次汇总')!);
    expect(summary[0][0]).toContain(`${cycle.year}年度干部考核等次汇总表`);
    const header = summary[2] as string[];
    const depts = (await wjOrg.get('/api/departments')).json() as { id: number; name: string }[];
    let checked = 0;
    for (const d of depts) {
      const page = (await wjOrg.get(`/api/appraisal-cycles/${cycle.id}/sheet?departmentId=${d.id}`)).json();
      const row = summary.find((r) => r[0] === d.name);
      if (page.population === 0) {
        expect(row).toBeUndefined();
        continue;
      }
      expect(row![header.indexOf('参加考核人数')]).toBe(page.population);
      expect(row![header.indexOf('优秀名额')]).toBe(page.quota);
      expect(row![header.indexOf('优秀')]).toBe(page.excellent);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
    const list = sheetRows(wb.getWorksheet('考核结果')!);
    expect(list.length - 3).toBe(summary.at(-1)![1]);
  });

  it('ahzaxy 第9条: the training hours workbook lists the same people, hours and shortfalls as the page', async () => {
    const page = (await wjOrg.get(`/api/training/totals?year=${year}`)).json() as { rows: { name: string; total: number; required: number | null; metOn: string | null }[] };
    const rows = sheetRows((await workbook((await wjOrg.get(`/api/training/totals.xlsx?year=${year}`)).rawPayload)).getWorksheet('培训学时')!);
    expect(rows[0][0]).toContain(`${year}年度干部教育培训学时统计表`);
    expect(rows[1][0]).toContain(`未达标：${page.rows.filter((r) => !r.metOn).length} 人`);
    const body = rows.slice(3);
    expect(body.map((r) => [r[2], r[6]])).toEqual(page.rows.map((r) => [r.name, r.total]));
  });

  it('第十八条: the yearly sideline report summary lists every post held in the year, reported or not', async () => {
    const org = await signIn(app, 'pc.org');
    const rows = sheetRows((await workbook((await org.get(`/api/sidelines/annual-report.xlsx?year=${year - 1}`)).rawPayload)).getWorksheet('年度报告')!);
    expect(rows[0][0]).toContain(`${year - 1}年度领导干部兼职情况报告汇总表`);
    const body = rows.slice(3);
    expect(body.length).toBeGreaterThan(0);
    const reported = body.filter((r) => r[5] !== '未报告').length;
    expect(rows[1][0]).toContain(`已报告 ${reported} 项，未报告 ${body.length - reported} 项`);
    expect((await org.get('/api/sidelines/annual-report.xlsx?year=abc')).statusCode).toBe(400);
  });

  it('every PDF form carries its Chinese text with the embedded font: 公示表, 谈心谈话记录表, 约谈登记表, 兼职审批表, 一人一档', async () => {
    const org = await signIn(app, 'pc.org');
    const text = async (who: Client, url: string) => {
      const res = await who.get(url);
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      return squash((await pdfPages(res.rawPayload)).join(''));
    };
    expect(await text(org, `/api/sidelines/publication.pdf?date=${todayIso()}`)).toContain('领导干部兼职情况公示表');
    const talk = (await org.get('/api/talks?scope=all&status=held&pageSize=1')).json().items[0];
    const record = await text(org, `/api/talks/${talk.id}/record.pdf`);
    expect(record).toContain('谈心谈话记录表');
    expect(record).toContain(squash(talk.subjects[0].name));
    const interview = ((await pcDiscipline.get('/api/interviews?view=all')).json() as { id: number; status: string }[]).find((i) => i.status === 'held' || i.status === 'closed')!;
    expect(await text(pcDiscipline, `/api/interviews/${interview.id}/register.pdf`)).toContain('党员干部约谈情况登记表');
    const app1 = (await org.get('/api/sideline-applications?scope=all&status=approved&pageSize=1')).json().items[0];
    expect(await text(org, `/api/sideline-applications/${app1.id}/form.pdf`)).toMatch(/领导干部兼职审批表/);
    const someone = (await org.get('/api/persons?rank=middle_chief&pageSize=1')).json().items[0];
    const profile = await text(org, `/api/persons/${someone.id}/profile.pdf`);
    expect(profile).toContain('一人一档');
    expect(profile).toContain(squash(someone.name));
  });
});
