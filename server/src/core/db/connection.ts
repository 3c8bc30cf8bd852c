import fs from 'node:fs';
import path from 'node:path';
import { PGlite, type PGliteInterface } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema';
import type { Db } from './client';
import { lockDataDir } from './lock';
import { resealFields } from './field-reseal';

export const migrationsFolder = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..', '..', 'drizzle');

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** The embedded engine itself (backups use its data-directory archive). */
  pglite?: PGlite;
  close(): Promise<void>;
}

/** Opens PGlite on a directory, holding an exclusive lock on it, and runs migrations. */
export async function openPglite(dir: string): Promise<Database> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  fs.mkdirSync(dir, { recursive: true });
  const release = lockDataDir(dir);
  let client: PGlite | undefined;
  try {
    client = await PGlite.create(dir);
    const db = drizzlePglite({ client, schema, casing: 'snake_case' });
    await migratePglite(db, { migrationsFolder });
    await resealFields(db as unknown as Db);
    // PGlite runs no autovacuum: refresh planner statistics at each start.
    await client.exec('ANALYZE');
    const c = client;
    return {
      db: db as unknown as Db,
      engine: 'pglite',
      pglite: c,
      async close() {
        await c.close();
        release();
      },
    };
  } catch (err) {
    await client?.close().catch(() => undefined);
    release();
    throw err;
  }
}

/** Wraps an already-open PGlite instance (tests clone a migrated template). */
export function wrapPglite(client: PGlite | PGliteInterface): Database {
  // clone() is typed as the interface; it is a PGlite instance.
  const db = drizzlePglite({ client: client as PGlite, schema, casing: 'snake_case' });
  return { db: db as unknown as Db, engine: 'pglite', pglite: client as PGlite, close: () => client.close() };
}

export async function migrateOnPglite(client: PGlite): Promise<void> {
  await migratePglite(drizzlePglite({ client, schema, casing: 'snake_case' }), { migrationsFolder });
}

/**
 * Session settings for our connections. The product's queries are short lookups within one college; starting parallel
 * workers for them costs more than it saves on the few cores a college's server has (measured at L: a college's year of
 * talks 27 ms with two workers, 4 ms without). A URL that sets `options` itself decides.
 */
function sessionOptions(url: string): string | undefined {
  try {
    if (new URL(url).searchParams.has('options')) return undefined;
  } catch {
    // not a URL node-postgres would read differently: use ours
  }
  return '-c max_parallel_workers_per_gather=0';
}

/** Opens a PostgreSQL server through node-postgres and runs migrations. `connections`: the pool's size (10). */
export async function openPostgres(url: string, opts: { connections?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: opts.connections ?? 10, options: sessionOptions(url) });
  // An idle connection the server closes (restart, failover, administrator) is dropped by the pool and replaced on
  // the next query; without a listener node-postgres would crash the process with an unhandled error.
  pool.on('error', (err) => console.warn(`数据库空闲连接已断开，将自动重连 / idle database connection lost: ${err.message}`));
  const db = drizzlePg({ client: pool, schema, casing: 'snake_case' });
  try {
    await migratePg(db, { migrationsFolder });
    await resealFields(db as unknown as Db);
  } catch (err) {
    await pool.end();
    throw err;
  }
  return { db: db as unknown as Db, engine: 'postgres', close: () => pool.end() };
}

/** The deployment's database: PostgreSQL when DATABASE_URL is configured, else PGlite in the data directory. */
export function openConfigured(config: { databaseUrl?: string | null; pgliteDir: string }): Promise<Database> {
  return config.databaseUrl ? openPostgres(config.databaseUrl) : openPglite(config.pgliteDir);
}
