import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor, Tx } from '../db/client';
import { eventMac, type ChainedEvent } from '../security/audit-chain';
import { keyObjectOf, secretKey } from '../security/keys';
import { inChainTurn, lastWritten } from './chain-turns';
import { executeNamed } from '../db/named';

export interface AuditInput {
  institutionId: number | null;
  actorAccountId?: number | null;
  actorName?: string | null;
  action: string;
  entityType?: string;
  entityId?: string | number;
  before?: unknown;
  after?: unknown;
  detail?: unknown;
  ip?: string | null;
  outcome: 'success' | 'denied' | 'failed';
}

type Head = { id: number; last_mac: string };

/**
 * Locks the head of one of the institution's chains (chain 1 for events without one), made on its first event: an
 * institution added after migration 0031, or a stripe not used before, has none yet. Two first writers meet at the
 * unique index; the second finds the first's.
 */
async function lockChainHead(tx: Executor, institutionId: number | null, stripe: number): Promise<Head> {
  const find = institutionId === null
    ? sql`SELECT id, last_mac FROM audit_chain WHERE id = 1 FOR UPDATE`
    : sql`SELECT id, last_mac FROM audit_chain WHERE institution_id = ${institutionId} AND stripe = ${stripe} FOR UPDATE`;
  let head = (await tx.execute(find)).rows[0] as Head | undefined;
  if (!head && institutionId !== null) {
    await tx.execute(sql`INSERT INTO audit_chain (institution_id, stripe, last_mac) VALUES (${institutionId}, ${stripe}, '') ON CONFLICT DO NOTHING`);
    head = (await tx.execute(find)).rows[0] as Head | undefined;
  }
  if (!head) throw new Error('audit chain head missing (审计链头缺失)');
  return { id: Number(head.id), last_mac: head.last_mac };
}

export type AuditRow = Omit<ChainedEvent, 'id' | 'prevMac' | 'mac'>;

/** An event's columns in `audit_event` (its chain's id goes last, after them), with the cast each value takes. */
const EVENT_COLUMNS = {
  institution_id: '', at: '::timestamptz', actor_account_id: '', actor_name: '', action: '', entity_type: '', entity_id: '',
  summary: '::jsonb', ip: '', outcome: '', prev_mac: '', mac: '',
} as const;
type EventColumn = keyof typeof EVENT_COLUMNS;
const eventColumnNames = Object.keys(EVENT_COLUMNS) as EventColumn[];

/** `(institution_id, …, mac, chain_id)`: the column list of an event's INSERT. */
export const eventColumns = sql.raw(`(${eventColumnNames.join(', ')}, chain_id)`);

/** The values of an event's columns, linked to `prevMac` under `mac`. */
export function eventParams(row: AuditRow, prevMac: string, mac: string): Record<EventColumn, unknown> {
  return {
    institution_id: row.institutionId, at: row.at.toISOString(), actor_account_id: row.actorAccountId, actor_name: row.actorName, action: row.action,
    entity_type: row.entityType, entity_id: row.entityId, summary: row.summary === null ? null : JSON.stringify(row.summary), ip: row.ip,
    outcome: row.outcome, prev_mac: prevMac, mac,
  };
}

/** The event's values in `eventColumns`' order (its chain's id left for the caller), each `value(column)` with its cast. */
export const eventSelectList = (value: (column: EventColumn) => unknown) =>
  sql.join(eventColumnNames.map((c) => sql`${value(c)}${sql.raw(EVENT_COLUMNS[c])}`), sql`, `);

const eventValues = (row: AuditRow, prevMac: string, mac: string) => {
  const params = eventParams(row, prevMac, mac);
  return eventSelectList((c) => params[c]);
};

/** The MAC that links the event to `prevMac` (HMAC-SM3 with the audit key). */
export const chainedMac = (prevMac: string, row: AuditRow) => eventMac(keyObjectOf(secretKey('audit-hmac')), prevMac, row);

/**
 * The append in one statement, the lock taken inside it: the head row is locked, and only if its MAC is still the one
 * this process last wrote do the event (linked to that MAC) and the new head go in, the head counting the change of
 * facts (`factsChange` 1, else 0: core/db/facts-version.ts). The MAC is compared after the lock, not in the locking
 * scan: that scan filters by the statement's snapshot, taken before the command ahead of it committed, so a guess of
 * the head that command wrote never matched there; the row the lock returns (READ COMMITTED) is the head as the other
 * committed it. A moved head matches nothing and nothing is written, the facts not counted either. Returns whether it
 * was written.
 */
async function appendToKnownHead(tx: Executor, row: AuditRow, known: { chainId: number; mac: string }, mac: string, factsChange: number): Promise<boolean> {
  const owner = row.institutionId === null ? sql`institution_id IS NULL` : sql`institution_id = ${row.institutionId}`;
  // Prepared by name: every command ends with it. Its text is one of two (a college's chain or chain 1).
  const name = `audit_append${row.institutionId === null ? '_none' : ''}`;
  const written = await executeNamed(tx, name, sql`
    WITH head AS (SELECT id, last_mac FROM audit_chain WHERE id = ${known.chainId} AND ${owner} FOR UPDATE),
    ins AS (
      INSERT INTO audit_event ${eventColumns}
      SELECT ${eventValues(row, known.mac, mac)}, head.id FROM head WHERE head.last_mac = ${known.mac}
      RETURNING id)
    UPDATE audit_chain SET last_id = ins.id, last_mac = ${mac}, facts_changes = facts_changes + ${factsChange}::int FROM ins WHERE audit_chain.id = ${known.chainId}
    RETURNING audit_chain.id`);
  return written.rows.length === 1;
}

/** The event as it is chained (the MAC covers these fields), stamped now. */
export function auditRow(e: AuditInput, opts: { bumpFacts?: boolean } = {}): AuditRow {
  if (opts.bumpFacts && e.institutionId === null) throw new Error('facts version of no institution');
  const summary = e.before === undefined && e.after === undefined && e.detail === undefined ? null : JSON.parse(JSON.stringify({ before: e.before, after: e.after, detail: e.detail }));
  return {
    at: new Date(),
    institutionId: e.institutionId,
    actorAccountId: e.actorAccountId ?? null,
    actorName: e.actorName ?? null,
    action: e.action,
    entityType: e.entityType ?? null,
    entityId: e.entityId === undefined ? null : String(e.entityId),
    summary,
    ip: e.ip ?? null,
    outcome: e.outcome,
  };
}

/**
 * Appends one audit event, chained to the one before in one of its institution's chains by HMAC-SM3; call it inside the
 * transaction that makes the change, so the change and its record stand or fall together. The chain head is locked until
 * that transaction ends, so a chain's events link in commit order; a transaction appends to one chain only. `bumpFacts`:
 * the institution's facts version moves on in the same statement, counted on the head (http/command.ts: derived duties
 * of the old facts are stale; core/db/facts-version.ts).
 */
export async function writeAudit(ex: Executor, e: AuditInput, opts: { bumpFacts?: boolean } = {}): Promise<void> {
  const row = auditRow(e, opts);
  const factsChange = opts.bumpFacts ? 1 : 0;
  // The chain head stays locked from the append until the enclosing transaction ends: every round trip inside that
  // window holds up every other writer of the same institution. So the append is one statement that takes the lock
  // itself (from the head this process last wrote); only when that head moved (another process, or a writer that
  // got in between) is the head locked and read first, as it always was. A caller's transaction is used as it is.
  const append = (tx: Tx) => inChainTurn(tx, row.institutionId, async ({ key, stripe }) => {
    const known = lastWritten.get(key);
    if (known) {
      const mac = chainedMac(known.mac, row);
      if (await appendToKnownHead(tx, row, known, mac, factsChange)) {
        lastWritten.set(key, { chainId: known.chainId, mac });
        return;
      }
    }
    const head = await lockChainHead(tx, row.institutionId, stripe);
    const mac = chainedMac(head.last_mac, row);
    await tx.execute(sql`
      WITH ins AS (
        INSERT INTO audit_event ${eventColumns}
        VALUES (${eventValues(row, head.last_mac, mac)}, ${head.id})
        RETURNING id)
      UPDATE audit_chain SET last_id = ins.id, last_mac = ${mac}, facts_changes = facts_changes + ${factsChange}::int FROM ins WHERE audit_chain.id = ${head.id}`);
    lastWritten.set(key, { chainId: head.id, mac });
  });
  if (ex instanceof PgTransaction) await append(ex);
  else await ex.transaction(append);
}
