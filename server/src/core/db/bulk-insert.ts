import { getTableColumns, getTableName, sql, type Placeholder, type SQL, type SQLWrapper } from 'drizzle-orm';
import { toSnakeCase } from 'drizzle-orm/casing';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from './client';

/**
 * The statement `bulkInsert` runs, to be composed into a larger one (a CTE of a statement that inserts a row and its
 * children at once): `INSERT INTO table (…) SELECT * FROM unnest(…) [WHERE where] [RETURNING …]`. `rows` must not be
 * empty.
 */
export function bulkInsertSql(table: PgTable, rows: Record<string, unknown>[], opts: { where?: SQL; returning?: string[] } = {}): SQL {
  const keys = Object.keys(rows[0]);
  const arrays = columnArrays(table, keys, rows);
  return insertFromArrays(table, keys, (key) => sql.param(arrays[key]), opts);
}

/**
 * `bulkInsertSql`'s statement for rows with these keys, each column's array a placeholder named `prefix` + key: made
 * once for a `placeholderStatement`, run with `bulkInsertValues` (core/db/named.ts).
 */
export function bulkInsertShape(table: PgTable, keys: string[], prefix: string, opts: { where?: SQL; returning?: string[] } = {}): SQL {
  return insertFromArrays(table, keys, (key) => sql.placeholder(prefix + key), opts);
}

/** The values of `bulkInsertShape`'s placeholders for these rows (each column's values through its own mapping). */
export function bulkInsertValues(table: PgTable, keys: string[], rows: Record<string, unknown>[], prefix: string): Record<string, unknown[]> {
  const arrays = columnArrays(table, keys, rows);
  return Object.fromEntries(keys.map((key) => [prefix + key, arrays[key]]));
}

function columnOf(table: PgTable, key: string): PgColumn {
  const col = (getTableColumns(table) as Record<string, PgColumn>)[key];
  if (!col) throw new Error(`${getTableName(table)} has no column ${key}`);
  return col;
}

/** One array a column, the values through the column's own mapping (encrypted columns take values already sealed). */
function columnArrays(table: PgTable, keys: string[], rows: Record<string, unknown>[]): Record<string, unknown[]> {
  return Object.fromEntries(keys.map((key) => {
    const col = columnOf(table, key);
    return [key, rows.map((r) => (r[key] === null || r[key] === undefined ? null : col.mapToDriverValue(r[key])))];
  }));
}

function insertFromArrays(table: PgTable, keys: string[], array: (key: string) => SQLWrapper | Placeholder, opts: { where?: SQL; returning?: string[] }): SQL {
  const name = (key: string) => {
    const col = columnOf(table, key);
    return col.keyAsName ? toSnakeCase(col.name) : col.name;
  };
  const arrays: SQL[] = keys.map((key) => sql`${array(key)}::${sql.raw(columnOf(table, key).getSQLType())}[]`);
  const returning = opts.returning ?? [];
  const ret = returning.length ? sql` RETURNING ${sql.join(returning.map((k) => sql`${sql.identifier(name(k))} AS ${sql.identifier(k)}`), sql`, `)}` : sql``;
  const overriding = keys.includes('id') ? sql` OVERRIDING SYSTEM VALUE` : sql``;
  const where = opts.where ? sql` WHERE ${opts.where}` : sql``;
  return sql`INSERT INTO ${table} (${sql.join(keys.map((k) => sql.identifier(name(k))), sql`, `)})${overriding} SELECT * FROM unnest(${sql.join(arrays, sql`, `)})${where}${ret}`;
}

/**
 * Inserts many rows as one statement with one array parameter per column (INSERT … SELECT FROM unnest(…)): the query
 * builder's per-value cost grows with the rows (about 0.1–0.3 ms a row for a wide table), this does not. Values go
 * through each column's own mapping (encrypted columns take values already sealed, with the ids given here: an `id`
 * key inserts those ids over the identity column's own). Every row must have the same keys; returns the columns asked
 * for, in no particular order.
 */
export async function bulkInsert<R extends Record<string, unknown>>(ex: Executor, table: PgTable, rows: Record<string, unknown>[], returning: string[] = []): Promise<R[]> {
  if (!rows.length) return [];
  const res = await ex.execute(bulkInsertSql(table, rows, { returning }));
  return res.rows as R[];
}
