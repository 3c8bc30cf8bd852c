import type { Executor } from '../db/client';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { Deriver } from './types';

export type FactLoader = (ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy) => Promise<unknown>;

/** A deriver with the loader that fetches its facts; derivers sharing a loader share one load per computation. */
export interface RegisteredDeriver {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each deriver takes its own facts type; the registry holds them side by side
  deriver: Deriver<any>;
  load: FactLoader;
  /**
   * The kind's duties are steps of a procedure: a case (an application, a review, a letter) waits at the step for its
   * owner. They make up 待我办理 (core/inbox), beside the reminders that tell the owner the step waits.
   */
  step?: boolean;
  /** What users call the area deriving the kind (兼职管理…), set by the composition root from the area's manifest. */
  area?: string;
}

const registered: RegisteredDeriver[] = [];
/** What users call each registered kind, for the duty lists (read once per duty shown). */
const labels = new Map<string, string>();
/** The kinds that are procedure steps, and the area of every kind. */
const steps = new Set<string>();
const areas = new Map<string, string>();

/**
 * Called once by the composition root (server/src/areas/index.ts) with every area's duty kinds; the core knows no area.
 * A kind registered twice is a programming error.
 */
export function registerDerivers(list: readonly RegisteredDeriver[]): void {
  for (const d of list) {
    if (registered.some((r) => r.deriver.kind === d.deriver.kind)) throw new Error(`duty kind registered twice: ${d.deriver.kind}`);
    registered.push(d);
    labels.set(d.deriver.kind, d.deriver.label);
    if (d.step) steps.add(d.deriver.kind);
    if (d.area) areas.set(d.deriver.kind, d.area);
  }
}

/** Every registered duty kind; empty means the areas were never registered, which would silently derive nothing. */
export function derivers(): readonly RegisteredDeriver[] {
  if (!registered.length) throw new Error('no duty kinds registered: import server/src/areas (the composition root) first');
  return registered;
}

/** What users call a duty kind (谈心谈话、兼职审批…), or the kind itself when unknown. */
export const dutyKindLabel = (kind: string): string => labels.get(kind) ?? kind;

/** Whether a duty kind is a step of a procedure (see RegisteredDeriver.step). */
export const isStepKind = (kind: string): boolean => steps.has(kind);

/** What users call the area a duty kind belongs to, or '' when unknown. */
export const dutyKindArea = (kind: string): string => areas.get(kind) ?? '';
