import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';
import { freshDatabase, packs, ENGINES, type TestDatabase } from './support/database';

/**
 * Two transactions that wait on each other: PostgreSQL fails one of them (a deadlock). The request whose transaction
 * it failed is answered 409 in Chinese, not a server error, and nothing of it is saved. PostgreSQL only: PGlite runs
 * one transaction at a time.
 */
describe.runIf(ENGINES.includes('postgres'))('a request caught in a deadlock (PostgreSQL)', () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  beforeAll(async () => {
    database = await freshDatabase('postgres', { seed: false });
    await database.db.execute(sql`CREATE TABLE conflict_probe (id int PRIMARY KEY, n int NOT NULL); INSERT INTO conflict_probe VALUES (1, 0), (2, 0)`);
    const config = { ...loadConfig({}), webDist: '/nonexistent' };
    // A route that takes row 1, then row 2 — the order the test's own transaction reverses.
    app = (await buildApp({ db: database.db, packs, config }, {
      extraRoutes: async (a) => {
        a.post('/api/test-conflict', { config: { access: 'public' } }, async () => {
          await database.db.transaction(async (tx) => {
            await tx.execute(sql`UPDATE conflict_probe SET n = n + 1 WHERE id = 1`);
            await tx.execute(sql`UPDATE conflict_probe SET n = n + 1 WHERE id = 2`);
          });
          return { ok: true };
        });
      },
    })).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('is refused 409 DATA.CONFLICT 「与他人同时办理同一事项，操作未保存，请刷新后重试」, its writes rolled back', async () => {
    const waiting = async () => Number((await database.db.execute(sql`SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0]!.n);
    let answer: Awaited<ReturnType<FastifyInstance['inject']>> | undefined;
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`UPDATE conflict_probe SET n = n + 10 WHERE id = 2`);
      const request = app.inject({ method: 'POST', url: '/api/test-conflict', payload: {} }).then((r) => (answer = r));
      // The request holds row 1 and waits for row 2 first; so its backend finds the deadlock and gives up.
      for (let i = 0; i < 100 && (await waiting()) === 0; i++) await new Promise((r) => setTimeout(r, 50));
      await tx.execute(sql`UPDATE conflict_probe SET n = n + 10 WHERE id = 1`);
      await request;
    });
    expect(answer!.statusCode).toBe(409);
    expect(answer!.json()).toEqual({ error: { code: 'DATA.CONFLICT', message: '与他人同时办理同一事项，操作未保存，请刷新后重试' } });
    const rows = (await database.db.execute(sql`SELECT id, n FROM conflict_probe ORDER BY id`)).rows;
    expect(rows).toEqual([{ id: 1, n: 10 }, { id: 2, n: 10 }]);
  });
});
