import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from './institution';

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
    /** The chain the event belongs to (audit_chain.id): its institution's, or chain 1 — events without an institution,
     * and every event written before chains were kept per institution (migration 0031). */
    chainId: integer().notNull(),
  },
  (t) => [index('audit_inst_at').on(t.institutionId, t.at), index('audit_action').on(t.action), index('audit_chain_id').on(t.chainId, t.id)],
);

/**
 * The heads of the audit chains, one per institution and chain 1 for events without one (sign-in attempts with an
 * unknown user name, system jobs) — chain 1 is also the deployment's single chain from before, carried on as it was.
 * A writer locks its own chain's head until its transaction ends, so a college's events chain in commit order and
 * colleges do not wait on each other.
 */
export const auditChain = pgTable(
  'audit_chain',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity({ startWith: 2 }),
    /** Null only for chain 1. An institution with a chain cannot be deleted (its events name it). */
    institutionId: integer().references(() => institution.id),
    lastId: bigint({ mode: 'number' }),
    lastMac: text().notNull().default(''),
    /** Retention purges: the last event removed and its MAC, where the remaining chain begins. */
    purgedThroughId: bigint({ mode: 'number' }),
    purgedMac: text(),
  },
  (t) => [uniqueIndex('audit_chain_institution').on(t.institutionId), check('audit_chain_one_without_institution', sql`(${t.institutionId} IS NULL) = (${t.id} = 1)`)],
);
