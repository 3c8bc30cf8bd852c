import { integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Which field key and seal format the encrypted columns were last brought up to, and which columns that covered: the
 * start-up reseal (db/field-reseal.ts) does nothing while all three still hold. Format 1 sealed values on their own,
 * format 2 binds each to its table, column and row (security/field-crypto.ts); a database recorded at format 1 is
 * resealed once.
 */
export const fieldSealState = pgTable('field_seal_state', {
  id: smallint().primaryKey(),
  keyVersion: integer().notNull(),
  columns: text().array().notNull(),
  format: smallint().notNull().default(1),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
