import { sql } from 'drizzle-orm';
import type { Db } from '../../src/core/db/client';

/** An audit event as the chain tests read it. */
export type ChainEvent = { id: number; prev_mac: string; mac: string; chain_id: number };

/** A college's audit events in id order. */
export const eventsOfCollege = async (db: Db, institutionId: number): Promise<ChainEvent[]> =>
  ((await db.execute(sql`SELECT id, prev_mac, mac, chain_id FROM audit_event WHERE institution_id = ${institutionId} ORDER BY id`)).rows as ChainEvent[]).map((r) => ({ ...r, id: Number(r.id) }));

/** Each chain's events in id order: a chain links in its own order. */
export const byChain = (events: ChainEvent[]): Map<number, ChainEvent[]> => {
  const chains = new Map<number, ChainEvent[]>();
  for (const e of events) chains.set(e.chain_id, [...(chains.get(e.chain_id) ?? []), e]);
  return chains;
};

/** The previous MACs each chain's events carry, and what they would be if each linked to the one before it. */
export const links = (chain: ChainEvent[]) => ({ carried: chain.map((e) => e.prev_mac), expected: ['', ...chain.slice(0, -1).map((e) => e.mac)] });
