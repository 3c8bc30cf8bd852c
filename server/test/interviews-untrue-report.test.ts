import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { fictionalId } from './support/roster-files';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

const TODAY = '2026-11-30';

interface Suggestion {
  personId: number;
  kind: string;
  sources: { key: string }[];
  reasons: string[];
  article: string | null;
}

/**
 * tongren-2016 三（一）: 有反映问题线索，经核实反映问题不属实，需要予以澄清的党员干部 are targets of a prevention interview.
 * Across the tolerance area (the register of reports, 澄清保护) and the interviews area: the conclusion that a report is
 * untrue makes its subject a suggested target at once — the interview may be how they are cleared — and the clearance
 * keeps them one, as one reason per report.
 */
describe.each(ENGINES)('a report found untrue makes a prevention-interview target on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let discipline: Client;
  const suggestions = async () => (await discipline.get('/api/interviews/suggestions')).json() as Suggestion[];
  const prevention = async (personId: number) => (await suggestions()).find((s) => s.personId === personId && s.kind === 'prevention');

  /** A Party member of our own, entered as the organization department enters people. */
  async function member(n: number) {
    const id = fictionalId(91_000 + n);
    const res = await org.post('/api/persons', { staffNo: `UNTRUE${n}`, name: `澄清测试${n}`, gender: id.gender === '男' ? 'male' : 'female', birthDate: id.birthDate, idNumber: id.idNumber, politicalStatus: 'cpc_member', hireDate: '2008-09-01' });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as number;
  }
  /** A report about the person, checked and concluded with `outcome`. */
  async function concluded(personId: number, outcome: string) {
    const p = await discipline.post('/api/petitions', { receivedOn: '2026-10-09', channel: 'letter', reportedPersonId: personId, allegation: '反映其在物资采购中收受供应商礼品', anonymous: true });
    expect(p.statusCode, p.body).toBe(201);
    const id = p.json().id as number;
    expect((await discipline.post(`/api/petitions/${id}/actions`, { action: 'check', on: '2026-10-10' })).statusCode).toBe(200);
    const c = await discipline.post(`/api/petitions/${id}/actions`, { action: 'conclude', on: '2026-11-02', outcome, conclusion: '经调取采购档案、走访供应商，作出核查结论' });
    expect(c.statusCode, c.body).toBe(200);
    return id;
  }

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { clock: fixedClock(TODAY) })).app;
    [org, discipline] = await Promise.all(['wj.org', 'wj.discipline'].map((u) => signIn(app, u)));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it.each([
    ['三（一）: 失实 (查无实据) — a target at the conclusion, before any clearance', 'untrue', 1, true],
    ['三（一）: 错告 — a target at the conclusion', 'mistaken', 2, true],
    ['三（一）: a report found true is not a reason for a prevention interview', 'true', 3, false],
  ])('%s', async (_a, outcome, n, target) => {
    const personId = await member(n);
    expect(await prevention(personId)).toBeUndefined();
    await concluded(personId, outcome);
    const s = await prevention(personId);
    if (!target) return expect(s).toBeUndefined();
    expect(s).toMatchObject({ sources: [{ key: 'cleared' }], article: 'tongren-2016 三（一）' });
    expect(s!.reasons).toEqual([expect.stringContaining('需予以澄清')]);
  });

  it('三（一）: once the clearance is recorded the same report stays one reason, now worded as cleared', async () => {
    const personId = await member(4);
    const id = await concluded(personId, 'untrue');
    const clear = await discipline.post(`/api/petitions/${id}/actions`, { action: 'clear', on: '2026-11-10', scope: 'talk', detail: '纪委负责同志与本人谈话澄清' });
    expect(clear.statusCode, clear.body).toBe(200);
    const s = await prevention(personId);
    expect(s?.reasons).toEqual([expect.stringContaining('已澄清正名')]);
  });
});
