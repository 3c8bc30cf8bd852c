import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { testApp, type Client } from './support/app';
import { newCollege, userWith } from './support/factories';
import { newHolder } from './support/people';

const TODAY = '2026-12-20';

/** Issue: regulation fidelity round two, 14 — retiring a person through the person update API. */
describe.each(ENGINES)('retirement on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  /** The audited changes of one person (this test's own), oldest first. */
  const audits = async (personId: number) =>
    (await database.db.execute(sql`SELECT summary -> 'after' AS after FROM audit_event WHERE action = 'person.update' AND outcome = 'success' AND entity_type = 'person' AND entity_id = ${String(personId)} ORDER BY id`)).rows as { after: Record<string, unknown> }[];

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    app = (await testApp(database, { clock: fixedClock(TODAY) })).app;
    // A college of our own under xzcit-2018, taking talks from scitc-2025 附件1 (its suggested adoption).
    const c = await newCollege(database.db, { packId: 'xzcit-2018' });
    org = await userWith(app, c, ['org']);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('scitc-2025 附件1 第五条（二）: retiring ends the posts held on the date (reason 退休, one audited change) and derives the retirement talk', async () => {
    const p = await newHolder(org, { n: 901, rank: 'middle_chief', title: '处长', since: '2018-09-01' });
    const person = async () => (await org.get(`/api/persons/${p.personId}`)).json();
    
    // Refused, changing nothing: no date, a date in the future, a date before the post began.
    for (const [body, code] of [
      [{ status: 'retired' }, 'PERSON.RETIRED_ON_REQUIRED'],
      [{ status: 'retired', retiredOn: '2026-12-21' }, 'PERSON.RETIRED_ON_FUTURE'],
      [{ status: 'retired', retiredOn: '2018-09-01' }, 'PERSON.RETIRED_BEFORE_TENURE'],
      [{ phone: '13800000000', retiredOn: '2026-12-01' }, 'PERSON.RETIRED_ON_UNUSED'],
    ] as const) {
      const res = await org.patch(`/api/persons/${p.personId}`, body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error).toMatchObject({ code, field: 'retiredOn' });
      expect(res.json().error.message).toMatch(/^退休日期：/);
    }
    expect(await person()).toMatchObject({ status: 'active', currentPosts: [{ tenureId: p.tenureId }] });
    expect(await audits(p.personId)).toHaveLength(0);

    const res = await org.patch(`/api/persons/${p.personId}`, { status: 'retired', retiredOn: '2026-12-01', retirementDocNo: '彭城工院党〔2026〕88号' });
    expect(res.statusCode, res.body).toBe(200);
    const after = await person();
    expect(after).toMatchObject({ status: 'retired', currentPosts: [] });
    expect(after.tenures[0]).toMatchObject({ id: p.tenureId, endDate: '2026-12-01', endReason: '退休', endDocNo: '彭城工院党〔2026〕88号' });
    const talk = (after.duties as { key: string; kind: string; citation: string; dueDate: string; title: string }[]).find((d) => d.key === `talk_occasion:retirement:${p.personId}:2026-12-01`);
    expect(talk).toMatchObject({ kind: 'talk_occasion', citation: 'scitc-2025 附件1 第五条（二）', dueDate: '2026-12-31' });
    expect(talk!.title).toContain('退休谈话');
    const audited = await audits(p.personId);
    expect(audited).toHaveLength(1);
    expect(audited[0].after).toMatchObject({ status: ['active', 'retired'], retirement: { retiredOn: '2026-12-01', endedTenures: [{ id: p.tenureId }] } });

    // Saving the retired person's form again (status unchanged) needs no date and ends nothing more.
    expect((await org.patch(`/api/persons/${p.personId}`, { status: 'retired', phone: '13800000001' })).statusCode).toBe(200);
    expect((await person()).tenures[0].endDate).toBe('2026-12-01');
  });
});
