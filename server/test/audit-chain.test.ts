import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/db/connection';
import { writeAudit } from '../src/modules/audit/audit.writer';
import { purgeAudit, verifyAuditChain } from '../src/modules/audit/audit-verify.service';
import { appRoleStatements } from '../src/db/app-role';
import { idNumberCheckChar } from '../src/people/id-number';
import { ENGINES, freshDatabase, rowCount } from './support/database';
import { signIn, testApp, type Client } from './support/app';

/** The database's own message for a refused statement (drizzle wraps it). */
const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
  } catch (e) {
    const err = e as { message: string; cause?: { message: string } };
    return `${err.cause?.message ?? ''} ${err.message}`;
  }
  return 'not refused';
};

/** As the database owner, around the trigger: what an intruder with the owner's password could do. */
const tamper = async (database: Database, statement: ReturnType<typeof sql>) => {
  await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
  try {
    await database.db.execute(statement);
  } finally {
    await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
  }
};

describe.each(ENGINES)('the audit log is a tamper-evident chain (HMAC-SM3) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let auditor: Client;
  let org: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [auditor, org] = await Promise.all([signIn(app, 'wj.auditor'), signIn(app, 'wj.org')]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  const verify = async () => (await auditor.get('/api/audit/verify')).json();
  const ids = async () => ((await database.db.execute(sql`SELECT id FROM audit_event ORDER BY id DESC LIMIT 20`)).rows as { id: number }[]).map((r) => Number(r.id));

  it('an untouched log verifies; each event links to the one before', async () => {
    const v = await verify();
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    expect(v.checked).toBeGreaterThan(3);
  });

  it('a changed event is named as the first broken one; put back, the chain holds again', async () => {
    const [, , target] = await ids();
    const [{ actor_name: original }] = (await database.db.execute(sql`SELECT actor_name FROM audit_event WHERE id = ${target}`)).rows as { actor_name: string | null }[];
    await tamper(database, sql`UPDATE audit_event SET actor_name = '某人' WHERE id = ${target}`);
    expect((await verify()).firstBroken).toMatchObject({ id: target, reason: expect.stringContaining('内容被改动') });
    await tamper(database, sql`UPDATE audit_event SET actor_name = ${original} WHERE id = ${target}`);
    expect((await verify()).ok).toBe(true);
  });

  it('a deleted event breaks the link of the one after it; a deleted last event breaks the tail', async () => {
    const db2 = await freshDatabase(engine);
    const some = async (d: Database) => {
      for (let i = 0; i < 5; i++) await writeAudit(d.db, { institutionId: null, action: 'test.event', outcome: 'success', detail: { i } });
    };
    try {
      await some(db2);
      const [last, mid] = ((await db2.db.execute(sql`SELECT id FROM audit_event ORDER BY id DESC LIMIT 5`)).rows as { id: number }[]).map((r) => Number(r.id));
      await tamper(db2, sql`DELETE FROM audit_event WHERE id = ${mid}`);
      expect((await verifyAuditChain(db2.db)).firstBroken).toMatchObject({ id: last, reason: expect.stringContaining('链接断开') });
      const db3 = await freshDatabase(engine);
      try {
        await some(db3);
        const [tail] = ((await db3.db.execute(sql`SELECT id FROM audit_event ORDER BY id DESC LIMIT 1`)).rows as { id: number }[]).map((r) => Number(r.id));
        await tamper(db3, sql`DELETE FROM audit_event WHERE id = ${tail}`);
        expect((await verifyAuditChain(db3.db)).firstBroken?.reason).toContain('链尾不符');
      } finally {
        await db3.close();
      }
    } finally {
      await db2.close();
    }
  });

  it('the trigger refuses UPDATE and DELETE to anyone, even the owner', async () => {
    const [id] = await ids();
    expect(await refusal(database.db.execute(sql`UPDATE audit_event SET action = 'x' WHERE id = ${id}`))).toMatch(/append-only/);
    expect(await refusal(database.db.execute(sql`DELETE FROM audit_event WHERE id = ${id}`))).toMatch(/append-only/);
  });

  it('if the audit write fails, the change fails with it', async () => {
    const persons = await rowCount(database, 'person');
    await database.db.execute(sql`UPDATE audit_chain SET id = 2 WHERE id = 1`);
    try {
      const res = await org.post('/api/persons', { staffNo: 'AUD001', name: '审计测试', gender: 'male', birthDate: '1980-05-01', idNumber: `11010519800501123${idNumberCheckChar('11010519800501123')}`, politicalStatus: 'masses', hireDate: '2003-07-01' });
      expect(res.statusCode).toBeGreaterThanOrEqual(500);
      expect(await rowCount(database, 'person')).toBe(persons);
    } finally {
      await database.db.execute(sql`UPDATE audit_chain SET id = 1 WHERE id = 2`);
    }
  });
});

describe.each(ENGINES)('audit retention on %s (网络安全法 第二十一条: at least six months)', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
  });
  afterAll(async () => database?.close());
  afterEach(() => vi.useRealTimers());

  it('a purge removes only events older than the retention period; the rest still verifies; younger ones cannot be deleted', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2025-01-10T02:00:00Z'));
    for (let i = 0; i < 3; i++) await writeAudit(database.db, { institutionId: null, action: 'test.old', outcome: 'success', detail: { i } });
    vi.useRealTimers();
    for (let i = 0; i < 2; i++) await writeAudit(database.db, { institutionId: null, action: 'test.new', outcome: 'success', detail: { i } });
    expect((await verifyAuditChain(database.db)).ok).toBe(true);

    const r = await purgeAudit(database.db, 30);
    expect(r.removed).toBe(3);
    const left = (await database.db.execute(sql`SELECT action FROM audit_event ORDER BY id`)).rows as { action: string }[];
    expect(left.map((x) => x.action)).toEqual(['test.new', 'test.new']);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 2 });

    await database.db.execute(sql`SELECT set_config('cadre.audit_purge_before', ${new Date(Date.now() + 86400000).toISOString()}, false)`);
    expect(await refusal(database.db.execute(sql`DELETE FROM audit_event`))).toMatch(/append-only/);
    await database.db.execute(sql`SELECT set_config('cadre.audit_purge_before', '', false)`);
  });
});

describe.runIf(ENGINES.includes('postgres'))('the application role on PostgreSQL', () => {
  it('may read and append audit events but not change or delete them (grant), whatever the trigger', async () => {
    const database = await freshDatabase('postgres');
    const role = `cadre_app_${Math.random().toString(36).slice(2, 8)}`;
    const owner = new URL(process.env.DATABASE_URL!);
    const dbName = ((await database.db.execute(sql`SELECT current_database() AS d`)).rows[0] as { d: string }).d;
    await database.db.execute(sql.raw(`CREATE ROLE ${role} LOGIN PASSWORD 'test'`));
    const client = new pg.Client({ host: owner.hostname, port: Number(owner.port || 5432), user: role, password: 'test', database: dbName });
    try {
      for (const s of appRoleStatements(role)) await database.db.execute(sql.raw(s));
      await client.connect();
      expect((await client.query('SELECT count(*)::int AS n FROM audit_event')).rows[0].n).toBeGreaterThan(0);
      await expect(client.query(`UPDATE audit_event SET action = 'x' WHERE id = (SELECT min(id) FROM audit_event)`)).rejects.toThrow(/permission denied/);
      await expect(client.query('DELETE FROM audit_event')).rejects.toThrow(/permission denied/);
      await expect(client.query('TRUNCATE audit_event')).rejects.toThrow(/permission denied/);
      expect((await client.query('SELECT count(*)::int AS n FROM person')).rows[0].n).toBeGreaterThan(0);
    } finally {
      await client.end().catch(() => undefined);
      await database.close();
      const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
      await admin.connect();
      await admin.query(`DROP OWNED BY ${role}`).catch(() => undefined);
      await admin.query(`DROP ROLE IF EXISTS ${role}`).catch(() => undefined);
      await admin.end();
    }
  });
});
