import { sql } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { eventMac } from '../security/audit-chain';
import { secretKey } from '../security/keys';

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
 * Locks the head of the institution's chain (chain 1 for events without one), made on its first event: an institution
 * added after migration 0031 has none yet. Two first writers meet at the unique index; the second finds the first's.
 */
async function lockChainHead(tx: Executor, institutionId: number | null): Promise<Head> {
  const find = institutionId === null
    ? sql`SELECT id, last_mac FROM audit_chain WHERE id = 1 FOR UPDATE`
    : sql`SELECT id, last_mac FROM audit_chain WHERE institution_id = ${institutionId} FOR UPDATE`;
  let head = (await tx.execute(find)).rows[0] as Head | undefined;
  if (!head && institutionId !== null) {
    await tx.execute(sql`INSERT INTO audit_chain (institution_id, last_mac) VALUES (${institutionId}, '') ON CONFLICT DO NOTHING`);
    head = (await tx.execute(find)).rows[0] as Head | undefined;
  }
  if (!head) throw new Error('audit chain head missing (审计链头缺失)');
  return { id: Number(head.id), last_mac: head.last_mac };
}

/**
 * Appends one audit event, chained to the one before in its institution's chain by HMAC-SM3; call it inside the transaction that makes the
 * change, so the change and its record stand or fall together. The chain head is locked until that transaction ends,
 * so events chain in commit order.
 */
export async function writeAudit(ex: Executor, e: AuditInput): Promise<void> {
  const summary = e.before === undefined && e.after === undefined && e.detail === undefined ? null : JSON.parse(JSON.stringify({ before: e.before, after: e.after, detail: e.detail }));
  const row = {
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
  // The chain head stays locked from here until the enclosing transaction ends: every statement inside that window
  // holds up every other writer of the same institution, so the event and the new head go in one statement, and a
  // caller's transaction is used as it is (no savepoint of its own).
  const append = async (tx: Executor) => {
    const head = await lockChainHead(tx, row.institutionId);
    const mac = eventMac(secretKey('audit-hmac'), head.last_mac, row);
    await tx.execute(sql`
      WITH ins AS (
        INSERT INTO audit_event (institution_id, at, actor_account_id, actor_name, action, entity_type, entity_id, summary, ip, outcome, prev_mac, mac, chain_id)
        VALUES (${row.institutionId}, ${row.at.toISOString()}::timestamptz, ${row.actorAccountId}, ${row.actorName}, ${row.action}, ${row.entityType}, ${row.entityId},
                ${summary === null ? null : JSON.stringify(summary)}::jsonb, ${row.ip}, ${row.outcome}, ${head.last_mac}, ${mac}, ${head.id})
        RETURNING id)
      UPDATE audit_chain SET last_id = ins.id, last_mac = ${mac} FROM ins WHERE audit_chain.id = ${head.id}`);
  };
  if (ex instanceof PgTransaction) await append(ex);
  else await ex.transaction(append);
}
