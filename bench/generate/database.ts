import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/src/core/db/client';
import { openPglite, openPostgres, type Database } from '../../server/src/core/db/connection';

/**
 * A scale's own database: `cadre_bench_<scale>` on the PostgreSQL server of DATABASE_URL (created when missing, dropped
 * first with `fresh`), else PGlite in bench/.data/<scale>. Kept between runs: L takes long to generate. `connections`:
 * the pool's size on PostgreSQL (the product's 10 unless more writers are measured at once).
 */
export async function openBenchDatabase(scale: string, opts: { fresh?: boolean; connections?: number } = {}): Promise<{ database: Database; engine: 'postgres' | 'pglite' }> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    const dir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', '.data', scale);
    if (opts.fresh) fs.rmSync(dir, { recursive: true, force: true });
    return { database: await openPglite(dir), engine: 'pglite' };
  }
  const name = process.env.BENCH_DB ?? `cadre_bench_${scale.toLowerCase()}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  if (opts.fresh) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  const exists = (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount;
  if (!exists) await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(url);
  u.pathname = `/${name}`;
  return { database: await openPostgres(u.toString(), { connections: opts.connections }), engine: 'postgres' };
}

/**
 * Clears the dead rows the last measurement left (the bench takes out what it wrote, so runs compare) and refreshes the
 * planner's statistics: without it each section measured scans over the previous one's deleted rows until autovacuum
 * happened to come by (the person table at S: 2,000 live rows beside 10,000 dead ones from the import).
 */
export async function settle(db: Db): Promise<void> {
  await db.execute(sql`VACUUM (ANALYZE)`);
}
