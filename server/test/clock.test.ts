import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { freshDatabase, packs } from './support/database';
import { testApp } from './support/app';
import { collegeRows, newAccount, newCollege, newPerson, signInAs } from './support/factories';
import { buildApp } from '../src/app';
import { loadConfig } from '../src/config';

/** Issue: regulation fidelity round two, 2 — one clock for the app, fixed by CADRE_TODAY for trials and tests. */
describe('the app runs on its own clock', () => {
  let database: Database;
  const apps: FastifyInstance[] = [];
  beforeAll(async () => {
    database = await freshDatabase('pglite', { seed: false });
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await database?.close();
  });

  it('two apps on one database live on their own dates: what a user sees follows the app’s clock (today, what counts as the future)', async () => {
    const base = (await testApp(database)).app;
    apps.push(base);
    const config = { ...loadConfig({ CADRE_TODAY: '2027-01-05' }), webDist: '/nonexistent', security: { ...loadConfig({}).security, loginPerMinute: 10_000, totpRequiredForAdmins: false } };
    const later = (await buildApp({ db: database.db, packs, config })).app;
    const earlier = (await buildApp({ db: database.db, packs, config: { ...config, today: null }, clock: fixedClock('2026-12-20') })).app;
    apps.push(later, earlier);
    // A college of the test's own: two people and the organization department.
    const c = await newCollege(database.db);
    const [talker, subject] = [await newPerson(c), await newPerson(c)];
    const org = await newAccount(c, { roles: ['org'] });
    const onLater = await signInAs(later, org);
    const onEarlier = await signInAs(earlier, org);
    expect((await onLater.get('/api/auth/me')).json()).toMatchObject({ today: '2027-01-05', todayFixed: true });
    expect((await onEarlier.get('/api/auth/me')).json()).toMatchObject({ today: '2026-12-20', todayFixed: true });
    expect((await (await signInAs(base, org)).get('/api/auth/me')).json().todayFixed).toBe(false);
    // A held talk dated after the earlier app's today is refused there as in the future, and accepted on the later app.
    const me = (await onLater.get('/api/auth/me')).json();
    const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: '2027-01-04', talkTime: '10:00', place: '组织部谈话室', keyPoints: '了解思想和工作情况', talkerIds: [talker.id], subjectIds: [subject.id] };
    expect(me.roles.map((r: { role: string }) => r.role)).toContain('org');
    const early = await onEarlier.post('/api/talks', talk);
    expect(early.statusCode).toBe(400);
    expect(early.json().error.code).toBe('TALK.HELD_IN_FUTURE');
    expect(await collegeRows(c, 'talk')).toBe(0);
    expect(await collegeRows(c, 'audit_event', "action LIKE 'talk.%'")).toBe(0);
    expect((await onLater.post('/api/talks', talk)).statusCode).toBe(201);
    expect(await collegeRows(c, 'talk')).toBe(1);
  });
});
