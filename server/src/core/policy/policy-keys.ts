import { z } from 'zod';
import { RANKS, DEPARTMENT_KINDS } from '../roster/kinds';

/**
 * The typed key table of an area's policy (areas/<area>/policy.ts): each key a pack may state, with the zod schema of
 * its value. The core offers the mechanism — this type, the typed getters on EffectivePolicy (`value`, `param`,
 * `maybeParam`) and the check of every pack against every registered table at start; the areas declare their keys and
 * the composition root (areas/index.ts) registers them.
 */
export type PolicyKeys = Readonly<Record<string, z.ZodType>>;
export type PolicyKey<K extends PolicyKeys> = keyof K & string;
/** The type of a key's value, as its schema states it. */
export type PolicyValue<K extends PolicyKeys, N extends PolicyKey<K>> = z.output<K[N]>;
/** The keys of a table whose values are of type T: for a helper that reads one of several numbers. */
export type PolicyKeyOf<K extends PolicyKeys, T> = { [N in PolicyKey<K>]: PolicyValue<K, N> extends T ? N : never }[PolicyKey<K>];

// ── value schemas the areas share ─────────────────────────────────────────────────────────────────────────────
/** A whole number of days, months, years, hours, posts … (never negative). */
export const count = z.number().int('应为整数').nonnegative('应为不小于 0 的整数');
/** A day of the year as `MM-DD`, e.g. `12-20`. */
export const monthDay = z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, '应为“月-日”，如 12-20');
export const rank = z.enum(RANKS);
/** A list of ranks: checked against the roster's ranks, read as plain strings (facts carry a rank as a string). */
export const ranks = z.array(rank).transform((x): string[] => x);
/** A list of department kinds, checked, read as plain strings. */
export const departmentKinds = z.array(z.enum(DEPARTMENT_KINDS)).transform((x): string[] => x);
export const words = z.array(z.string());

/** Keys every area with yearly duties states: how many past years' duties stay listed. */
export const carryOverKeys = <A extends string>(area: A) =>
  ({ [`${area}.carry_over_years`]: count }) as { [K in `${A}.carry_over_years`]: typeof count };

const escalationLadder = z.object({ department_duty: z.enum(['escalate_to_overseer']), college_duty: z.string().min(1) });
/** Keys every area whose overdue duties escalate states: after how many working days, and to whom. */
export const escalationKeys = <A extends string>(area: A) =>
  ({ [`${area}.escalation_working_days`]: count, [`${area}.escalation_ladder`]: escalationLadder }) as {
    [K in `${A}.escalation_working_days`]: typeof count;
  } & { [K in `${A}.escalation_ladder`]: typeof escalationLadder };

// ── the registry ────────────────────────────────────────────────────────────────────────────────────────────────
const registered = new Map<string, z.ZodType>();

/** Called once by the composition root with every area's key table; a key declared twice is a programming error. */
export function registerPolicyKeys(tables: readonly PolicyKeys[]): void {
  for (const table of tables)
    for (const [key, schema] of Object.entries(table)) {
      if (registered.has(key) && registered.get(key) !== schema) throw new Error(`policy key declared twice: ${key}`);
      registered.set(key, schema);
    }
}

/** Every registered key with its schema; null when the areas were never registered (pure tests of one area). */
export function registeredPolicyKeys(): ReadonlyMap<string, z.ZodType> | null {
  return registered.size ? registered : null;
}

/** As registeredPolicyKeys, for the start: no keys means the areas were never registered, which would check nothing. */
export function requiredPolicyKeys(): ReadonlyMap<string, z.ZodType> {
  if (!registered.size) throw new Error('no policy keys registered: import server/src/areas (the composition root) first');
  return registered;
}
