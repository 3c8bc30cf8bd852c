/**
 * Foundation benchmark: seeding the demo colleges, deriving every duty of the largest college, and the roster and
 * dashboard requests a user makes first. Run: `npx tsx bench/foundation.bench.ts` (PGlite) or with DATABASE_URL set.
 * Prints medians and p95 over repeated runs; nothing here is asserted (speed is measured, not tested).
 */
import { performance } from 'node:perf_hooks';
import { buildApp } from '../server/src/app';
import { loadConfig } from '../server/src/config';
import { benchDatabase } from './support';
import { loadAllPacks } from '../server/src/policy/pack-loader';
import { seedDemoIfEmpty, DEMO_PASSWORD } from '../server/src/demo/seed';
import { dutiesFor } from '../server/src/modules/duties/duties.service';
import { todayIso } from '../server/src/shared/dates';
import { eq, sql } from 'drizzle-orm';
import { institution } from '../server/src/db/schema';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (n=${s.length})`;
}

async function time(fn: () => Promise<unknown>, runs = RUNS) {
  await fn(); // warm-up
  const xs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    xs.push(performance.now() - t);
  }
  return stats(xs);
}

const packs = loadAllPacks();
const { database, engine } = await benchDatabase();
let t = performance.now();
const seeded = await seedDemoIfEmpty(database.db, packs, todayIso());
console.log(`engine: ${engine}`);
if (seeded) console.log(`seed four demo colleges: ${((performance.now() - t) / 1000).toFixed(1)} s`);

const { app } = await buildApp({ db: database.db, packs, config: { ...loadConfig({}), webDist: '/nonexistent' } });
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'org', password: DEMO_PASSWORD } });
const cookie = `cadre_sid=${login.cookies.find((c) => c.name === 'cadre_sid')!.value}`;
const get = (url: string) => app.inject({ method: 'GET', url, headers: { cookie } });

t = performance.now();
const { duties } = await dutiesFor(database.db, packs, 1, todayIso());
console.log(`duties of the largest college: ${duties.length} (first derivation ${(performance.now() - t).toFixed(1)} ms)`);
const bump = () => database.db.update(institution).set({ factsVersion: sql`${institution.factsVersion} + 1` }).where(eq(institution.id, 1));
console.log(`derive all duties, after a change:     ${await time(async () => { await bump(); return dutiesFor(database.db, packs, 1, todayIso()); })}`);
console.log(`derive all duties, unchanged (cached): ${await time(() => dutiesFor(database.db, packs, 1, todayIso()))}`);
console.log(`GET /api/duties/summary:               ${await time(() => get('/api/duties/summary'))}`);
console.log(`GET /api/duties/mine:                  ${await time(() => get('/api/duties/mine'))}`);
console.log(`GET /api/persons (page 1 of 20):       ${await time(() => get('/api/persons'))}`);
console.log(`GET /api/persons?q=王 (search):        ${await time(() => get(`/api/persons?q=${encodeURIComponent('王')}`))}`);
console.log(`GET /api/persons/:id (person page):    ${await time(() => get('/api/persons/40'))}`);
console.log(`GET /api/departments:                  ${await time(() => get('/api/departments'))}`);
await app.close();
await database.close();
