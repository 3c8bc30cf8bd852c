import { sql } from 'drizzle-orm';
import { bigint, check, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
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
 * The heads of the audit chains: each institution has up to CHAINS_PER_COLLEGE of them (`stripe` 0, 1, …; the writer
 * takes another only while this process is appending to the first, core/audit/audit.writer.ts), and chain 1 holds the
 * events without an institution (sign-in attempts with an unknown user name, system jobs) — chain 1 is also the
 * deployment's single chain from before, carried on as it was. A writer locks its chain's head until its transaction
 * ends, so a chain's events link in commit order; colleges do not wait on each other, nor a college's writers on one head.
 */
export const auditChain = pgTable(
  'audit_chain',
  {
    id: integer().primaryKey().generatedByDefaultAsIdentity({ startWith: 2 }),
    /** Null only for chain 1. An institution with a chain cannot be deleted (its events name it). */
    institutionId: integer().references(() => institution.id),
    /** Which of the institution's chains (0 for the first; chain 1 has only 0). */
    stripe: smallint().notNull().default(0),
    lastId: bigint({ mode: 'number' }),
    lastMac: text().notNull().default(''),
    /** Retention purges: the last event removed and its MAC, where the remaining chain begins. */
    purgedThroughId: bigint({ mode: 'number' }),
    purgedMac: text(),
    /**
     * Commands appended to this chain that changed the institution's facts: the facts version is the institution's own
     * counter plus these (core/db/facts-version.ts), so a command bumps it on the head it locks anyway, not on the
     * institution's row, which every writer of the college would otherwise wait for.
     */
    factsChanges: bigint({ mode: 'number' }).notNull().default(0),
  },
  (t) => [
    uniqueIndex('audit_chain_institution').on(t.institutionId, t.stripe),
    check('audit_chain_one_without_institution', sql`(${t.institutionId} IS NULL) = (${t.id} = 1)`),
    check('audit_chain_stripe', sql`${t.stripe} >= 0 AND (${t.institutionId} IS NOT NULL OR ${t.stripe} = 0)`),
  ],
);
