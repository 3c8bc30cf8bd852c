/**
 * Where Node's CPU goes while one command is under load: `node --cpu-prof` around this script writes the profile.
 * `DATABASE_URL=… BENCH_DB=… node --cpu-prof --cpu-prof-dir=DIR --import tsx bench/profile-cpu-commands.ts [talk|talk-baseline|sideline|appraisal] [seconds]`,
 * then `npx tsx bench/profile-cpu-summary.ts DIR/<file>.cpuprofile` sums the self time by package and file.
 * For the talk (and its raw baseline, `talk-baseline`) it also prints the CPU a request cost Node's main thread, its
 * other threads and PostgreSQL, read from /proc around the load (cpu-split.ts; run it without --cpu-prof for that).
 */
import { sql } from 'drizzle-orm';
import { openBenchDatabase, settle } from './generate/database';
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { todayIso } from '../server/src/core/shared/dates';
import { benchApp } from './app';
import { baselineRoutes } from './sections/baselines';
import { load } from './sections/api';
import { benchAppraisalGrade, benchSidelineDecision } from './sections/commands';
import { cpuPerRequest, readCpu } from './cpu-split';

const [which = 'talk', secs = '8'] = process.argv.slice(2);
const seconds = Number(secs);
const { database } = await openBenchDatabase('S');
const db = database.db;
await settle(db);
const asOf = todayIso();
const { app, signIn } = await benchApp(db, loadAllPacks(), baselineRoutes(db, asOf));
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
if (which === 'talk' || which === 'talk-baseline') {
  const head = await signIn('depthead');
  const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: head } })).json().personId as number;
  const subject = (await app.inject({ method: 'GET', url: '/api/bench-baseline/mine', headers: { cookie: head } })).json().items[0].person_id as number;
  const before = Number(((await db.execute(sql`SELECT COALESCE(max(id), 0) AS m FROM talk`)).rows[0] as { m: number }).m);
  const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: asOf, talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况。', talkerIds: [me], subjectIds: [subject], confirmDuplicate: true };
  const cpuBefore = readCpu();
  console.log(await load(which, `${base}${which === 'talk' ? '/api/talks' : '/api/bench-baseline/talk'}`, { cookie: head, seconds, method: 'POST', body: talk }));
  const cpuAfter = readCpu();
  const recorded = Number(((await db.execute(sql`SELECT count(*)::int AS n FROM talk WHERE id > ${before}`)).rows[0] as { n: number }).n);
  console.log('CPU a request, ms (/proc):', cpuPerRequest(cpuBefore, cpuAfter, recorded));
  await new Promise((r) => setTimeout(r, 2000));
  await db.execute(sql`DELETE FROM talk_participant WHERE talk_id > ${before}`);
  await db.execute(sql`DELETE FROM talk WHERE id > ${before}`);
} else if (which === 'sideline') console.log(await benchSidelineDecision(app, db, base, signIn, seconds));
else console.log(await benchAppraisalGrade(app, db, base, signIn, seconds));
await app.close();
await database.close();
