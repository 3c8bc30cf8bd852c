import { bigint, boolean, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** One college (学院). Every row that belongs to a college carries its id. */
export const institution = pgTable('institution', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  code: text().notNull().unique(),
  name: text().notNull(),
  shortName: text().notNull(),
  /** The institution's own policy pack id, e.g. `scitc-2025`. */
  packId: text().notNull(),
  /** Packs adopted for areas the own pack does not cover: { area: packId }. */
  adoptedPacks: jsonb().$type<Record<string, string>>().notNull().default({}),
  /**
   * With the chains' `facts_changes`, the facts version (core/db/facts-version.ts, read that way, never this column
   * alone): a command that changes every institution bumps this; a college's own commands bump their chain head's.
   */
  factsVersion: bigint({ mode: 'number' }).notNull().default(0),
  /** Business users may sign in with a local password; the security administrator switches it off once single sign-on works. */
  localPasswordSignIn: boolean().notNull().default(true),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
