/**
 * Where one request's time goes: every SQL statement the benchmarked endpoints issue (the three commands too), counted and timed, one
 * request at a time (no load). Run after `npm run bench -- --scale S` has generated the data, on PostgreSQL:
 * `DATABASE_URL=… npx tsx bench/profile-requests.ts [S|M|L]`. BENCH_RUNS (default 20) requests per endpoint.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { openBenchDatabase, settle } from './generate/database';
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { todayIso } from '../server/src/core/shared/dates';
import { median, table } from './report';
import { benchApp } from './app';

const [scale = 'S'] = process.argv.slice(2);
const runs = Number(process.env.BENCH_RUNS ?? 20);
const only = process.env.ONLY;
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL: this profiler times node-postgres queries');

// Every statement, through the pool or a transaction's client: its text (shortened) and its time, attributed to the
// request being timed.
let current: { sql: string; ms: number }[] | null = null;
function timeQueries(proto: { query: unknown }, prefix: string) {
  const original = proto.query as (...args: unknown[]) => unknown;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : (args[0] as { text?: string })?.text ?? '?';
    const t = performance.now();
    const log = current;
    const r = original.apply(this, args);
    if (!(r instanceof Promise)) return r; // the callback form, used by the pool itself
    return r.then((x) => (log?.push({ sql: `${prefix}${text.replace(/\s+/g, ' ')}`.slice(0, 90), ms: performance.now() - t }), x));
  };
}
timeQueries(pg.Pool.prototype as unknown as { query: unknown }, '');
timeQueries(pg.Client.prototype as unknown as { query: unknown }, 'tx: ');

const { database } = await openBenchDatabase(scale);
const db = database.db;
await settle(db);
const asOf = todayIso();
const { app, signIn } = await benchApp(db, loadAllPacks());
const [org, head] = [await signIn('org'), await signIn('depthead')];
const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: head } })).json().personId as number;
const subject = (await app.inject({ method: 'GET', url: '/api/duties/mine', headers: { cookie: head } })).json().items.find((d: { subjectPersonId?: number }) => d.subjectPersonId && d.subjectPersonId !== me)?.subjectPersonId as number;
const before = Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM talk`)).rows[0] as { m: number }).m);
const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: asOf, talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况。', talkerIds: [me], subjectIds: [subject], confirmDuplicate: true };

// The two commands that need a record of their own per request: copies of an application waiting for the overseeing
// leader, and the people of the college graded one by one in the benchmark's own appraisal year (all taken out at the end).
const leader = await signIn('leader');
const leaderId = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: leader } })).json().personId as number;
const orgId = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: org } })).json().personId as number;
const mark = async (t: string) => Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM ${sql.raw(t)}`)).rows[0] as { m: number }).m);
const marks = { app: await mark('sideline_application'), decision: await mark('sideline_decision'), notice: await mark('notification') };
await db.execute(sql`INSERT INTO sideline_application (institution_id, applicant_person_id, org_id, post_title, has_terms, term_years, start_date, end_date, reason, committed_at, status, rank, department_id, steps, current_step, step_since, submitted_at, created_by)
  SELECT institution_id, applicant_person_id, org_id, post_title || g, has_terms, term_years, start_date, end_date, reason, committed_at, status, rank, department_id, steps, current_step, step_since, submitted_at, created_by
  FROM (SELECT * FROM sideline_application WHERE status = 'in_review' AND steps -> current_step -> 'actor' -> 'personIds' @> ${JSON.stringify([leaderId])}::jsonb LIMIT 1) a, generate_series(1, ${runs + 1}) g`);
const copies = ((await db.execute(sql`SELECT id FROM sideline_application WHERE id > ${marks.app} ORDER BY id`)).rows as { id: number }[]).map((r) => r.id);
const cycleId = (await app.inject({ method: 'POST', url: '/api/appraisal-cycles', headers: { cookie: org }, payload: { year: 2099, dutyReportDue: '2099-12-20' } })).json().id as number;
const dept = (await app.inject({ method: 'GET', url: `/api/appraisal-cycles/${cycleId}/progress`, headers: { cookie: org } })).json().departments.sort((a: { population: number }, b: { population: number }) => b.population - a.population)[0].departmentId as number;
const graded = ((await app.inject({ method: 'GET', url: `/api/appraisal-cycles/${cycleId}/sheet?departmentId=${dept}`, headers: { cookie: org } })).json().rows as { personId: number }[]).map((r) => r.personId).filter((id) => id !== orgId);

const endpoints: [string, () => Promise<{ statusCode: number }>][] = [
  ['GET /api/duties/mine', () => app.inject({ method: 'GET', url: '/api/duties/mine', headers: { cookie: head } })],
  ['GET /api/duties/summary', () => app.inject({ method: 'GET', url: '/api/duties/summary', headers: { cookie: org } })],
  ['GET /api/persons?q=王', () => app.inject({ method: 'GET', url: `/api/persons?q=${encodeURIComponent('王')}`, headers: { cookie: org } })],
  ['POST /api/talks', () => app.inject({ method: 'POST', url: '/api/talks', headers: { cookie: head }, payload: talk })],
  ['POST /api/sideline-applications/:id/decide', () => app.inject({ method: 'POST', url: `/api/sideline-applications/${copies.shift()}/decide`, headers: { cookie: leader }, payload: { decision: 'approve', reason: '同意。' } })],
  ['POST /api/appraisals (biggest department)', () => app.inject({ method: 'POST', url: '/api/appraisals', headers: { cookie: org }, payload: { cycleId, personId: graded.shift(), departmentId: dept, grade: 'competent' } })],
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
await db.execute(sql`DELETE FROM appraisal WHERE cycle_id = ${cycleId}`);
await db.execute(sql`DELETE FROM appraisal_cycle WHERE id = ${cycleId}`);
await db.execute(sql`DELETE FROM notification_delivery WHERE notification_id > ${marks.notice}`);
await db.execute(sql`DELETE FROM notification WHERE id > ${marks.notice}`);
await db.execute(sql`DELETE FROM sideline_decision WHERE id > ${marks.decision}`);
await db.execute(sql`DELETE FROM sideline_application WHERE id > ${marks.app}`);
await db.execute(sql`UPDATE institution SET facts_version = facts_version + 1`);
await app.close();
await database.close();
