import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import { openPostgres } from '../src/core/db/connection';
import { ENGINES, freshDatabase, type TestDatabase } from './support/database';
import { testApp } from './support/app';
import { newAccount, newCollege, newHolder, signInAs, TEST_PASSWORD } from './support/factories';
import { totpCode } from '../src/core/security/totp';
import { passwordHasher } from '../src/core/auth/sign-in-throttle';

// Every password check passes through passwordHasher.verify: counted here, so a test can tell how many passwords were
// actually checked (a burst, an unknown name) without relying on timings.
const verifySpy = vi.spyOn(passwordHasher, 'verify');
const verifyCalls = () => verifySpy.mock.calls as [string, string][];
afterAll(() => verifySpy.mockRestore());

describe.each(ENGINES)('authentication (GB/T 22239-2019 8.1.4.1; ASVS 2, 3) on %s', (engine) => {
  let database: TestDatabase;
  let app: FastifyInstance;
  const login = (username: string, password: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  const accountRow = async (username: string) => (await database.db.execute(sql`SELECT must_change_password FROM account WHERE username = ${username}`)).rows[0] as { must_change_password: boolean };
  const throttleRow = async (username: string) => ((await database.db.execute(sql`SELECT attempts, locked_until FROM sign_in_throttle WHERE username = ${username}`)).rows[0] ?? { attempts: 0, locked_until: null }) as { attempts: number; locked_until: Date | string | null };

  beforeAll(async () => {
    database = await freshDatabase(engine, { seed: false });
    app = (await testApp(database, { security: { loginPerMinute: 1000 } })).app;
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  beforeEach(() => {
    verifySpy.mockClear();
  });
  /** An account of a college of the test's own (nothing another test did touches it), signing in with TEST_PASSWORD. */
  const ownAccount = async (roles: string[] = [], opts: { username?: string } = {}) => {
    const c = await newCollege(database.db);
    return { c, ...(await newAccount(c, { roles: roles.length ? roles : undefined, ...opts })) };
  };
  const loginEvents = async (username: string) =>
    (await database.db.execute(sql`SELECT outcome, summary->>'detail' AS detail FROM audit_event WHERE action = 'auth.login' AND actor_name = ${username} ORDER BY id`)).rows as { outcome: string; detail: string | null }[];

  it('a password change needs the current password and a strong new one; other sessions end; the old password no longer works', async () => {
    const office = await ownAccount();
    const a = await signInAs(app, office);
    const b = await signInAs(app, office);
    expect((await a.post('/api/auth/password', { current: 'wrong', next: 'Lantern#Pine7' })).json().error).toMatchObject({ code: 'AUTH.WRONG_PASSWORD', field: 'current' });
    expect((await a.post('/api/auth/password', { current: TEST_PASSWORD, next: 'password123' })).json().error).toMatchObject({ code: 'AUTH.WEAK_PASSWORD', field: 'next' });
    expect((await a.post('/api/auth/password', { current: TEST_PASSWORD, next: 'Lantern#Pine7' })).statusCode).toBe(200);
    expect((await a.get('/api/auth/me')).statusCode).toBe(200);
    expect((await b.get('/api/auth/me')).statusCode).toBe(401);
    expect((await login(office.username, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(office.username, 'Lantern#Pine7')).statusCode).toBe(200);
  });

  it('a user lists their own sessions and ends one, or all but this one; nobody else\'s session can be named', async () => {
    const [finance, org] = [await ownAccount(), await ownAccount(['org'])];
    const [a, b, c] = [await signInAs(app, finance), await signInAs(app, finance), await signInAs(app, finance)];
    const other = await signInAs(app, org);
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
    const audited = (await database.db.execute(sql`SELECT action FROM audit_event WHERE action LIKE 'auth.session%' AND institution_id = ${finance.c.id} ORDER BY id`)).rows.map((r: unknown) => (r as { action: string }).action);
    expect(audited).toEqual(['auth.session_end', 'auth.sessions_end_others']);
    expect((await a.get('/api/auth/me')).json().passwordMinLength).toBe(10);
  });

  it('an account given its password must change it before anything else', async () => {
    const lc = await newCollege(database.db); // a leader in post: the duties page is theirs
    const leader = await newAccount(lc, { personId: (await newHolder(lc, { rank: 'leader' })).personId });
    await database.db.execute(sql`UPDATE account SET must_change_password = true WHERE username = ${leader.username}`);
    const c = await signInAs(app, leader);
    expect((await c.get('/api/auth/me')).json().mustChangePassword).toBe(true);
    const blocked = await c.get('/api/duties');
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().error).toMatchObject({ code: 'AUTH.PASSWORD_CHANGE_REQUIRED', message: expect.stringContaining('须先修改密码') });
    expect((await c.post('/api/auth/password', { current: TEST_PASSWORD, next: 'Harbor&Reed42' })).statusCode).toBe(200);
    expect((await c.get('/api/duties')).statusCode).toBe(200);
    expect((await accountRow(leader.username)).must_change_password).toBe(false);
  });

  it('five failures lock the account for the configured time; attempts during the lock do not extend it; afterwards it signs in', async () => {
    const staff = await ownAccount();
    for (let i = 0; i < 5; i++) expect((await login(staff.username, 'wrong-password')).statusCode).toBe(401);
    const locked = await login(staff.username, TEST_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.message).toContain('30 分钟');
    const until = String((await throttleRow(staff.username)).locked_until);
    for (let i = 0; i < 3; i++) await login(staff.username, 'wrong-password');
    expect(String((await throttleRow(staff.username)).locked_until)).toBe(until);
    await database.db.execute(sql`UPDATE sign_in_throttle SET locked_until = now() - interval '1 minute' WHERE username = ${staff.username}`);
    expect((await login(staff.username, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await throttleRow(staff.username)).attempts).toBe(0);
  });

  it('a session ends at its absolute lifetime however active it is, and is removed on the server', async () => {
    const discipline = await ownAccount(['discipline']);
    const c = await signInAs(app, discipline);
    expect((await c.get('/api/auth/me')).statusCode).toBe(200);
    await database.db.execute(sql`UPDATE session SET created_at = now() - interval '13 hours', last_seen_at = now() WHERE account_id = (SELECT id FROM account WHERE username = ${discipline.username})`);
    const res = await c.get('/api/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('AUTH.SESSION_EXPIRED');
    const left = (await database.db.execute(sql`SELECT count(*)::int AS n FROM session WHERE account_id = (SELECT id FROM account WHERE username = ${discipline.username})`)).rows[0] as { n: number };
    expect(left.n).toBe(0);
  });

  it('TOTP: enrolled with a code from the authenticator; then sign-in needs the code, a wrong or replayed one is refused; administrators are told to enrol', async () => {
    const finance = await ownAccount();
    const c = await signInAs(app, finance);
    const { secret, qr } = (await c.post('/api/auth/totp/setup', { password: TEST_PASSWORD })).json();
    expect(qr).toMatch(/^data:image\/png;base64,/);
    expect((await c.post('/api/auth/totp/enable', { code: '000000' })).json().error.code).toBe('AUTH.TOTP_INVALID');
    const earlier = Date.now() - 30_000;
    expect((await c.post('/api/auth/totp/enable', { code: totpCode(secret, earlier) })).statusCode).toBe(200);
    expect((await c.get('/api/auth/me')).json().totpEnabled).toBe(true);

    const noCode = await login(finance.username, TEST_PASSWORD);
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().error).toMatchObject({ code: 'AUTH.TOTP_REQUIRED', field: 'code' });
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: finance.username, password: TEST_PASSWORD, code: '123456' } });
    expect(wrong.json().error.code).toBe('AUTH.TOTP_INVALID');
    // The attempt without a code (right password) is not a failure; the wrong code is.
    expect((await throttleRow(finance.username)).attempts).toBe(1);
    const code = totpCode(secret);
    expect((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: finance.username, password: TEST_PASSWORD, code } })).statusCode).toBe(200);
    const replay = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: finance.username, password: TEST_PASSWORD, code } });
    expect(replay.json().error.message).toContain('已使用过');

  });

  it('三员: an administrator without a second factor can do nothing but set it up; then everything their role allows', async () => {
    const [auditorAccount, orgAccount] = [await ownAccount(['auditor']), await ownAccount(['org'])];
    const strict = (await testApp(database, { security: { totpRequiredForAdmins: true } })).app;
    try {
      const auditor = await signInAs(strict, auditorAccount);
      expect((await auditor.get('/api/auth/me')).json()).toMatchObject({ totpEnabled: false, totpRequired: true });
      const blocked = await auditor.get('/api/audit');
      expect(blocked.statusCode).toBe(403);
      expect(blocked.json().error).toMatchObject({ code: 'AUTH.TOTP_ENROLL_REQUIRED', message: expect.stringContaining('动态口令') });
      // First enrolment, as at an administrator's first sign-in: the password, no code yet.
      expect((await auditor.post('/api/auth/totp/setup', {})).json().error.code).toBe('VALIDATION.INVALID');
      const { secret } = (await auditor.post('/api/auth/totp/setup', { password: TEST_PASSWORD })).json();
      expect((await auditor.post('/api/auth/totp/enable', { code: totpCode(secret, Date.now() - 30_000) })).statusCode).toBe(200);
      expect((await auditor.get('/api/audit')).statusCode).toBe(200);
      expect((await auditor.get('/api/auth/me')).json()).toMatchObject({ totpEnabled: true, totpRequired: false });
      expect((await strict.inject({ method: 'POST', url: '/api/auth/login', payload: { username: auditorAccount.username, password: TEST_PASSWORD } })).json().error.code).toBe('AUTH.TOTP_REQUIRED');
      // A business account is not held to it.
      const org = await signInAs(strict, orgAccount);
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

  it('a burst of wrong passwords at once checks at most the threshold’s number before the lock, and the account is locked', async () => {
    const publicity = await ownAccount();
    const burst = await Promise.all(Array.from({ length: 30 }, () => login(publicity.username, 'wrong-password')));
    const statuses = burst.map((r) => r.statusCode);
    const checked = (await loginEvents(publicity.username)).filter((e) => e.detail?.startsWith('wrong password')).length;
    console.info(`[burst ${engine}, one app] 30 wrong passwords at once: ${checked} checked, ${statuses.filter((c) => c === 423).length} refused as locked`);
    expect(checked).toBeLessThanOrEqual(5);
    expect(verifyCalls().filter(([, pw]) => pw === 'wrong-password')).toHaveLength(checked);
    expect(statuses.filter((c) => c === 401)).toHaveLength(checked);
    expect(statuses.filter((c) => c === 423)).toHaveLength(30 - checked);
    // Locked: even the right password is not checked.
    expect((await login(publicity.username, TEST_PASSWORD)).statusCode).toBe(423);
    expect(verifyCalls().filter(([, pw]) => pw === TEST_PASSWORD)).toHaveLength(0);
  });

  it.runIf(engine === 'postgres')('two app instances on one database agree: bursts at both check at most the threshold’s number of passwords', async () => {
    const foreign = await ownAccount();
    const second = await openPostgres(database.url!);
    const other = (await testApp(second, { security: { loginPerMinute: 1000 } })).app;
    try {
      const at = (a: FastifyInstance) => Array.from({ length: 25 }, () => a.inject({ method: 'POST', url: '/api/auth/login', payload: { username: foreign.username, password: 'wrong-password' } }));
      const burst = await Promise.all([...at(app), ...at(other)]);
      const checked = (await loginEvents(foreign.username)).filter((e) => e.detail?.startsWith('wrong password')).length;
      console.info(`[burst postgres, two apps] 2 × 25 wrong passwords at once: ${checked} checked, ${burst.filter((r) => r.statusCode === 423).length} refused as locked`);
      expect(checked).toBeLessThanOrEqual(5);
      expect(verifyCalls().filter(([, pw]) => pw === 'wrong-password')).toHaveLength(checked);
      expect(burst.filter((r) => r.statusCode === 423)).toHaveLength(50 - checked);
      const row = await throttleRow(foreign.username);
      expect(row.attempts).toBeGreaterThanOrEqual(5);
      expect(new Date(String(row.locked_until)).getTime()).toBeGreaterThan(Date.now());
      expect((await other.inject({ method: 'POST', url: '/api/auth/login', payload: { username: foreign.username, password: TEST_PASSWORD } })).statusCode).toBe(423);
    } finally {
      await other.close();
      await second.close();
    }
  });

  it('an unknown name is checked against a dummy hash like a real one, and locks like a real one: same status and body throughout', async () => {
    const depthead = await ownAccount();
    const realHash = ((await database.db.execute(sql`SELECT password_hash FROM account WHERE username = ${depthead.username}`)).rows[0] as { password_hash: string }).password_hash;
    const params = (h: string) => h.split('$').slice(1, 4).join('$'); // algorithm, version, memory/time/parallelism
    await login('nobody.else', 'Guess#1234');
    const [[dummyHash, typed]] = verifyCalls();
    expect(typed).toBe('Guess#1234');
    expect(params(dummyHash)).toBe(params(realHash));
    for (let i = 1; i <= 7; i++) {
      const unknown = await login('nobody.here', 'wrong-password');
      const real = await login(depthead.username, 'wrong-password');
      expect(unknown.statusCode).toBe(real.statusCode);
      expect(unknown.json()).toEqual(real.json());
      expect(real.statusCode).toBe(i <= 5 ? 401 : 423);
      if (i > 5) expect(real.json().error).toMatchObject({ code: 'AUTH.LOCKED', message: expect.stringMatching(/暂时锁定.*30 分钟/) });
    }
    // The name is counted as typed by a person: case and surrounding spaces do not make another name.
    expect((await login(` ${depthead.username.toUpperCase()} `, TEST_PASSWORD)).statusCode).toBe(423);
    expect((await login(depthead.username, TEST_PASSWORD)).json()).toEqual((await login('Nobody.Here', TEST_PASSWORD)).json());
  });

  it('a second factor is set or replaced only with the password (and the current code once one is set); other sessions end; audited', async () => {
    const office = await ownAccount();
    const owner = await signInAs(app, office);
    const stolen = await signInAs(app, office);
    // A session alone cannot start an enrolment.
    expect((await stolen.post('/api/auth/totp/setup', {})).json().error.code).toBe('VALIDATION.INVALID');
    const wrong = await stolen.post('/api/auth/totp/setup', { password: 'not-the-password' });
    expect(wrong.json().error).toMatchObject({ code: 'AUTH.WRONG_PASSWORD', field: 'password' });
    expect((await throttleRow(office.username)).attempts).toBe(1);
    const first = (await owner.post('/api/auth/totp/setup', { password: TEST_PASSWORD })).json();
    expect((await owner.post('/api/auth/totp/enable', { code: totpCode(first.secret) })).statusCode).toBe(200);
    expect((await stolen.get('/api/auth/me')).statusCode).toBe(401);

    // Replacing it needs the code of the factor in force, besides the password.
    const noCode = await owner.post('/api/auth/totp/setup', { password: TEST_PASSWORD });
    expect(noCode.json().error).toMatchObject({ code: 'AUTH.TOTP_REQUIRED', field: 'code' });
    expect((await owner.post('/api/auth/totp/setup', { password: TEST_PASSWORD, code: '000000' })).json().error.code).toBe('AUTH.TOTP_INVALID');
    const replaced = (await owner.post('/api/auth/totp/setup', { password: TEST_PASSWORD, code: totpCode(first.secret, Date.now() + 30_000) })).json();
    expect((await owner.post('/api/auth/totp/enable', { code: totpCode(replaced.secret) })).statusCode).toBe(200);
    const withOld = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: office.username, password: TEST_PASSWORD, code: totpCode(first.secret, Date.now() + 60_000) } });
    expect(withOld.json().error.code).toBe('AUTH.TOTP_INVALID');
    const audited = (await database.db.execute(sql`SELECT action, outcome FROM audit_event WHERE action LIKE 'auth.totp%' AND actor_name = (SELECT display_name FROM account WHERE username = ${office.username}) ORDER BY id`)).rows;
    expect(audited).toEqual([
      { action: 'auth.totp_setup', outcome: 'failed' },
      { action: 'auth.totp_setup', outcome: 'success' },
      { action: 'auth.totp_enable', outcome: 'success' },
      { action: 'auth.totp_setup', outcome: 'failed' },
      { action: 'auth.totp_setup', outcome: 'success' },
      { action: 'auth.totp_enable', outcome: 'success' },
    ]);
  });
});
