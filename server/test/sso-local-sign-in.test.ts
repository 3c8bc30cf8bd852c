import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ssoConfigOf } from '../src/config';
import { DEMO_PASSWORD } from '../src/demo/seed';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp } from './support/app';

const login = (app: FastifyInstance, username: string) => app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });

/** Issue 23, item 3: local password sign-in for business users can be switched off once single sign-on works. */
describe.each(ENGINES)('local password sign-in switch on %s', (engine) => {
  let database: Database;
  let withSso: FastifyInstance;
  let withoutSso: FastifyInstance;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    // The provider is never reached here: switching needs single sign-on configured, not a sign-on.
    withSso = (await testApp(database, { sso: ssoConfigOf({ OIDC_ISSUER: 'https://sso.example.invalid', OIDC_CLIENT_ID: 'cadre', OIDC_REDIRECT_URI: 'https://cadre.example.invalid/api/auth/sso/oidc/callback', SSO_INSTITUTION: 'wanjiang' }) })).app;
    withoutSso = (await testApp(database)).app;
  });
  afterAll(async () => {
    await withSso?.close();
    await withoutSso?.close();
    await database?.close();
  });

  it('is refused while no single sign-on is configured, and is the security administrator’s alone', async () => {
    const sec = await signIn(withoutSso, 'wj.secadmin');
    const res = await sec.put('/api/auth/sso/settings', { localPasswordSignIn: false });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('SSO.NOT_CONFIGURED');
    const sys = await signIn(withSso, 'wj.sysadmin');
    expect((await sys.get('/api/auth/sso/settings')).json()).toEqual({ oidc: true, cas: false, localPasswordSignIn: true });
    expect((await sys.put('/api/auth/sso/settings', { localPasswordSignIn: false })).statusCode).toBe(403);
  });

  it('switched off: business users of that college are refused with a Chinese message, the three administrators and other colleges are not; audited; switched on again', async () => {
    const sec = await signIn(withSso, 'wj.secadmin');
    const off = await sec.put('/api/auth/sso/settings', { localPasswordSignIn: false });
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().localPasswordSignIn).toBe(false);
    const audited = (await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'auth.local_sign_in' ORDER BY id DESC LIMIT 1`)).rows[0] as { summary: { before: unknown; after: unknown } };
    expect(audited.summary).toMatchObject({ before: { localPasswordSignIn: true }, after: { localPasswordSignIn: false } });

    for (const username of ['wj.org', 'wj.depthead', 'wj.staff']) {
      const res = await login(withSso, username);
      expect(res.statusCode, username).toBe(403);
      expect(res.json().error).toMatchObject({ code: 'AUTH.LOCAL_SIGN_IN_OFF' });
      expect(res.json().error.message).toContain('统一身份认证');
    }
    for (const username of ['wj.sysadmin', 'wj.secadmin', 'wj.auditor', 'pc.org']) expect((await login(withSso, username)).statusCode, username).toBe(200);
    // A wrong password still answers as a wrong password: the switch is no oracle for passwords.
    expect((await withSso.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'wj.staff', password: 'wrong-password-1' } })).statusCode).toBe(401);

    expect((await sec.put('/api/auth/sso/settings', { localPasswordSignIn: true })).statusCode).toBe(200);
    expect((await login(withSso, 'wj.org')).statusCode).toBe(200);
  });

  it('tells a login page without single sign-on that it is off', async () => {
    expect((await withoutSso.inject({ method: 'GET', url: '/api/auth/sso' })).json()).toMatchObject({ oidc: false, cas: false });
    const res = await withoutSso.inject({ method: 'GET', url: '/api/auth/sso/oidc/start' });
    expect(res.headers.location).toBe('/login?ssoError=SSO.OFF');
  });
});
