import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp } from './support/app';
import { newAccount, newCollege, signInAs, TEST_PASSWORD } from './support/factories';

describe.each(ENGINES)('accounts under 三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.5) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    app = (await testApp(database)).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A college of the test's own with its system administrator and its security administrator, signed in. */
  async function scene() {
    const c = await newCollege(database.db);
    const sysadminAccount = await newAccount(c, { roles: ['sysadmin'] });
    const [sysadmin, secadmin] = [await signInAs(app, sysadminAccount), await signInAs(app, await newAccount(c, { roles: ['secadmin'] }))];
    return { c, sysadmin, secadmin };
  }

  it('the system administrator creates an account (half an activation code, no password); the security administrator approves it and grants its role; the person sets the password', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const zhangmin = `${c.code}.zhangmin`;
    const created = await sysadmin.post('/api/accounts', { username: zhangmin, displayName: '张敏（组织部干部科）' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, requestHalf, resetId } = created.json();
    expect((await secadmin.post('/api/accounts', { username: `${c.code}.other`, displayName: '其他人' })).statusCode).toBe(403);
    expect((await sysadmin.put(`/api/accounts/${id}/roles`, { roles: ['org'] })).statusCode).toBe(403);
    expect((await secadmin.put(`/api/accounts/${id}/roles`, { roles: ['org'] })).statusCode).toBe(200);

    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${resetId}/approve`)).json();
    const activated = await app.inject({ method: 'POST', url: '/api/auth/activate', payload: { username: zhangmin, requestHalf, approvalHalf, password: 'Mountain&Tea58' } });
    expect(activated.statusCode, activated.body).toBe(200);
    const user = await signIn(app, zhangmin, 'Mountain&Tea58');
    expect((await user.get('/api/persons')).statusCode).toBe(200);

    const audits = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'account.roles' AND entity_id = ${String(id)}`)).rows as { summary: { before: { roles: string[] }; after: { roles: string[] } } }[];
    expect(audits).toHaveLength(1);
    expect(audits[0].summary).toMatchObject({ before: { roles: [] }, after: { roles: ['org'] } });
  });

  it('no account holds two administrator roles, nor an administrator role with a business role; an administrator cannot change their own', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const { id } = (await sysadmin.post('/api/accounts', { username: `${c.code}.admin2`, displayName: '备用管理员' })).json();
    const two = await secadmin.put(`/api/accounts/${id}/roles`, { roles: ['sysadmin', 'auditor'] });
    expect(two.statusCode).toBe(400);
    expect(two.json().error).toMatchObject({ code: 'ACCOUNT.ROLES', message: expect.stringContaining('三员分立'), article: 'GB/T 22239-2019 8.1.4.2' });
    expect((await secadmin.put(`/api/accounts/${id}/roles`, { roles: ['auditor', 'discipline'] })).json().error.message).toContain('不能兼任业务角色');
    const me = (await secadmin.get('/api/auth/me')).json();
    expect((await secadmin.put(`/api/accounts/${me.accountId}/roles`, { roles: ['secadmin', 'org'] })).statusCode).toBe(409);
    const roles = (await database.db.execute(sql`SELECT roles FROM account WHERE id = ${id}`)).rows[0] as { roles: string[] };
    expect(roles.roles).toEqual([]);
  });

  it('disabling an account ends its sessions at once; an approved reset ends sessions and the old password; nobody disables or resets themselves', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const orgAccount = await newAccount(c, { roles: ['org'] });
    const org = await signInAs(app, orgAccount);
    const accounts = (await sysadmin.get('/api/accounts')).json() as { id: number; username: string }[];
    expect(accounts).toHaveLength(3); // the college's own three accounts, none of another test's college
    const target = accounts.find((a) => a.username === orgAccount.username)!;
    expect((await sysadmin.post(`/api/accounts/${target.id}/disable`)).statusCode).toBe(200);
    expect((await org.get('/api/auth/me')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: orgAccount.username, password: TEST_PASSWORD } })).statusCode).toBe(401);
    expect((await sysadmin.post(`/api/accounts/${target.id}/enable`)).statusCode).toBe(200);
    const again = await signInAs(app, orgAccount);
    const reset = (await sysadmin.post(`/api/accounts/${target.id}/reset-password`)).json();
    expect((await again.get('/api/auth/me')).statusCode).toBe(200);
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${reset.resetId}/approve`)).json();
    expect((await again.get('/api/auth/me')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: orgAccount.username, password: TEST_PASSWORD } })).statusCode).toBe(401);
    const redeemed = await app.inject({ method: 'POST', url: '/api/auth/activate', payload: { username: orgAccount.username, requestHalf: reset.requestHalf, approvalHalf, password: 'Orchard#Lamp27' } });
    expect(redeemed.statusCode, redeemed.body).toBe(200);
    const fresh = await signIn(app, orgAccount.username, 'Orchard#Lamp27');
    expect((await fresh.get('/api/auth/me')).json().mustChangePassword).toBe(false);
    const self = (await sysadmin.get('/api/auth/me')).json();
    expect((await sysadmin.post(`/api/accounts/${self.accountId}/disable`)).json().error.code).toBe('ACCOUNT.SELF');
    expect((await sysadmin.post(`/api/accounts/${self.accountId}/reset-password`)).json().error.code).toBe('ACCOUNT.SELF');
  });
});
