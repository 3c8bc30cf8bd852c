import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import type { Database } from '../src/core/db/connection';
import { writeAudit } from '../src/core/audit/audit.writer';
import { purgeAudit, verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { anchorChain, verifyAudit } from '../src/core/audit/audit-anchor.service';
import { anchorLog, readAnchors } from '../src/core/security/audit-anchor';
import { secretKey } from '../src/core/security/keys';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { appRoleStatements } from '../src/core/db/app-role';
import { idNumberCheckChar } from '../src/areas/people/rules/id-number';
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

  it('an untouched log verifies; each event links to the one before; the verification anchors the head', async () => {
    const v = await verify();
    expect(v).toMatchObject({ ok: true, firstBroken: null, anchor: { ok: true, anchors: 0, latest: null, problems: [] } });
    expect(v.checked).toBeGreaterThan(3);
    // One anchor line per chain with events (each college's, and chain 1 for events without a college).
    const chains = v.chains.filter((c: { checked: number }) => c.checked > 0).length;
    expect(chains).toBeGreaterThan(1);
    expect((await verify()).anchor).toMatchObject({ ok: true, anchors: chains, latest: { lastId: expect.any(Number) } });
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
    // Every audit insert refused (the college's chain would be made again if its head were merely taken away).
    await database.db.execute(sql`ALTER TABLE audit_event ADD CONSTRAINT test_audit_refused CHECK (false) NOT VALID`);
    try {
      const res = await org.post('/api/persons', { staffNo: 'AUD001', name: '审计测试', gender: 'male', birthDate: '1980-05-01', idNumber: `11010519800501123${idNumberCheckChar('11010519800501123')}`, politicalStatus: 'masses', hireDate: '2003-07-01' });
      expect(res.statusCode).toBeGreaterThanOrEqual(500);
      expect(await rowCount(database, 'person')).toBe(persons);
    } finally {
      await database.db.execute(sql`ALTER TABLE audit_event DROP CONSTRAINT test_audit_refused`);
    }
  });
});

/** A temporary key directory's anchor file, with the system-log lines kept for the test. */
const tempAnchors = () => {
  const logged: string[] = [];
  const where = anchorLog(path.join(mkdtempSync(path.join(tmpdir(), 'cadre-keys-')), 'audit-anchors.log'), (l) => logged.push(l));
  return { where, logged };
};
const events = async (d: Database, n: number, action = 'test.event') => {
  for (let i = 0; i < n; i++) await writeAudit(d.db, { institutionId: null, action, outcome: 'success', detail: { i } });
};
const lastIds = async (d: Database, n: number) => ((await d.db.execute(sql`SELECT id, mac FROM audit_event ORDER BY id DESC LIMIT ${n}`)).rows as { id: number; mac: string }[]).map((r) => ({ id: Number(r.id), mac: r.mac }));

describe.each(ENGINES)('the audit chain is anchored outside the database on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
  });
  afterAll(async () => database?.close());

  it('an intact chain with anchors verifies; anchors go to the file and the system log, one per new head', async () => {
    const { where, logged } = tempAnchors();
    await events(database, 3);
    expect(await anchorChain(database.db, where)).toEqual({ written: true, problems: [] });
    expect(await anchorChain(database.db, where)).toEqual({ written: false, problems: [] });
    await events(database, 2);
    expect((await anchorChain(database.db, where)).written).toBe(true);
    const v = await verifyAudit(database.db, where);
    expect(v).toMatchObject({ ok: true, firstBroken: null, anchor: { ok: true, anchors: 2, problems: [] } });
    expect(v.anchor.latest).toMatchObject({ lastId: (await lastIds(database, 1))[0].id, count: v.checked });
    expect(logged).toHaveLength(2);
    expect(logged[1]).toMatch(/^审计链锚点 \/ audit anchor \{"v":1,/);
    expect(readFileSync(where.file, 'utf8').trim().split('\n')).toHaveLength(2);
  });

  it('the newest events deleted by the database owner and the head rewound: the chain alone holds, the anchor reports truncation', async () => {
    const d = await freshDatabase(engine, { seed: false });
    const { where } = tempAnchors();
    try {
      await events(d, 6);
      await anchorChain(d.db, where);
      const [newest, second, , keep] = await lastIds(d, 4);
      // As the database owner: triggers off, the last three events deleted, the chain head moved back to the one left.
      await d.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
      try {
        await d.db.execute(sql`DELETE FROM audit_event WHERE id > ${keep.id}`);
      } finally {
        await d.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
      }
      await d.db.execute(sql`UPDATE audit_chain SET last_id = ${keep.id}, last_mac = ${keep.mac} WHERE id = 1`);
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
      const v = await verifyAudit(d.db, where);
      expect(v.ok).toBe(false);
      expect(v.anchor.problems.map((p) => p.code).sort()).toEqual(['AUDIT.REWOUND', 'AUDIT.TRUNCATED']);
      expect(v.firstBroken).toMatchObject({ id: newest.id, reason: expect.stringContaining('最新的审计事件被删除') });
      expect(v.anchor.problems.find((p) => p.code === 'AUDIT.REWOUND')!.message).toContain('链头被回退');
      // The shortened chain does not become the new reference, even after new events.
      await events(d, 4);
      expect((await anchorChain(d.db, where)).written).toBe(false);
      expect((await verifyAudit(d.db, where)).anchor.problems.map((p) => p.code)).toEqual(['AUDIT.TRUNCATED']);
      expect(second.id).toBeLessThan(newest.id);
    } finally {
      await d.close();
    }
  });

  it('the anchored event replaced is reported; a changed or forged anchor line is reported by line', async () => {
    const d = await freshDatabase(engine, { seed: false });
    const { where } = tempAnchors();
    try {
      await events(d, 3);
      await anchorChain(d.db, where);
      const [newest] = await lastIds(d, 1);
      await tamper(d, sql`UPDATE audit_event SET mac = ${'0'.repeat(64)} WHERE id = ${newest.id}`);
      await d.db.execute(sql`UPDATE audit_chain SET last_mac = ${'0'.repeat(64)} WHERE id = 1`);
      expect((await verifyAudit(d.db, where)).anchor.problems.map((p) => p.code)).toContain('AUDIT.REPLACED');
      await tamper(d, sql`UPDATE audit_event SET mac = ${newest.mac} WHERE id = ${newest.id}`);
      await d.db.execute(sql`UPDATE audit_chain SET last_mac = ${newest.mac} WHERE id = 1`);
      expect((await verifyAudit(d.db, where)).ok).toBe(true);

      const line = readFileSync(where.file, 'utf8').trim();
      writeFileSync(where.file, `${line.replace(/"count":\d+/, '"count":1')}\n`);
      const v = await verifyAudit(d.db, where);
      expect(v.ok).toBe(false);
      expect(v.anchor.problems).toEqual([{ code: 'AUDIT.ANCHOR_FILE', message: expect.stringMatching(/第 1 行校验值不符/) }]);
      expect(v.firstBroken?.reason).toContain('锚点被改动或伪造');
      expect((await anchorChain(d.db, where)).written).toBe(false);
      expect(readAnchors(secretKey('audit-hmac'), where.file).bad).toHaveLength(1);
    } finally {
      await d.close();
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
    const { where } = tempAnchors();
    expect((await anchorChain(database.db, where)).written).toBe(true);

    const r = await purgeAudit(database.db, 30);
    expect(r.removed).toBe(3);
    const left = (await database.db.execute(sql`SELECT action FROM audit_event ORDER BY id`)).rows as { action: string }[];
    expect(left.map((x) => x.action)).toEqual(['test.new', 'test.new']);
    expect(await verifyAuditChain(database.db)).toMatchObject({ ok: true, checked: 2 });
    // The anchors concern the head: a purge (fewer events, a new start) does not trip them, and is anchored in turn.
    expect(await verifyAudit(database.db, where)).toMatchObject({ ok: true, anchor: { ok: true, problems: [] } });
    expect(await anchorChain(database.db, where)).toEqual({ written: true, problems: [] });
    expect((await verifyAudit(database.db, where)).anchor).toMatchObject({ ok: true, anchors: 2, latest: { count: 2 } });

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
      await expect(client.query('DELETE FROM audit_chain')).rejects.toThrow(/permission denied/);
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
