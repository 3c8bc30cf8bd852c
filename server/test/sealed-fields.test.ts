import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** GB/T 39786-2021: talk notes, interview records and reporters' identities are ciphertext in the database. */
describe.each(ENGINES)('sensitive fields encrypted at rest (SM4 + HMAC-SM3) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let discipline: Client;
  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [org, discipline] = await Promise.all([signIn(app, 'pc.org'), signIn(app, 'pc.discipline')]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  const raw = async (q: ReturnType<typeof sql>) => (await database.db.execute(q)).rows[0] as Record<string, string | number>;

  it('the database holds ciphertext; the people allowed read plain text', async () => {
    const held = (await org.get('/api/talks?scope=all&status=held&pageSize=1')).json().items[0];
    const t = await raw(sql`SELECT id, key_points FROM talk WHERE id = ${held.id}`);
    expect(String(t.key_points)).toMatch(/^sm4:1:/);
    const shown = (await org.get(`/api/talks/${t.id}`)).json();
    expect(shown.keyPoints).toBeTruthy();
    expect(shown.keyPoints).not.toMatch(/^sm4:/);

    const named = ((await discipline.get('/api/petitions')).json() as { id: number; reporterName: string | null }[]).find((x) => x.reporterName)!;
    const p = await raw(sql`SELECT id, reporter_name FROM petition WHERE id = ${named.id}`);
    expect(String(p.reporter_name)).toMatch(/^sm4:1:/);
    const petition = (await discipline.get(`/api/petitions/${p.id}`)).json();
    expect(petition.reporterName).toMatch(/^[\u4e00-\u9fa5]{2,4}$/);

    const i = await raw(sql`SELECT record FROM interview WHERE record IS NOT NULL LIMIT 1`);
    expect(String(i.record)).toMatch(/^sm4:1:/);
  });

  it('a value changed in the database outside the app is refused on reading, not shown', async () => {
    const held = (await org.get('/api/talks?scope=all&status=held&pageSize=2')).json().items[1];
    const t = await raw(sql`SELECT id, key_points FROM talk WHERE id = ${held.id}`);
    const b = Buffer.from(String(t.key_points).slice(6), 'base64');
    b[20] ^= 1;
    await database.db.execute(sql`UPDATE talk SET key_points = ${`sm4:1:${b.toString('base64')}`} WHERE id = ${t.id}`);
    const res = await org.get(`/api/talks/${t.id}`);
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toMatchObject({ code: 'DATA.INTEGRITY', message: expect.stringContaining('完整性校验失败') });
  });
});
