import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import type { Database } from '../src/core/db/connection';
import { freshDatabase } from './support/database';
import { signIn, testApp, type Client } from './support/app';
import { PATH_POISONS, plausible, poisonedBodies, queryPoisons, type JsonSchema } from './support/poison';
import type { RegisteredRoute } from '../src/core/http/guard';

/** Values a careless or hostile client sends: wrong types, huge and odd strings, impossible dates, nothing at all. */
const junk = fc.oneof(
  fc.string({ maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constant('x'.repeat(200_000)),
  fc.constant('　'),
  fc.constant('\u0000\u202e\ud83d\ude00'),
  fc.constant('a\u0000b'),
  fc.constant('a\ud800b'),
  fc.constant('\udc00'),
  fc.constant(2_147_483_647),
  fc.constant(2_147_483_648),
  fc.constant('2147483648'),
  fc.constant([2_147_483_648]),
  fc.constant("'; DROP TABLE person; --"),
  fc.constant('=HYPERLINK("http://x")'),
  fc.constant('2026-02-30'),
  fc.constant('../../etc/passwd'),
  fc.integer(),
  fc.constant(Number.MAX_SAFE_INTEGER),
  fc.constant(-1),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), { maxKeys: 3 }),
);
const pathValue = fc.constantFrom('1', '0', '-1', 'abc', '1.5', '99999999999999999999', '%E5%BC%A0', '1%00', '2147483647', '2147483648', '%ED%A0%80');

type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema };
/** A body shaped like the schema, each field either left out or replaced by junk; sometimes not an object at all. */
function bodyFor(schema: Schema | undefined): fc.Arbitrary<unknown> {
  const props = Object.keys(schema?.properties ?? {});
  const shaped = fc.record(Object.fromEntries(props.map((p) => [p, junk])), { requiredKeys: [] });
  return fc.oneof({ arbitrary: shaped, weight: 4 }, { arbitrary: junk, weight: 1 });
}

/** Property-based sweep of every operation in the OpenAPI document: no 5xx, and no write when the answer is 4xx. */
describe('fuzzing every route of the OpenAPI document (fixed seed, bounded)', () => {
  let database: Database;
  let app: FastifyInstance;
  let clients: Client[];
  let routes: RegisteredRoute[];
  /** Who signs in for a route: the first of these accounts that holds its permission. */
  const callers: { username: string; client: Client; permissions: Set<string> }[] = [];
  beforeAll(async () => {
    database = await freshDatabase('pglite');
    ({ app, routes } = await testApp(database));
    clients = await Promise.all(['wj.org', 'wj.discipline', 'wj.staff'].map((u) => signIn(app, u)));
    for (const u of ['wj.org', 'wj.discipline', 'wj.principal', 'wj.finance', 'wj.foreign', 'wj.sysadmin', 'wj.secadmin', 'wj.auditor', 'wj.staff']) {
      const client = await signIn(app, u);
      callers.push({ username: u, client, permissions: new Set((await client.get('/api/auth/me')).json().permissions) });
    }
  }, 240_000);
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });
  const writes = async () => ((await database.db.execute(sql`SELECT count(*)::int AS n FROM audit_event WHERE outcome = 'success' AND action NOT LIKE 'auth.%'`)).rows[0] as { n: number }).n;

  it('answers bad input with 4xx and changes nothing', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>> };
    const failures: string[] = [];
    let sent = 0;
    let seed = 20261130;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path.startsWith('/api/auth/') || path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const query = (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name);
        const arb = fc.record({
          path: fc.array(pathValue, { minLength: 4, maxLength: 4 }),
          query: fc.record(Object.fromEntries(query.map((q) => [q, junk])), { requiredKeys: [] }),
          body: bodyFor(op.requestBody?.content?.['application/json']?.schema),
          who: fc.nat({ max: clients.length - 1 }),
        });
        for (const input of fc.sample(arb, { seed: seed++, numRuns: 6 })) {
          let i = 0;
          const url = path.replace(/\{[^}]+\}/g, () => input.path[i++]) + (Object.keys(input.query).length ? `?${new URLSearchParams(Object.entries(input.query).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]))}` : '');
          const before = await writes();
          const res = await app.inject({ method: method.toUpperCase() as 'GET', url, headers: { cookie: clients[input.who].cookie }, ...(method === 'get' || method === 'delete' ? {} : { payload: JSON.stringify(input.body), headers: { 'content-type': 'application/json', cookie: clients[input.who].cookie } }) }).catch((e: Error) => ({ statusCode: 599, body: e.message }));
          sent++;
          if (res.statusCode >= 500) failures.push(`${method.toUpperCase()} ${url.slice(0, 120)} → ${res.statusCode} ${String(res.body).slice(0, 160)}`);
          else if (res.statusCode >= 400 && (await writes()) !== before) failures.push(`${method.toUpperCase()} ${url.slice(0, 120)} → ${res.statusCode} but something was written`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(500);
  }, 900_000);

  type Op = { parameters?: { in: string; name: string; required?: boolean; schema?: JsonSchema }[]; requestBody?: { content?: Record<string, { schema?: JsonSchema }> } };
  it('every route, called by someone allowed to: ids at and past 2³¹−1, NUL and lone surrogates in path, query and body answer < 500 and write nothing', async () => {
    const doc = (await app.inject({ method: 'GET', url: '/api/docs/json' })).json() as { paths: Record<string, Record<string, Op>> };
    const failures: string[] = [];
    const failedRoutes = new Set<string>();
    let sent = 0;
    for (const [path, ops] of Object.entries(doc.paths)) {
      if (path.startsWith('/api/auth/') || path.startsWith('/api/docs')) continue;
      for (const [method, op] of Object.entries(ops)) {
        const url = path.replace(/\{([^}]+)\}/g, ':$1');
        const access = routes.find((r) => r.url === url && r.method === method.toUpperCase())?.access;
        const caller = callers.find((c) => access === 'public' || access === 'authenticated' || c.permissions.has(access!)) ?? callers[0];
        const params = op.parameters ?? [];
        const pathParams = params.filter((p) => p.in === 'path');
        const queryParams = params.filter((p) => p.in === 'query');
        const goodPath = Object.fromEntries(pathParams.map((p) => [p.name, encodeURIComponent(String(plausible(p.schema, p.name)))]));
        const goodQuery = Object.fromEntries(queryParams.filter((p) => p.required).map((p) => [p.name, encodeURIComponent(String(plausible(p.schema, p.name)))]));
        const bodySchema = op.requestBody?.content?.['application/json']?.schema;
        const goodBody = bodySchema ? plausible(bodySchema) : undefined;
        const build = (pathValues: Record<string, string>, query: Record<string, string>) =>
          path.replace(/\{([^}]+)\}/g, (_, n: string) => pathValues[n]) + (Object.keys(query).length ? `?${Object.entries(query).map(([k, v]) => `${k}=${v}`).join('&')}` : '');
        const cases: { url: string; body: unknown }[] = [];
        for (const p of pathParams) for (const v of PATH_POISONS) cases.push({ url: build({ ...goodPath, [p.name]: v }, goodQuery), body: goodBody });
        for (const q of queryParams) for (const v of queryPoisons(plausible(q.schema, q.name))) cases.push({ url: build(goodPath, { ...goodQuery, [q.name]: v }), body: goodBody });
        for (const b of poisonedBodies(bodySchema)) cases.push({ url: build(goodPath, goodQuery), body: b });
        for (const c of cases) {
          const before = await writes();
          const headers = { cookie: caller.client.cookie, ...(c.body === undefined ? {} : { 'content-type': 'application/json' }) };
          const res = await app.inject({ method: method.toUpperCase() as 'GET', url: c.url, headers, ...(c.body === undefined ? {} : { payload: JSON.stringify(c.body) }) }).catch((e: Error) => ({ statusCode: 599, body: e.message }));
          sent++;
          const what = `${method.toUpperCase()} ${c.url.slice(0, 100)} ${c.body === undefined ? '' : JSON.stringify(c.body).slice(0, 100)}`;
          if (res.statusCode >= 500) {
            failures.push(`${what} → ${res.statusCode}`);
            failedRoutes.add(`${method.toUpperCase()} ${path}`);
          } else if (res.statusCode >= 400 && (await writes()) !== before) failures.push(`${what} → ${res.statusCode} but something was written`);
        }
        // A valid call may end a session (new roles for account 1, say): sign that caller in again.
        for (const c of callers) if ((await c.client.get('/api/auth/me')).statusCode === 401) c.client = await signIn(app, c.username);
      }
    }
    if (failures.length) console.log(`poison sweep: ${failures.length} of ${sent} requests failed, on ${failedRoutes.size} routes:\n${[...failedRoutes].join('\n')}`);
    expect(failures).toEqual([]);
    expect(sent).toBeGreaterThan(1000);
  }, 900_000);
});
