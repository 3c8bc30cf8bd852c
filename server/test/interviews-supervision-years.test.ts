import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, type TestDatabase } from './support/database';
import { testApp, type Client } from './support/app';
import { newAccount, newCollege, newDepartment, newHolder, newPerson, newPost, newTenure, signInAs } from './support/factories';
import { newDepartmentPlan, newInterview } from './support/area-factories';

interface Row { departmentId: number | null; year: number; title: string; dueDate: string; kind: string }
interface Dashboard { year: number; late: Row[]; lateDepartments: number; lateAsOf: string; carriedOver: Row[]; campaigns: { duties: { dueDate: string }[] } }

/**
 * 督导检查 (tongren-2016 六（二）) by year: a department's quarterly plan (四（三）) or statistics table (六（一）) of 2025
 * never filed is 逾期未报 on the 2025 page, and on the 2026 page only apart, with its year, outside the 2026 count.
 * One college's rows, built once; apps on the same database live on 2026-03-01, 2026-12-07 and 2028-03-01.
 */
describe.each(ENGINES)('interview supervision across years on %s', (engine) => {
  let database: TestDatabase;
  const apps: Record<string, FastifyInstance> = {};
  const discipline: Record<string, Client> = {};
  const ids = { jia: 0, yi: 0 };
  const DATES = ['2026-03-01', '2026-12-07', '2028-03-01'] as const;

  /**
   * Under scitc-2025 (interviews under the adopted tongren-2016, carry-over one year, a system default), everyone in post
   * since 2020: 甲处 (admin) and 乙学院 (academic), each with its chief; 乙学院's chief interviewed one of its staff on
   * 2025-11-20 (a department interview: its statistics table for 2025 Q4 is owed). Plans filed: 甲处 2025 Q1, Q2, Q4
   * on time and never Q3; 2026 Q1 and Q3 on time, Q2 late (2026-05-20), never Q4. 乙学院 every quarter of 2025 on time
   * but Q4, filed late on 2026-02-10; every quarter of 2026 on time. 乙学院's 2025 Q4 statistics table never reported;
   * no campaign held. Nothing of 2024.
   */
  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    for (const d of DATES) apps[d] = (await testApp(database, { clock: fixedClock(d) })).app;
    const c = await newCollege(database.db);
    const since = '2020-01-01';
    const jia = await newDepartment(c, { name: '甲处', kind: 'admin' });
    await newHolder(c, { rank: 'middle_chief', departmentId: jia.id, title: '处长', isHead: true, since });
    const yi = await newDepartment(c, { name: '乙学院', kind: 'academic' });
    const yiChief = await newHolder(c, { rank: 'middle_chief', departmentId: yi.id, title: '院长', isHead: true, since });
    const member = await newPerson(c, { politicalStatus: 'cpc_member' });
    await newTenure(c, { personId: member.id, postId: (await newPost(c, { departmentId: yi.id, title: '科员', rank: 'staff' })).id, startDate: since });
    await newInterview(c, { targetIds: [member.id], leadPersonId: yiChief.personId, organizerKind: 'department', organizerDepartmentId: yi.id, targetDepartmentId: yi.id, on: '2025-11-20' });
    const onTime = (year: number, q: number) => `${year}-${String(q * 3 - 2).padStart(2, '0')}-05`;
    for (const q of [1, 2, 4]) await newDepartmentPlan(c, { departmentId: jia.id, year: 2025, quarter: q, filedOn: onTime(2025, q) });
    for (const q of [1, 3]) await newDepartmentPlan(c, { departmentId: jia.id, year: 2026, quarter: q, filedOn: onTime(2026, q) });
    await newDepartmentPlan(c, { departmentId: jia.id, year: 2026, quarter: 2, filedOn: '2026-05-20' });
    for (const q of [1, 2, 3]) await newDepartmentPlan(c, { departmentId: yi.id, year: 2025, quarter: q, filedOn: onTime(2025, q) });
    await newDepartmentPlan(c, { departmentId: yi.id, year: 2025, quarter: 4, filedOn: '2026-02-10' });
    for (const q of [1, 2, 3, 4]) await newDepartmentPlan(c, { departmentId: yi.id, year: 2026, quarter: q, filedOn: onTime(2026, q) });
    const acct = await newAccount(c, { roles: ['discipline'] });
    for (const d of DATES) discipline[d] = await signInAs(apps[d], acct);
    Object.assign(ids, { jia: jia.id, yi: yi.id });
  });
  afterAll(async () => {
    for (const a of Object.values(apps)) await a?.close();
    await database?.close();
  });

  const dashboard = async (on: string, year: number): Promise<Dashboard> => {
    const res = await discipline[on].get(`/api/interviews/dashboard?year=${year}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };
  // What the page lists: department, year and quarter of each item, as its title reads.
  const named = (rows: Row[]) => rows.map((r) => `${r.year}|${r.title.replace(/《党员干部约谈情况统计表》报纪检监察室|约谈计划报纪检监察室备案/, (m) => (m.includes('统计表') ? '统计表' : '计划'))}`);

  it.each<[string, string, number, string, string[], number, string[]]>([
    // article, today, page year, judged on, the year's 逾期未报 (year|title), departments, carried over apart (year|title)
    ['四（三）六（一）: on 2026-03-01 the 2025 page lists the plan 甲处 never filed and the statistics table 乙学院 never reported (due 2026-01-10); the Q4 plan filed late is not 未报; nothing of 2024',
      '2026-03-01', 2025, '2026-03-01', ['2025|甲处 2025 年第 3 季度计划', '2025|乙学院 2025 年第 4 季度统计表'], 2, []],
    ['四（三）: on 2026-03-01 the 2026 page counts no 2026 plan late (both filed Q1); the 2025 ones, and the two 2025 campaigns not held, are listed apart with their year',
      '2026-03-01', 2026, '2026-03-01', [], 0, ['2025|2025 年第 1 次集中约谈', '2025|甲处 2025 年第 3 季度计划', '2025|2025 年第 2 次集中约谈', '2025|乙学院 2025 年第 4 季度统计表']],
    ['四（三）: on 2026-12-07 the 2026 page counts 甲处\'s Q4 plan only (Q2 was filed late, so it is no longer 未报); 2025 apart',
      '2026-12-07', 2026, '2026-12-07', ['2026|甲处 2026 年第 4 季度计划'], 1, ['2025|2025 年第 1 次集中约谈', '2025|甲处 2025 年第 3 季度计划', '2025|2025 年第 2 次集中约谈', '2025|乙学院 2025 年第 4 季度统计表']],
    ['四（三）六（一）: on 2026-12-07 the 2025 page still lists what 2025 left unfiled',
      '2026-12-07', 2025, '2026-12-07', ['2025|甲处 2025 年第 3 季度计划', '2025|乙学院 2025 年第 4 季度统计表'], 2, []],
    ['四（三）六（一）, carry-over one year (系统默认): on 2028-03-01 2025 is no longer carried — judged as at 2026-12-31, its last day carried',
      '2028-03-01', 2025, '2026-12-31', ['2025|甲处 2025 年第 3 季度计划', '2025|乙学院 2025 年第 4 季度统计表'], 2, []],
    ['四（三）: on 2028-03-01 the 2026 page, judged as at 2027-12-31, lists 甲处\'s Q4 plan and nothing of 2025',
      '2028-03-01', 2026, '2027-12-31', ['2026|甲处 2026 年第 4 季度计划'], 1, []],
  ])('%s', async (_article, today, year, judgedOn, late, departments, carried) => {
    const d = await dashboard(today, year);
    expect(d.lateAsOf).toBe(judgedOn);
    expect(named(d.late)).toEqual(late);
    expect(d.lateDepartments).toBe(departments);
    expect(named(d.carriedOver)).toEqual(carried);
    // Every figure of the page is the year's own.
    expect(d.late.every((r) => r.year === year && r.title.includes(`${year} 年`))).toBe(true);
    expect(d.carriedOver.every((r) => r.year < year)).toBe(true);
    expect(d.campaigns.duties.map((c) => c.dueDate.slice(0, 4))).toEqual([String(year), String(year)]);
  });
});
