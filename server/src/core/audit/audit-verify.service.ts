import { asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { auditChain, auditEvent } from '../db/schema';
import { verifyChain, type ChainHead, type ChainedEvent, type ChainVerdict } from '../security/audit-chain';
import { secretKey } from '../security/keys';

const BATCH = 5000;

async function* eventsInOrder(ex: Executor): AsyncGenerator<ChainedEvent> {
  let after = 0;
  for (;;) {
    const rows = await ex.select().from(auditEvent).where(gt(auditEvent.id, after)).orderBy(asc(auditEvent.id)).limit(BATCH);
    for (const r of rows) yield r as ChainedEvent;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}

export async function chainHead(ex: Executor): Promise<ChainHead> {
  const [h] = await ex.select().from(auditChain).where(eq(auditChain.id, 1));
  return { lastId: h?.lastId ?? null, lastMac: h?.lastMac ?? '', purgedMac: h?.purgedMac ?? null };
}

/** Verifies the whole audit chain of the deployment, in batches. */
export async function verifyAuditChain(ex: Executor): Promise<ChainVerdict> {
  return verifyChain(secretKey('audit-hmac'), eventsInOrder(ex), await chainHead(ex));
}

/** The legal minimum: 网络安全法 第二十一条 — network logs kept for no less than six months. */
export const MIN_RETENTION_DAYS = 180;

/**
 * Removes events older than the retention period (never fewer than 180 days), recording where the remaining chain
 * begins so it still verifies. Runs as one transaction; the database trigger refuses anything younger regardless.
 */
export async function purgeAudit(db: Db, retentionDays: number): Promise<{ removed: number; before: string }> {
  const days = Math.max(MIN_RETENTION_DAYS, retentionDays);
  const before = new Date(Date.now() - days * 24 * 3600 * 1000);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM audit_chain WHERE id = 1 FOR UPDATE`);
    const [last] = await tx.select({ id: auditEvent.id, mac: auditEvent.mac }).from(auditEvent).where(lt(auditEvent.at, before)).orderBy(sql`${auditEvent.id} DESC`).limit(1);
    if (!last) return { removed: 0, before: before.toISOString() };
    await tx.execute(sql`SELECT set_config('cadre.audit_purge_before', ${before.toISOString()}, true)`);
    const removed = await tx.delete(auditEvent).where(lt(auditEvent.id, last.id + 1)).returning({ id: auditEvent.id });
    await tx.update(auditChain).set({ purgedThroughId: last.id, purgedMac: last.mac }).where(eq(auditChain.id, 1));
    return { removed: removed.length, before: before.toISOString() };
  });
}
