import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Database } from '../../src/core/db/connection';
import type { Clock } from '../../src/core/shared/clock';
import { DEMO_PASSWORD } from '../../src/demo/seed';
import { afterAll, beforeAll } from 'vitest';
import { fixedClock } from '../../src/core/shared/clock';
import { freshDatabase, packs, type Engine } from './database';

export async function testApp(database: Database, options: { webDist?: string; sessionIdleMinutes?: number; tls?: boolean; cookieSecure?: boolean; security?: Partial<ReturnType<typeof loadConfig>['security']>; clock?: Clock; delivery?: Partial<ReturnType<typeof loadConfig>['delivery']>; sso?: ReturnType<typeof loadConfig>['sso'] } = {}) {
  const { clock, ...overrides } = options;
  const base = loadConfig({});
  // Tests sign many people in from one address, and the administrators without a second factor: the rate limit and
  // the TOTP requirement have their own tests (auth-security).
  // Each app anchors its audit chain in a file of its own, never in the real key directory.
  const audit = { anchorFile: path.join(mkdtempSync(path.join(tmpdir(), 'cadre-anchors-')), 'audit-anchors.log'), anchorMinutes: 0 };
  const config = { ...base, webDist: '/nonexistent', audit, ...overrides, security: { ...base.security, loginPerMinute: 10_000, totpRequiredForAdmins: false, ...overrides.security }, delivery: { ...base.delivery, ...overrides.delivery } };
  return buildApp({ db: database.db, packs, config, clock });
}

export interface Client {
  /** The session cookie header value, for raw requests. */
  cookie: string;
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  patch(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  put(url: string, payload?: unknown): Promise<LightMyRequestResponse>;
  delete(url: string): Promise<LightMyRequestResponse>;
}

/** Signs in through the API and returns a client that sends the session cookie. */
export async function signIn(app: FastifyInstance, username: string, password = DEMO_PASSWORD): Promise<Client> {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.find((c) => c.name === 'cadre_sid')!;
  const headers = { cookie: `cadre_sid=${cookie.value}` };
  return {
    cookie: headers.cookie,
    get: (url) => app.inject({ method: 'GET', url, headers }),
    post: (url, payload) => app.inject({ method: 'POST', url, headers, payload: payload as object }),
    patch: (url, payload) => app.inject({ method: 'PATCH', url, headers, payload: payload as object }),
    put: (url, payload) => app.inject({ method: 'PUT', url, headers, payload: payload as object }),
    delete: (url) => app.inject({ method: 'DELETE', url, headers }),
  };
}

/**
 * The usual setup of an integration file: a fresh seeded database on the engine, an app on it (on `today` when given)
 * and the organization department of 皖江中澳 signed in; closed after the file. Read the fields inside tests and hooks.
 */
export function useCollegeApp(engine: Engine, opts: { today?: string } = {}) {
  const ctx = {} as { database: Database; app: FastifyInstance; org: Client };
  beforeAll(async () => {
    ctx.database = await freshDatabase(engine);
    ctx.app = (await testApp(ctx.database, opts.today ? { clock: fixedClock(opts.today) } : {})).app;
    ctx.org = await signIn(ctx.app, 'wj.org');
  });
  afterAll(async () => {
    await ctx.app?.close();
    await ctx.database?.close();
  });
  return ctx;
}
