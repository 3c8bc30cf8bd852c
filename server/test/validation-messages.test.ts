import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** What no validation message shows: zod's jargon, JavaScript's values, English words (the date format excepted). */
const JARGON = /NaN|undefined|null|实际接收|期望|无效输入/;
const englishIn = (m: string) => m.replace(/YYYY-MM-DD/g, '').match(/[A-Za-z]{2,}/g) ?? [];

const petition = { receivedOn: '2026-11-02', channel: 'letter', reportedPersonId: 1, allegation: '反映其在物资采购中收受礼品', anonymous: true };

/**
 * Regulation fidelity round two, 16: bad input on real routes answers a 400 in plain Chinese that names the field and
 * what is expected — “编号应为数字”, never “路径参数编号：无效输入：期望 数字，实际接收 NaN” — and changes nothing.
 */
describe.each(ENGINES)('validation messages on real routes on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let discipline: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { clock: fixedClock('2026-11-30') })).app;
    discipline = await signIn(app, 'wj.discipline');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.each<[string, 'get' | 'post', string, unknown, string, string]>([
    ['a path number that is not a number', 'get', '/api/interviews/abc', undefined, 'id', '编号应为数字'],
    ['a path number with a fraction', 'get', '/api/interview-plans/1.5', undefined, 'id', '编号应为整数'],
    ['a path number of zero', 'get', '/api/written-inquiries/0', undefined, 'id', '编号应为正整数'],
    ['a query year that is not a number', 'get', '/api/interviews?year=abc', undefined, 'year', '查询条件年份应为数字'],
    ['a query year too early', 'get', '/api/interviews?year=1999', undefined, 'year', '查询条件年份不能小于 2000'],
    ['a query year too late', 'get', '/api/interviews?year=3000', undefined, 'year', '查询条件年份不能大于 2100'],
    ['a query choice out of range (identifiers are not shown)', 'get', '/api/interview-plans?kind=xyz', undefined, 'kind', '查询条件类别取值不在可选范围内'],
    ['a date in the wrong format', 'post', '/api/petitions', { ...petition, receivedOn: '2026-13-01' }, 'receivedOn', '收到日期应为有效日期，格式 YYYY-MM-DD'],
    ['a required field left out', 'post', '/api/petitions', { ...petition, receivedOn: undefined }, 'receivedOn', '收到日期不能为空'],
    ['an id given as text', 'post', '/api/petitions', { ...petition, reportedPersonId: 'abc' }, 'reportedPersonId', '被反映人应为数字'],
    ['an id with a fraction', 'post', '/api/petitions', { ...petition, reportedPersonId: 1.5 }, 'reportedPersonId', '被反映人应为整数'],
    ['yes or no given as text', 'post', '/api/petitions', { ...petition, anonymous: 'yes' }, 'anonymous', '匿名应为“是”或“否”'],
    ['text too long', 'post', '/api/petitions', { ...petition, allegation: '多'.repeat(3001) }, 'allegation', '反映的问题不能超过 3000 个字'],
    ['a list given as text', 'post', '/api/interviews', { kind: 'prevention', form: 'individual', topic: '廉政提醒谈话', targets: 'x', leadPersonId: 1, scheduledOn: '2026-12-01', place: '会议室' }, 'targets', '约谈对象应为列表'],
    ['a number given as text in a plan', 'post', '/api/interview-plans', { kind: 'campaign', year: '二〇二六', title: '集中约谈计划', summary: '梳理问题线索，甄选约谈对象' }, 'year', '年度应为数字'],
  ])('%s', async (_a, method, url, payload, field, message) => {
    const res = method === 'get' ? await discipline.get(url) : await discipline.post(url, payload);
    expect(res.statusCode, res.body).toBe(400);
    const error = res.json().error;
    expect(error).toMatchObject({ code: 'VALIDATION.INVALID', field, message });
    expect(error.message).not.toMatch(JARGON);
    expect(englishIn(error.message)).toEqual([]);
  });

  it('a body that is not an object is refused in plain Chinese', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/petitions', headers: { cookie: discipline.cookie, 'content-type': 'application/json' }, payload: '[]' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('请求内容不正确：内容格式不正确');
  });
});
