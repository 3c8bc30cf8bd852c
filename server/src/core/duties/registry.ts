import type { Executor, Tx } from '../db/client';
import type { ErrorCode } from '../shared/error-codes';
import type { EffectivePolicy } from '../policy/effective-policy';
import type { Deriver, Duty } from './types';

/** Who a batch reassignment is made by, and when. */
export interface ReassignContext {
  institutionId: number;
  accountId: number;
  today: string;
}

/** One duty's reassignment: what was written (for the batch's audit event), or why not (nothing written). */
export type ReassignOutcome = { ok: true; wrote: Record<string, unknown> } | { ok: false; code: ErrorCode; message: string };

/**
 * How a kind's duty passes to another person (转办), where a rule allows it (a talk quota → 指定谈话人, 第六条): runs in
 * the batch's transaction and either writes the fact that moves the duty or refuses without writing.
 */
export type DutyReassigner = (tx: Tx, ctx: ReassignContext, duty: Duty, to: { personId: number; reason: string }) => Promise<ReassignOutcome>;

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
  /** Where a rule lets the kind's duties pass to another person: how (see DutyReassigner). */
  reassign?: DutyReassigner;
}

const registered: RegisteredDeriver[] = [];
/** What users call each registered kind, for the duty lists (read once per duty shown). */
const labels = new Map<string, string>();
/** The kinds that are procedure steps, and the area of every kind. */
const steps = new Set<string>();
const areas = new Map<string, string>();
const reassigners = new Map<string, DutyReassigner>();

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
    if (d.reassign) reassigners.set(d.deriver.kind, d.reassign);
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

/** How a duty kind passes to another person, or undefined where no rule allows it. */
export const reassignerOf = (kind: string): DutyReassigner | undefined => reassigners.get(kind);
