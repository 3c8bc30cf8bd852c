import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { newHolder } from './support/people';

const TODAY = '2026-12-20';

/** Issue 23, item 4: 账号管理 at college scale. */
describe.each(ENGINES)('accounts at college scale on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let org: Client;
  let sys: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { clock: fixedClock(TODAY) })).app;
    org = await signIn(app, 'wj.org');
    sys = await signIn(app, 'wj.sysadmin');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('searches by name, user name and 工号, filters by assigned role and status, pages; the old list keeps its shape', async () => {
    const old = await sys.get('/api/accounts');
    expect(Array.isArray(old.json())).toBe(true);
    const all = (await sys.get('/api/accounts/search?pageSize=100')).json();
    expect(all.total).toBe(old.json().length);
    expect(all.items.map((a: { id: number }) => a.id)).toEqual(old.json().map((a: { id: number }) => a.id));

    const page2 = (await sys.get('/api/accounts/search?page=2&pageSize=5')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 5, total: all.total });
    expect(page2.items.map((a: { id: number }) => a.id)).toEqual(all.items.slice(5, 10).map((a: { id: number }) => a.id));

    const depthead = all.items.find((a: { username: string }) => a.username === 'wj.depthead');
    for (const q of [depthead.personName, 'depthead', depthead.staffNo]) {
      const found = (await sys.get(`/api/accounts/search?q=${encodeURIComponent(q)}`)).json();
      expect(found.items.map((a: { id: number }) => a.id), q).toContain(depthead.id);
    }
    expect((await sys.get('/api/accounts/search?q=%25')).json().total).toBe(0); // a wildcard is a character
    const orgs = (await sys.get('/api/accounts/search?role=org')).json();
    expect(orgs.items.map((a: { username: string }) => a.username)).toEqual(['wj.org']);
    const bad = await sys.get('/api/accounts/search?status=whatever');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await org.get('/api/accounts/search')).statusCode).toBe(403);
  });

  it('disables the accounts of people who retired or left, in one audited step (a dry run first); exports the list without secrets', async () => {
    const h = await newHolder(org, { n: 2321, rank: 'staff', title: '科员', since: '2021-09-01' });
    const made = await sys.post('/api/accounts', { username: 'wj.leaving', displayName: h.name, personId: h.personId });
    expect(made.statusCode, made.body).toBe(201);
    const left = await org.patch(`/api/persons/${h.personId}`, { status: 'retired', retiredOn: '2026-12-01', retirementDocNo: '皖江中澳党〔2026〕31号' });
    expect(left.statusCode, left.body).toBe(200);

    const departed = (await sys.get('/api/accounts/search?status=departed')).json();
    expect(departed.items.map((a: { username: string }) => a.username)).toContain('wj.leaving');
    const dry = await sys.post('/api/accounts/disable-departed', { dryRun: true });
    expect(dry.json().accounts.map((a: { username: string }) => a.username)).toContain('wj.leaving');
    expect((await sys.get('/api/accounts/search?q=wj.leaving')).json().items[0].disabled).toBe(false);

    const done = await sys.post('/api/accounts/disable-departed', {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().count).toBe(dry.json().count);
    expect((await sys.get('/api/accounts/search?q=wj.leaving')).json().items[0].disabled).toBe(true);
    const audited = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'account.disable_departed'`)).rows;
    expect(audited).toHaveLength(1);
    expect((await sys.post('/api/accounts/disable-departed', {})).json().count).toBe(0);
    expect((await org.post('/api/accounts/disable-departed', {})).statusCode).toBe(403);

    const xlsx = await sys.get('/api/accounts/export.xlsx?status=disabled');
    expect(xlsx.statusCode, xlsx.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain('wj.leaving');
    expect(text).toContain('已退休');
    expect(text).not.toMatch(/argon2|激活码/);
  });

  it('creates accounts from the roster for everyone serving without one (no password anywhere); each is activated through the split-knowledge reset', async () => {
    const h = await newHolder(org, { n: 2322, rank: 'staff', title: '科员', since: '2021-09-01' });
    const staffNo = (await org.get(`/api/persons/${h.personId}`)).json().staffNo as string;
    const dry = (await sys.post('/api/accounts/from-roster', { dryRun: true })).json();
    expect(dry.count).toBeGreaterThan(10);
    const mine = dry.accounts.find((a: { personId: number }) => a.personId === h.personId);
    expect(mine).toEqual({ personId: h.personId, username: `wanjiang.${staffNo.toLowerCase()}`, displayName: h.name });
    expect(dry.accounts.map((a: { username: string }) => a.username)).not.toContain('wj.depthead');
    const before = (await sys.get('/api/accounts/search')).json().total;

    const done = await sys.post('/api/accounts/from-roster', {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().count).toBe(dry.count);
    expect(JSON.stringify(done.json())).not.toMatch(/password|激活码|half/i);
    expect((await sys.get('/api/accounts/search')).json().total).toBe(before + dry.count);
    expect((await sys.post('/api/accounts/from-roster', { dryRun: true })).json().count).toBe(0);
    const audited = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'account.create_from_roster'`)).rows as { summary: { detail: { count: number } } }[];
    expect(audited.map((a) => a.summary.detail.count)).toEqual([dry.count]);
    // Each person is told through their own channels, with their user name and how to set a password.
    const told = (await database.db.execute(sql`SELECT title, body, urgent FROM notification WHERE recipient_person_id = ${h.personId} AND kind = 'step_waiting'`)).rows as { title: string; body: string; urgent: boolean }[];
    expect(told).toEqual([{ title: '您的账号已建立，请设置密码', body: expect.stringContaining(`用户名 ${mine.username}`), urgent: true }]);

    // No password opens the account; the person is activated through the usual two halves.
    const account = (await sys.get(`/api/accounts/search?q=${encodeURIComponent(mine.username)}`)).json().items[0];
    expect(account).toMatchObject({ personId: h.personId, disabled: false, sso: false });
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: mine.username, password: 'Cadre@2026' } })).statusCode).toBe(401);
    const reset = await sys.post(`/api/accounts/${account.id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().requestHalf).toMatch(/^[A-Z0-9]{4}-/);
    expect((await org.post('/api/accounts/from-roster', {})).statusCode).toBe(403);
  });
});
