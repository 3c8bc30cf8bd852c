import { eq } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { dutyWaiver } from '../db/schema';
import type { Pack } from '../policy/pack-schema';
import type { EffectivePolicy } from '../policy/effective-policy';
import { policyFor } from '../services/policy.service';
import { derivers, type FactLoader } from './registry';
import { finalize } from './status';
import { promiseCache } from '../shared/promise-cache';
import { oneAtATime } from '../db/together';
import type { Duty } from './types';

/**
 * Derived duties, cached per (institution, facts version, date). Every command bumps its institution's facts version
 * in its own transaction, so a cached result is never served after a change — on any instance, since the version
 * lives in the database. Entries are few and small; the oldest go first.
 */
const cached = promiseCache<Executor, { duties: Duty[] }>(64);

/**
 * Every duty of an institution on a date: facts + effective policy + waivers. `factsVersion`: the version the request
 * already read (AuthContext), which spares reading it again.
 */
export async function dutiesFor(ex: Executor, packs: ReadonlyMap<string, Pack>, institutionId: number, asOf: string, factsVersion?: number): Promise<{ duties: Duty[] }> {
  const { policy, inst } = await policyFor(ex, packs, institutionId, factsVersion);
  // Requests arriving while the duties are being derived wait for that one derivation (a dashboard opened by many at
  // once after a change).
  return cached(ex, `${institutionId}|${inst.factsVersion}|${asOf}`, () => computeDuties(ex, policy, institutionId, asOf));
}

async function computeDuties(ex: Executor, policy: EffectivePolicy, institutionId: number, asOf: string): Promise<{ duties: Duty[] }> {
  const derived = [];
  // On the pool every loader starts at once: their queries overlap with each other and with the derivations of the
  // facts already in, instead of waiting in turn. In a transaction (the daily reminders) one connection runs them one
  // after another, as `together` does.
  const serial = oneAtATime(ex);
  const loaded = new Map<FactLoader, Promise<unknown>>();
  for (const { load } of derivers()) {
    if (loaded.has(load)) continue;
    const facts = load(ex, institutionId, asOf, policy);
    facts.catch(() => undefined); // a failure is raised where it is awaited below, not as an unhandled rejection meanwhile
    loaded.set(load, facts);
    if (serial) await facts.catch(() => undefined);
  }
  for (const { deriver, load } of derivers()) derived.push(...deriver.derive(await loaded.get(load), policy, asOf));
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

// Kept per derivation; its keys are data scopes, a few per college.
const views = promiseCache<{ duties: Duty[] }, unknown>(256);

/**
 * A view computed from one derivation (a dashboard's counts), kept with it: the derivation's object is replaced
 * whenever the facts or the date change, so the view is computed again exactly then. `key` names what else the view
 * depends on (the caller's data scope); anything it reads must be facts that only commands change.
 */
export function viewOf<T>(derivation: { duties: Duty[] }, key: string, compute: () => Promise<T>): Promise<T> {
  return views(derivation, key, compute) as Promise<T>;
}
