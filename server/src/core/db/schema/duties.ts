import { integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from './institution';

/** A decision that a derived duty is waived (免于办理), with its reason. The duty itself is never stored. */
export const dutyWaiver = pgTable(
  'duty_waiver',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    dutyKey: text().notNull(),
    reason: text().notNull(),
    waivedBy: integer().notNull(),
    waivedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duty_waiver_key').on(t.institutionId, t.dutyKey)],
);
