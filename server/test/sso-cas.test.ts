import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import type { Database } from '../src/core/db/connection';
import { ssoConfigOf } from '../src/config';
import { fixedClock } from '../src/core/shared/clock';
import { parseServiceResponse, sessionIndexOfLogoutRequest } from '../src/core/auth/sso/cas-protocol';
import { ENGINES, freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { newHolder } from './support/people';
import { startCasServer, type TestCas } from './support/cas-server';

const TODAY = '2026-12-20';
const SERVICE = 'http://localhost:3000/api/auth/sso/cas/callback';

describe('CAS 3.0 protocol XML', () => {
  it('reads a success with attributes as text, failures with their code, and the SessionIndex of a single-logout request', () => {
    expect(parseServiceResponse(`<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationSuccess><cas:user>zhang</cas:user><cas:attributes><cas:employeeNumber>00123</cas:employeeNumber><cas:memberOf>a</cas:memberOf><cas:memberOf>b</cas:memberOf></cas:attributes></cas:authenticationSuccess></cas:serviceResponse>`))
      .toEqual({ ok: true, user: 'zhang', attributes: { employeeNumber: ['00123'], memberOf: ['a', 'b'] } });
    expect(parseServiceResponse(`<cas:serviceResponse xmlns:cas="http://www.yale.edu/tp/cas"><cas:authenticationFailure code="INVALID_TICKET">Ticket ST-1 not recognized</cas:authenticationFailure></cas:serviceResponse>`))
      .toEqual({ ok: false, code: 'INVALID_TICKET', message: 'Ticket ST-1 not recognized' });
    expect(parseServiceResponse('<html>not cas</html>')).toMatchObject({ ok: false, code: 'MALFORMED' });
    expect(parseServiceResponse('<<<')).toMatchObject({ ok: false });
    expect(sessionIndexOfLogoutRequest('<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:NameID xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">@NOT_USED@</saml:NameID><samlp:SessionIndex>ST-abc</samlp:SessionIndex></samlp:LogoutRequest>')).toBe('ST-abc');
    expect(sessionIndexOfLogoutRequest('garbage')).toBeNull();
  });
});

/** Issue 23: 统一身份认证 through CAS 3.0, against a CAS server started here. */
describe.each(ENGINES)('CAS sign-in on %s', (engine) => {
  let database: Database;
  let cas: TestCas;
  let app: FastifyInstance;
  let org: Client;

  beforeAll(async () => {
    database = await freshDatabase(engine);
    cas = await startCasServer();
    const sso = ssoConfigOf({ CAS_BASE_URL: cas.baseUrl, CAS_SERVICE_URL: SERVICE, CAS_STAFF_NO_ATTRIBUTE: 'employeeNumber', SSO_INSTITUTION: 'wanjiang' });
    app = (await testApp(database, { clock: fixedClock(TODAY), sso })).app;
    org = await signIn(app, 'wj.org');
    // The CAS server's single-logout requests arrive at the service URL as a form POST.
    cas.deliver = async (service, logoutRequest) => {
      const res = await app.inject({ method: 'POST', url: new URL(service).pathname, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams({ logoutRequest }).toString() });
      expect(res.statusCode, res.body).toBe(200);
    };
  });
  afterAll(async () => {
    await app?.close();
    await cas?.close();
    await database?.close();
  });

  const staffNoOf = async (personId: number) => (await org.get(`/api/persons/${personId}`)).json().staffNo as string;

  /** A browser: our start, the CAS login form, back with a ticket. Returns the ticket and the CAS cookie. */
  async function casLogin(user: string) {
    const start = await app.inject({ method: 'GET', url: '/api/auth/sso/cas/start' });
    expect(start.statusCode).toBe(302);
    const login = new URL(String(start.headers.location));
    expect(`${login.origin}${login.pathname}`).toBe(`${cas.baseUrl}/login`);
    expect(login.searchParams.get('service')).toBe(SERVICE);
    const posted = await fetch(login.href, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: user, password: 'x' }) });
    expect(posted.status).toBe(302);
    const back = new URL(posted.headers.get('location')!);
    return { ticket: back.searchParams.get('ticket')!, tgc: /CASTGC=([^;]+)/.exec(posted.headers.get('set-cookie') ?? '')![1] };
  }
  const callback = (ticket: string) => app.inject({ method: 'GET', url: `/api/auth/sso/cas/callback?ticket=${encodeURIComponent(ticket)}` });
  const lastRefusal = async () =>
    ((await database.db.execute(sql`SELECT outcome, summary -> 'detail' AS detail FROM audit_event WHERE action = 'auth.sso_login' ORDER BY id DESC LIMIT 1`)).rows[0] as { outcome: string; detail: { code: string; message: string; reason: string } });
  const expectRefused = async (res: Awaited<ReturnType<typeof callback>>, code: string, reason?: RegExp) => {
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe(`/login?ssoError=${code}`);
    expect(res.cookies.find((c) => c.name === 'cadre_sid' && c.value !== '')).toBeUndefined();
    const r = await lastRefusal();
    expect(r.detail.code).toBe(code);
    expect(r.detail.message).toMatch(/[\u4e00-\u9fa5]/);
    if (reason) expect(r.detail.reason).toMatch(reason);
  };

  it('signs a roster person in with a validated ticket, the 工号 from the attribute; single logout from CAS ends the session; signing out here sends the browser to CAS /logout', async () => {
    const h = await newHolder(org, { n: 2311, rank: 'staff', title: '科员', since: '2021-09-01' });
    const staffNo = await staffNoOf(h.personId);
    const { ticket, tgc } = await casLogin(staffNo);
    expect(ticket).toMatch(/^ST-/);
    const res = await callback(ticket);
    expect(res.statusCode, res.body).toBe(302);
    expect(res.headers.location).toBe('/workbench');
    const cookie = `cadre_sid=${res.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
    const me = await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json()).toMatchObject({ personId: h.personId, displayName: h.name });

    // The same ticket again (a replay): refused here without a second session.
    await expectRefused(await callback(ticket), 'SSO.TICKET', /already used/);

    // CAS single logout: the CAS server POSTs a LogoutRequest naming the ticket; that session ends.
    await fetch(`${cas.baseUrl}/logout`, { headers: { cookie: `CASTGC=${tgc}` } });
    expect((await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);

    const again = await callback((await casLogin(staffNo)).ticket);
    const cookie2 = `cadre_sid=${again.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
    const out = await app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie: cookie2 } });
    expect(out.json().redirectTo).toBe(`${cas.baseUrl}/logout?service=${encodeURIComponent('http://localhost:3000/login')}`);
  });

  it('refuses a forged ticket, a ticket without the ST- form, a ticket replayed after CAS consumed it, an expired ticket and a ticket for another service', async () => {
    await expectRefused(await callback('ST-forged-0000000000000000'), 'SSO.TICKET', /INVALID_TICKET/);
    await expectRefused(await callback('TGT-1-not-a-service-ticket'), 'SSO.TICKET');
    await expectRefused(await app.inject({ method: 'GET', url: '/api/auth/sso/cas/callback' }), 'SSO.TICKET');

    // The first use of this ticket fails on the roster (unknown 工号) but consumes it at CAS: the replay is INVALID_TICKET.
    const { ticket } = await casLogin('NOBODY-2312');
    await expectRefused(await callback(ticket), 'SSO.UNKNOWN_STAFF_NO');
    await expectRefused(await callback(ticket), 'SSO.TICKET', /INVALID_TICKET/);

    const h = await newHolder(org, { n: 2313, rank: 'staff', title: '科员', since: '2021-09-01' });
    const staffNo = await staffNoOf(h.personId);
    const late = await casLogin(staffNo);
    cas.expireTickets();
    await expectRefused(await callback(late.ticket), 'SSO.TICKET', /INVALID_TICKET/);

    // A ticket CAS issued for another service is not honoured for ours.
    const other = await fetch(`${cas.baseUrl}/login?service=${encodeURIComponent('http://elsewhere.example/app')}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ username: staffNo, password: 'x' }) });
    const foreign = new URL(other.headers.get('location')!).searchParams.get('ticket')!;
    await expectRefused(await callback(foreign), 'SSO.TICKET', /INVALID_SERVICE/);
    expect(((await database.db.execute(sql`SELECT count(*)::int AS n FROM session WHERE sso_protocol = 'cas'`)).rows[0] as { n: number }).n).toBe(0); // the first test's two ended; no refusal made one
  });

  it('a single-logout request naming no session of ours changes nothing', async () => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/sso/cas/callback', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'logoutRequest=%3Cnonsense%3E' });
    expect(res.statusCode).toBe(200);
  });
});
