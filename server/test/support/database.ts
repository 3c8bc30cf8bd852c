import '../../src/areas'; // registers every area's duty kinds with the duty engine
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { migrateOnPglite, openPostgres, wrapPglite, type Database } from '../../src/core/db/connection';
import { loadAllPacks } from '../../src/core/policy/pack-loader';
import { seedDemoIfEmpty } from '../../src/demo/seed';
import { COLLEGES } from '../../src/demo/colleges';
import { todayIso } from '../../src/core/shared/dates';

export type Engine = 'pglite' | 'postgres';

/** The engines integration tests run on: PGlite always, PostgreSQL too when DATABASE_URL is set (as in CI). */
export const ENGINES: Engine[] = process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export const packs = loadAllPacks();
/** Two small colleges: enough people for real duties, and a second institution to prove isolation. */
export const TEST_COLLEGES = [COLLEGES[3], COLLEGES[1]];

let template: Promise<PGlite> | undefined;

async function pgliteTemplate(): Promise<PGlite> {
  template ??= (async () => {
    const client = new PGlite();
    await migrateOnPglite(client);
    await seedDemoIfEmpty(wrapPglite(client).db, packs, todayIso(), TEST_COLLEGES);
    return client;
  })();
  return template;
}

/** A test database; on PostgreSQL with its URL, so that a test can open a second connection pool (a second app instance). */
export type TestDatabase = Database & { url?: string };

/** A fresh, migrated and seeded database on the given engine; close() drops it. */
export async function freshDatabase(engine: Engine, opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const seed = opts.seed ?? true;
  if (engine === 'pglite') {
    if (!seed) {
      const client = new PGlite();
      await migrateOnPglite(client);
      return wrapPglite(client);
    }
    return wrapPglite(await (await pgliteTemplate()).clone());
  }
  const base = new URL(process.env.DATABASE_URL!);
  const name = `cadre_test_${crypto.randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base.toString() });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(base);
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString());
  if (seed) await seedDemoIfEmpty(database.db, packs, todayIso(), TEST_COLLEGES);
  return {
    ...database,
    url: url.toString(),
    async close() {
      await database.close();
      const a = new pg.Client({ connectionString: base.toString() });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await a.end();
    },
  };
}

/**
 * A second connection pool on the same PostgreSQL database, as a second instance of the product would open it (tests
 * of what must hold across instances: locks, counters, duplicate checks). PGlite has one process only: null.
 */
export async function secondInstance(database: TestDatabase): Promise<Database | null> {
  return database.url ? openPostgres(database.url) : null;
}

/** How many rows a table holds: tests check that a refused request wrote nothing. */
export async function rowCount(database: Database, table: string): Promise<number> {
  if (!/^[a-z_]+$/.test(table)) throw new Error(`not a table name: ${table}`);
  return ((await database.db.execute(sql.raw(`SELECT count(*)::int AS n FROM ${table}`))).rows[0] as { n: number }).n;
}
