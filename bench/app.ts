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
