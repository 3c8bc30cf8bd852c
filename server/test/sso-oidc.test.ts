import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ssoConfigOf } from '../src/config';
import { fixedClock } from '../src/core/shared/clock';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { newHolder } from './support/people';
import { signInAtProvider, startOidcProvider, startTamperingIssuer, type TestProvider } from './support/oidc-provider';

const TODAY = '2026-12-20';
const REDIRECT = 'http://localhost:3000/api/auth/sso/oidc/callback';
const CLIENT = { clientId: 'cadre-platform', clientSecret: 'a-client-secret-for-tests-only-0123456789' };

const ssoEnv = (issuer: string) =>
  ssoConfigOf({ OIDC_ISSUER: issuer, OIDC_CLIENT_ID: CLIENT.clientId, OIDC_CLIENT_SECRET: CLIENT.clientSecret, OIDC_REDIRECT_URI: REDIRECT, SSO_INSTITUTION: 'wanjiang' });

/** Issue 23: 统一身份认证 through OpenID Connect, against a real provider started here. */
describe.each(ENGINES)('OIDC sign-in on %s', (engine) => {
  let database: Database;
  let provider: TestProvider;
  let tamper: Awaited<ReturnType<typeof startTamperingIssuer>>;
  let app: FastifyInstance;
  let viaTamper: FastifyInstance;
  let org: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    provider = await startOidcProvider({ ...CLIENT, redirectUris: [REDIRECT], postLogoutRedirectUris: ['http://localhost:3000/login'] });
    tamper = await startTamperingIssuer(provider);
    app = (await testApp(database, { clock: fixedClock(TODAY), sso: ssoEnv(provider.issuer) })).app;
    viaTamper = (await testApp(database, { clock: fixedClock(TODAY), sso: ssoEnv(tamper.issuer) })).app;
    org = await signIn(app, 'wj.org');
  });
  afterAll(async () => {
    await app?.close();
    await viaTamper?.close();
    await provider?.close();
    await tamper?.close();
    await database?.close();
  });

  const staffNoOf = async (personId: number) => (await org.get(`/api/persons/${personId}`)).json().staffNo as string;

  /** The whole round trip: our start, the provider's login page, back to our callback; `alter` plays with the answer. */
  async function signOn(on: FastifyInstance, login: string, alter: (u: URL) => void = () => {}) {
    const start = await on.inject({ method: 'GET', url: '/api/auth/sso/oidc/start' });
    expect(start.statusCode, start.body).toBe(302);
    const attempt = start.cookies.find((c) => c.name === 'cadre_sso')!;
    expect(attempt.httpOnly).toBe(true);
    const location = String(start.headers.location);
    expect(location).toContain('code_challenge_method=S256');
    const back = await signInAtProvider(location, login, REDIRECT);
    back.searchParams.delete(on === viaTamper ? 'iss' : '__none__'); // the intermediary's browser sees its issuer only
    alter(back);
    const headers = { cookie: `cadre_sso=${attempt.value}` };
    const callback = await on.inject({ method: 'GET', url: `/api/auth/sso/oidc/callback${back.search}`, headers });
    const sid = callback.cookies.find((c) => c.name === 'cadre_sid' && c.value !== '');
    return { callback, sid, back, replay: () => on.inject({ method: 'GET', url: `/api/auth/sso/oidc/callback${back.search}`, headers }) };
  }

  const refusals = async (code: string) =>
    (await database.db.execute(sql`SELECT outcome, summary -> 'detail' AS detail FROM audit_event WHERE action = 'auth.sso_login' AND summary -> 'detail' ->> 'code' = ${code} ORDER BY id`)).rows as { outcome: string; detail: { message: string; reason: string } }[];

  const expectRefused = async (r: Awaited<ReturnType<typeof signOn>>['callback'], code: string) => {
    expect(r.statusCode, r.body).toBe(302);
    expect(r.headers.location, JSON.stringify((await database.db.execute(sql`SELECT summary FROM audit_event WHERE action = 'auth.sso_login' ORDER BY id DESC LIMIT 1`)).rows)).toBe(`/login?ssoError=${code}`);
    expect(r.cookies.find((c) => c.name === 'cadre_sid' && c.value !== '')).toBeUndefined();
    const audited = await refusals(code);
    expect(audited.length).toBeGreaterThan(0);
    expect(audited.at(-1)!.detail.message).toMatch(/[\u4e00-\u9fa5]/);
  };

  it('a person of the roster without an account signs in through the provider: an account is made with roles from their posts, the session holds the limits', async () => {
    const h = await newHolder(org, { n: 2301, rank: 'middle_chief', title: '处长', since: '2020-09-01', isHead: true });
    const staffNo = await staffNoOf(h.personId);
    const first = await signOn(app, staffNo);
    expect(first.callback.statusCode, first.callback.body).toBe(302);
    expect(first.callback.headers.location).toBe('/workbench');
    expect(first.sid).toBeDefined();
    expect(first.sid!.httpOnly).toBe(true);
    const cookie = `cadre_sid=${first.sid!.value}`;
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).json();
    expect(me).toMatchObject({ personId: h.personId, username: `wanjiang.${staffNo.toLowerCase()}`, displayName: h.name, mustChangePassword: false });
    expect(me.roles.map((r: { role: string }) => r.role)).toContain('dept_head');

    // The second time, the same account.
    const second = await signOn(app, staffNo);
    expect(second.callback.headers.location).toBe('/workbench');
    const again = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cadre_sid=${second.sid!.value}` } })).json();
    expect(again.accountId).toBe(me.accountId);
    const made = (await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE action = 'account.create' AND entity_id = ${String(me.accountId)}`)).rows[0] as { n: number };
    expect(made.n).toBe(1);

    // No password to reset: the system administrator is told why.
    const sysadmin = await signIn(app, 'wj.sysadmin');
    const reset = await sysadmin.post(`/api/accounts/${me.accountId}/reset-password`);
    expect(reset.statusCode, reset.body).toBe(409);
    expect(reset.json().error).toMatchObject({ code: 'ACCOUNT.SSO_NO_PASSWORD' });
    expect(reset.json().error.message).toContain('统一身份认证');

    // Signing out here ends the provider's session too: the browser is sent to its end-session endpoint.
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect(out.statusCode, out.body).toBe(200);
    const to = new URL(out.json().redirectTo);
    expect(to.origin).toBe(provider.issuer);
    expect(to.searchParams.get('id_token_hint')).toBeTruthy();
    expect(to.searchParams.get('post_logout_redirect_uri')).toBe('http://localhost:3000/login');
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('an SSO session keeps the idle limit', async () => {
    const h = await newHolder(org, { n: 2302, rank: 'staff', title: '科员', since: '2021-09-01' });
    const { sid } = await signOn(app, await staffNoOf(h.personId));
    const cookie = `cadre_sid=${sid!.value}`;
    await database.db.execute(sql`UPDATE session SET last_seen_at = now() - interval '3 hours' WHERE sso_protocol = 'oidc'`);
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.code).toBe('AUTH.SESSION_EXPIRED');
  });

  it('an unknown 工号 is refused, audited, with a Chinese message; no account, no session', async () => {
    const before = (await database.db.execute(sql`SELECT count(*)::int AS n FROM account`)).rows[0] as { n: number };
    const { callback } = await signOn(app, 'NOBODY-9999');
    await expectRefused(callback, 'SSO.UNKNOWN_STAFF_NO');
    expect(((await database.db.execute(sql`SELECT count(*)::int AS n FROM account`)).rows[0] as { n: number }).n).toBe(before.n);
    expect((await refusals('SSO.UNKNOWN_STAFF_NO')).at(-1)!.detail.message).toBe('本系统人员名册中没有该工号，请联系组织部门核对');
  });

  it('a person who has retired cannot sign in', async () => {
    const h = await newHolder(org, { n: 2303, rank: 'middle_deputy', title: '副处长', since: '2015-09-01' });
    const retired = await org.patch(`/api/persons/${h.personId}`, { status: 'retired', retiredOn: '2026-12-01', retirementDocNo: '皖江中澳党〔2026〕23号' });
    expect(retired.statusCode, retired.body).toBe(200);
    const { callback } = await signOn(app, await staffNoOf(h.personId));
    await expectRefused(callback, 'SSO.PERSON_LEFT');
  });

  it('a wrong state, a missing sign-on cookie and a replayed answer are refused', async () => {
    const h = await newHolder(org, { n: 2304, rank: 'staff', title: '科员', since: '2021-09-01' });
    const staffNo = await staffNoOf(h.personId);
    const wrong = await signOn(app, staffNo, (u) => u.searchParams.set('state', 'forged-state-value'));
    await expectRefused(wrong.callback, 'SSO.STATE');

    const ok = await signOn(app, staffNo);
    expect(ok.callback.headers.location).toBe('/workbench');
    await expectRefused(await ok.replay(), 'SSO.STATE');

    const start = await app.inject({ method: 'GET', url: '/api/auth/sso/oidc/start' });
    const back = await signInAtProvider(String(start.headers.location), staffNo, REDIRECT);
    await expectRefused(await app.inject({ method: 'GET', url: `/api/auth/sso/oidc/callback${back.search}` }), 'SSO.STATE');
  });

  it('an ID token with a wrong issuer, a wrong audience, an expired one or one with another nonce is refused; the untouched one passes', async () => {
    const h = await newHolder(org, { n: 2305, rank: 'staff', title: '科员', since: '2021-09-01' });
    const staffNo = await staffNoOf(h.personId);
    tamper.mode = 'none';
    const control = await signOn(viaTamper, staffNo);
    expect(control.callback.headers.location, JSON.stringify(await refusals('SSO.TOKEN'))).toBe('/workbench');
    for (const mode of ['issuer', 'audience', 'expired', 'nonce'] as const) {
      tamper.mode = mode;
      const before = (await refusals('SSO.TOKEN')).length;
      const { callback } = await signOn(viaTamper, staffNo);
      await expectRefused(callback, 'SSO.TOKEN');
      const audited = await refusals('SSO.TOKEN');
      expect(audited.length, mode).toBe(before + 1);
      expect(audited.at(-1)!.outcome).toBe('denied');
      expect(audited.at(-1)!.detail.message).toContain('身份凭据无效');
    }
    tamper.mode = 'none';
  });

  it('a person with an account already signs in to it; a name taken by another account gets the person’s id appended', async () => {
    const sysadmin = await signIn(app, 'wj.sysadmin');
    const a = await newHolder(org, { n: 2306, rank: 'staff', title: '科员', since: '2021-09-01' });
    const b = await newHolder(org, { n: 2307, rank: 'staff', title: '科员', since: '2021-09-01' });
    const own = await sysadmin.post('/api/accounts', { username: 'wj.own2306', displayName: a.name, personId: a.personId });
    expect(own.statusCode, own.body).toBe(201);
    const first = await signOn(app, await staffNoOf(a.personId));
    const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cadre_sid=${first.sid!.value}` } })).json();
    expect(me).toMatchObject({ accountId: own.json().id, username: 'wj.own2306' });
    expect((await sysadmin.post(`/api/accounts/${own.json().id}/reset-password`)).json().error.code).toBe('ACCOUNT.SSO_NO_PASSWORD');

    const bStaffNo = await staffNoOf(b.personId);
    const squatter = await sysadmin.post('/api/accounts', { username: `wanjiang.${bStaffNo.toLowerCase()}`, displayName: '另一个账号' });
    expect(squatter.statusCode, squatter.body).toBe(201);
    const second = await signOn(app, bStaffNo);
    const meB = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `cadre_sid=${second.sid!.value}` } })).json();
    expect(meB).toMatchObject({ personId: b.personId, username: `wanjiang.${bStaffNo.toLowerCase()}-${b.personId}` });
  });

  it('tells the login page which ways are on', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/auth/sso' });
    expect(res.json()).toMatchObject({ oidc: true, cas: false });
  });
});
