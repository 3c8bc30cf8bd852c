import { createHmac, type KeyObject } from 'node:crypto';

/**
 * The audit log as a chain (GB/T 22239-2019 8.1.4.3 审计记录的保护): each event carries the MAC of the one before it and
 * its own HMAC-SM3 over its content and that link, so changing, removing or inserting an event breaks the chain at
 * that point. Pure: the key is passed in.
 */
export interface ChainedEvent {
  id: number;
  at: Date;
  institutionId: number | null;
  actorAccountId: number | null;
  actorName: string | null;
  action: string;
  entityType: string | null;
  entityId: string | null;
  summary: unknown;
  ip: string | null;
  outcome: string;
  prevMac: string | null;
  mac: string | null;
}

/** JSON with keys sorted at every level, as PostgreSQL's jsonb gives keys back in its own order. */
export function canonicalJson(v: unknown): string {
  const norm = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map(norm);
    if (x && typeof x === 'object') return Object.fromEntries(Object.keys(x).sort().map((k) => [k, norm((x as Record<string, unknown>)[k])]));
    return x;
  };
  return JSON.stringify(norm(v === undefined ? null : JSON.parse(JSON.stringify(v ?? null))));
}

export function eventMac(key: Buffer | KeyObject, prevMac: string, e: Omit<ChainedEvent, 'id' | 'prevMac' | 'mac'>): string {
  const content = [prevMac, e.at.toISOString(), e.institutionId, e.actorAccountId, e.actorName, e.action, e.entityType, e.entityId, canonicalJson(e.summary), e.ip, e.outcome];
  return createHmac('sm3', key).update(JSON.stringify(content)).digest('hex');
}

export interface ChainHead {
  lastId: number | null;
  lastMac: string;
  /** The MAC of the last event a retention purge removed: the first remaining event links to it. */
  purgedMac: string | null;
}

export interface ChainVerdict {
  ok: boolean;
  checked: number;
  /** Events from before the chain was introduced, at the start of the log. */
  unchained: number;
  firstBroken: { id: number; at: string; action: string; reason: string } | null;
}

/** Walks the events in id order (a list, or batches read from the database) and names the first that does not hold. */
export async function verifyChain(key: Buffer | KeyObject, events: Iterable<ChainedEvent> | AsyncIterable<ChainedEvent>, head: ChainHead): Promise<ChainVerdict> {
  let expected: string | null = null;
  let checked = 0;
  let unchained = 0;
  let lastId: number | null = null;
  const broken = (e: ChainedEvent, reason: string): ChainVerdict => ({ ok: false, checked, unchained, firstBroken: { id: e.id, at: e.at.toISOString(), action: e.action, reason } });
  for await (const e of events) {
    if (e.mac === null) {
      if (expected !== null) return broken(e, '缺少校验值：链中出现了未经系统写入的事件');
      unchained++;
      continue;
    }
    const link = expected ?? head.purgedMac ?? '';
    if (e.prevMac !== link) return broken(e, expected === null ? '链首不符：最早的事件之前有事件被删除' : '链接断开：前一事件被删除、插入或改动');
    if (eventMac(key, e.prevMac, e) !== e.mac) return broken(e, '校验值不符：该事件的内容被改动');
    expected = e.mac;
    lastId = e.id;
    checked++;
  }
  if ((expected ?? '') !== head.lastMac && !(expected === null && head.lastMac === (head.purgedMac ?? '')))
    return { ok: false, checked, unchained, firstBroken: { id: head.lastId ?? 0, at: '', action: '', reason: `链尾不符：编号 ${lastId ?? '—'} 之后的事件被删除` } };
  return { ok: true, checked, unchained, firstBroken: null };
}
