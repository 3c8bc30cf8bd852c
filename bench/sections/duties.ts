import '../../server/src/areas'; // registers every area's duty kinds
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../server/src/core/db/client';
import { institution } from '../../server/src/core/db/schema';
import type { Pack } from '../../server/src/core/policy/pack-schema';
import { dutiesFor } from '../../server/src/core/duties/duties.service';
import { median, percentile } from '../report';

/**
 * The duty engine with nothing cached: every run first bumps the facts version (as any command does), so the duties are
 * derived from the facts again. One college (the first, the largest demo college), then every college in turn.
 */
export async function benchDuties(db: Db, packs: ReadonlyMap<string, Pack>, asOf: string, runs: number) {
  const bump = (id?: number) => db.update(institution).set({ factsVersion: sql`${institution.factsVersion} + 1` }).where(id ? eq(institution.id, id) : sql`true`);
  const [first] = await db.select({ id: institution.id }).from(institution).orderBy(institution.id).limit(1);
  const one: number[] = [];
  let duties = 0;
  for (let i = 0; i <= runs; i++) {
    await bump(first.id);
    const t = performance.now();
    duties = (await dutiesFor(db, packs, first.id, asOf)).duties.length;
    if (i) one.push(performance.now() - t); // the first run warms up
  }
  const all = await db.select({ id: institution.id }).from(institution).orderBy(institution.id);
  await bump();
  const t = performance.now();
  let total = 0;
  const per: number[] = [];
  for (const { id } of all) {
    const s = performance.now();
    total += (await dutiesFor(db, packs, id, asOf)).duties.length;
    per.push(performance.now() - s);
  }
  return {
    oneCollege: { duties, medianMs: median(one), p95Ms: percentile(one, 0.95), runs: one.length },
    deployment: { colleges: all.length, duties: total, seconds: (performance.now() - t) / 1000, perCollegeMedianMs: median(per), perCollegeMaxMs: Math.max(...per) },
  };
}
