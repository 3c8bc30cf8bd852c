import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { checkSideline, rankGroup, type Finding, type OutsideOrg, type RankGroup } from './eligibility';
import { isOutsideStep, type StepKind } from './approval-chain';
import { RANKS } from '../../../core/roster/kinds';
import { addMonths } from '../../../core/shared/dates';
import { sidelinesPolicy } from '../policy';

/**
 * 第十五条、第十六条 (scitc-2025 附件2): what a change of the holder's own post means for each post they hold.
 * Pure: held posts, the holder's rank now and the policy in; a verdict per post out.
 */

export interface HeldSideline {
  id: number;
  org: OutsideOrg;
  associationLeadershipPost: boolean;
  legalRepresentative: boolean;
  justification: string | null;
  approvedRank: string;
  hasTerms: boolean;
  termNumber: number;
  startDate: string;
  endDate: string | null;
  firstHeldSince: string;
}

export type PostChangeVerdict =
  | { kind: 'unchanged' }
  /** 第十五条: no longer a leading cadre — no longer managed as a leader's sideline. */
  | { kind: 'not_managed'; article: string | null }
  /** 第十六条: not allowed under the new post's rules — resign within the pack's months. */
  | { kind: 'resign'; findings: Finding[]; article: string | null }
  /** 第十六条: still allowed, but now approved by a higher authority (or needs a justification the new rank requires) — approve again. */
  | { kind: 'reapprove'; reason: string; article: string | null };

/** Findings that forbid the post outright under the new rank (the others are either notices or need a justification). */
const FORBIDDING = new Set(['SIDELINE.HOSTILE_BACKGROUND', 'SIDELINE.UNRELATED', 'SIDELINE.KIND_NOT_ALLOWED', 'SIDELINE.QUOTA_EXCEEDED']);
const NEEDS_JUSTIFICATION = new Set(['SIDELINE.ASSOCIATION_LEADERSHIP', 'SIDELINE.LEGAL_REPRESENTATIVE']);

const outsideSteps = (chains: Record<RankGroup, StepKind[]>, g: RankGroup) => chains[g].filter(isOutsideStep);

/**
 * The verdict for every held post. Posts are re-checked in the order they were taken up, so that under a lower
 * quota the earliest posts are kept and the later ones must go.
 */
export function recheckAfterPostChange(held: HeldSideline[], currentRank: string | null, policy: EffectivePolicy, asOf: string): Map<number, PostChangeVerdict> {
  const out = new Map<number, PostChangeVerdict>();
  const scope = policy.param(sidelinesPolicy, 'sidelines.scope_ranks', asOf);
  const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', asOf);
  const rule16 = policy.param(sidelinesPolicy, 'sidelines.resign_after_post_change_months', asOf).source.citation;
  const leaving = policy.param(sidelinesPolicy, 'sidelines.not_managed_after_leaving_leadership', asOf);
  const now = currentRank && scope.value.includes(currentRank) ? rankGroup(currentRank) : null;
  const kept: HeldSideline[] = [];
  for (const h of [...held].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.id - b.id))) {
    const before = rankGroup(h.approvedRank);
    if (now === null && leaving.value) {
      out.set(h.id, { kind: 'not_managed', article: leaving.source.citation });
      continue;
    }
    if (now === null) {
      out.set(h.id, { kind: 'unchanged' });
      continue;
    }
    if (before === now) {
      out.set(h.id, { kind: 'unchanged' });
      kept.push(h);
      continue;
    }
    const findings = checkSideline(
      currentRank!,
      {
        org: h.org,
        associationLeadershipPost: h.associationLeadershipPost,
        legalRepresentative: h.legalRepresentative,
        willReceivePay: false,
        remunerationOffered: false,
        hasTerms: h.hasTerms,
        termNumber: h.termNumber,
        start: h.startDate,
        end: h.endDate,
        firstHeldSince: h.firstHeldSince,
        justification: h.justification ?? undefined,
      },
      kept.map((k) => ({ org: k.org })),
      policy,
      asOf,
    );
    const forbidding = findings.filter((f) => f.severity === 'block' && FORBIDDING.has(f.code));
    if (forbidding.length) {
      out.set(h.id, { kind: 'resign', findings: forbidding, article: rule16 });
      continue;
    }
    kept.push(h);
    const unjustified = findings.filter((f) => f.severity === 'block' && NEEDS_JUSTIFICATION.has(f.code));
    const newOutside = before ? outsideSteps(chains.value, now).filter((k) => !outsideSteps(chains.value, before).includes(k)) : [];
    if (unjustified.length) out.set(h.id, { kind: 'reapprove', reason: `${unjustified.map((f) => f.message.split('；')[0]).join('；')}，须说明工作需要并按新任职务的干部管理权限重新审批`, article: rule16 });
    else if (newOutside.length) out.set(h.id, { kind: 'reapprove', reason: '职务变动后干部管理权限属上级主管部门，仍符合兼职条件的，须重新履行审批手续', article: rule16 });
    else out.set(h.id, { kind: 'unchanged' });
  }
  return out;
}

export interface HolderTenure {
  rank: string;
  startDate: string;
  endDate: string | null;
}

/** Ranks from the highest; the first four are leading posts, the ones 附件2 can apply to. */
const RANK_ORDER: readonly string[] = RANKS;
const LEADING = RANK_ORDER.slice(0, 4);
const heldOn = (t: HolderTenure, asOf: string) => t.startDate <= asOf && (t.endDate === null || t.endDate > asOf);

/**
 * The holder's main post on a date: of the posts held then, the highest-ranked (the latest begun among equals);
 * null when they hold none. Where a person "is" for department figures, forms and the rules.
 */
export function mainPost<T extends HolderTenure>(tenures: readonly T[], asOf: string, ranks: readonly string[] = RANK_ORDER): T | null {
  let best: T | null = null;
  for (const t of tenures) {
    if (!heldOn(t, asOf) || !ranks.includes(t.rank)) continue;
    const d = best ? ranks.indexOf(t.rank) - ranks.indexOf(best.rank) : -1;
    if (d < 0 || (d === 0 && t.startDate > best!.startDate)) best = t;
  }
  return best;
}

/**
 * The holder's leading rank on a date (or null if they hold no leading post) and when they came to it: for a rank
 * held now, the start of the latest post at that rank; with no leading post, when the last one ended.
 */
export function holderRank(tenures: HolderTenure[], asOf: string): { rank: string | null; since: string | null } {
  const main = mainPost(tenures, asOf, LEADING);
  if (main) return { rank: main.rank, since: main.startDate };
  const ended = tenures.filter((t) => LEADING.includes(t.rank) && t.endDate !== null && t.endDate <= asOf).map((t) => t.endDate!).sort();
  return { rank: null, since: ended.at(-1) ?? null };
}

/**
 * 第十六条: when the action a verdict calls for is due — resign within the pack's months, or approve again within the
 * pack's (default) months — counted from the later of the holder's post change and the post's registration.
 */
export function postChangeDue(kind: 'resign' | 'reapprove', holderSince: string | null, registeredAt: string, policy: EffectivePolicy, asOf: string) {
  const months = policy.param(sidelinesPolicy, kind === 'resign' ? 'sidelines.resign_after_post_change_months' : 'sidelines.reapproval_months', asOf);
  const from = holderSince && holderSince > registeredAt ? holderSince : registeredAt;
  return { from, due: addMonths(from, months.value), months: months.value, isDefault: months.source.isDefault };
}
