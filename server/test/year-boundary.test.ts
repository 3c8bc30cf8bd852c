import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { fictionalId } from './support/roster-files';

interface DutyRow { key: string; status: string; dueIsDefault: boolean; citation: string | null }

/**
 * Issue "regulation fidelity, round two", 1: a duty lives until it is done or waived, whatever year it belongs to.
 * Rows are built on an app living on 2026-12-20; a second app on the same database lives on 2027-01-05.
 */
describe.each(ENGINES)('yearly duties across 31 December on %s', (engine) => {
  let database: Database;
  let december: FastifyInstance;
  let january: FastifyInstance;
  const on = { dec: {} as Record<string, Client>, jan: {} as Record<string, Client> };
  const ids: Record<string, number> = {};
  let deptId = 0;
  let newDeptId = 0;

  const duties = async (c: Client, url: string) => (await c.get(url)).json().items as DutyRow[];
  const statusOf = (rows: DutyRow[], key: string) => rows.find((d) => d.key === key)?.status;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    december = (await testApp(database, { clock: fixedClock('2026-12-20') })).app;
    january = (await testApp(database, { clock: fixedClock('2027-01-05') })).app;
    for (const u of ['wj.org', 'wj.depthead', 'wj.discipline']) {
      on.dec[u] = await signIn(december, u);
      on.jan[u] = await signIn(january, u);
    }
    const org = on.dec['wj.org'];
    // The demo department head's department gets three staff and two section cadres of this test's own.
    const headId = (await on.dec['wj.depthead'].get('/api/auth/me')).json().personId as number;
    const head = (await org.get(`/api/persons/${headId}`)).json() as { currentPosts: { departmentId: number; rank: string }[] };
    deptId = head.currentPosts.find((p) => p.rank === 'middle_chief')!.departmentId;
    const post = async (departmentId: number, title: string, rank: string, isHead = false) => (await org.post('/api/posts', { departmentId, title, rank, isHead })).json().id as number;
    const staffPost = await post(deptId, '跨年测试科员', 'staff');
    const sectionPost = await post(deptId, '跨年测试科长', 'section');
    newDeptId = (await org.post('/api/departments', { code: 'YEAR-T', name: '跨年测试处', kind: 'admin' })).json().id;
    const chiefPost = await post(newDeptId, '处长', 'middle_chief', true);
    let n = 9100;
    for (const [name, postId] of [['staffA', staffPost], ['staffB', staffPost], ['staffW', staffPost], ['sectionS', sectionPost], ['sectionT', sectionPost], ['chief', chiefPost]] as const) {
      const id = fictionalId(n);
      const res = await org.post('/api/persons', {
        staffNo: `Y${n}`, name: `跨年${name}`, gender: id.gender === '女' ? 'female' : 'male', birthDate: id.birthDate, idNumber: id.idNumber, politicalStatus: 'cpc_member', hireDate: '2015-07-01',
      });
      expect(res.statusCode, res.body).toBe(201);
      ids[name] = res.json().id;
      expect((await org.post('/api/tenures', { personId: ids[name], postId, startDate: '2020-01-01', appointReason: '测试任职' })).statusCode).toBe(201);
      n++;
    }
  });
  afterAll(async () => {
    await december?.close();
    await january?.close();
    await database?.close();
  });

  it('第八条（四）: in December the head owes the year\'s talks; one held on 12-15 is done, one waived; reopened on 2027-01-05 the unmet one is 已逾期 under the same key', async () => {
    const head = on.dec['wj.depthead'];
    const headId = (await head.get('/api/auth/me')).json().personId as number;
    const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: '2026-12-15', talkTime: '10:00', place: '部门办公室', keyPoints: '了解思想和工作情况，提出要求', talkerIds: [headId], subjectIds: [ids.staffA] };
    expect((await head.post('/api/talks', talk)).statusCode).toBe(201);
    const waived = await on.dec['wj.org'].post('/api/duties/waive', { key: `talk_quota:2026:staff:${ids.staffW}`, reason: '本人全年援外支教，经组织部同意免办' });
    expect(waived.statusCode, waived.body).toBe(200);

    const dec = await duties(head, '/api/duties/mine?kind=talk_quota&pageSize=500');
    expect(statusOf(dec, `talk_quota:2026:staff:${ids.staffA}`)).toBe('done');
    expect(statusOf(dec, `talk_quota:2026:staff:${ids.staffB}`)).toBe('due_soon');

    for (const url of ['/api/duties/mine?kind=talk_quota&pageSize=500', `/api/duties?kind=talk_quota&departmentId=${deptId}&pageSize=500`]) {
      const jan = await duties(url.includes('mine') ? on.jan['wj.depthead'] : on.jan['wj.org'], url);
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffB}`), url).toBe('overdue');
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffA}`), url).toBe('done');
      expect(statusOf(jan, `talk_quota:2026:staff:${ids.staffW}`), url).toBe('waived');
      expect(statusOf(jan, `talk_quota:2027:staff:${ids.staffB}`), url).toBe('open');
    }
    expect((await on.jan['wj.depthead'].get('/api/duties/mine?status=overdue&pageSize=500')).json().items.some((d: DutyRow) => d.key === `talk_quota:2026:staff:${ids.staffB}`)).toBe(true);
  });

  it('谈话完成情况: last year stays viewable with ?year=, as at its 31 December, and does not mix with this year', async () => {
    const org = on.jan['wj.org'];
    const last = (await org.get('/api/talks/completion?year=2026')).json();
    expect(last).toMatchObject({ year: 2026, asOf: '2026-12-31' });
    expect(last.total.held).toBeGreaterThan(0);
    const now = (await org.get('/api/talks/completion')).json();
    expect(now).toMatchObject({ year: 2027, asOf: '2027-01-05' });
    expect(now.total.held).toBe(0);
    expect(now.total.required).toBeGreaterThan(0);
  });

  it('第9条: a 2026 training shortfall is 已逾期 in January; hours completed in December stay done; the statistics of 2026 stay viewable', async () => {
    const org = on.dec['wj.org'];
    const course = (await org.post('/api/training/courses', { title: '跨年测试专题培训', organizer: '党委组织部', kind: 'organized', startDate: '2026-12-01', endDate: '2026-12-07', hours: 50 })).json();
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('签到表');
    ws.addRow(['干部培训签到表']);
    ws.addRow(['培训名称：跨年测试专题培训']);
    ws.addRow(['序号', '工号', '姓名', '部门', '学时', '签名']);
    ws.addRow([1, 'Y9104', '跨年sectionT', null, null, null]);
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    expect((await org.post(`/api/training/courses/${course.id}/sign-in`, { fileName: '签到表.xlsx', contentBase64, commit: true })).json()).toMatchObject({ committed: true, imported: 1 });

    const jan = await duties(on.jan['wj.org'], `/api/duties?kind=training_hours&departmentId=${deptId}&pageSize=500`);
    expect(statusOf(jan, `training_hours:2026:${ids.sectionS}`)).toBe('overdue');
    expect(statusOf(jan, `training_hours:2026:${ids.sectionT}`)).toBe('done');
    expect(statusOf(jan, `training_hours:2027:${ids.sectionT}`)).toBe('open');
    const totals = (await on.jan['wj.org'].get('/api/training/totals?year=2026')).json() as { rows: { personId: number; total: number; metOn: string | null }[] };
    expect(totals.rows.find((r) => r.personId === ids.sectionT)).toMatchObject({ total: 50, metOn: '2026-12-07' });
    expect(totals.rows.find((r) => r.personId === ids.sectionS)).toMatchObject({ total: 0, metOn: null });
    expect((await on.jan['wj.org'].get('/api/training/totals?year=2015')).json().error).toMatchObject({ code: 'TRAINING.YEAR', field: 'year' });
  });

  it('tongren-2016 四（三）: an unfiled Q4 department plan and an unfinished second campaign of 2026 are 已逾期 on 2027-01-05, marked 期限系统默认', async () => {
    const dec = await duties(on.dec['wj.discipline'], `/api/duties?kind=interview_plan&departmentId=${newDeptId}&pageSize=500`);
    expect(statusOf(dec, `interview_plan:${newDeptId}:2026Q4`)).toBe('overdue');
    const plan = (await duties(on.jan['wj.discipline'], `/api/duties?kind=interview_plan&departmentId=${newDeptId}&pageSize=500`)).find((d) => d.key === `interview_plan:${newDeptId}:2026Q4`);
    expect(plan).toMatchObject({ status: 'overdue', citation: 'tongren-2016 四（三）', dueIsDefault: true });
    // Whatever the second 2026 campaign's state in December, not done then means overdue now, under the same key.
    const decCampaign = (await duties(on.dec['wj.discipline'], '/api/duties?kind=interview_campaign&pageSize=50')).find((d) => d.key === 'interview_campaign:2026:2')!;
    const jan = await duties(on.jan['wj.discipline'], '/api/duties?kind=interview_campaign&pageSize=50');
    const janCampaign = jan.find((d) => d.key === 'interview_campaign:2026:2')!;
    expect(janCampaign.status).toBe(decCampaign.status === 'done' ? 'done' : 'overdue');
    expect(janCampaign.dueIsDefault).toBe(true);
    expect(jan.some((d) => d.key === 'interview_campaign:2027:1')).toBe(true);
    // 督导检查: this year's campaigns only; the late list still names last year's unfiled Q4 plan.
    const dash = (await on.jan['wj.discipline'].get('/api/interviews/dashboard')).json();
    expect(dash.campaigns.duties.map((d: { dueDate: string }) => d.dueDate.slice(0, 4))).toEqual(['2027', '2027']);
    expect(dash.late.some((d: { title: string }) => d.title.includes('跨年测试处 2026 年第 4 季度'))).toBe(true);
    const lastYear = (await on.jan['wj.discipline'].get('/api/interviews/dashboard?year=2026')).json();
    expect(lastYear.campaigns.duties.map((d: { dueDate: string }) => d.dueDate.slice(0, 4))).toEqual(['2026', '2026']);
  });
});
