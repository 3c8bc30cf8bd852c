import type { Query, SQL } from 'drizzle-orm';
import type { PgDialect, PgSession } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * Runs a statement written with `sql` as a named prepared statement: PostgreSQL parses it once per connection (and,
 * once it settles on a generic plan, plans it once), where `execute` sends it unnamed, to be parsed and planned on
 * every call. For the statements of the busiest commands, whose text is fixed: one name, one text (node-postgres
 * refuses a name reused for another text on the same connection). Returns what `execute` returns.
 */
export function executeNamed(ex: Executor, name: string, query: SQL): Promise<{ rows: Record<string, unknown>[] }> {
  // drizzle's execute is this, without the name (PgSession.execute: prepareQuery(sqlToQuery(query), …, undefined, …)).
  const { session, dialect } = ex as unknown as { session: PgSession; dialect: PgDialect };
  return session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false).execute() as Promise<{ rows: Record<string, unknown>[] }>;
}

/**
 * A named statement whose text is made once, from `build` with a `sql.placeholder` wherever a call's values go, and
 * run with those values: `executeNamed` works the text and its parameters out of the `sql` tree on every call, which
 * for a statement of many parts costs more than its round trip (recording a talk, bench/README round eight). `build`
 * runs on the first call; one name per statement, as for executeNamed.
 */
export function placeholderStatement(name: string, build: () => SQL) {
  let query: Query | undefined;
  let make: (() => SQL) | undefined = build;
  return (ex: Executor, values: Record<string, unknown>): Promise<{ rows: Record<string, unknown>[] }> => {
    const { session, dialect } = ex as unknown as { session: PgSession; dialect: PgDialect };
    if (!query) {
      query = dialect.sqlToQuery(make!());
      make = undefined; // what `build` holds (an executor it composed with) is not kept for the life of the process
    }
    return session.prepareQuery(query, undefined, name, false).execute(values) as Promise<{ rows: Record<string, unknown>[] }>;
  };
}

const madeByName = new Map<string, ReturnType<typeof placeholderStatement>>();

/**
 * `placeholderStatement` for statements whose shapes are known only as they are met (a talk's columns, a command's
 * change): made on the first call with `name`, the same one after; `build` runs once per name.
 */
export function placeholderStatementNamed(name: string, build: () => SQL): ReturnType<typeof placeholderStatement> {
  let run = madeByName.get(name);
  if (!run) madeByName.set(name, (run = placeholderStatement(name, build)));
  return run;
}
