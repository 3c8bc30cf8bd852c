import { date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Deployment-wide: China's holidays are national. */
export const calendarOverride = pgTable('calendar_override', {
  date: date({ mode: 'string' }).primaryKey(),
  /** holiday | workday */
  kind: text().notNull(),
  note: text().notNull(),
  createdBy: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A year the sysadmin declared complete (its holidays entered as overrides). */
export const calendarYear = pgTable('calendar_year', {
  year: integer().primaryKey(),
  note: text().notNull(),
  createdBy: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
