import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { dutyWaiver } from '../../db/schema';
import type { Pack } from '../../policy/pack-schema';
import { policyFor } from '../../services/policy.service';
import { DERIVERS, type FactLoader } from '../../duties/registry';
import { finalize } from '../../duties/status';
import type { Duty } from '../../duties/types';

/** Computes every duty of an institution on a date: facts + effective policy + waivers. */
export async function dutiesFor(ex: Executor, packs: ReadonlyMap<string, Pack>, institutionId: number, asOf: string): Promise<{ duties: Duty[] }> {
  const { policy } = await policyFor(ex, packs, institutionId);
  const derived = [];
  const loaded = new Map<FactLoader, Promise<unknown>>();
  for (const { deriver, load } of DERIVERS) {
    if (!loaded.has(load)) loaded.set(load, load(ex, institutionId, asOf, policy));
    derived.push(...deriver.derive(await loaded.get(load), policy, asOf));
  }
  const waivers = await ex.select().from(dutyWaiver).where(eq(dutyWaiver.institutionId, institutionId));
  return {
    duties: finalize(
      institutionId,
      derived,
      waivers.map((w) => ({ dutyKey: w.dutyKey, reason: w.reason, waivedBy: w.waivedBy, waivedAt: w.waivedAt.toISOString() })),
      asOf,
    ),
  };
}
