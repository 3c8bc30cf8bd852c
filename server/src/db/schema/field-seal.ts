import { integer, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Which field key the encrypted columns were last brought up to, and which columns that covered: the start-up reseal
 * (db/field-reseal.ts) does nothing while both still hold.
 */
export const fieldSealState = pgTable('field_seal_state', {
  id: smallint().primaryKey(),
  keyVersion: integer().notNull(),
  columns: text().array().notNull(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
