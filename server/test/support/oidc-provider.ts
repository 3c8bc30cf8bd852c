import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';
import { SignJWT, decodeJwt, exportJWK, generateKeyPair } from 'jose';

/**
 * A real OpenID Connect provider (the `oidc-provider` package) in this process on a random port, with its own login
 * page (any login name; the login name is the person's 工号 and is given as the claim `staff_no`).
 */
export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

const listen = async (server: http.Server) => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export async function startOidcProvider(client: { clientId: string; clientSecret: string; redirectUris: string[]; postLogoutRedirectUris?: string[] }): Promise<TestProvider> {
  const server = http.createServer();
  const issuer = await listen(server);
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    pkce: { required: () => true },
    claims: { openid: ['sub'], profile: ['name', 'staff_no'] },
    async findAccount(_ctx, id) {
      return { accountId: id, claims: async () => ({ sub: id, name: `用户${id}`, staff_no: id }) };
    },
    cookies: { keys: ['test-only-cookie-key'] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    ttl: { IdToken: 600, AccessToken: 600, Interaction: 600, Session: 3600, Grant: 3600, AuthorizationCode: 60 },
  });
  const callback = provider.callback();
  server.on('request', (req, res) => void callback(req, res));
  return { issuer, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}

/** What a tampering intermediary changes in the ID token it passes on (signed again with its own key). */
export type Tamper = 'none' | 'issuer' | 'audience' | 'expired' | 'nonce';

/**
 * A man in the middle of the token endpoint: it publishes the real provider's metadata under its own issuer with its
 * own signing key, forwards the code exchange to the real provider and hands back the real ID token's claims, changed
 * as told and signed again. `none` changes nothing (the control: such a token is accepted).
 */
export async function startTamperingIssuer(real: TestProvider): Promise<{ issuer: string; mode: Tamper; close(): Promise<void> }> {
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(publicKey)), kid: 'tamper', alg: 'RS256', use: 'sig' };
  const server = http.createServer();
  const issuer = await listen(server);
  const state = { issuer, mode: 'none' as Tamper, close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }) };
  const handle = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    try {
      if (req.url === '/.well-known/openid-configuration') {
        const doc = (await (await fetch(`${real.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
        return send(200, { ...doc, issuer, jwks_uri: `${issuer}/jwks`, token_endpoint: `${issuer}/token`, authorization_response_iss_parameter_supported: false });
      }
      if (req.url === '/jwks') return send(200, { keys: [jwk] });
      if (req.url === '/token' && req.method === 'POST') {
        const chunks: Buffer[] = [];
        for await (const c of req) chunks.push(c as Buffer);
        const upstream = await fetch(`${real.issuer}/token`, { method: 'POST', headers: { 'content-type': String(req.headers['content-type']) }, body: Buffer.concat(chunks) });
        const tokens = (await upstream.json()) as Record<string, unknown>;
        if (!upstream.ok || typeof tokens.id_token !== 'string') return send(upstream.status, tokens);
        const claims = { ...decodeJwt(tokens.id_token), iss: issuer } as Record<string, unknown>;
        const now = Math.floor(Date.now() / 1000);
        if (state.mode === 'issuer') claims.iss = 'https://sso.example.invalid';
        if (state.mode === 'audience') claims.aud = 'another-system';
        if (state.mode === 'expired') Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
        if (state.mode === 'nonce') claims.nonce = 'a-nonce-from-another-sign-in';
        tokens.id_token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: 'tamper' }).sign(privateKey);
        return send(200, tokens);
      }
      send(404, { error: 'not_found' });
    } catch (e) {
      send(500, { error: String(e) });
    }
  };
  server.on('request', (req, res) => void handle(req, res));
  return state;
}

/** A cookie jar for one browser across hosts (cookies are not told apart by port: neither are they here). */
export class Jar {
  private cookies = new Map<string, string>();
  take(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(c)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/**
 * A person at the provider's own login page: follows its redirects, signs in with the login name (the 工号) and
 * confirms the consent page, until the provider sends the browser back to `redirectUri`; returns that address.
 */
export async function signInAtProvider(authorizationUrl: string, login: string, redirectUri: string, jar = new Jar()): Promise<URL> {
  let url = authorizationUrl;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 20; hop++) {
    if (url.startsWith(redirectUri)) return new URL(url);
    const res = await fetch(url, { method: body ? 'POST' : 'GET', redirect: 'manual', headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) }, body });
    jar.take(res);
    body = undefined;
    if (res.status >= 300 && res.status < 400) {
      url = new URL(res.headers.get('location')!, url).href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`provider page ${url}: ${res.status} ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    body = new URLSearchParams(prompt === 'login' ? { prompt, login, password: 'any' } : { prompt: prompt ?? 'consent' });
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
  }
  throw new Error('too many hops at the provider');
}
