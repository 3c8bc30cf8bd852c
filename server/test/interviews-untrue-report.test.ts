import { describe, expect, it } from 'vitest';
import { ENGINES } from './support/database';
import type { Client } from './support/app';
import { auditOf, daysAgo, newCollege, newDepartment, newHolder, newPerson, useFactoryApp, userWith, type College } from './support/factories';

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
  const ctx = useFactoryApp(engine);

  /** A college of the test's own (scitc-2025, adopting tongren-2016 for interviews): a 纪委办公室 clerk signed in with the discipline role, and one Party member. */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const clerk = await newHolder(c, { rank: 'section', departmentId: (await newDepartment(c, { name: '纪委办公室', kind: 'party' })).id, title: '纪检干事' });
    const member = await newPerson(c, { politicalStatus: 'cpc_member' });
    return { c, personId: member.id, discipline: await userWith(ctx.app, c, ['discipline'], clerk.personId) };
  }
  const prevention = async (discipline: Client, personId: number) =>
    ((await discipline.get('/api/interviews/suggestions')).json() as Suggestion[]).find((s) => s.personId === personId && s.kind === 'prevention');

  /** A report about the person, checked and concluded with `outcome`; its audit trail is exactly the three steps. */
  async function concluded(c: College, discipline: Client, personId: number, outcome: string) {
    const p = await discipline.post('/api/petitions', { receivedOn: daysAgo(50), channel: 'letter', reportedPersonId: personId, allegation: '反映其在物资采购中收受供应商礼品', anonymous: true });
    expect(p.statusCode, p.body).toBe(201);
    const id = p.json().id as number;
    expect((await discipline.post(`/api/petitions/${id}/actions`, { action: 'check', on: daysAgo(49) })).statusCode).toBe(200);
    const res = await discipline.post(`/api/petitions/${id}/actions`, { action: 'conclude', on: daysAgo(28), outcome, conclusion: '经调取采购档案、走访供应商，作出核查结论' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await auditOf(c, 'petition', id)).toEqual(['petition.create', 'petition.check', 'petition.conclude']);
    return id;
  }

  it.each([
    ['三（一）: 失实 (查无实据) — a target at the conclusion, before any clearance', 'untrue', true],
    ['三（一）: 错告 — a target at the conclusion', 'mistaken', true],
    ['三（一）: a report found true is not a reason for a prevention interview', 'true', false],
  ])('%s', async (_a, outcome, target) => {
    const { c, personId, discipline } = await scene();
    expect(await prevention(discipline, personId)).toBeUndefined();
    await concluded(c, discipline, personId, outcome);
    const s = await prevention(discipline, personId);
    if (!target) return expect(s).toBeUndefined();
    expect(s).toMatchObject({ sources: [{ key: 'cleared' }], article: 'tongren-2016 三（一）' });
    expect(s!.reasons).toEqual([expect.stringContaining('需予以澄清')]);
  });

  it('三（一）: once the clearance is recorded the same report stays one reason, now worded as cleared', async () => {
    const { c, personId, discipline } = await scene();
    const id = await concluded(c, discipline, personId, 'untrue');
    const clear = await discipline.post(`/api/petitions/${id}/actions`, { action: 'clear', on: daysAgo(20), scope: 'talk', detail: '纪委负责同志与本人谈话澄清' });
    expect(clear.statusCode, clear.body).toBe(200);
    const s = await prevention(discipline, personId);
    expect(s).toMatchObject({ sources: [{ key: 'cleared' }], article: 'tongren-2016 三（一）' });
    expect(s?.reasons).toEqual([expect.stringContaining('已澄清正名')]);
  });
});
