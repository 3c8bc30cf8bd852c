import { index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { person } from './people';

/** An in-app notice to a person (提醒), e.g. the organization department's reminder of talks still owed. */
export const notification = pgTable(
  'notification',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    recipientPersonId: integer().notNull().references(() => person.id),
    kind: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text(),
    citation: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('notification_recipient').on(t.recipientPersonId, t.readAt)],
);
