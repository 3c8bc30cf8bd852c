import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/db/connection';
import { DEMO_PASSWORD } from '../src/demo/seed';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp } from './support/app';
import { totpCode } from '../src/security/totp';

describe.each(ENGINES)('authentication (GB/T 22239-2019 8.1.4.1; ASVS 2, 3) on %s', (engine) => {
  let database: Database;
  let app: FastifyInstance;
  const login = (username: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const accountRow = async (username: string) => (await database.db.execute(sql`SELECT failed_attempts, locked_until, must_change_password FROM account WHERE username = ${username}`)).rows[0] as { failed_attempts: number; locked_until: Date | string | null; must_change_password: boolean };

  beforeAll(async () => {
    database = await freshDatabase(engine);
    app = (await testApp(database, { security: { loginPerMinute: 1000 } })).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('a password change needs the current password and a strong new one; other sessions end; the old password no longer works', async () => {
    const a = await signIn(app, 'wj.office');
    const b = await signIn(app, 'wj.office');
    expect((await a.post('/api/auth/password', { current: 'wrong', next: 'Lantern#Pine7' })).json().error).toMatchObject({ code: 'AUTH.WRONG_PASSWORD', field: 'current' });
    expect((await a.post('/api/auth/password', { current: DEMO_PASSWORD, next: 'password123' })).json().error).toMatchObject({ code: 'AUTH.WEAK_PASSWORD', field: 'next' });
    expect((await a.post('/api/auth/password', { current: DEMO_PASSWORD, next: 'Lantern#Pine7' })).statusCode).toBe(200);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login('wj.office', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('wj.office', 'Lantern#Pine7')).statusCode).toBe(200);
  });

  it('a user lists their own sessions and ends one, or all but this one; nobody else\'s session can be named', async () => {
    const [a, b, c] = [await signIn(app, 'wj.finance'), await signIn(app, 'wj.finance'), await signIn(app, 'wj.finance')];
    const other = await signIn(app, 'wj.org');
    const listed = (await a.get('/api/auth/sessions')).json() as { ref: string; current: boolean; ip: string | null; endsAt: string; idleEndsAt: string }[];
    expect(listed).toHaveLength(3);
    expect(listed.filter((s) => s.current)).toHaveLength(1);
    expect(new Date(listed[0].endsAt).getTime()).toBeGreaterThan(Date.now());
    const bRef = ((await b.get('/api/auth/sessions')).json() as { ref: string; current: boolean }[]).find((s) => s.current)!.ref;
    const otherRef = ((await other.get('/api/auth/sessions')).json() as { ref: string; current: boolean }[]).find((s) => s.current)!.ref;
    expect((await a.delete(`/api/auth/sessions/${otherRef}`)).statusCode).toBe(404);
    expect((await other.get('/api/auth/me')).statusCode).toBe(200);
    expect((await a.delete('/api/auth/sessions/not-a-ref')).json().error.code).toBe('VALIDATION.INVALID');
    expect((await a.delete(`/api/auth/sessions/${bRef}`)).json()).toEqual({ ended: 1 });
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    expect((await a.post('/api/auth/sessions/end-others', {})).json()).toEqual({ ended: 1 });
    expect((await c.get('/api/auth/me')).statusCode).toBe(401);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    const audited = (await database.db.execute(sql`SELECT action FROM audit_event WHERE action LIKE 'auth.session%' ORDER BY id`)).rows.map((r: unknown) => (r as { action: string }).action);
    expect(audited).toEqual(['auth.session_end', 'auth.sessions_end_others']);
    expect((await a.get('/api/auth/me')).json().passwordMinLength).toBe(10);
  });

  it('an account given its password must change it before anything else', async () => {
    await database.db.execute(sql`UPDATE account SET must_change_password = true WHERE username = 'wj.leader'`);
    const c = await signIn(app, 'wj.leader');
    expect((await c.get('/api/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await c.get('/api/duties');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'AUTH.PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('须先修改密码') });
    expect((await c.post('/api/auth/password', { current: DEMO_PASSWORD, next: 'Harbor&Reed42' })).statusCode).toBe(200);
    expect((await c.get('/api/duties')).statusCode).toBe(200);
    expect((await accountRow('wj.leader')).must_change_password).toBe(false);
  });

  it('five failures lock the account for the configured time; attempts during the lock do not extend it; afterwards it signs in', async () => {
    for (let i = 0; i < 5; i++) expect((await login('wj.staff', 'wrong-password')).statusCode).toBe(401);
    const locked = await login('wj.staff', DEMO_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toContain('30 分钟');
    const until = String((await accountRow('wj.staff')).locked_until);
    for (let i = 0; i < 3; i++) await login('wj.staff', 'wrong-password');
    expect(String((await accountRow('wj.staff')).locked_until)).toBe(until);
    await database.db.execute(sql`UPDATE account SET locked_until = now() - interval '1 minute' WHERE username = 'wj.staff'`);
    expect((await login('wj.staff', DEMO_PASSWORD)).statusCode).toBe(200);
    expect((await accountRow('wj.staff')).failed_attempts).toBe(0);
  });

  it('a session ends at its absolute lifetime however active it is, and is removed on the server', async () => {
    const c = await signIn(app, 'wj.discipline');
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    await database.db.execute(sql`UPDATE session SET created_at = now() - interval '13 hours', last_seen_at = now() WHERE account_id = (SELECT id FROM account WHERE username = 'wj.discipline')`);
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH.SESSION_EXPIRED');
    const left = (await database.db.execute(sql`SELECT count(*)::int AS n FROM session WHERE account_id = (SELECT id FROM account WHERE username = 'wj.discipline')`)).rows[0] as { n: number };
    expect(left.n).toBe(0);
  });

  it('TOTP: enrolled with a code from the authenticator; then sign-in needs the code, a wrong or replayed one is refused; administrators are told to enrol', async () => {
    const c = await signIn(app, 'wj.finance');
    const { secret, qr } = (await c.post('/api/auth/totp/setup')).json();
    expect(qr).toMatch(/^data:image\/png;base64,/);
    expect((await c.post('/api/auth/totp/enable', { code: '000000' })).json().error.code).toBe('AUTH.TOTP_INVALID');
    const earlier = Date.now() - 30_000;
    expect((await c.post('/api/auth/totp/enable', { code: totpCode(secret, earlier) })).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).json().totpEnabled).toBe(true);

    const noCode = await login('wj.finance', DEMO_PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error).toMatchObject({ code: 'AUTH.TOTP_REQUIRED', field: 'code' });
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.finance', password: DEMO_PASSWORD, code: '123456' } });
    expect(wrong.json().error.code).toBe('AUTH.TOTP_INVALID');
    expect((await accountRow('wj.finance')).failed_attempts).toBe(1);
    const code = totpCode(secret);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.finance', password: DEMO_PASSWORD, code } })).statusCode).toBe(200);
    const replay = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.finance', password: DEMO_PASSWORD, code } });
    expect(replay.json().error.message).toContain('已使用过');

  });

  it('三员: an administrator without a second factor can do nothing but set it up; then everything their role allows', async () => {
    const strict = (await testApp(database, { security: { totpRequiredForAdmins: true } })).app;
    try {
      const auditor = await signIn(strict, 'wj.auditor');
      expect((await auditor.get('/api/auth/me')).json()).toMatchObject({ totpEnabled: false, totpRequired: true });
      const blocked = await auditor.get('/api/audit');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error).toMatchObject({ code: 'AUTH.TOTP_ENROLL_REQUIRED', message: expect.stringContaining('动态口令') });
      const { secret } = (await auditor.post('/api/auth/totp/setup')).json();
      expect((await auditor.post('/api/auth/totp/enable', { code: totpCode(secret, Date.now() - 30_000) })).statusCode).toBe(200);
      expect((await auditor.get('/api/audit')).statusCode).toBe(200);
      expect((await auditor.get('/api/auth/me')).json()).toMatchObject({ totpEnabled: true, totpRequired: false });
      expect((await strict.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.auditor', password: DEMO_PASSWORD } })).json().error.code).toBe('AUTH.TOTP_REQUIRED');
      // A business account is not held to it.
      const org = await signIn(strict, 'wj.org');
      expect((await org.get('/api/persons')).statusCode).toBe(200);
    } finally {
      await strict.close();
    }
  });

  it('sign-in attempts from one address are rate-limited with a Chinese message', async () => {
    const limited = (await testApp(database, { security: { loginPerMinute: 3 } })).app;
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } })).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const res = await limited.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' } });
      expect(res.json().error).toMatchObject({ code: 'AUTH.RATE_LIMITED', message: expect.stringContaining('过于频繁') });
    } finally {
      await limited.close();
    }
  });
});
