import { and, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditEvent } from '../db/schema';
import { appendAnchor, compareWithAnchor, latestAnchor, latestAnchorPerChain, makeAnchor, readAnchors, type Anchor, type AnchorLog, type AnchorProblem } from '../security/audit-anchor';
import { secretKey } from '../security/keys';
import { auditChains, verifyAuditChain, type AuditChainRow, type AuditChainsVerdict } from './audit-verify.service';

export interface AnchorReport {
  ok: boolean;
  /** Anchors in the file whose MAC holds. */
  anchors: number;
  /** The newest anchor of any chain. */
  latest: { at: string; lastId: number | null; count: number } | null;
  problems: AnchorProblem[];
}

/** Chained events of the chain after its purge point up to `upTo`. */
async function chained(ex: Executor, chainId: number, purgedThroughId: number | null, upTo: number): Promise<number> {
  const [{ n }] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(and(eq(auditEvent.chainId, chainId), isNotNull(auditEvent.mac), gt(auditEvent.id, purgedThroughId ?? 0), lte(auditEvent.id, upTo)));
  return Number(n);
}

/** The event's MAC as long as it is still in that chain (an event moved to another chain is not there any more). */
const macOf = async (ex: Executor, chainId: number, id: number) =>
  (await ex.select({ mac: auditEvent.mac }).from(auditEvent).where(and(eq(auditEvent.id, id), eq(auditEvent.chainId, chainId))))[0] ?? null;

const EMPTY = { lastId: null, lastMac: '', purgedThroughId: null };

/** A chain's problems are named with the chain, unless it is chain 1 (whose anchors were the only ones before). */
const named = (c: AuditChainRow | undefined, chainId: number, p: AnchorProblem): AnchorProblem =>
  chainId === 1 ? p : { ...p, message: `${c?.name ?? `编号 ${chainId} 的审计链（链头已不存在）`}：${p.message}` };

interface Inspection {
  report: AnchorReport;
  chains: AuditChainRow[];
  latest: Map<number, Anchor>;
  /** The anchor of the first chain that contradicts it. */
  contradicted: Anchor | null;
}

/** `all`: the chains when the caller read them already; else the head rows only (see auditChains). */
async function inspect(ex: Executor, where: AnchorLog, all?: AuditChainRow[]): Promise<Inspection> {
  const file = readAnchors(secretKey('audit-hmac'), where.file);
  const problems: AnchorProblem[] = file.bad.map((b) => ({ code: 'AUDIT.ANCHOR_FILE', message: `审计锚点文件 ${where.file} 第 ${b.line} 行${b.reason}` }));
  const chains = all ?? (await auditChains(ex, { orphans: false }));
  const byId = new Map(chains.map((c) => [c.id, c]));
  const latest = latestAnchorPerChain(file.anchors);
  let contradicted: Anchor | null = null;
  // Each chain against its own latest anchor: a chain that lost its newest events, or its head, or disappeared whole.
  for (const [chainId, a] of latest) {
    if (a.lastId == null) continue;
    const c = byId.get(chainId);
    const now = c ?? EMPTY;
    const anchored = await macOf(ex, chainId, a.lastId);
    const countNow = anchored ? await chained(ex, chainId, now.purgedThroughId, a.lastId) : 0;
    const found = compareWithAnchor(a, { head: now, anchored, countNow });
    if (found.length) contradicted ??= a;
    problems.push(...found.map((p) => named(c, chainId, p)));
  }
  const newest = latestAnchor(file.anchors);
  return { report: { ok: !problems.length, anchors: file.anchors.length, latest: newest && { at: newest.at, lastId: newest.lastId, count: newest.count }, problems }, chains, latest, contradicted };
}

/** Checks the anchor file's own MACs and every chain as it is now against its latest anchor. */
export async function checkAnchors(ex: Executor, where: AnchorLog): Promise<AnchorReport> {
  return (await inspect(ex, where)).report;
}

/**
 * Appends an anchor of each chain head that moved since its latest anchor — one line per chain — unless a chain
 * contradicts its latest anchor (a head that lost its newest events must not become the new reference) or a head does
 * not match its event. Returns the problems found.
 */
export async function anchorChain(ex: Executor, where: AnchorLog): Promise<{ written: boolean; problems: AnchorProblem[] }> {
  const { report, chains, latest } = await inspect(ex, where);
  if (!report.ok) {
    where.log(`审计链与锚点不符，未写入新锚点 / audit chain contradicts its anchor: ${report.problems.map((p) => p.message).join('；')}`);
    return { written: false, problems: report.problems };
  }
  const due: AuditChainRow[] = [];
  for (const now of chains) {
    if (now.lastId !== null && (await macOf(ex, now.id, now.lastId))?.mac !== now.lastMac) {
      const problems: AnchorProblem[] = [named(now, now.id, { code: 'AUDIT.REWOUND', message: `审计链头（编号 ${now.lastId}）与该事件不符：链头被改动` })];
      where.log(`审计链头与事件不符，未写入新锚点 / audit chain head does not match its event: ${problems[0].message}`);
      return { written: false, problems };
    }
    const last = latest.get(now.id);
    if (last ? last.lastId === now.lastId && last.lastMac === now.lastMac && last.purgedThroughId === now.purgedThroughId : now.lastId === null) continue;
    due.push(now);
  }
  for (const now of due) {
    const count = now.lastId === null ? 0 : await chained(ex, now.id, now.purgedThroughId, now.lastId);
    appendAnchor(where, makeAnchor(secretKey('audit-hmac'), { lastId: now.lastId, lastMac: now.lastMac, purgedThroughId: now.purgedThroughId, count, chain: now.id }));
  }
  return { written: due.length > 0, problems: [] };
}

/** Anchors at once and then every `minutes` (the timer does not keep the process alive); returns the stop. */
export function startAnchoring(ex: Executor, where: AnchorLog, minutes: number): () => void {
  const run = () => anchorChain(ex, where).catch((err: Error) => where.log(`审计链锚点写入失败 / audit anchor failed: ${err.message}`));
  void run();
  if (!(minutes > 0)) return () => undefined;
  const timer = setInterval(() => void run(), minutes * 60_000);
  timer.unref();
  return () => clearInterval(timer);
}

export type AuditVerdict = AuditChainsVerdict & { anchor: AnchorReport };

/** Every chain verified event by event, and against its latest anchor outside the database. */
export async function verifyAudit(ex: Executor, where: AnchorLog): Promise<AuditVerdict> {
  const chains = await auditChains(ex);
  const chain = await verifyAuditChain(ex, chains);
  const { report: anchor, contradicted } = await inspect(ex, where, chains);
  const named = contradicted ?? anchor.latest;
  const firstBroken =
    chain.firstBroken ?? (anchor.ok ? null : { id: named?.lastId ?? 0, at: named?.at ?? '', action: '', reason: anchor.problems.map((p) => p.message).join('；') });
  return { ...chain, ok: chain.ok && anchor.ok, firstBroken, anchor };
}

