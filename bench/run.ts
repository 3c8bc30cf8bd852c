/**
 * `npm run bench -- --scale S|M|L` — generates (or reuses) the scale's data, then measures the duty engine, the API
 * under load beside raw-SQL baselines, the 10,000-row roster import and the export after it, and the web in Chromium.
 * Prints tables and writes bench/results/<scale>-<engine>.json. PostgreSQL when DATABASE_URL is set (the data goes to a
 * database of its own, cadre_bench_<scale>, kept for the next run; --fresh starts it again), otherwise PGlite in
 * bench/.data/<scale>. Options: --seconds N (per load test, default 10), --skip duties,web,import,api,reads,appraisal,digest,sidelines,colleges
 * (sections to leave out; reads: the API section's three GET endpoints, keeping its commands),
 * --writers N (colleges writing at once in the colleges section: default every college over HTTP and 10 for the
 * command-ending transaction; the pool then has N × per-college + 4 connections instead of the product's 10),
 * --per-college N (writers per college of that transaction, default 1: more than one wait on their college's chain
 * head), --skip talks (the colleges section without its HTTP part).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { DEMO_PASSWORD } from '../server/src/demo/seed';
import { todayIso } from '../server/src/core/shared/dates';
import { loadScale, SCALES, type Scale } from './generate/load';
import { openBenchDatabase, settle } from './generate/database';
import { benchDuties } from './sections/duties';
import { baselineRoutes } from './sections/baselines';
import { load, pair, type Pair } from './sections/api';
import { benchAppraisalGrade, benchSidelineDecision, benchTalkFirstSave } from './sections/commands';
import { dropTalksAfter, lastTalkId } from './sections/recorded-talks';
import { benchImportExport } from './sections/documents';
import { benchWeb } from './sections/web';
import { benchAppraisal } from './sections/appraisal';
import { benchDigest } from './sections/digest';
import { benchSidelineImport } from './sections/sideline-import';
import { benchAuditAppends, benchCollegeWrites, type AuditAppends } from './sections/colleges';
import { machine, table, writeResults } from './report';
import { benchApp } from './app';

const { values } = parseArgs({ options: { scale: { type: 'string', default: 'S' }, seconds: { type: 'string', default: '10' }, skip: { type: 'string', default: '' }, fresh: { type: 'boolean', default: false }, writers: { type: 'string' }, 'per-college': { type: 'string', default: '1' } } });
const scale = values.scale!.toUpperCase() as Scale;
if (!(scale in SCALES)) throw new Error(`--scale 应为 S、M 或 L / must be S, M or L`);
const seconds = Number(values.seconds);
const skip = new Set(values.skip!.split(',').filter(Boolean));
const writers = values.writers === undefined ? undefined : Number(values.writers);
const perCollege = Number(values['per-college']);
if ([writers ?? 1, perCollege].some((n) => !(Number.isInteger(n) && n > 0))) throw new Error('--writers、--per-college 应为正整数 / must be positive integers');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const asOf = todayIso();

const packs = loadAllPacks();
const { database, engine } = await openBenchDatabase(scale, { fresh: values.fresh, connections: writers === undefined ? undefined : Math.max(10, writers * perCollege + 4) });
const db = database.db;
console.log(`规模 / scale ${scale}（${SCALES[scale].colleges} 所学院，${SCALES[scale].years} 年）· ${engine} · ${machine().cpus} 核 ${machine().memoryGiB} GiB · ${asOf}`);

const loaded = await loadScale(db, packs, scale, asOf);
console.log(loaded.generated ? `生成数据用时 / generated in ${loaded.seconds.toFixed(0)} s` : '使用已生成的数据 / reusing the generated data');
const records = Object.entries(loaded.counts).filter(([t]) => t !== 'audit_event').reduce((s, [, n]) => s + n, 0);
console.log(table([['表 / table', '行数 / rows'], ...Object.entries(loaded.counts).map(([t, n]) => [t, n]), ['合计（不含审计）', records]]));

await settle(db);
let duties;
if (!skip.has('duties')) {
  console.log('\n▶ 应办事项推导 / duty engine (nothing cached)');
  duties = await benchDuties(db, packs, asOf, 10);
  console.log(table([
    ['', '应办事项 / duties', '用时 / time'],
    ['一所学院 / one college', duties.oneCollege.duties, `median ${duties.oneCollege.medianMs.toFixed(0)} ms, p95 ${duties.oneCollege.p95Ms.toFixed(0)} ms`],
    [`全部 ${duties.deployment.colleges} 所 / deployment`, duties.deployment.duties, `${duties.deployment.seconds.toFixed(1)} s (per college median ${duties.deployment.perCollegeMedianMs.toFixed(0)} ms, max ${duties.deployment.perCollegeMaxMs.toFixed(0)} ms)`],
  ]));
}

let digest;
if (!skip.has('digest')) {
  console.log('\n▶ 每日应办事项提醒 / the daily digest (job duty-reminders, nothing cached)');
  digest = await benchDigest(db, packs, asOf);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(table([
    ['', '通知 / notices', '用时 / time'],
    ['一所学院 / one college', `${digest.notices.digests} 份汇总、${digest.notices.dueToday} 条今日到期、${digest.notices.escalations} 条督办（全部学院）`, `median ${ms(digest.perCollegeMedianMs)}, max ${ms(digest.perCollegeMaxMs)}`],
    [`全部 ${digest.colleges} 所 / deployment`, `${digest.notices.deliveries} 条待发送 / deliveries queued`, `median ${ms(digest.deploymentMs)} over ${digest.rounds} rounds`],
  ]));
}

// The web app is built before the server starts: the server serves what web/dist holds when it starts (a fresh clone
// has none yet).
if (!skip.has('web')) {
  const { ensureWebBuilt } = await import(path.join(root, 'scripts', 'build-web.mjs'));
  await ensureWebBuilt();
}
const { app, signIn } = await benchApp(db, packs, baselineRoutes(db, asOf));
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

let api: Pair[] = [];
if (!skip.has('api')) {
  console.log(`\n▶ 接口压测 / API under load (autocannon, 32 connections, ${seconds} s each)`);
  const [org, head] = [await signIn('org'), await signIn('depthead')];
  const me = (await app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: head } })).json().personId as number;
  const owed = (await app.inject({ method: 'GET', url: '/api/bench-baseline/mine', headers: { cookie: head } })).json().items as { person_id: number }[];
  const subject = owed[0]?.person_id ?? (await app.inject({ method: 'GET', url: '/api/persons?pageSize=2', headers: { cookie: org } })).json().items.find((p: { id: number }) => p.id !== me).id;
  const talk = { kind: 'routine', form: 'individual', status: 'held', talkDate: asOf, talkTime: '10:00', place: '学院办公室', keyPoints: '了解近期工作和思想状况，提醒廉洁自律。', talkerIds: [me], subjectIds: [subject], confirmDuplicate: true };
  const q = encodeURIComponent('王');
  const reads = skip.has('reads') ? [] : [
    await pair('我的待办 GET /api/duties/mine', seconds, (s) => load('product', `${base}/api/duties/mine`, { cookie: head, seconds: s }), (s) => load('baseline', `${base}/api/bench-baseline/mine`, { cookie: head, seconds: s })),
    await pair('组织部工作台 GET /api/duties/summary', seconds, (s) => load('product', `${base}/api/duties/summary`, { cookie: org, seconds: s }), (s) => load('baseline', `${base}/api/bench-baseline/dashboard`, { cookie: org, seconds: s })),
    await pair('花名册搜索 GET /api/persons?q=王', seconds, (s) => load('product', `${base}/api/persons?q=${q}`, { cookie: org, seconds: s }), (s) => load('baseline', `${base}/api/bench-baseline/search?q=${q}`, { cookie: org, seconds: s })),
  ];
  api = [
    ...reads,
    await (async () => {
      // The talks recorded under load are taken out again afterwards, so every run measures the same data.
      const before = await lastTalkId(db);
      const r = await pair('记录谈话 POST /api/talks', seconds, (s) => load('product', `${base}/api/talks`, { cookie: head, seconds: s, method: 'POST', body: talk }), (s) => load('baseline', `${base}/api/bench-baseline/talk`, { cookie: head, seconds: s, method: 'POST', body: talk }));
      await dropTalksAfter(db, before);
      return r;
    })(),
    await benchTalkFirstSave(app, db, base, signIn, seconds, asOf, talk),
    await benchSidelineDecision(app, db, base, signIn, seconds),
    await benchAppraisalGrade(app, db, base, signIn, seconds),
  ];
  console.log(table([
    ['接口 / endpoint', 'req/s', 'p50 ms', 'p99 ms', '基线 req/s', '基线 p99', '比值 / ratio', '非2xx'],
    ...api.map((p) => [p.endpoint, p.product.rps, p.product.p50, p.product.p99, p.baseline.rps, p.baseline.p99, `${(p.ratio * 100).toFixed(0)}%`, p.product.non2xx + p.product.errors]),
  ]));
}

let documents;
if (!skip.has('import')) {
  console.log('\n▶ 花名册导入导出 / roster import and export');
  documents = await benchImportExport(app, db, await signIn('org'), 10_000);
  console.log(table([
    ['', '行数 / rows', '用时 / time'],
    [`导入（${documents.fileKB} KB）：检查预览 + 提交`, documents.rows, `${(documents.importMs / 1000).toFixed(2)} s = ${(documents.previewMs / 1000).toFixed(2)} + ${(documents.commitMs / 1000).toFixed(2)}`],
    [`导出花名册（${documents.exportKB} KB）`, documents.exportRows - 1, `${(documents.exportMs / 1000).toFixed(2)} s`],
  ]));
}

let appraisal;
if (!skip.has('appraisal')) {
  console.log('\n▶ 年度考核（全院） / annual appraisal of a whole college');
  appraisal = await benchAppraisal(app, db, await signIn('org'));
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(table([
    ['', '人数 / people', '用时 / time'],
    ['考核进度（全院各部门） GET progress', appraisal.college.population, ms(appraisal.progressMs)],
    [`表格载入：最大部门（${appraisal.biggest.name}）sheet + progress`, appraisal.biggest.population, ms(appraisal.gridLoadMs)],
    ['表格保存：最大部门“其余人员设为合格”', appraisal.biggest.population, ms(appraisal.gridSaveRestMs)],
    ['表格保存：最大部门改 3 人为优秀', 3, ms(appraisal.gridSaveExceptionsMs)],
    [`全院逐部门保存（${appraisal.college.departments} 个部门，最慢一次 ${ms(appraisal.collegeSaveMaxMs)}）`, appraisal.college.population, ms(appraisal.collegeSaveMs)],
    [`全院逐部门打开表格（sheet + progress，最慢一次 ${ms(appraisal.collegeLoadMaxMs)}）`, appraisal.college.population, ms(appraisal.collegeLoadMs)],
    ['导入全院考核结果：检查预览 / 提交', appraisal.importRows, `${ms(appraisal.importPreviewMs)} / ${ms(appraisal.importCommitMs)}`],
  ]));
}

let sidelines;
if (!skip.has('sidelines')) {
  console.log('\n▶ 上线导入：兼职台账 / go-live import of held part-time posts');
  sidelines = await benchSidelineImport(app, db, packs, await signIn('org'), asOf, 500);
  const ms = (x: number) => `${x.toFixed(0)} ms`;
  console.log(table([
    ['', '行数 / rows', '用时 / time'],
    [`检查预览（${sidelines.fileKB} KB，${sidelines.cadres} 名干部）`, sidelines.rows, ms(sidelines.previewMs)],
    [`提交（写入 ${sidelines.sidelinesWritten} 条兼职任职）`, sidelines.counts.new ?? 0, ms(sidelines.commitMs)],
    ['上线导入页 GET /api/imports（含导入产生的应办事项）', '', ms(sidelines.overviewMs)],
    ['当天撤销 / undo', sidelines.rows, ms(sidelines.undoMs)],
  ]));
}

let colleges;
if (!skip.has('colleges')) {
  const n = Math.min(writers ?? SCALES[scale].colleges, SCALES[scale].colleges);
  const direct = Math.min(writers ?? 10, SCALES[scale].colleges);
  console.log(`\n▶ 跨学院写入 / writes across colleges (${n} 所学院同时记录谈话，每所 4 个连接；另：${direct} 所学院各 ${perCollege} 个写入者直接提交“版本号 + 审计事件”事务；各 ${seconds} s)`);
  const talks = skip.has('talks') ? undefined : await benchCollegeWrites(app, db, base, signIn, { colleges: n, seconds, asOf });
  // The deployment-wide chain replayed beside one chain per college, interleaved twice (the machine's load drifts).
  const rounds: AuditAppends[] = [];
  for (let round = 0; round < 2; round++)
    for (const chains of ['one', 'per-college'] as const) {
      rounds.push(await benchAuditAppends(db, { seconds, colleges: direct, perCollege, chains }));
      await settle(db);
    }
  const appends = rounds.filter((r) => r.chains === 'per-college').at(-1)!;
  colleges = { talks, appends, appendRounds: rounds };
  console.log(table([
    ['', '学院数', '全部署 次/秒', 'p50 ms', 'p99 ms', '非2xx'],
    ...(talks ? [['记录谈话 POST /api/talks（最慢学院的 p50/p99）', talks.colleges, talks.rps, talks.p50, talks.p99, talks.non2xx]] : []),
    ...rounds.map((r) => [`命令结尾事务：版本号 + 审计事件（无 HTTP，每所 ${perCollege} 个写入者；${r.chains === 'one' ? '全部署一条审计链（0031 之前）' : '每所学院自己的审计链（至多 4 条）'}）`, r.colleges, r.tps, r.p50, r.p99, 0]),
  ]));
  const tps = (c: AuditAppends['chains']) => rounds.filter((r) => r.chains === c).map((r) => r.tps);
  console.log(`每所学院一条链 / 一条链：${tps('per-college').map((t, i) => (t / tps('one')[i]!).toFixed(2)).join('×, ')}×（逐轮）`);
}

let web;
if (!skip.has('web')) {
  console.log('\n▶ 前端 / web (Chromium)');
  web = await benchWeb(base, 'org', DEMO_PASSWORD);
  console.log(table([
    ['', 'JS gzip KB（图表前）', 'JS gzip KB（全部）', 'CSS gzip KB', '文件数'],
    ['登录页 / sign-in', web.signIn.initialJsGzipKB, web.signIn.jsGzipKB, web.signIn.cssGzipKB, web.signIn.files],
    ['工作台 / dashboard', web.dashboard.initialJsGzipKB, web.dashboard.jsGzipKB, web.dashboard.cssGzipKB, web.dashboard.files],
  ]));
  console.log(`从打开工作台到图表绘出 / navigation to charts drawn: median ${web.chartsDrawnMs} ms (${web.chartsDrawnRunsMs.join(', ')})`);
}

await app.close();
await database.close();
const file = writeResults({ scale, engine, date: asOf, machine: machine(), data: { ...loaded, records }, duties, api, documents, appraisal, digest, sidelines, colleges, web, seconds });
console.log(`\n结果已写入 / results: ${path.relative(root, file)}`);
process.exit(0);
