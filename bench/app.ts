import type { FastifyInstance } from 'fastify';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import type { Db } from '../server/src/core/db/client';
import type { Pack } from '../server/src/core/policy/pack-schema';
import { DEMO_PASSWORD } from '../server/src/demo/seed';

/**
 * The product as the benchmarks drive it: the real app on the scale's database, with sign-in throttling and the
 * administrators' second factor off (the load tests sign in as the demo accounts), plus any routes of the benchmark's
 * own (`webDist`: another build of the web to serve, to compare two). `signIn` returns the session cookie of a demo account.
 */
export async function benchApp(db: Db, packs: ReadonlyMap<string, Pack>, extraRoutes?: (app: FastifyInstance) => Promise<void>, opts: { webDist?: string } = {}) {
  const base = loadConfig();
  const config = { ...base, webDist: opts.webDist ?? base.webDist, security: { ...base.security, loginPerMinute: 10_000, totpRequiredForAdmins: false } };
  const { app } = await buildApp({ db, packs, config }, extraRoutes ? { extraRoutes } : {});
  const signIn = async (username: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
    if (res.statusCode !== 200) throw new Error(`sign-in as ${username}: ${res.statusCode} ${res.body}`);
    return `cadre_sid=${res.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
  };
  return { app, signIn };
}

/**
 * Calls the API as the browser would, signed in with `cookie`: the time, the JSON body (when JSON), the raw bytes; a
 * status of 300 or more throws (the benchmark measures what works).
 */
export function timedCaller(app: FastifyInstance, cookie: string) {
  const headers = { cookie };
  return async (method: 'GET' | 'POST', url: string, payload?: object) => {
    const t = performance.now();
    const res = await app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
    const ms = performance.now() - t;
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body.slice(0, 400)}`);
    return { ms, body: (String(res.headers['content-type'] ?? '').includes('json') ? res.json() : null) as never, raw: res.rawPayload };
  };
}
