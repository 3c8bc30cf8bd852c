import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, type TestDatabase } from './support/database';
import { testApp, type Client } from './support/app';
import { newAccount, newCollege, newDepartment, newHolder, newPerson, newPost, newTenure, signInAs } from './support/factories';
import { newTalk } from './support/area-factories';

interface DutyRow { key: string; status: string; dueIsDefault: boolean; citation: string | null }

/**
 * Issue "regulation fidelity, round two", 1: a duty lives until it is done or waived, whatever year it belongs to.
 * Rows are built on an app living on 2026-12-20; a second app on the same database lives on 2027-01-05.
 */
describe.each(ENGINES)('yearly duties across 31 December on %s', (engine) => {
  let database: TestDatabase;
  let december: FastifyInstance;
  let january: FastifyInstance;

  const duties = async (c: Client, url: string) => (await c.get(url)).json().items as DutyRow[];
  const statusOf = (rows: DutyRow[], key: string) => rows.find((d) => d.key === key)?.status;

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    december = (await testApp(database, { clock: fixedClock('2026-12-20') })).app;
    january = (await testApp(database, { clock: fixedClock('2027-01-05') })).app;
  });
  afterAll(async () => {
    await december?.close();
    await january?.close();
    await database?.close();
  });

  /**
   * A college of the test's own under ahzaxy-2020 (talks under the adopted scitc-2025, interviews under tongren-2016;
   * training hours its own 第9条), everyone in post since 2020-01-01: an academic department with its head, staff
   * members staffA, staffB, staffW and section cadres sectionS, sectionT; a second department 跨年测试处 with its
   * chief. Signed in on both apps: the head, the organization department and the discipline office.
   */
  async function scene() {
    const c = await newCollege(database.db, { packId: 'ahzaxy-2020' });
    const since = '2020-01-01';
    const dept = await newDepartment(c);
    const head = await newHolder(c, { rank: 'middle_chief', departmentId: dept.id, title: '主任', isHead: true, since });
    const staffPost = await newPost(c, { departmentId: dept.id, title: '跨年测试科员', rank: 'staff' });
    const sectionPost = await newPost(c, { departmentId: dept.id, title: '跨年测试科长', rank: 'section' });
    const ids: Record<string, number> = {};
    const people: Record<string, { name: string; staffNo: string }> = {};
    for (const [name, postId] of [['staffA', staffPost.id], ['staffB', staffPost.id], ['staffW', staffPost.id], ['sectionS', sectionPost.id], ['sectionT', sectionPost.id]] as const) {
      const p = await newPerson(c, { name: `跨年${name}`, hireDate: '2015-07-01' });
      await newTenure(c, { personId: p.id, postId, startDate: since });
      ids[name] = p.id;
      people[name] = p;
    }
    const other = await newDepartment(c, { name: '跨年测试处', kind: 'admin' });
    await newHolder(c, { rank: 'middle_chief', departmentId: other.id, title: '处长', isHead: true, since });
    const accounts = { head: await newAccount(c, { personId: head.personId }), org: await newAccount(c, { roles: ['org'] }), discipline: await newAccount(c, { roles: ['discipline'] }) };
    const on = { dec: {} as Record<keyof typeof accounts, Client>, jan: {} as Record<keyof typeof accounts, Client> };
    for (const [k, a] of Object.entries(accounts) as [keyof typeof accounts, { username: string }][]) {
      on.dec[k] = await signInAs(december, a);
      on.jan[k] = await signInAs(january, a);
    }
    return { c, headId: head.personId, deptId: dept.id, newDeptId: other.id, ids, people, on };
  }

  it('第八条（四）: in December the head owes the year\'s talks; one held on 12-15 is done, one waived; reopened on 2027-01-05 the unmet one is 已逾期 under the same key', async () => {
    const { headId, deptId, ids, on } = await scene();
    const head = on.dec.head;
    const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: '2026-12-15', talkTime: '10:00', place: '部门办公室', keyPoints: '了解思想和工作情况，提出要求', talkerIds: [headId], subjectIds: [ids.staffA] };
    expect((await head.post('/api/talks', talk)).statusCode).toBe(201);
    const waived = await on.dec.org.post('/api/duties/waive', { key: `talk_quota:2026:staff:${ids.staffW}`, reason: '本人全年援外支教，经组织部同意免办' });
    expect(waived.statusCode, waived.body).toBe(200);

    const dec = await duties(head, '/api/duties/mine?kind=talk_quota&pageSize=500');
    expect(statusOf(dec, `talk_quota:2026:staff:${ids.staffA}`)).toBe('done');
    expect(statusOf(dec, `talk_quota:2026:staff:${ids.staffB}`)).toBe('due_soon');

    for (const url of ['/api/duties/mine?kind=talk_quota&pageSize=500', `/api/duties?kind=talk_quota&departmentId=${deptId}&pageSize=500`]) {
      const jan = await duties(url.includes('mine') ? on.jan.head : on.jan.org, url);
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffB}`), url).toBe('overdue');
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffA}`), url).toBe('done');
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffW}`), url).toBe('waived');
      expect(statusOf(jan, `talk_quota:2027:staff:${ids.staffB}`), url).toBe('open');
    }
    expect((await on.jan.head.get('/api/duties/mine?status=overdue&pageSize=500')).json().items.some((d: DutyRow) => d.key === `talk_quota:2026:staff:${ids.staffB}`)).toBe(true);
  });

  it('谈话完成情况: last year stays viewable with ?year=, as at its 31 December, and does not mix with this year', async () => {
    const { c, headId, ids, on } = await scene();
    await newTalk(c, { talkerIds: [headId], subjectIds: [ids.staffA], talkDate: '2026-12-15' });
    const org = on.jan.org;
    const last = (await org.get('/api/talks/completion?year=2026')).json();
    expect(last).toMatchObject({ year: 2026, asOf: '2026-12-31' });
    expect(last.total.held).toBe(1);
    const now = (await org.get('/api/talks/completion')).json();
    expect(now).toMatchObject({ year: 2027, asOf: '2027-01-05' });
    expect(now.total.held).toBe(0);
    // The same people owe the same talks in 2027 as in 2026.
    expect(now.total.required).toBe(last.total.required);
    expect(now.total.required).toBeGreaterThanOrEqual(5);
  });

  it('第9条: a 2026 training shortfall is 已逾期 in January; hours completed in December stay done; the statistics of 2026 stay viewable', async () => {
    const { deptId, ids, people, on } = await scene();
    const org = on.dec.org;
    const course = (await org.post('/api/training/courses', { title: '跨年测试专题培训', organizer: '党委组织部', kind: 'organized', startDate: '2026-12-01', endDate: '2026-12-07', hours: 50 })).json();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('签到表');
    ws.addRow(['干部培训签到表']);
    ws.addRow(['培训名称：跨年测试专题培训']);
    ws.addRow(['序号', '工号', '姓名', '部门', '学时', '签名']);
    ws.addRow([1, people.sectionT.staffNo, people.sectionT.name, null, null, null]);
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect((await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64, commit: true })).json()).toMatchObject({ committed: true, imported: 1 });

    const jan = await duties(on.jan.org, `/api/duties?kind=training_hours&departmentId=${deptId}&pageSize=500`);
    expect(statusOf(jan, `training_hours:2026:${ids.sectionS}`)).toBe('overdue');
    expect(statusOf(jan, `training_hours:2026:${ids.sectionT}`)).toBe('done');
    expect(statusOf(jan, `training_hours:2027:${ids.sectionT}`)).toBe('open');
    const totals = (await on.jan.org.get('/api/training/totals?year=2026')).json() as { rows: { personId: number; total: number; metOn: string | null }[] };
    expect(totals.rows.find((r) => r.personId === ids.sectionT)).toMatchObject({ total: 50, metOn: '2026-12-07' });
    expect(totals.rows.find((r) => r.personId === ids.sectionS)).toMatchObject({ total: 0, metOn: null });
    const badYear = await on.jan.org.get('/api/training/totals?year=2015');
    expect(badYear.statusCode).toBe(400);
    expect(badYear.json().error).toMatchObject({ code: 'TRAINING.YEAR', field: 'year' });
  });

  it('tongren-2016 四（三）: an unfiled Q4 department plan and an unfinished second campaign of 2026 are 已逾期 on 2027-01-05, marked 期限系统默认', async () => {
    const { newDeptId, on } = await scene();
    const dec = await duties(on.dec.discipline, `/api/duties?kind=interview_plan&departmentId=${newDeptId}&pageSize=500`);
    expect(statusOf(dec, `interview_plan:${newDeptId}:2026Q4`)).toBe('overdue');
    const plan = (await duties(on.jan.discipline, `/api/duties?kind=interview_plan&departmentId=${newDeptId}&pageSize=500`)).find((d) => d.key === `interview_plan:${newDeptId}:2026Q4`);
    expect(plan).toMatchObject({ status: 'overdue', citation: 'tongren-2016 四（三）', dueIsDefault: true });
    // The college held no campaign in 2026: the second one, not done in December, is overdue now under the same key.
    const decCampaign = (await duties(on.dec.discipline, '/api/duties?kind=interview_campaign&pageSize=50')).find((d) => d.key === 'interview_campaign:2026:2')!;
    expect(decCampaign.status).not.toBe('done');
    const jan = await duties(on.jan.discipline, '/api/duties?kind=interview_campaign&pageSize=50');
    const janCampaign = jan.find((d) => d.key === 'interview_campaign:2026:2')!;
    expect(janCampaign.status).toBe('overdue');
    expect(janCampaign.dueIsDefault).toBe(true);
    expect(jan.some((d) => d.key === 'interview_campaign:2027:1')).toBe(true);
    // 督导检查: this year's campaigns and filings only; last year's unfiled Q4 plan is listed apart with its year, and
    // on last year's page as 逾期未报 (interviews-supervision-years.test.ts).
    const dash = (await on.jan.discipline.get('/api/interviews/dashboard')).json();
    expect(dash.campaigns.duties.map((d: { dueDate: string }) => d.dueDate.slice(0, 4))).toEqual(['2027', '2027']);
    expect(dash.late.some((d: { title: string }) => d.title.includes('跨年测试处 2026 年第 4 季度'))).toBe(false);
    expect(dash.carriedOver.find((d: { title: string }) => d.title.includes('跨年测试处 2026 年第 4 季度'))).toMatchObject({ year: 2026 });
    const lastYear = (await on.jan.discipline.get('/api/interviews/dashboard?year=2026')).json();
    expect(lastYear.campaigns.duties.map((d: { dueDate: string }) => d.dueDate.slice(0, 4))).toEqual(['2026', '2026']);
    expect(lastYear.late.some((d: { title: string }) => d.title.includes('跨年测试处 2026 年第 4 季度'))).toBe(true);
  });
});
