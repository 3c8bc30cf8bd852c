import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

// The words and rules every page shows come with the session when the web asks (GET /api/auth/me?include=policy):
// the same as the three policy reads it used to make after the session answered, which stay as they were.
describe.each(ENGINES)('the session with its policy on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let pc: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    org = await signIn(app, 'wj.org');
    pc = await signIn(app, 'pc.org');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('include=policy brings the documents, the vocabulary and the college rules the three reads give', async () => {
    const me = (await org.get('/api/auth/me?include=policy')).json();
    expect(me.username).toBe('wj.org');
    expect(me.policy.documents).toEqual((await org.get('/api/policy/documents')).json().documents);
    expect(me.policy.vocabulary).toEqual((await org.get('/api/policy/vocabulary')).json());
    expect(me.policy.rules).toEqual((await org.get('/api/policy')).json().rules);
    // What a user sees: a rule named in Chinese with its article, and a rank by its Chinese name.
    expect(me.policy.rules.length).toBeGreaterThan(10);
    expect(me.policy.rules.some((r: { description: string; citation: string | null }) => /[\u4e00-\u9fa5]/.test(r.description) && r.citation?.includes('第'))).toBe(true);
    expect(Object.values(me.policy.vocabulary.groups.rank)).toContain('中层正职');
  });

  it('each college gets its own rules', async () => {
    const wj = (await org.get('/api/auth/me?include=policy')).json().policy.rules;
    const other = (await pc.get('/api/auth/me?include=policy')).json().policy.rules;
    expect(other).toEqual((await pc.get('/api/policy')).json().rules);
    expect(other).not.toEqual(wj);
  });

  it('without the flag the session answers as before, without the policy', async () => {
    const me = (await org.get('/api/auth/me')).json();
    expect(me.policy).toBeUndefined();
    expect(me.permissions).toContain('policy.read');
  });

  it('an account that must first change its password gets who it is, not the regulations (as the three reads refuse it)', async () => {
    const staff = await signIn(app, 'wj.staff');
    await database.db.execute(sql`UPDATE account SET must_change_password = true WHERE username = 'wj.staff'`);
    try {
      const me = (await staff.get('/api/auth/me?include=policy')).json();
      expect(me.mustChangePassword).toBe(true);
      expect(me.policy).toBeUndefined();
      expect((await staff.get('/api/policy')).statusCode).toBe(403);
    } finally {
      await database.db.execute(sql`UPDATE account SET must_change_password = false WHERE username = 'wj.staff'`);
    }
  });

  it('an unknown include is refused in Chinese', async () => {
    const res = await org.get('/api/auth/me?include=everything');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/include/);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });
});
