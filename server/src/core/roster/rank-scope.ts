import { VALUE_LABELS } from '../policy/vocabulary';

/**
 * A regulation that applies to some ranks only (a pack's list, e.g. sidelines.scope_ranks 第二条, tolerance.subject_scope
 * 附件3 第二条): whether a person of this rank is covered, and the words every refusal uses — whom the rules cover and
 * what the person is now — so that each area says the same thing with its own verb.
 */
export function rankScope(ranks: readonly string[], rank: string | null): { covered: boolean; whom: string; now: string } {
  const label = (r: string) => VALUE_LABELS[r] ?? r;
  return {
    covered: rank !== null && ranks.includes(rank),
    whom: ranks.map(label).join('、'),
    now: rank ? `现任${label(rank)}` : '当前没有在任职务',
  };
}
