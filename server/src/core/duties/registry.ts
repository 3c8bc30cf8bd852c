import type { Executor } from '../db/client';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { Deriver } from './types';

export type FactLoader = (ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy) => Promise<unknown>;

/** A deriver with the loader that fetches its facts; derivers sharing a loader share one load per computation. */
export interface RegisteredDeriver {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each deriver takes its own facts type; the registry holds them side by side
  deriver: Deriver<any>;
  load: FactLoader;
}

const registered: RegisteredDeriver[] = [];
/** What users call each registered kind, for the duty lists (read once per duty shown). */
const labels = new Map<string, string>();

/**
 * Called once by the composition root (server/src/areas/index.ts) with every area's duty kinds; the core knows no area.
 * A kind registered twice is a programming error.
 */
export function registerDerivers(list: readonly RegisteredDeriver[]): void {
  for (const d of list) {
    if (registered.some((r) => r.deriver.kind === d.deriver.kind)) throw new Error(`duty kind registered twice: ${d.deriver.kind}`);
    registered.push(d);
    labels.set(d.deriver.kind, d.deriver.label);
  }
}

/** Every registered duty kind; empty means the areas were never registered, which would silently derive nothing. */
export function derivers(): readonly RegisteredDeriver[] {
  if (!registered.length) throw new Error('no duty kinds registered: import server/src/areas (the composition root) first');
  return registered;
}

/** What users call a duty kind (谈心谈话、兼职审批…), or the kind itself when unknown. */
export const dutyKindLabel = (kind: string): string => labels.get(kind) ?? kind;
