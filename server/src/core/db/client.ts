import type { PgDatabase, PgTransaction } from 'drizzle-orm/pg-core';
import type * as schema from './schema';

// Both drivers (PGlite and node-postgres) produce a PgDatabase over the same schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the query-result kind differs by driver (PGlite, node-postgres)
export type Db = PgDatabase<any, typeof schema>;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as for Db: the driver's query-result kind and its relations config
export type Tx = PgTransaction<any, typeof schema, any>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;
