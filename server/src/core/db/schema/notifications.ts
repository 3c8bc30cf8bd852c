import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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
    /** What cannot wait (a step waiting for the recipient's decision, a deadline today) goes out at once; the rest in the day's digest. */
    urgent: boolean().notNull().default(false),
    /** One notice per recipient and key (e.g. a duty's reminder stage on a day): a second send with the same key is dropped. */
    dedupeKey: text(),
  },
  (t) => [
    index('notification_recipient').on(t.recipientPersonId, t.readAt),
    uniqueIndex('notification_dedupe').on(t.institutionId, t.recipientPersonId, t.dedupeKey),
  ],
);
