import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { ENGINES } from './support/database';
import { newAccount, newCollege, newDepartmentWithHead, newHolder, signInAs, TEST_PASSWORD, useFactoryApp } from './support/factories';

const TODAY = '2026-12-20';

/** Issue 23, item 4: 账号管理 at college scale. */
describe.each(ENGINES)('accounts at college scale on %s', (engine) => {
  const ctx = useFactoryApp(engine, { today: TODAY });

  /** A college of the test's own: an officer of 党委组织部 (org) and a system administrator, signed in; no one else. */
  async function scene() {
    const c = await newCollege(ctx.database.db);
    const orgAccount = await newAccount(c, { roles: ['org'] });
    const sysAccount = await newAccount(c, { roles: ['sysadmin'] });
    return { c, orgAccount, org: await signInAs(ctx.app, orgAccount), sys: await signInAs(ctx.app, sysAccount) };
  }
  const audits = async (c: { id: number }, action: string) =>
    (await ctx.database.db.execute(sql`SELECT summary FROM audit_event WHERE action = ${action} AND institution_id = ${c.id}`)).rows as { summary: { detail: { count: number } } }[];

  it('searches by name, user name and 工号, filters by assigned role and status, pages; the old list keeps its shape', async () => {
    // Twelve accounts: org, the system administrator, a department head acting as themself, nine more.
    const { c, org, sys, orgAccount } = await scene();
    const head = (await newDepartmentWithHead(c, { staff: 0 })).head;
    await newAccount(c, { username: `${c.code}.depthead`, personId: head.personId });
    for (let i = 0; i < 9; i++) await newAccount(c);
    const old = await sys.get('/api/accounts');
    expect(old.json()).toHaveLength(12);
    expect(Array.isArray(old.json())).toBe(true);
    const all = (await sys.get('/api/accounts/search?pageSize=100')).json();
    expect(all.total).toBe(12);
    expect(all.items.map((a: { id: number }) => a.id)).toEqual(old.json().map((a: { id: number }) => a.id));

    const page2 = (await sys.get('/api/accounts/search?page=2&pageSize=5')).json();
    expect(page2).toMatchObject({ page: 2, pageSize: 5, total: all.total });
    expect(page2.items.map((a: { id: number }) => a.id)).toEqual(all.items.slice(5, 10).map((a: { id: number }) => a.id));

    const depthead = all.items.find((a: { username: string }) => a.username === `${c.code}.depthead`);
    expect(depthead).toMatchObject({ personName: head.name, staffNo: head.staffNo });
    for (const q of [depthead.personName, 'depthead', depthead.staffNo]) {
      const found = (await sys.get(`/api/accounts/search?q=${encodeURIComponent(q)}`)).json();
      expect(found.items.map((a: { id: number }) => a.id), q).toEqual([depthead.id]);
    }
    expect((await sys.get('/api/accounts/search?q=%25')).json().total).toBe(0); // a wildcard is a character
    const orgs = (await sys.get('/api/accounts/search?role=org')).json();
    expect(orgs.items.map((a: { username: string }) => a.username)).toEqual([orgAccount.username]);
    const bad = await sys.get('/api/accounts/search?status=whatever');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    expect((await org.get('/api/accounts/search')).statusCode).toBe(403);
  });

  it('disables the accounts of people who retired or left, in one audited step (a dry run first); exports the list without secrets', async () => {
    const { c, org, sys } = await scene();
    const h = await newHolder(c, { rank: 'staff', title: '科员', since: '2021-09-01' });
    const leaving = `${c.code}.leaving`;
    const made = await sys.post('/api/accounts', { username: leaving, displayName: h.name, personId: h.personId });
    expect(made.statusCode, made.body).toBe(201);
    const left = await org.patch(`/api/persons/${h.personId}`, { status: 'retired', retiredOn: '2026-12-01', retirementDocNo: '皖江中澳党〔2026〕31号' });
    expect(left.statusCode, left.body).toBe(200);

    const departed = (await sys.get('/api/accounts/search?status=departed')).json();
    expect(departed.items.map((a: { username: string }) => a.username)).toEqual([leaving]);
    const dry = await sys.post('/api/accounts/disable-departed', { dryRun: true });
    expect(dry.json()).toMatchObject({ count: 1, accounts: [{ username: leaving, personStatus: 'retired' }] });
    expect((await sys.get(`/api/accounts/search?q=${leaving}`)).json().items[0].disabled).toBe(false);

    const done = await sys.post('/api/accounts/disable-departed', {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().count).toBe(1);
    expect((await sys.get(`/api/accounts/search?q=${leaving}`)).json().items[0].disabled).toBe(true);
    expect((await audits(c, 'account.disable_departed')).map((a) => a.summary.detail.count)).toEqual([1]);
    expect((await sys.post('/api/accounts/disable-departed', {})).json().count).toBe(0);
    expect((await org.post('/api/accounts/disable-departed', {})).statusCode).toBe(403);

    const xlsx = await sys.get('/api/accounts/export.xlsx?status=disabled');
    expect(xlsx.statusCode, xlsx.body.slice(0, 200)).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const text = JSON.stringify(wb.worksheets[0].getSheetValues());
    expect(text).toContain(leaving);
    expect(text).toContain('已退休');
    expect(text).not.toMatch(/argon2|激活码/);
  });

  it('creates accounts from the roster for everyone serving without one (no password anywhere); each is activated through the split-knowledge reset', async () => {
    // The roster: a 科员 and a department of a head and two staff members without accounts; a head with one.
    const { c, org, sys } = await scene();
    const h = await newHolder(c, { rank: 'staff', title: '科员', since: '2021-09-01' });
    const dept = await newDepartmentWithHead(c, { staff: 2 });
    const withAccount = (await newDepartmentWithHead(c, { staff: 0 })).head;
    await newAccount(c, { username: `${c.code}.depthead`, personId: withAccount.personId });
    const dry = (await sys.post('/api/accounts/from-roster', { dryRun: true })).json();
    expect(dry.count).toBe(4);
    expect(dry.accounts.map((a: { personId: number }) => a.personId).sort()).toEqual([h.personId, dept.head.personId, ...dept.staff.map((s) => s.personId)].sort());
    const mine = dry.accounts.find((a: { personId: number }) => a.personId === h.personId);
    expect(mine).toEqual({ personId: h.personId, username: `${c.code}.${h.staffNo.toLowerCase()}`, displayName: h.name });
    const before = (await sys.get('/api/accounts/search')).json().total;

    const done = await sys.post('/api/accounts/from-roster', {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().count).toBe(dry.count);
    expect(JSON.stringify(done.json())).not.toMatch(/password|激活码|half/i);
    expect((await sys.get('/api/accounts/search')).json().total).toBe(before + dry.count);
    expect((await sys.post('/api/accounts/from-roster', { dryRun: true })).json().count).toBe(0);
    expect((await audits(c, 'account.create_from_roster')).map((a) => a.summary.detail.count)).toEqual([4]);
    // Each person is told through their own channels, with their user name and how to set a password.
    const told = (await ctx.database.db.execute(sql`SELECT title, body, urgent FROM notification WHERE recipient_person_id = ${h.personId} AND kind = 'step_waiting'`)).rows as { title: string; body: string; urgent: boolean }[];
    expect(told).toEqual([{ title: '您的账号已建立，请设置密码', body: expect.stringContaining(`用户名 ${mine.username}`), urgent: true }]);

    // No password opens the account; the person is activated through the usual two halves.
    const account = (await sys.get(`/api/accounts/search?q=${encodeURIComponent(mine.username)}`)).json().items[0];
    expect(account).toMatchObject({ personId: h.personId, disabled: false, sso: false });
    for (const password of ['Cadre@2026', TEST_PASSWORD]) expect((await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: mine.username, password } })).statusCode).toBe(401);
    const reset = await sys.post(`/api/accounts/${account.id}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(200);
    expect(reset.json().requestHalf).toMatch(/^[A-Z0-9]{4}-/);
    expect((await org.post('/api/accounts/from-roster', {})).statusCode).toBe(403);
  });
});
