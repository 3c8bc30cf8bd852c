import { eq, sql } from 'drizzle-orm';
import { auditChain, auditEvent } from '../../db/schema';
import type { Executor } from '../../db/client';
import { eventMac } from '../../security/audit-chain';
import { secretKey } from '../../security/keys';

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

/**
 * Appends one audit event, chained to the one before by HMAC-SM3; call it inside the transaction that makes the
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
  await ex.transaction(async (tx) => {
    const head = (await tx.execute(sql`SELECT last_mac FROM audit_chain WHERE id = 1 FOR UPDATE`)).rows[0] as { last_mac: string } | undefined;
    if (!head) throw new Error('audit chain head missing (审计链头缺失)');
    const mac = eventMac(secretKey('audit-hmac'), head.last_mac, row);
    const [ins] = await tx.insert(auditEvent).values({ ...row, prevMac: head.last_mac, mac }).returning({ id: auditEvent.id });
    await tx.update(auditChain).set({ lastId: ins.id, lastMac: mac }).where(eq(auditChain.id, 1));
  });
}
