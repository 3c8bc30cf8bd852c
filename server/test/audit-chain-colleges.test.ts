import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../src/core/db/connection';
import { writeAudit } from '../src/core/audit/audit.writer';
import { CHAINS_PER_COLLEGE } from '../src/core/audit/chain-turns';
import { verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { anchorChain, verifyAudit } from '../src/core/audit/audit-anchor.service';
import { anchorLog } from '../src/core/security/audit-anchor';
import { ENGINES, freshDatabase } from './support/database';
import { untilWaitingOnALock } from './support/locks';
import { byChain, eventsOfCollege, links } from './support/audit-chains';
import { newCollege, type College } from './support/factories';
import { factsVersion } from '../src/core/db/facts-version';
import { institution } from '../src/core/db/schema';

/** As the database owner, around the append-only trigger: what an intruder with the owner's password could do. */
const tamper = async (database: Database, statement: ReturnType<typeof sql>) => {
  await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER USER`);
  try {
    await database.db.execute(statement);
  } finally {
    await database.db.execute(sql`ALTER TABLE audit_event ENABLE TRIGGER USER`);
  }
};
const anchors = () => anchorLog(path.join(mkdtempSync(path.join(tmpdir(), 'cadre-keys-')), 'audit-anchors.log'), () => undefined);
const write = (d: Database, c: College | null, action: string) => writeAudit(d.db, { institutionId: c?.id ?? null, action, outcome: 'success', detail: { action } });
const factsVersionOf = async (d: Database, c: College) => (await d.db.select({ v: factsVersion }).from(institution).where(eq(institution.id, c.id)))[0].v;
const eventsOf = (d: Database, c: College) => eventsOfCollege(d.db, c.id);

describe.each(ENGINES)('one audit chain per college (issue 27; GB/T 22239-2019 8.1.4.3) on %s', (engine) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
  });
  afterAll(async () => database?.close());

  it("two colleges' events interleaved: each links to its own college's previous event, and each chain verifies on its own", async () => {
    const [a, b] = [await newCollege(database.db), await newCollege(database.db)];
    for (const [c, n] of [[a, 1], [b, 1], [a, 2], [null, 1], [b, 2], [a, 3]] as const) await write(database, c, `test.${c ? c.code : 'system'}.${n}`);
    const [ea, eb] = [await eventsOf(database, a), await eventsOf(database, b)];
    expect(ea.map((e) => e.prev_mac)).toEqual(['', ea[0].mac, ea[1].mac]);
    expect(eb.map((e) => e.prev_mac)).toEqual(['', eb[0].mac]);
    expect(new Set(ea.map((e) => e.chain_id)).size).toBe(1);
    expect(ea[0].chain_id).not.toBe(eb[0].chain_id);
    const v = await verifyAuditChain(database.db);
    expect(v).toMatchObject({ ok: true, firstBroken: null });
    expect(v.chains.find((r) => r.chain.institutionId === a.id)).toMatchObject({ ok: true, checked: 3, chain: { name: expect.stringMatching(/^测试学院\d+审计链$/) } });
    expect(v.chains.find((r) => r.chain.institutionId === b.id)).toMatchObject({ ok: true, checked: 2 });
    expect(v.chains.find((r) => r.chain.id === 1)).toMatchObject({ ok: true, checked: 1 });
  });

  it("an event changed in one college's chain is named with that chain; the other college's chain still holds", async () => {
    const [a, b] = [await newCollege(database.db), await newCollege(database.db)];
    for (const c of [a, b, a, b, a]) await write(database, c, 'test.event');
    const [, target] = await eventsOf(database, a);
    await tamper(database, sql`UPDATE audit_event SET actor_name = '他人' WHERE id = ${target.id}`);
    try {
      const v = await verifyAuditChain(database.db);
      const name = v.chains.find((r) => r.chain.institutionId === a.id)!.chain.name;
      expect(v.ok).toBe(false);
      expect(v.firstBroken).toMatchObject({ id: target.id, reason: `${name}：校验值不符：该事件的内容被改动` });
      expect(v.chains.find((r) => r.chain.institutionId === b.id)).toMatchObject({ ok: true, firstBroken: null });
    } finally {
      // Put back, the chain holds again.
      await tamper(database, sql`UPDATE audit_event SET actor_name = NULL WHERE id = ${target.id}`);
    }
  });

  it("the last event of one college's chain deleted and its head rewound: the chain alone holds, the anchor names that chain", async () => {
    const d = await freshDatabase(engine, { seed: false });
    try {
      const [a, b] = [await newCollege(d.db), await newCollege(d.db)];
      for (const c of [a, b, a, b, a, b]) await write(d, c, 'test.event');
      const where = anchors();
      expect(await anchorChain(d.db, where)).toEqual({ written: true, problems: [] });
      const eb = await eventsOf(d, b);
      const [keep, last] = eb.slice(-2);
      await tamper(d, sql`DELETE FROM audit_event WHERE id = ${last.id}`);
      // Without the head rewound, the chain itself already shows it.
      expect((await verifyAuditChain(d.db)).firstBroken?.reason).toMatch(/审计链：链尾不符/);
      await d.db.execute(sql`UPDATE audit_chain SET last_id = ${keep.id}, last_mac = ${keep.mac} WHERE institution_id = ${b.id}`);
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
      const v = await verifyAudit(d.db, where);
      const name = v.chains.find((r) => r.chain.institutionId === b.id)!.chain.name;
      expect(v.ok).toBe(false);
      expect(v.anchor.problems.map((p) => p.code).sort()).toEqual(['AUDIT.REWOUND', 'AUDIT.TRUNCATED']);
      expect(v.anchor.problems.every((p) => p.message.startsWith(`${name}：`))).toBe(true);
      expect(v.firstBroken).toMatchObject({ id: last.id, reason: expect.stringContaining('最新的审计事件被删除') });
      // College a's newer events do not hide it, and the shortened chain does not become the new reference.
      await write(d, a, 'test.later');
      expect((await anchorChain(d.db, where)).written).toBe(false);
    } finally {
      await d.close();
    }
  });

  it("a command's facts version moves on once with its event, also when the head this process knew has moved; a rolled-back one not at all", async () => {
    const c = await newCollege(database.db);
    const version = () => factsVersionOf(database, c);
    const command = (action: string) => database.db.transaction((tx) => writeAudit(tx, { institutionId: c.id, action, outcome: 'success' }, { bumpFacts: true }));
    const start = await version();
    await command('test.first'); // the chain's first event: no head known yet
    await command('test.second'); // the head this process wrote
    expect(await version()).toBe(start + 2);
    const undone = database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: c.id, action: 'test.undone', outcome: 'success' }, { bumpFacts: true });
      throw new Error('命令失败');
    });
    await expect(undone).rejects.toThrow('命令失败');
    expect(await version()).toBe(start + 2);
    await command('test.after'); // the head known is the rolled-back one: locked and read again
    expect(await version()).toBe(start + 3);
    expect((await eventsOf(database, c)).length).toBe(3);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it('a command rolled back after writing its audit event: the next event links to the last one kept', async () => {
    const c = await newCollege(database.db);
    await write(database, c, 'test.kept');
    const undone = database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: c.id, action: 'test.undone', outcome: 'success' });
      throw new Error('命令失败');
    });
    await expect(undone).rejects.toThrow('命令失败');
    await write(database, c, 'test.after');
    const events = await eventsOf(database, c);
    expect(events).toHaveLength(2);
    expect(events[1].prev_mac).toBe(events[0].mac);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });

  it("one transaction writing to two colleges' chains is refused, and nothing of it is stored", async () => {
    const [a, b] = [await newCollege(database.db), await newCollege(database.db)];
    const both = database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: a.id, action: 'test.first', outcome: 'success' });
      await writeAudit(tx, { institutionId: b.id, action: 'test.second', outcome: 'success' });
    });
    await expect(both).rejects.toThrow(/同一事务只能写入一条审计链/);
    expect([...(await eventsOf(database, a)), ...(await eventsOf(database, b))]).toHaveLength(0);
    // Two events of the same college in one transaction are fine.
    await database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: a.id, action: 'test.first', outcome: 'success' });
      await writeAudit(tx, { institutionId: a.id, action: 'test.second', outcome: 'success' });
    });
    const events = await eventsOf(database, a);
    expect(events.map((e) => e.prev_mac)).toEqual(['', events[0].mac]);
  });

  it('a college added later gets its chain with its first event', async () => {
    const c = await newCollege(database.db);
    expect((await database.db.execute(sql`SELECT 1 FROM audit_chain WHERE institution_id = ${c.id}`)).rows).toHaveLength(0);
    await write(database, c, 'test.first');
    await write(database, c, 'test.second');
    const [first, second] = await eventsOf(database, c);
    expect(first.prev_mac).toBe('');
    expect(second.prev_mac).toBe(first.mac);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});

describe.runIf(ENGINES.includes('postgres'))('colleges do not wait on each other (PostgreSQL)', () => {
  it('many writers of one college at once: they spread over its chains, and in each every event links to the one committed before it', async () => {
    const d = await freshDatabase('postgres', { seed: false });
    try {
      const c = await newCollege(d.db);
      const start = await factsVersionOf(d, c);
      await Promise.all(Array.from({ length: 40 }, (_, i) => d.db.transaction((tx) => writeAudit(tx, { institutionId: c.id, action: `test.concurrent.${i}`, outcome: 'success' }, { bumpFacts: true }))));
      const events = await eventsOf(d, c);
      expect(events).toHaveLength(40);
      const chains = byChain(events);
      expect(chains.size).toBeGreaterThan(1);
      expect(chains.size).toBeLessThanOrEqual(CHAINS_PER_COLLEGE);
      for (const chain of chains.values()) {
        const { carried, expected } = links(chain);
        expect(carried).toEqual(expected);
      }
      // Every command moved the facts version once, whichever chain it went to.
      expect(await factsVersionOf(d, c)).toBe(start + 40);
      const v = await verifyAuditChain(d.db);
      expect(v.ok).toBe(true);
      expect(v.chains.filter((r) => r.chain.institutionId === c.id).map((r) => r.chain.name).sort()).toEqual(
        [...chains.keys()].map((_, i) => `测试学院${c.code.slice(2)}审计链${i ? `（第 ${i + 1} 条）` : ''}`).sort());
    } finally {
      await d.close();
    }
  });

  it('a transaction holding its college first, and commands of that college meanwhile: the locks are taken in one order, no deadlock', async () => {
    const d = await freshDatabase('postgres', { seed: false });
    try {
      const c = await newCollege(d.db);
      const command = (action: string) => d.db.transaction((tx) => writeAudit(tx, { institutionId: c.id, action, outcome: 'success' }, { bumpFacts: true }));
      await command('test.first');
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      // As an import does: the college locked first, its event appended at the end.
      const importing = d.db.transaction(async (tx) => {
        await tx.execute(sql`SELECT id FROM institution WHERE id = ${c.id} FOR NO KEY UPDATE`);
        await held;
        await writeAudit(tx, { institutionId: c.id, action: 'test.import', outcome: 'success' });
      });
      await new Promise((r) => setTimeout(r, 100));
      const commands = Promise.all(Array.from({ length: 5 }, (_, i) => command(`test.meanwhile.${i}`)));
      await new Promise((r) => setTimeout(r, 300));
      release();
      await Promise.all([importing, commands]);
      expect((await eventsOf(d, c)).map((e) => e.id)).toHaveLength(7);
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
    } finally {
      await d.close();
    }
  });

  it("one college's open command holds its own chain, not another college's", async () => {
    const d = await freshDatabase('postgres', { seed: false });
    try {
      const [a, b] = [await newCollege(d.db), await newCollege(d.db)];
      await write(d, a, 'test.event');
      await write(d, b, 'test.event');
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const open = d.db.transaction(async (tx) => {
        await writeAudit(tx, { institutionId: a.id, action: 'test.held', outcome: 'success' });
        await held;
      });
      await new Promise((r) => setTimeout(r, 100));
      // College b writes while college a's transaction still holds a's chain head.
      const other = await Promise.race([write(d, b, 'test.meanwhile').then(() => 'written'), new Promise((r) => setTimeout(() => r('waited'), 5000))]);
      release();
      await open;
      expect(other).toBe('written');
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
    } finally {
      await d.close();
    }
  });

  /** Locks the college's first chain head from another connection until `release`; resolves once it is held. */
  async function holdFirstChain(d: Database, c: College) {
    let release!: () => void;
    let held!: () => void;
    const isHeld = new Promise<void>((r) => (held = r));
    const done = d.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT id FROM audit_chain WHERE institution_id = ${c.id} AND stripe = 0 FOR UPDATE`);
      held();
      await new Promise<void>((r) => (release = r));
    });
    await isHeld;
    return { release: async () => (release(), done) };
  }

  const waitingOnALock = (d: Database) => untilWaitingOnALock(d.db, 'nothing waited for the chain head');

  it("a command of a college whose first chain is busy goes to its second at once; both chains verify and the college's facts version counts both", async () => {
    const d = await freshDatabase('postgres', { seed: false });
    try {
      const c = await newCollege(d.db);
      const command = (action: string) => d.db.transaction((tx) => writeAudit(tx, { institutionId: c.id, action, outcome: 'success' }, { bumpFacts: true }));
      await command('test.first');
      const start = await factsVersionOf(d, c);
      const first = await holdFirstChain(d, c);
      const waiting = command('test.waiting'); // its append waits for the first chain's head
      await waitingOnALock(d);
      await command('test.meanwhile'); // not behind it: done while the first chain is still held
      expect((await eventsOf(d, c)).map((e) => e.chain_id)).toHaveLength(2);
      await first.release();
      await waiting;
      const events = await eventsOf(d, c);
      const chains = byChain(events);
      expect([...chains.values()].map((chain) => chain.length).sort()).toEqual([1, 2]);
      expect(await factsVersionOf(d, c)).toBe(start + 2);
      const stripes = (await d.db.execute(sql`SELECT stripe, facts_changes FROM audit_chain WHERE institution_id = ${c.id} ORDER BY stripe`)).rows;
      expect(stripes).toEqual([{ stripe: 0, facts_changes: '2' }, { stripe: 1, facts_changes: '1' }]);
      const v = await verifyAuditChain(d.db);
      expect(v.ok).toBe(true);
      expect(v.chains.filter((r) => r.chain.institutionId === c.id).map((r) => [r.chain.name, r.checked])).toEqual([
        [`测试学院${c.code.slice(2)}审计链`, 2],
        [`测试学院${c.code.slice(2)}审计链（第 2 条）`, 1],
      ]);
    } finally {
      await d.close();
    }
  });

  it('a transaction that appended once appends again to the same chain, even while another command waits on that head', async () => {
    const d = await freshDatabase('postgres', { seed: false });
    try {
      const c = await newCollege(d.db);
      let second!: () => void;
      const goOn = new Promise<void>((r) => (second = r));
      const twice = d.db.transaction(async (tx) => {
        await writeAudit(tx, { institutionId: c.id, action: 'test.twice.1', outcome: 'success' }, { bumpFacts: true });
        await goOn;
        await writeAudit(tx, { institutionId: c.id, action: 'test.twice.2', outcome: 'success' });
      });
      await new Promise((r) => setTimeout(r, 100));
      // Another command's append goes to the first chain (nothing of this process is under way on it) and waits there.
      const other = d.db.transaction((tx) => writeAudit(tx, { institutionId: c.id, action: 'test.other', outcome: 'success' }, { bumpFacts: true }));
      await waitingOnALock(d);
      second();
      await Promise.all([twice, other]);
      const events = await eventsOf(d, c);
      expect(events).toHaveLength(3);
      expect(new Set(events.map((e) => e.chain_id)).size).toBe(1);
      expect(events.map((e) => e.prev_mac)).toEqual(['', events[0].mac, events[1].mac]);
      expect((await verifyAuditChain(d.db)).ok).toBe(true);
    } finally {
      await d.close();
    }
  });
});
