import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { totpCode } from '../src/core/security/totp';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { newAccount, newCollege, newPerson, signInAs, TEST_PASSWORD } from './support/factories';

/**
 * 三员分立 for password resets and new accounts (GB/T 22239-2019 8.1.4.2): split knowledge — half of the activation code
 * from the system administrator's request, half from the security administrator's approval — and the person chooses
 * their own password. The attack replayed: the system administrator resets the discipline account and tries to sign
 * in as it with everything they were shown.
 */
describe.each(ENGINES)('password resets under split knowledge on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  const login = (username: string, password: string, code?: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password, code } });
  const activate = (body: { username: string; requestHalf: string; approvalHalf: string; password: string; code?: string }) => app.inject({ method: 'POST', url: '/api/auth/activate', payload: body });
  const resets = async (c: Client) => (await c.get('/api/password-resets')).json() as { id: number; username: string; status: string; kind: string; personName: string | null; decidedByName: string | null }[];

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    app = (await testApp(database)).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  /** A college of the test's own with its system administrator and its security administrator (安全管理员), signed in. */
  async function scene() {
    const c = await newCollege(database.db);
    const secadminAccount = await newAccount(c, { roles: ['secadmin'], displayName: '安全管理员' });
    const sysadmin = await signInAs(app, await newAccount(c, { roles: ['sysadmin'], displayName: '系统管理员' }));
    return { c, sysadmin, secadmin: await signInAs(app, secadminAccount), secadminAccount };
  }

  it('the system administrator resets the discipline account and cannot sign in as it with anything they saw; the person can, with both halves', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const { id, username } = await newAccount(c, { roles: ['discipline'], personId: (await newPerson(c)).id });
    const discipline = await signInAs(app, { username });
    const requested = await sysadmin.post(`/api/accounts/${id}/reset-password`);
    expect(requested.statusCode, requested.body).toBe(200);
    const { requestHalf, resetId, initialPassword } = requested.json();
    expect(initialPassword).toBeUndefined();
    expect(requestHalf).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Until approval nothing changes: the old password still works, the session stays.
    expect((await discipline.get('/api/auth/me')).statusCode).toBe(200);
    expect((await login(username, TEST_PASSWORD)).statusCode).toBe(200);
    // The system administrator cannot approve it, nor redeem it with their half alone.
    expect((await sysadmin.post(`/api/password-resets/${resetId}/approve`)).statusCode).toBe(403);
    const alone = await activate({ username: username, requestHalf, approvalHalf: requestHalf, password: 'Usurper#Pass1' });
    expect(alone.json().error.code).toBe('AUTH.ACTIVATION_INVALID');
    expect((await login(username, requestHalf)).statusCode).toBe(401);

    expect((await resets(secadmin)).find((r) => r.id === resetId)).toMatchObject({ username: username, status: 'pending', kind: 'reset', personName: expect.any(String) });
    const approved = await secadmin.post(`/api/password-resets/${resetId}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    const { approvalHalf } = approved.json();
    // From the approval, the old password no longer works and the person's sessions have ended.
    expect((await discipline.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(username, TEST_PASSWORD)).statusCode).toBe(401);
    // Neither administrator's half nor the two halves as a password sign in.
    for (const p of [requestHalf, approvalHalf, `${requestHalf}${approvalHalf}`]) expect((await login(username, p)).statusCode).toBe(401);

    const weak = await activate({ username: username, requestHalf, approvalHalf, password: 'password123' });
    expect(weak.json().error).toMatchObject({ code: 'AUTH.WEAK_PASSWORD', field: 'password' });
    // Typed as a person would: lower case, without dashes.
    const done = await activate({ username: username, requestHalf: requestHalf.toLowerCase().replaceAll('-', ''), approvalHalf, password: 'Quiet#River82' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await login(username, 'Quiet#River82')).statusCode).toBe(200);
    // Single use.
    expect((await activate({ username: username, requestHalf, approvalHalf, password: 'Other#River93' })).json().error.code).toBe('AUTH.ACTIVATION_INVALID');
    expect((await login(username, 'Other#River93')).statusCode).toBe(401);

    expect((await resets(secadmin)).find((r) => r.id === resetId)).toMatchObject({ status: 'redeemed', decidedByName: '安全管理员' });
    const audited = (await database.db.execute(sql`SELECT action, outcome FROM audit_event WHERE action IN ('account.reset_request', 'account.reset_approve', 'auth.activate') AND entity_id = ${String(id)} ORDER BY id`)).rows;
    expect(audited).toEqual([
      { action: 'account.reset_request', outcome: 'success' },
      { action: 'auth.activate', outcome: 'failed' },
      { action: 'account.reset_approve', outcome: 'success' },
      { action: 'auth.activate', outcome: 'success' },
      { action: 'auth.activate', outcome: 'failed' },
    ]);
    // Only hashes are stored.
    const stored = JSON.stringify((await database.db.execute(sql`SELECT * FROM password_reset WHERE id = ${resetId}`)).rows);
    expect(stored).not.toContain(requestHalf.replaceAll('-', ''));
    expect(stored).not.toContain(approvalHalf.replaceAll('-', ''));
  });

  it('a new account has no password anyone knows until the person redeems both halves; one account per person', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const newcomer = `${c.code}.newcomer`;
    const created = await sysadmin.post('/api/accounts', { username: newcomer, displayName: '新同事' });
    expect(created.statusCode, created.body).toBe(201);
    const { id, requestHalf, resetId } = created.json();
    expect(Object.keys(created.json()).sort()).toEqual(['expiresAt', 'id', 'requestHalf', 'resetId', 'username']);
    expect((await login(newcomer, requestHalf)).statusCode).toBe(401);
    expect((await resets(secadmin)).find((r) => r.id === resetId)).toMatchObject({ kind: 'activation', status: 'pending' });
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${resetId}/approve`)).json();
    expect((await activate({ username: newcomer, requestHalf, approvalHalf, password: 'Maple&Stone64' })).statusCode).toBe(200);
    const user = await signIn(app, newcomer, 'Maple&Stone64');
    expect((await user.get('/api/auth/me')).json()).toMatchObject({ accountId: id, mustChangePassword: false });

    // A second account for a person who has one would give its holder the roles of that person's posts.
    const orgPerson = (await newPerson(c)).id;
    await newAccount(c, { personId: orgPerson });
    const twin = await sysadmin.post('/api/accounts', { username: `${c.code}.twin`, displayName: '另一个账号', personId: orgPerson });
    expect(twin.statusCode).toBe(409);
    expect(twin.json().error).toMatchObject({ code: 'ACCOUNT.PERSON_HAS_ACCOUNT', field: 'personId' });
  });

  it('a refused request changes nothing; an expired one cannot be approved or redeemed', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const { id, username: office } = await newAccount(c);
    const first = (await sysadmin.post(`/api/accounts/${id}/reset-password`)).json();
    expect((await secadmin.post(`/api/password-resets/${first.resetId}/refuse`, {})).json().error.code).toBe('VALIDATION.INVALID');
    expect((await secadmin.post(`/api/password-resets/${first.resetId}/refuse`, { reason: '本人未提出申请' })).statusCode).toBe(200);
    expect((await secadmin.post(`/api/password-resets/${first.resetId}/approve`)).json().error.code).toBe('RESET.NOT_PENDING');
    expect((await login(office, TEST_PASSWORD)).statusCode).toBe(200);

    const second = (await sysadmin.post(`/api/accounts/${id}/reset-password`)).json();
    await database.db.execute(sql`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE id = ${second.resetId}`);
    expect((await secadmin.post(`/api/password-resets/${second.resetId}/approve`)).json().error).toMatchObject({ code: 'RESET.NOT_PENDING', message: expect.stringContaining('已过期') });

    const third = (await sysadmin.post(`/api/accounts/${id}/reset-password`)).json();
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${third.resetId}/approve`)).json();
    await database.db.execute(sql`UPDATE password_reset SET expires_at = now() - interval '1 minute' WHERE id = ${third.resetId}`);
    expect((await activate({ username: office, requestHalf: third.requestHalf, approvalHalf, password: 'Late#Autumn55' })).json().error.code).toBe('AUTH.ACTIVATION_INVALID');
    const listed = await resets(secadmin);
    expect([first, second, third].map((r) => listed.find((l) => l.id === r.resetId)!.status)).toEqual(['refused', 'expired', 'expired']);
    expect((await database.db.execute(sql`SELECT 1 FROM audit_event WHERE action = 'account.reset_refuse' AND entity_id = ${String(id)}`)).rows).toHaveLength(1);
  });

  it('nobody approves a reset of their own account: an administrator account is reset by the same flow, approved by another security administrator', async () => {
    const { c, sysadmin, secadmin, secadminAccount } = await scene();
    const secadminId = secadminAccount.id;
    const own = (await sysadmin.post(`/api/accounts/${secadminId}/reset-password`)).json();
    const refused = await secadmin.post(`/api/password-resets/${own.resetId}/approve`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({ code: 'ACCOUNT.SELF', message: expect.stringContaining('自己') });
    expect((await secadmin.post(`/api/password-resets/${own.resetId}/refuse`, { reason: '自己处理自己' })).json().error.code).toBe('ACCOUNT.SELF');

    // A second security administrator, itself activated through the flow.
    const creating = await sysadmin.post('/api/accounts', { username: `${c.code}.second.secadmin`, displayName: '安全管理员（二）' });
    expect(creating.statusCode, creating.body).toBe(201);
    const created = creating.json();
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${created.resetId}/approve`)).json();
    const activated = await activate({ username: `${c.code}.second.secadmin`, requestHalf: created.requestHalf, approvalHalf, password: 'Second#Guard71' });
    expect(activated.statusCode, activated.body).toBe(200);
    expect((await secadmin.put(`/api/accounts/${created.id}/roles`, { roles: ['secadmin'] })).statusCode).toBe(200);
    const secadmin2 = await signIn(app, `${c.code}.second.secadmin`, 'Second#Guard71');
    const second = (await secadmin2.post(`/api/password-resets/${own.resetId}/approve`)).json();
    expect((await secadmin.get('/api/auth/me')).statusCode).toBe(401);
    expect((await activate({ username: secadminAccount.username, requestHalf: own.requestHalf, approvalHalf: second.approvalHalf, password: 'Guard#Tower39' })).statusCode).toBe(200);
    expect((await login(secadminAccount.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(secadminAccount.username, 'Guard#Tower39')).statusCode).toBe(200);
  });

  it('an account with a second factor needs its current code to redeem; wrong redemptions count toward the lock', async () => {
    const { c, sysadmin, secadmin } = await scene();
    const financeAccount = await newAccount(c);
    const finance = await signInAs(app, financeAccount);
    const { secret } = (await finance.post('/api/auth/totp/setup', { password: TEST_PASSWORD })).json();
    expect((await finance.post('/api/auth/totp/enable', { code: totpCode(secret) })).statusCode).toBe(200);
    const id = financeAccount.id;
    const { requestHalf, resetId } = (await sysadmin.post(`/api/accounts/${id}/reset-password`)).json();
    const { approvalHalf } = (await secadmin.post(`/api/password-resets/${resetId}/approve`)).json();
    const noCode = await activate({ username: financeAccount.username, requestHalf, approvalHalf, password: 'Ledger#Bright46' });
    expect(noCode.json().error).toMatchObject({ code: 'AUTH.TOTP_REQUIRED', field: 'code' });
    expect((await activate({ username: financeAccount.username, requestHalf, approvalHalf, password: 'Ledger#Bright46', code: '000000' })).json().error.code).toBe('AUTH.TOTP_INVALID');
    expect((await activate({ username: financeAccount.username, requestHalf, approvalHalf, password: 'Ledger#Bright46', code: totpCode(secret, Date.now() + 30_000) })).statusCode).toBe(200);
    // The reset kept the second factor.
    expect((await login(financeAccount.username, 'Ledger#Bright46')).json().error.code).toBe('AUTH.TOTP_REQUIRED');

    // Guessing codes: five wrong redemptions lock the name for sign-in and redemption alike.
    const leaderAccount = await newAccount(c);
    const leader = leaderAccount.id;
    const r = (await sysadmin.post(`/api/accounts/${leader}/reset-password`)).json();
    const a = (await secadmin.post(`/api/password-resets/${r.resetId}/approve`)).json();
    for (let i = 0; i < 5; i++) expect((await activate({ username: leaderAccount.username, requestHalf: r.requestHalf, approvalHalf: 'AAAA-BBBB-CCCC', password: 'Guess#Work123' })).statusCode).toBe(400);
    const locked = await activate({ username: leaderAccount.username, requestHalf: r.requestHalf, approvalHalf: a.approvalHalf, password: 'Guess#Work123' });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('AUTH.LOCKED');
  });
});
