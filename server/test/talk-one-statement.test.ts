import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { writeAudit } from '../src/core/audit/audit.writer';
import { writeAuditWithChange, type ChangeWithAudit } from '../src/core/audit/audit-with-change';
import { verifyAuditChain } from '../src/core/audit/audit-verify.service';
import { factsVersion } from '../src/core/db/facts-version';
import { institution } from '../src/core/db/schema';
import { ENGINES, freshDatabase } from './support/database';
import { untilWaitingOnALock } from './support/locks';
import { byChain, eventsOfCollege, links } from './support/audit-chains';
import { sameTalkKey } from '../src/areas/talks/queries/talks.repository';
import { testApp, type Client } from './support/app';
import { TEST_TODAY, daysAgo, newAccount, newCollege, newPerson, signInAs, type College } from './support/factories';

/**
 * Issue 27, target 1: a talk, its participants and its audit event are recorded in one statement (no BEGIN and COMMIT
 * round trips; core/audit/audit-with-change.ts). What a user and an auditor must still see: every talk stored once with
 * its one event, every chain of the college linking in order, the facts version moved once a talk, a refused duplicate
 * leaving nothing behind, and a talk recorded the ordinary way when this process's idea of the chain's head is stale.
 */
describe.each(ENGINES)('a talk and its audit event in one statement on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let c: College;
  let talker: number;
  let subjects: number[];

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    app = (await testApp(database, { clock: fixedClock(TEST_TODAY) })).app;
    c = await newCollege(database.db);
    const made: number[] = [];
    for (let i = 0; i < 31; i++) made.push((await newPerson(c)).id);
    [talker, ...subjects] = made;
    org = await signInAs(app, await newAccount(c, { roles: ['org'] }));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  const record = (subjectId: number, talkDate: string, confirmDuplicate = false) => ({
    kind: 'routine', form: 'individual', status: 'held', talkDate, talkTime: '10:00', place: '组织部谈话室', keyPoints: '了解思想和工作情况，提出改进要求', talkerIds: [talker], subjectIds: [subjectId], confirmDuplicate,
  });
  const version = async () => (await database.db.select({ v: factsVersion }).from(institution).where(eq(institution.id, c.id)))[0].v;
  const talksOn = async (date: string) => ((await database.db.execute(sql`SELECT id FROM talk WHERE institution_id = ${c.id} AND talk_date = ${date} ORDER BY id`)).rows as { id: number }[]).map((r) => Number(r.id));
  const eventsFor = async (ids: number[]) =>
    (await database.db.execute(sql`SELECT entity_id, action FROM audit_event WHERE institution_id = ${c.id} AND entity_type = 'talk' AND entity_id = ANY(${sql.param(ids.map(String))}::text[])`)).rows as { entity_id: string; action: string }[];
  /** Every chain of the college links each event to the one before it, and the whole audit log verifies. */
  const chainsLink = async () => {
    for (const chain of byChain(await eventsOfCollege(database.db, c.id)).values()) {
      const { carried, expected } = links(chain);
      expect(carried).toEqual(expected);
    }
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  };

  it('thirty talks recorded at once: each stored with its one event (登记谈话), the chains link, the facts version moved thirty times', async () => {
    const day = daysAgo(10);
    const start = await version();
    const answers = await Promise.all(subjects.map((s, i) => org.post('/api/talks', record(s, day, i % 2 === 0))));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(30).fill(201));
    const ids = await talksOn(day);
    expect(ids.sort()).toEqual(answers.map((a) => a.json().id as number).sort());
    const events = await eventsFor(ids);
    expect(events.map((e) => Number(e.entity_id)).sort()).toEqual(ids.sort());
    expect(new Set(events.map((e) => e.action))).toEqual(new Set(['talk.record']));
    const participants = (await database.db.execute(sql`SELECT count(*)::int AS n FROM talk_participant WHERE talk_id = ANY(${sql.param(ids)}::int[])`)).rows[0] as { n: number };
    expect(participants.n).toBe(60);
    expect(await version()).toBe(start + 30);
    await chainsLink();
  });

  it('a duplicate refused leaves nothing behind: no talk, no event, the facts version where it was; confirmed, it is stored with its event', async () => {
    const day = daysAgo(9);
    expect((await org.post('/api/talks', record(subjects[0], day))).statusCode).toBe(201);
    const first = await talksOn(day);
    const before = await version();
    const events = (await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE institution_id = ${c.id}`)).rows[0] as { n: number };
    const refused = await org.post('/api/talks', record(subjects[0], day));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'TALK.POSSIBLE_DUPLICATE', message: expect.stringContaining(`记录 ${first[0]}`) });
    expect(await talksOn(day)).toEqual(first);
    expect(((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE institution_id = ${c.id}`)).rows[0] as { n: number }).n).toBe(events.n);
    expect(await version()).toBe(before);
    const confirmed = await org.post('/api/talks', record(subjects[0], day, true));
    expect(confirmed.statusCode).toBe(201);
    expect(await talksOn(day)).toEqual([...first, confirmed.json().id]);
    expect((await eventsFor([confirmed.json().id])).map((e) => e.action)).toEqual(['talk.record']);
    expect(await version()).toBe(before + 1);
    await chainsLink();
  });

  it('ten identical records posted at once, every chain of the college in use: one stored, nine told it may be a duplicate', async () => {
    // Thirty talks at once first, so that each of the college's chains has a head this process knows: the records
    // below then go through the one statement, not the ordinary way.
    const warm = await Promise.all(subjects.map((s) => org.post('/api/talks', record(s, daysAgo(7), true))));
    expect(warm.map((a) => a.statusCode)).toEqual(Array(30).fill(201));
    const day = daysAgo(6);
    const answers = await Promise.all(Array.from({ length: 10 }, () => org.post('/api/talks', record(subjects[4], day))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().error.code === 'TALK.POSSIBLE_DUPLICATE')).toBe(true);
    expect(await talksOn(day)).toHaveLength(1);
    await chainsLink();
  });

  it.runIf(engine === 'postgres')('an identical entry still being saved elsewhere: the record waits for it, then is told it may be a duplicate of it', async () => {
    const day = daysAgo(5);
    let other!: number;
    let answer!: Promise<{ statusCode: number; json: () => { error: { code: string; message: string } } }>;
    // Another server saving the same talk: its key locked, its talk written, not yet committed.
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`SELECT pg_advisory_xact_lock(hashtextextended(${sameTalkKey(c.id, { talkDate: day, talkerIds: [talker], subjectIds: [subjects[5]] })}, 0))`);
      other = Number(((await tx.execute(sql`INSERT INTO talk (institution_id, kind, form, status, talk_date, created_by) VALUES (${c.id}, 'routine', 'individual', 'held', ${day}, (SELECT id FROM account WHERE institution_id = ${c.id} LIMIT 1)) RETURNING id`)).rows[0] as { id: number }).id);
      await tx.execute(sql`INSERT INTO talk_participant (talk_id, person_id, role) VALUES (${other}, ${talker}, 'talker'), (${other}, ${subjects[5]}, 'subject')`);
      answer = org.post('/api/talks', record(subjects[5], day));
      await untilWaitingOnALock(database.db, 'the record did not wait for the identical entry being saved');
    });
    const refused = await answer;
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain(`记录 ${other}`);
    expect(await talksOn(day)).toEqual([other]);
  });

  it("after a command that appended and was rolled back (this process's idea of the head is stale), talks are still recorded with their events, linked to the head as committed", async () => {
    const undone = database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: c.id, action: 'test.undone', outcome: 'success' }, { bumpFacts: true });
      throw new Error('rolled back');
    });
    await expect(undone).rejects.toThrow('rolled back');
    const day = daysAgo(8);
    const start = await version();
    for (const [i, confirm] of [[1, true], [2, false], [3, true]] as const) expect((await org.post('/api/talks', record(subjects[i], day, confirm))).statusCode).toBe(201);
    const ids = await talksOn(day);
    expect(ids).toHaveLength(3);
    expect((await eventsFor(ids)).map((e) => Number(e.entity_id)).sort()).toEqual(ids.sort());
    expect(await version()).toBe(start + 3);
    await chainsLink();
  });

  it('the one statement itself: with the head this process last wrote, it links the event and says so; with the head moved, it writes nothing and says so', async () => {
    const other = await newCollege(database.db);
    const marked: ChangeWithAudit = { name: 'test_change_marked', ctes: (gate) => sql`marked AS (SELECT 1 AS x WHERE ${gate})`, written: 'marked', returns: sql`1 AS one` };
    const actions = async () => ((await database.db.execute(sql`SELECT action FROM audit_event WHERE institution_id = ${other.id} ORDER BY id`)).rows as { action: string }[]).map((r) => r.action);
    await database.db.transaction((tx) => writeAudit(tx, { institutionId: other.id, action: 'test.first', outcome: 'success' }));
    const start = (await database.db.select({ v: factsVersion }).from(institution).where(eq(institution.id, other.id)))[0].v;
    expect(await writeAuditWithChange(database.db, { institutionId: other.id, action: 'test.in_one', outcome: 'success' }, { bumpFacts: true }, marked, {})).toMatchObject({ written: true });
    const undone = database.db.transaction(async (tx) => {
      await writeAudit(tx, { institutionId: other.id, action: 'test.undone', outcome: 'success' });
      throw new Error('rolled back');
    });
    await expect(undone).rejects.toThrow('rolled back');
    expect(await writeAuditWithChange(database.db, { institutionId: other.id, action: 'test.not_written', outcome: 'success' }, { bumpFacts: true }, marked, {})).toBeNull();
    expect(await actions()).toEqual(['test.first', 'test.in_one']);
    expect((await database.db.select({ v: factsVersion }).from(institution).where(eq(institution.id, other.id)))[0].v).toBe(start + 1);
    expect((await verifyAuditChain(database.db)).ok).toBe(true);
  });
});
