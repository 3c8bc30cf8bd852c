import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../db/client';
import { auditChain, auditEvent, institution } from '../db/schema';
import { verifyChain, type ChainHead, type ChainedEvent, type ChainVerdict } from '../security/audit-chain';
import { keyObjectOf, secretKey } from '../security/keys';

const BATCH = 5000;

async function* eventsInOrder(ex: Executor, chainId: number): AsyncGenerator<ChainedEvent> {
  let after = 0;
  for (;;) {
    const rows = await ex.select().from(auditEvent).where(and(eq(auditEvent.chainId, chainId), gt(auditEvent.id, after))).orderBy(asc(auditEvent.id)).limit(BATCH);
    for (const r of rows) yield r as ChainedEvent;
    if (rows.length < BATCH) return;
    after = rows[rows.length - 1].id;
  }
}

/** A chain as its head row has it, with the name it goes by in messages. */
export interface AuditChainRow extends ChainHead {
  id: number;
  institutionId: number | null;
  purgedThroughId: number | null;
  /** 「某学院审计链」 (a college's further chains 「某学院审计链（第 2 条）」…), or for chain 1 the deployment's common chain. */
  name: string;
}

const COMMON_CHAIN = '公共审计链（无所属单位的事件，及分院建链前的全部事件）';

/**
 * Every chain: the head rows, and (unless `orphans` is false) any chain events name whose head row is gone — a chain
 * whose head was deleted still has its events checked, against an empty head, so the loss shows. Finding those reads
 * the whole event table; comparing heads with anchors does not need them (a chain without a head compares as empty).
 */
export async function auditChains(ex: Executor, opts: { orphans?: boolean } = {}): Promise<AuditChainRow[]> {
  const heads = await ex
    .select({ chain: auditChain, name: institution.name })
    .from(auditChain)
    .leftJoin(institution, eq(institution.id, auditChain.institutionId))
    .orderBy(asc(auditChain.id));
  const rows: AuditChainRow[] = heads.map(({ chain: h, name }) => ({
    id: h.id, institutionId: h.institutionId, lastId: h.lastId ?? null, lastMac: h.lastMac, purgedMac: h.purgedMac ?? null, purgedThroughId: h.purgedThroughId ?? null,
    name: h.id === 1 ? COMMON_CHAIN : `${name ?? `单位 ${h.institutionId}`}审计链${h.stripe > 0 ? `（第 ${h.stripe + 1} 条）` : ''}`,
  }));
  if (opts.orphans === false) return rows;
  const orphans = (await ex.execute(sql`SELECT DISTINCT chain_id FROM audit_event e WHERE NOT EXISTS (SELECT 1 FROM audit_chain c WHERE c.id = e.chain_id)`)).rows as { chain_id: number }[];
  for (const o of orphans)
    rows.push({ id: Number(o.chain_id), institutionId: null, lastId: null, lastMac: '', purgedMac: null, purgedThroughId: null, name: `编号 ${o.chain_id} 的审计链（链头已不存在）` });
  return rows;
}

export interface ChainResult extends ChainVerdict {
  chain: { id: number; institutionId: number | null; name: string };
}

export type AuditChainsVerdict = ChainVerdict & { chains: ChainResult[] };

/**
 * Verifies every audit chain of the deployment, chain by chain, in batches; the verdict is the sum of them, and its
 * first broken event is the first chain's that does not hold, its reason naming that chain. `all`: the chains, when the
 * caller has read them already.
 */
export async function verifyAuditChain(ex: Executor, all?: AuditChainRow[]): Promise<AuditChainsVerdict> {
  const key = keyObjectOf(secretKey('audit-hmac'));
  const chains: ChainResult[] = [];
  for (const c of all ?? (await auditChains(ex))) {
    const v = await verifyChain(key, eventsInOrder(ex, c.id), c);
    chains.push({ ...v, firstBroken: v.firstBroken && { ...v.firstBroken, reason: `${c.name}：${v.firstBroken.reason}` }, chain: { id: c.id, institutionId: c.institutionId, name: c.name } });
  }
  const broken = chains.find((c) => !c.ok);
  return {
    ok: !broken,
    checked: chains.reduce((s, c) => s + c.checked, 0),
    unchained: chains.reduce((s, c) => s + c.unchained, 0),
    firstBroken: broken?.firstBroken ?? null,
    chains,
  };
}

/** The legal minimum: 网络安全法 第二十一条 — network logs kept for no less than six months. */
export const MIN_RETENTION_DAYS = 180;

/**
 * Removes events older than the retention period (never fewer than 180 days), recording in each chain where what is
 * left of it begins so it still verifies. Runs as one transaction, every chain's head locked; the database trigger
 * refuses anything younger regardless.
 */
export async function purgeAudit(db: Db, retentionDays: number): Promise<{ removed: number; before: string }> {
  const days = Math.max(MIN_RETENTION_DAYS, retentionDays);
  const before = new Date(Date.now() - days * 24 * 3600 * 1000);
  return db.transaction(async (tx) => {
    await tx.execute(sql`SELECT 1 FROM audit_chain ORDER BY id FOR UPDATE`);
    const lasts = (await tx.execute(sql`
      SELECT DISTINCT ON (chain_id) chain_id, id, mac FROM audit_event WHERE at < ${before.toISOString()}::timestamptz ORDER BY chain_id, id DESC`)).rows as { chain_id: number; id: number; mac: string | null }[];
    if (!lasts.length) return { removed: 0, before: before.toISOString() };
    await tx.execute(sql`SELECT set_config('cadre.audit_purge_before', ${before.toISOString()}, true)`);
    let removed = 0;
    for (const last of lasts) {
      const [chainId, lastId] = [Number(last.chain_id), Number(last.id)];
      removed += (await tx.delete(auditEvent).where(and(eq(auditEvent.chainId, chainId), lt(auditEvent.id, lastId + 1))).returning({ id: auditEvent.id })).length;
      await tx.update(auditChain).set({ purgedThroughId: lastId, purgedMac: last.mac }).where(eq(auditChain.id, chainId));
    }
    return { removed, before: before.toISOString() };
  });
}
