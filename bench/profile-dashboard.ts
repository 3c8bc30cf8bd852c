/**
 * `npx tsx bench/profile-dashboard.ts S [runs]` — each request the dashboard (the organization department's 工作台)
 * makes when opened, timed one at a time through the app (no browser), on the scale's data (PGlite unless
 * DATABASE_URL): first after start, then the median of `runs` more. Shows which of them holds the figures back.
 */
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { todayIso } from '../server/src/core/shared/dates';
import { loadScale, type Scale } from './generate/load';
import { openBenchDatabase } from './generate/database';
import { median, table } from './report';
import { benchApp } from './app';

const scale = (process.argv[2] ?? 'S').toUpperCase() as Scale;
const runs = Number(process.argv[3] ?? 5);
const packs = loadAllPacks();
const { database } = await openBenchDatabase(scale);
await loadScale(database.db, packs, scale, todayIso());
const { app, signIn } = await benchApp(database.db, packs);
const cookie = await signIn('org');
// What the workbench asks for as it opens (AppLayout, WorkbenchPage and its cards, CollegeOverview).
const urls = [
  '/api/auth/me',
  '/api/inbox/count',
  '/api/notifications',
  '/api/inbox',
  '/api/duties/mine?owedAs=person&steps=exclude&pageSize=500',
  '/api/duties/mine?owedAs=role&steps=exclude&pageSize=500',
  '/api/duties/mine?owedAs=shared&steps=include&pageSize=500',
  '/api/duties/summary',
];
const times = new Map<string, number[]>(urls.map((u) => [u, []]));
for (let i = 0; i <= runs; i++) {
  for (const url of urls) {
    const t = performance.now();
    const res = await app.inject({ method: 'GET', url, headers: { cookie } });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
    times.get(url)!.push(performance.now() - t);
  }
}
console.log(table([['request', 'first ms', `median of ${runs} ms`], ...urls.map((u) => [u, times.get(u)![0]!.toFixed(0), median(times.get(u)!.slice(1)).toFixed(1)])]));
await app.close();
await database.close();
process.exit(0);
