import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase, secondInstance } from './support/database';
import { testApp, type Client } from './support/app';
import { TEST_TODAY, daysAgo, newAccount, newCollege, newPerson, signInAs } from './support/factories';

/**
 * Security round two, item 9: ten identical talk records posted at once across two instances created six. The
 * duplicate check (same day, same talker and subject) must hold under concurrency without refusing different talks.
 */
describe.each(ENGINES)('the duplicate-talk check under concurrency on %s', (engine) => {
  let database: Database & { url?: string };
  let second: Database | null;
  const apps: FastifyInstance[] = [];
  const orgs: Client[] = [];
  let talker: number;
  let subjects: number[];
  const talkDate = daysAgo(5);

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    second = await secondInstance(database);
    for (const d of second ? [database, second] : [database]) apps.push((await testApp(d, { clock: fixedClock(TEST_TODAY) })).app);
    // A college of our own: a talker and eleven subjects, and the organization department (signed in on each instance).
    const c = await newCollege(database.db);
    const made: number[] = [];
    for (let i = 0; i < 12; i++) made.push((await newPerson(c)).id);
    [talker, ...subjects] = made;
    const org = await newAccount(c, { roles: ['org'] });
    for (const app of apps) orgs.push(await signInAs(app, org));
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    await second?.close();
    await database?.close();
  });

  const record = (subjectId: number) => ({
    kind: 'routine', form: 'individual', status: 'held', talkDate, talkTime: '10:00', place: '组织部谈话室', keyPoints: '了解思想和工作情况，提出改进要求', talkerIds: [talker], subjectIds: [subjectId],
  });
  const stored = async (subjectId: number, date = talkDate) =>
    ((await database.db.execute(sql`SELECT count(*)::int AS n FROM talk t JOIN talk_participant p ON p.talk_id = t.id AND p.role = 'subject' WHERE p.person_id = ${subjectId} AND t.talk_date = ${date}`)).rows[0] as { n: number }).n;

  it('stores one of ten identical records posted at once (across both instances on PostgreSQL); the others are told it may be a duplicate', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => orgs[i % orgs.length].post('/api/talks', record(subjects[0]))));
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, ...Array(9).fill(409)]);
    expect(answers.filter((a) => a.statusCode === 409).every((a) => a.json().error.code === 'TALK.POSSIBLE_DUPLICATE')).toBe(true);
    expect(await stored(subjects[0])).toBe(1);
  });

  it('stores ten different talks posted at once, none refused', async () => {
    const answers = await Promise.all(subjects.slice(1).map((s, i) => orgs[i % orgs.length].post('/api/talks', record(s))));
    expect(answers.map((a) => a.statusCode)).toEqual(Array(10).fill(201));
    for (const s of subjects.slice(1)) expect(await stored(s)).toBe(1);
  });

  it('still stores a second entry the user confirmed', async () => {
    const other = { ...record(subjects[1]), talkDate: daysAgo(4) };
    expect((await orgs[0].post('/api/talks', other)).statusCode).toBe(201);
    expect((await orgs[orgs.length - 1].post('/api/talks', other)).json().error.code).toBe('TALK.POSSIBLE_DUPLICATE');
    expect((await orgs[orgs.length - 1].post('/api/talks', { ...other, confirmDuplicate: true })).statusCode).toBe(201);
    expect(await stored(subjects[1], daysAgo(4))).toBe(2);
  });
});
