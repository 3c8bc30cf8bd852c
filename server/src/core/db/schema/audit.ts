import { bigint, index, integer, jsonb, pgTable, smallint, text, timestamp } from 'drizzle-orm/pg-core';

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
    /** The chain (security/audit-chain.ts): the previous event's MAC and this event's HMAC-SM3. */
    prevMac: text(),
    mac: text(),
  },
  (t) => [index('audit_inst_at').on(t.institutionId, t.at), index('audit_action').on(t.action)],
);

/** The head of the audit chain: one row, locked by each writer so events chain in order. */
export const auditChain = pgTable('audit_chain', {
  id: smallint().primaryKey(),
  lastId: bigint({ mode: 'number' }),
  lastMac: text().notNull().default(''),
  /** Retention purges: the last event removed and its MAC, where the remaining chain begins. */
  purgedThroughId: bigint({ mode: 'number' }),
  purgedMac: text(),
});
