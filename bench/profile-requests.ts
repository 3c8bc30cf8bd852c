/**
 * Where one request's time goes: every SQL statement the four benchmarked endpoints issue, counted and timed, one
 * request at a time (no load). Run after `npm run bench -- --scale S` has generated the data, on PostgreSQL:
 * `DATABASE_URL=… npx tsx bench/profile-requests.ts [S|M|L]`. BENCH_RUNS (default 20) requests per endpoint.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openBenchDatabase, settle } from './generate/database';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { loadAllPacks } from '../server/src/policy/pack-loader';
import { DEMO_PASSWORD } from '../server/src/demo/seed';
import { todayIso } from '../server/src/shared/dates';
import { median, table } from './report';

const [scale = 'S'] = process.argv.slice(2);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const only = process.env.ONLY;
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: this profiler times node-postgres queries');

// Every statement through the pool: its text (first line, shortened) and its time, attributed to the current request.
let current: { sql: string; ms: number }[] | null = null;
const original = pg.Pool.prototype.query as (...args: unknown[]) => Promise<unknown>;
(pg.Pool.prototype as { query: unknown }).query = function (this: pg.Pool, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '?';
  const t = performance.now();
  const log = current;
  const done = (r: unknown) => (log?.push({ sql: text.replace(/\s+/g, ' ').slice(0, 90), ms: performance.now() - t }), r);
  return (original.apply(this, args) as Promise<unknown>).then(done);
};
const clientQuery = pg.Client.prototype.query as (...args: unknown[]) => Promise<unknown>;
(pg.Client.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '?';
  const t = performance.now();
  const log = current;
  const r = clientQuery.apply(this, args);
  if (r && typeof (r as Promise<unknown>).then === 'function') return (r as Promise<unknown>).then((x) => (log?.push({ sql: `tx: ${text.replace(/\s+/g, ' ').slice(0, 86)}`, ms: performance.now() - t }), x));
  return r;
};

const { database } = await openBenchDatabase(scale);
const db = database.db;
await settle(db);
const asOf = todayIso();
const config = { ...loadConfig(), security: { ...loadConfig().security, loginPerMinute: 10_000, totpRequiredForAdmins: false } };
const { app } = await buildApp({ db, packs: loadAllPacks(), config });
const signIn = async (username: string) => {
  const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: DEMO_PASSWORD } });
  return `cadre_sid=${res.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
};
const [org, head] = [await signIn('org'), await signIn('depthead')];
const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: head } })).json().personId as number;
const subject = (await app.inject({ method: 'GET', url: '/api/duties/mine', headers: { cookie: head } })).json().items.find((d: { subjectPersonId?: number }) => d.subjectPersonId && d.subjectPersonId !== me)?.subjectPersonId as number;
const before = Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM talk`)).rows[0] as { m: number }).m);
const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: asOf, talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况。', talkerIds: [me], subjectIds: [subject], confirmDuplicate: true };

const endpoints: [string, () => Promise<{ statusCode: number }>][] = [
  ['GET /api/duties/mine', () => app.inject({ method: 'GET', url: '/api/duties/mine', headers: { cookie: head } })],
  ['GET /api/duties/summary', () => app.inject({ method: 'GET', url: '/api/duties/summary', headers: { cookie: org } })],
  ['GET /api/persons?q=王', () => app.inject({ method: 'GET', url: `/api/persons?q=${encodeURIComponent('王')}`, headers: { cookie: org } })],
  ['POST /api/talks', () => app.inject({ method: 'POST', url: '/api/talks', headers: { cookie: head }, payload: talk })],
];
for (const [name, call] of endpoints.filter(([n]) => !only || n.includes(only))) {
  const totals: number[] = [];
  const perStatement = new Map<string, number[]>();
  for (let i = 0; i <= runs; i++) {
    current = [];
    const t = performance.now();
    const res = await call();
    const ms = performance.now() - t;
    if (res.statusCode >= 300) throw new Error(`${name}: ${res.statusCode} ${(res as { body?: string }).body}`);
    if (i) {
      totals.push(ms);
      for (const q of current) perStatement.set(q.sql, [...(perStatement.get(q.sql) ?? []), q.ms]);
    }
  }
  current = null;
  const statements = [...perStatement.values()].reduce((s, v) => s + v.length, 0) / runs;
  console.log(`\n${name}: median ${median(totals).toFixed(1)} ms per request, ${statements.toFixed(1)} statements`);
  console.log(table([['statement', 'per request', 'median ms'], ...[...perStatement].map(([s, v]) => [s, v.length / runs, median(v)])]));
}
await db.execute(sql`DELETE FROM talk_participant WHERE talk_id > ${before}`);
await db.execute(sql`DELETE FROM talk WHERE id > ${before}`);
await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
await app.close();
await database.close();
