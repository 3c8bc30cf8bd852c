import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';

describe.each(ENGINES)('accounts under 三员分立 (GB/T 22239-2019 8.1.4.2, 8.1.5) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  let sysadmin: Client;
  let secadmin: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database)).app;
    [sysadmin, secadmin] = await Promise.all([signIn(app, 'wj.sysadmin'), signIn(app, 'wj.secadmin')]);
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('the system administrator creates an account (half an activation code, no password); the security administrator approves it and grants its role; the person sets the password', async () => {
    const created = await sysadmin.post('/api/accounts', { username: 'wj.zhangmin', displayName: '张敏（组织部干部科）' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, requestHalf, resetId } = created.json();
    expect((await secadmin.post('/api/accounts', { username: 'wj.other', displayName: '其他人' })).statusCode).toBe(403);
    expect((await sysadmin.put(`/api/accounts/${id}/roles`, { roles: ['org'] })).statusCode).toBe(403);
    expect((await secadmin.put(`/api/accounts/${id}/roles`, { roles: ['org'] })).statusCode).toBe(200);

    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${resetId}/approve`)).json();
    const activated = await app.inject({ method: 'POST', url: '/api/auth/activate', payload: { username: 'wj.zhangmin', requestHalf, approvalHalf, password: 'Mountain&Tea58' } });
    expect(activated.statusCode, activated.body).toBe(200);
    const user = await signIn(app, 'wj.zhangmin', 'Mountain&Tea58');
    expect((await user.get('/api/persons')).statusCode).toBe(200);

    const audit = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'account.roles' AND entity_id = ${String(id)}`)).rows[0] as { summary: { before: { roles: string[] }; after: { roles: string[] } } };
    expect(audit.summary).toMatchObject({ before: { roles: [] }, after: { roles: ['org'] } });
  });

  it('no account holds two administrator roles, nor an administrator role with a business role; an administrator cannot change their own', async () => {
    const { id } = (await sysadmin.post('/api/accounts', { username: 'wj.admin2', displayName: '备用管理员' })).json();
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
    const org = await signIn(app, 'wj.org');
    const accounts = (await sysadmin.get('/api/accounts')).json() as { id: number; username: string }[];
    const target = accounts.find((a) => a.username === 'wj.org')!;
    expect((await sysadmin.post(`/api/accounts/${target.id}/disable`)).statusCode).toBe(200);
    expect((await org.get('/api/auth/me')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: 'Cadre@2026' } })).statusCode).toBe(401);
    expect((await sysadmin.post(`/api/accounts/${target.id}/enable`)).statusCode).toBe(200);
    const again = await signIn(app, 'wj.org');
    const reset = (await sysadmin.post(`/api/accounts/${target.id}/reset-password`)).json();
    expect((await again.get('/api/auth/me')).statusCode).toBe(200);
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${reset.resetId}/approve`)).json();
    expect((await again.get('/api/auth/me')).statusCode).toBe(401);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.org', password: 'Cadre@2026' } })).statusCode).toBe(401);
    const redeemed = await app.inject({ method: 'POST', url: '/api/auth/activate', payload: { username: 'wj.org', requestHalf: reset.requestHalf, approvalHalf, password: 'Orchard#Lamp27' } });
    expect(redeemed.statusCode, redeemed.body).toBe(200);
    const fresh = await signIn(app, 'wj.org', 'Orchard#Lamp27');
    expect((await fresh.get('/api/auth/me')).json().mustChangePassword).toBe(false);
    const self = (await sysadmin.get('/api/auth/me')).json();
    expect((await sysadmin.post(`/api/accounts/${self.accountId}/disable`)).json().error.code).toBe('ACCOUNT.SELF');
    expect((await sysadmin.post(`/api/accounts/${self.accountId}/reset-password`)).json().error.code).toBe('ACCOUNT.SELF');
  });
});
