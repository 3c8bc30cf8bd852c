import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { institution } from '../db/schema';
import { EffectivePolicy } from '../policy/effective-policy';
import type { Area, Pack } from '../policy/pack-schema';
import { notFound } from '../shared/errors';

/** The effective policy of an institution: its own pack plus the packs it adopts. */
export async function policyFor(ex: Executor, packs: ReadonlyMap<string, Pack>, institutionId: number): Promise<{ policy: EffectivePolicy; inst: typeof institution.$inferSelect }> {
  const [inst] = await ex.select().from(institution).where(eq(institution.id, institutionId));
  if (!inst) throw notFound('学院');
  return { policy: new EffectivePolicy(inst.packId, inst.adoptedPacks as Partial<Record<Area, string>>, packs), inst };
}
