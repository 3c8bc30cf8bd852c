import { and, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { auditChain, auditEvent } from '../db/schema';
import { appendAnchor, compareWithAnchor, latestAnchor, makeAnchor, readAnchors, type Anchor, type AnchorLog, type AnchorProblem } from '../security/audit-anchor';
import type { ChainVerdict } from '../security/audit-chain';
import { secretKey } from '../security/keys';
import { verifyAuditChain } from './audit-verify.service';

export interface AnchorReport {
  ok: boolean;
  /** Anchors in the file whose MAC holds. */
  anchors: number;
  latest: { at: string; lastId: number | null; count: number } | null;
  problems: AnchorProblem[];
}

async function head(ex: Executor) {
  const [h] = await ex.select().from(auditChain).where(eq(auditChain.id, 1));
  return { lastId: h?.lastId ?? null, lastMac: h?.lastMac ?? '', purgedThroughId: h?.purgedThroughId ?? null };
}

/** Chained events after the purge point up to `upTo`. */
async function chained(ex: Executor, purgedThroughId: number | null, upTo: number): Promise<number> {
  const [{ n }] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(and(isNotNull(auditEvent.mac), gt(auditEvent.id, purgedThroughId ?? 0), lte(auditEvent.id, upTo)));
  return Number(n);
}

const macOf = async (ex: Executor, id: number) => (await ex.select({ mac: auditEvent.mac }).from(auditEvent).where(eq(auditEvent.id, id)))[0] ?? null;

async function inspect(ex: Executor, where: AnchorLog): Promise<{ report: AnchorReport; latest: Anchor | null }> {
  const file = readAnchors(secretKey('audit-hmac'), where.file);
  const problems: AnchorProblem[] = file.bad.map((b) => ({ code: 'AUDIT.ANCHOR_FILE', message: `审计锚点文件 ${where.file} 第 ${b.line} 行${b.reason}` }));
  const latest = latestAnchor(file.anchors);
  if (latest?.lastId != null) {
    const now = await head(ex);
    const anchored = await macOf(ex, latest.lastId);
    const countNow = anchored ? await chained(ex, now.purgedThroughId, latest.lastId) : 0;
    problems.push(...compareWithAnchor(latest, { head: now, anchored, countNow }));
  }
  return { report: { ok: !problems.length, anchors: file.anchors.length, latest: latest && { at: latest.at, lastId: latest.lastId, count: latest.count }, problems }, latest };
}

/** Checks the anchor file's own MACs and the chain as it is now against the latest anchor. */
export async function checkAnchors(ex: Executor, where: AnchorLog): Promise<AnchorReport> {
  return (await inspect(ex, where)).report;
}

/**
 * Appends an anchor of the chain head as it is now, unless the chain contradicts the latest anchor (a head that lost
 * its newest events must not become the new reference) or nothing was added since. Returns the problems found.
 */
export async function anchorChain(ex: Executor, where: AnchorLog): Promise<{ written: boolean; problems: AnchorProblem[] }> {
  const { report, latest: last } = await inspect(ex, where);
  if (!report.ok) {
    where.log(`审计链与锚点不符，未写入新锚点 / audit chain contradicts its anchor: ${report.problems.map((p) => p.message).join('；')}`);
    return { written: false, problems: report.problems };
  }
  const now = await head(ex);
  if (now.lastId !== null && (await macOf(ex, now.lastId))?.mac !== now.lastMac) {
    const problems: AnchorProblem[] = [{ code: 'AUDIT.REWOUND', message: `审计链头（编号 ${now.lastId}）与该事件不符：链头被改动` }];
    where.log(`审计链头与事件不符，未写入新锚点 / audit chain head does not match its event: ${problems[0].message}`);
    return { written: false, problems };
  }
  if (last && last.lastId === now.lastId && last.lastMac === now.lastMac && last.purgedThroughId === now.purgedThroughId) return { written: false, problems: [] };
  const count = now.lastId === null ? 0 : await chained(ex, now.purgedThroughId, now.lastId);
  appendAnchor(where, makeAnchor(secretKey('audit-hmac'), { ...now, count }));
  return { written: true, problems: [] };
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

export type AuditVerdict = ChainVerdict & { anchor: AnchorReport };

/** The chain verified event by event, and against its latest anchor outside the database. */
export async function verifyAudit(ex: Executor, where: AnchorLog): Promise<AuditVerdict> {
  const chain = await verifyAuditChain(ex);
  const anchor = await checkAnchors(ex, where);
  const firstBroken =
    chain.firstBroken ??
    (anchor.ok ? null : { id: anchor.latest?.lastId ?? 0, at: anchor.latest?.at ?? '', action: '', reason: anchor.problems.map((p) => p.message).join('；') });
  return { ...chain, ok: chain.ok && anchor.ok, firstBroken, anchor };
}
