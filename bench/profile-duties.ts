/**
 * Where the duty engine's time goes for one college: each fact loader and each deriver, timed on its own (median of
 * BENCH_RUNS, default 5). Run after `npm run bench -- --scale S` has generated the data:
 * `DATABASE_URL=… npx tsx bench/profile-duties.ts [S|M|L] [institutionId]` (or without DATABASE_URL for PGlite).
 */
import { openBenchDatabase, settle } from './generate/database';
import { loadAllPacks } from '../server/src/core/policy/pack-loader';
import { policyFor } from '../server/src/core/services/policy.service';
import { derivers, type FactLoader } from '../server/src/core/duties/registry';
import '../server/src/areas';
import { todayIso } from '../server/src/core/shared/dates';
import { median, table } from './report';

const [scale = 'S', inst = '1'] = process.argv.slice(2);
const runs = Number(process.env.BENCH_RUNS ?? 5);
const { database } = await openBenchDatabase(scale);
await settle(database.db);
const asOf = todayIso();
const { policy } = await policyFor(database.db, loadAllPacks(), Number(inst));
const loaders = new Map<FactLoader, { names: string[]; ms: number[]; facts?: unknown }>();
for (const { deriver, load } of derivers()) {
  const e = loaders.get(load) ?? { names: [], ms: [] };
  e.names.push(deriver.kind);
  loaders.set(load, e);
}
const rows: (string | number)[][] = [['', '用时 median ms']];
for (const [load, e] of loaders) {
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    e.facts = await load(database.db, Number(inst), asOf, policy);
    if (i) e.ms.push(performance.now() - t);
  }
  rows.push([`load ${load.name}`, median(e.ms)]);
}
for (const { deriver, load } of derivers()) {
  const ms: number[] = [];
  let n = 0;
  for (let i = 0; i <= runs; i++) {
    const t = performance.now();
    n = deriver.derive(loaders.get(load)!.facts, policy, asOf).length;
    if (i) ms.push(performance.now() - t);
  }
  rows.push([`derive ${deriver.kind} (${n})`, median(ms)]);
}
console.log(table(rows));
await database.close();
