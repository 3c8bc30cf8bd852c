import { PGlite } from '@electric-sql/pglite';
import { migrateOnPglite, openPostgres, wrapPglite, type Database } from '../server/src/db/connection';

/** The database a benchmark runs on: PostgreSQL when DATABASE_URL is set (an empty database), else PGlite in memory. */
export async function benchDatabase(): Promise<{ database: Database; engine: string }> {
  if (process.env.DATABASE_URL) return { database: await openPostgres(process.env.DATABASE_URL), engine: 'postgres' };
  const client = new PGlite();
  await migrateOnPglite(client);
  return { database: wrapPglite(client), engine: 'pglite (in memory)' };
}
