import { eq } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
import type { Executor } from '../db/client';
import { institution } from '../db/schema';
import { institutionColumns } from '../db/facts-version';
import { EffectivePolicy } from '../policy/effective-policy';
import type { Area, Pack } from '../policy/pack-schema';
import { notFound } from '../shared/errors';

type Institution = typeof institution.$inferSelect;
type PolicyOf = { policy: EffectivePolicy; inst: Institution };

/** The newest row of each institution read outside a transaction, per database (key: institution id). */
const rows = new WeakMap<Executor, Map<number, Institution>>();
/** Effective policies by the packs they are made of: a policy is a function of the pack and the adopted packs alone. */
const policies = new WeakMap<ReadonlyMap<string, Pack>, Map<string, EffectivePolicy>>();

/**
 * Keeps an institution's row as a request read it (the session's statement reads it on every request): policyFor
 * answers from it for that facts version without reading it again. Rows read inside a transaction are not kept (they
 * may yet be rolled back), nor one older than the row kept.
 */
export function rememberInstitution(ex: Executor, row: Institution): void {
  if (ex instanceof PgTransaction) return;
  let byId = rows.get(ex);
  if (!byId) rows.set(ex, (byId = new Map()));
  const kept = byId.get(row.id);
  if (!kept || kept.factsVersion <= row.factsVersion) byId.set(row.id, row);
}

function policyOf(packs: ReadonlyMap<string, Pack>, inst: Institution): EffectivePolicy {
  let byPacks = policies.get(packs);
  if (!byPacks) policies.set(packs, (byPacks = new Map()));
  const key = `${inst.packId}|${JSON.stringify(inst.adoptedPacks)}`;
  let policy = byPacks.get(key);
  if (!policy) byPacks.set(key, (policy = new EffectivePolicy(inst.packId, inst.adoptedPacks as Partial<Record<Area, string>>, packs)));
  return policy;
}

/**
 * The effective policy of an institution: its own pack plus the packs it adopts. With the facts version the request
 * already read (AuthContext.factsVersion), the institution's row is read again only when that version has moved on:
 * every change of an institution, its packs included, is a command that bumps it (http/command.ts, core/db/facts-version.ts).
 */
export async function policyFor(ex: Executor, packs: ReadonlyMap<string, Pack>, institutionId: number, factsVersion?: number): Promise<PolicyOf> {
  const kept = rows.get(ex)?.get(institutionId);
  let inst = factsVersion !== undefined && kept?.factsVersion === factsVersion ? kept : undefined;
  if (!inst) {
    [inst] = await ex.select(institutionColumns).from(institution).where(eq(institution.id, institutionId));
    if (!inst) throw notFound('学院');
    rememberInstitution(ex, inst);
  }
  return { policy: policyOf(packs, inst), inst };
}
