import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Append-only: a trigger refuses UPDATE and DELETE (see the migration). */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigint({ mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    actorAccountId: integer(),
    actorName: text(),
    action: text().notNull(),
    entityType: text(),
    entityId: text(),
    summary: jsonb().$type<{ before?: unknown; after?: unknown; detail?: unknown }>(),
    ip: text(),
    /** success | denied | failed */
    outcome: text().notNull(),
  },
  (t) => [index('audit_inst_at').on(t.institutionId, t.at), index('audit_action').on(t.action)],
);
