import { and, isNull, or, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';

/** A dated row [start, end) is in force on `asOf`. */
export function activeOn(start: AnyPgColumn, end: AnyPgColumn, asOf: string): SQL {
  return and(sql`${start} <= ${asOf}`, or(isNull(end), sql`${end} > ${asOf}`))!;
}
