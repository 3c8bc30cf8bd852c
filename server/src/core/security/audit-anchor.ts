import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createHmac, timingSafeEqual } from 'node:crypto';
import path from 'node:path';
import { canonicalJson } from './audit-chain';

/**
 * Anchors of the audit chain outside the database (GB/T 22239-2019 8.1.4.3): the chain shows any change inside it, but
 * a database owner who removes the newest events and rewinds the chain head leaves a shorter chain that still holds.
 * So the head — last event id, its MAC, the number of chained events, the time — is written, MAC'd with the audit key,
 * as one JSON line appended to a file in the key directory (`audit-anchors.log`) and to the system log; a later chain
 * that lacks the anchored event, has fewer events or a head older than the anchor has lost its newest events.
 * Pure apart from the file: the key is passed in.
 */
export interface AnchorHead {
  /** The last chained event (null: no event yet). */
  lastId: number | null;
  lastMac: string;
  /** Chained events after the retention purge point up to lastId. */
  count: number;
  /** Where the retention purge left the chain's start (audit_chain.purged_through_id) when anchored. */
  purgedThroughId: number | null;
  /** The chain (audit_chain.id), one of an institution's; absent for chain 1, as every anchor was before chains per institution. */
  chain?: number;
}

export interface Anchor extends AnchorHead {
  v: 1;
  at: string;
  mac: string;
}

const LABEL = 'cadre audit anchor v1\n';

function anchorMac(key: Buffer, a: Omit<Anchor, 'mac'>): string {
  return createHmac('sm3', key).update(LABEL).update(canonicalJson(a)).digest('hex');
}

export function makeAnchor(key: Buffer, head: AnchorHead, at = new Date()): Anchor {
  const body = { v: 1 as const, at: at.toISOString(), lastId: head.lastId, lastMac: head.lastMac, count: head.count, purgedThroughId: head.purgedThroughId, ...(head.chain && head.chain !== 1 ? { chain: head.chain } : {}) };
  return { ...body, mac: anchorMac(key, body) };
}

/** Where anchors go: a file (append-only) and the system log. */
export interface AnchorLog {
  file: string;
  log: (line: string) => void;
}

export function anchorLog(file: string, log: (line: string) => void = (line) => console.log(line)): AnchorLog {
  return { file, log };
}

export function appendAnchor(where: AnchorLog, anchor: Anchor): void {
  const line = JSON.stringify(anchor);
  mkdirSync(path.dirname(where.file), { recursive: true, mode: 0o700 });
  appendFileSync(where.file, `${line}\n`, { mode: 0o600, flag: 'a' });
  where.log(`审计链锚点 / audit anchor ${line}`);
}

export interface AnchorFile {
  anchors: Anchor[];
  /** Lines whose MAC or form does not hold, by line number (from 1). */
  bad: { line: number; reason: string }[];
}

const isHead = (a: Record<string, unknown>) =>
  a.v === 1 && typeof a.at === 'string' && (a.lastId === null || Number.isSafeInteger(a.lastId)) && typeof a.lastMac === 'string' &&
  Number.isSafeInteger(a.count) && (a.purgedThroughId === null || Number.isSafeInteger(a.purgedThroughId)) && typeof a.mac === 'string' &&
  (a.chain === undefined || Number.isSafeInteger(a.chain));

/** The chain an anchor is of: chain 1 when it names none. */
export const anchorChainId = (a: Pick<Anchor, 'chain'>): number => a.chain ?? 1;

/** Reads and checks every anchor of the file (none when it does not exist yet). */
export function readAnchors(key: Buffer, file: string): AnchorFile {
  if (!existsSync(file)) return { anchors: [], bad: [] };
  const out: AnchorFile = { anchors: [], bad: [] };
  readFileSync(file, 'utf8').split('\n').forEach((text, i) => {
    if (!text.trim()) return;
    let a: Record<string, unknown>;
    try {
      a = JSON.parse(text);
    } catch {
      out.bad.push({ line: i + 1, reason: '不是有效的锚点记录' });
      return;
    }
    if (!a || typeof a !== 'object' || !isHead(a)) {
      out.bad.push({ line: i + 1, reason: '不是有效的锚点记录' });
      return;
    }
    const { mac, ...body } = a as unknown as Anchor;
    const expected = Buffer.from(anchorMac(key, body), 'hex');
    const given = Buffer.from(mac, 'hex');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) out.bad.push({ line: i + 1, reason: '校验值不符（锚点被改动或伪造）' });
    else out.anchors.push(a as unknown as Anchor);
  });
  return out;
}

/** The anchor that demands the most: the highest event id (anchors from processes writing at once may interleave). */
export function latestAnchor(anchors: Anchor[]): Anchor | null {
  let best: Anchor | null = null;
  for (const a of anchors) if (!best || (a.lastId ?? 0) > (best.lastId ?? 0) || ((a.lastId ?? 0) === (best.lastId ?? 0) && a.at > best.at)) best = a;
  return best;
}

/** The latest anchor of each chain, by chain id. */
export function latestAnchorPerChain(anchors: Anchor[]): Map<number, Anchor> {
  const byChain = new Map<number, Anchor[]>();
  for (const a of anchors) byChain.set(anchorChainId(a), [...(byChain.get(anchorChainId(a)) ?? []), a]);
  return new Map([...byChain].map(([chain, list]) => [chain, latestAnchor(list)!]));
}

export interface AnchorProblem {
  code: 'AUDIT.ANCHOR_FILE' | 'AUDIT.TRUNCATED' | 'AUDIT.REWOUND' | 'AUDIT.REPLACED';
  message: string;
}

/**
 * Compares the chain as it is now with the latest anchor. `anchored` is the event the anchor names as it is in the
 * database now (null: not there), `countNow` the chained events up to that id after the purge point.
 */
export function compareWithAnchor(
  a: Anchor,
  now: { head: { lastId: number | null; purgedThroughId: number | null }; anchored: { mac: string | null } | null; countNow: number },
): AnchorProblem[] {
  const problems: AnchorProblem[] = [];
  const when = a.at.replace('T', ' ').slice(0, 19);
  if (a.lastId === null) return problems;
  const purgedSince = (now.head.purgedThroughId ?? 0) >= a.lastId;
  if ((now.head.lastId ?? 0) < a.lastId && !purgedSince)
    problems.push({ code: 'AUDIT.REWOUND', message: `审计链头（编号 ${now.head.lastId ?? '无'}）早于 ${when} 的锚点（编号 ${a.lastId}）：链头被回退，其后的事件被删除` });
  if (!now.anchored && !purgedSince) problems.push({ code: 'AUDIT.TRUNCATED', message: `${when} 锚定的事件（编号 ${a.lastId}）已不存在：最新的审计事件被删除` });
  else if (now.anchored && now.anchored.mac !== a.lastMac) problems.push({ code: 'AUDIT.REPLACED', message: `编号 ${a.lastId} 的事件与 ${when} 锚点记录的校验值不符：事件被替换` });
  if (now.anchored && (now.head.purgedThroughId ?? null) === (a.purgedThroughId ?? null) && now.countNow < a.count)
    problems.push({ code: 'AUDIT.TRUNCATED', message: `${when} 锚定时至编号 ${a.lastId} 共有 ${a.count} 条事件，现只有 ${now.countNow} 条：有事件被删除` });
  return problems;
}
