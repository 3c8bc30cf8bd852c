import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A small CAS server after the Apereo CAS Protocol 3.0 specification: /login (a login form; a successful login sends
 * the browser to the service with a service ticket ST-…), /p3/serviceValidate (single-use tickets bound to their
 * service, expiring; INVALID_REQUEST / INVALID_TICKET / INVALID_SERVICE failures; attributes on success) and /logout
 * (single logout: a SAML LogoutRequest naming each ticket the user's session issued, handed to `deliver`).
 */
export interface TestCas {
  baseUrl: string;
  /** Every outstanding ticket expires now (the spec's short ticket lifetime, without waiting). */
  expireTickets(): void;
  /** Single-logout requests go through here (the test's app is reached by inject, not over the network). */
  deliver: (service: string, logoutRequest: string) => Promise<void>;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
const NS = 'xmlns:cas="http://www.yale.edu/tp/cas"';

export async function startCasServer(people: Record<string, { staffNo: string; name: string }> = {}): Promise<TestCas> {
  const tickets = new Map<string, { service: string; user: string; expires: number; tgc: string }>();
  const issued = new Map<string, { service: string; ticket: string }[]>(); // per ticket-granting cookie
  const server = http.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/cas`;
  const cas: TestCas = {
    baseUrl,
    expireTickets: () => tickets.forEach((t) => (t.expires = 0)),
    deliver: async () => {},
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
  const xml = (res: http.ServerResponse, inner: string) => {
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
    res.end(`<cas:serviceResponse ${NS}>\n${inner}\n</cas:serviceResponse>`);
  };
  const fail = (res: http.ServerResponse, code: string, msg: string) => xml(res, `  <cas:authenticationFailure code="${code}">${esc(msg)}</cas:authenticationFailure>`);

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const url = new URL(req.url!, baseUrl);
    const path = url.pathname.replace(/^\/cas/, '');
    if (path === '/login' && req.method === 'GET') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      return res.end(`<form method="post" action="/cas/login?service=${esc(encodeURIComponent(url.searchParams.get('service') ?? ''))}"><input name="username"><input name="password" type="password"><button>登录</button></form>`);
    }
    if (path === '/login' && req.method === 'POST') {
      const chunks: Buffer[] = [];
      for await (const c of req) chunks.push(c as Buffer);
      const form = new URLSearchParams(Buffer.concat(chunks).toString());
      const service = url.searchParams.get('service');
      const user = form.get('username') ?? '';
      if (!service || !user) return res.writeHead(400).end();
      const ticket = `ST-${crypto.randomBytes(16).toString('hex')}-cas`;
      const tgc = /CASTGC=([^;]+)/.exec(req.headers.cookie ?? '')?.[1] ?? `TGT-${crypto.randomBytes(8).toString('hex')}`;
      tickets.set(ticket, { service, user, expires: Date.now() + 10_000, tgc });
      issued.set(tgc, [...(issued.get(tgc) ?? []), { service, ticket }]);
      res.writeHead(302, { location: `${service}${service.includes('?') ? '&' : '?'}ticket=${encodeURIComponent(ticket)}`, 'set-cookie': `CASTGC=${tgc}; Path=/cas; HttpOnly` });
      return res.end();
    }
    if (path === '/p3/serviceValidate') {
      const service = url.searchParams.get('service');
      const ticket = url.searchParams.get('ticket');
      if (!service || !ticket) return fail(res, 'INVALID_REQUEST', 'service and ticket parameters are both required');
      const t = tickets.get(ticket);
      tickets.delete(ticket); // single use, whatever the outcome (spec 3.1.1)
      if (!t || t.expires < Date.now()) return fail(res, 'INVALID_TICKET', `Ticket ${ticket} not recognized`);
      if (t.service !== service) return fail(res, 'INVALID_SERVICE', `Ticket ${ticket} does not match supplied service`);
      const who = people[t.user] ?? { staffNo: t.user, name: t.user };
      return xml(res, `  <cas:authenticationSuccess>
    <cas:user>${esc(t.user)}</cas:user>
    <cas:attributes>
      <cas:employeeNumber>${esc(who.staffNo)}</cas:employeeNumber>
      <cas:displayName>${esc(who.name)}</cas:displayName>
      <cas:memberOf>staff</cas:memberOf>
      <cas:memberOf>teacher</cas:memberOf>
    </cas:attributes>
  </cas:authenticationSuccess>`);
    }
    if (path === '/logout') {
      const tgc = /CASTGC=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      for (const { service, ticket } of (tgc && issued.get(tgc)) || []) {
        const logoutRequest = `<samlp:LogoutRequest xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="LR-${crypto.randomUUID()}" Version="2.0" IssueInstant="${new Date().toISOString()}"><saml:NameID>@NOT_USED@</saml:NameID><samlp:SessionIndex>${ticket}</samlp:SessionIndex></samlp:LogoutRequest>`;
        await cas.deliver(service, logoutRequest);
      }
      if (tgc) issued.delete(tgc);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'set-cookie': 'CASTGC=; Path=/cas; Max-Age=0' });
      return res.end('您已退出统一身份认证');
    }
    res.writeHead(404).end();
  };
  server.on('request', (req, res) => void handle(req, res));
  return cas;
}
