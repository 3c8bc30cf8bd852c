import { auditEvent } from '../../db/schema';
import type { Executor } from '../../db/client';

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

/** Appends one audit event; call it inside the transaction that makes the change. */
export async function writeAudit(ex: Executor, e: AuditInput): Promise<void> {
  const summary = e.before === undefined && e.after === undefined && e.detail === undefined ? null : { before: e.before, after: e.after, detail: e.detail };
  await ex.insert(auditEvent).values({
    institutionId: e.institutionId,
    actorAccountId: e.actorAccountId ?? null,
    actorName: e.actorName ?? null,
    action: e.action,
    entityType: e.entityType ?? null,
    entityId: e.entityId === undefined ? null : String(e.entityId),
    summary,
    ip: e.ip ?? null,
    outcome: e.outcome,
  });
}
