import { eq } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { institution } from '../db/schema';
import { EffectivePolicy } from '../policy/effective-policy';
import type { Area, Pack } from '../policy/pack-schema';
import { notFound } from '../shared/errors';

type PolicyOf = { policy: EffectivePolicy; inst: typeof institution.$inferSelect };
const cache = new WeakMap<ReadonlyMap<string, Pack>, WeakMap<Executor, Map<number, { factsVersion: number; value: PolicyOf }>>>();

/**
 * The effective policy of an institution: its own pack plus the packs it adopts. With the facts version the request
 * already read (AuthContext.factsVersion), the institution's row is read again only when that version has moved on:
 * every change of an institution, its packs included, is a command that bumps it (http/command.ts).
 */
export async function policyFor(ex: Executor, packs: ReadonlyMap<string, Pack>, institutionId: number, factsVersion?: number): Promise<PolicyOf> {
  let byDb = cache.get(packs);
  if (!byDb) cache.set(packs, (byDb = new WeakMap()));
  let byInst = byDb.get(ex);
  if (!byInst) byDb.set(ex, (byInst = new Map()));
  const hit = byInst.get(institutionId);
  if (factsVersion !== undefined && hit?.factsVersion === factsVersion) return hit.value;
  const [inst] = await ex.select().from(institution).where(eq(institution.id, institutionId));
  if (!inst) throw notFound('学院');
  const value = { policy: new EffectivePolicy(inst.packId, inst.adoptedPacks as Partial<Record<Area, string>>, packs), inst };
  // Not inside a transaction: what it reads may yet be rolled back.
  if (!(ex instanceof PgTransaction)) byInst.set(institutionId, { factsVersion: inst.factsVersion, value });
  return value;
}
