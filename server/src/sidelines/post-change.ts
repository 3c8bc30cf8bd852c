import type { EffectivePolicy } from '../policy/effective-policy';
import { checkSideline, rankGroup, type Finding, type OutsideOrg, type RankGroup } from './eligibility';
import type { StepKind } from './approval-chain';

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

const outsideSteps = (chains: Record<RankGroup, StepKind[]>, g: RankGroup) => chains[g].filter((k) => k === 'provincial_department_party_group' || k === 'provincial_org_department');

/**
 * The verdict for every held post. Posts are re-checked in the order they were taken up, so that under a lower
 * quota the earliest posts are kept and the later ones must go.
 */
export function recheckAfterPostChange(held: HeldSideline[], currentRank: string | null, policy: EffectivePolicy, asOf: string): Map<number, PostChangeVerdict> {
  const out = new Map<number, PostChangeVerdict>();
  const scope = policy.get<string[]>('sidelines.scope_ranks', asOf);
  const chains = policy.get<Record<RankGroup, StepKind[]>>('sidelines.approval_chain', asOf);
  const rule16 = policy.get('sidelines.resign_after_post_change_months', asOf).source.citation;
  const leaving = policy.get<boolean>('sidelines.not_managed_after_leaving_leadership', asOf);
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

const RANK_ORDER = ['principal', 'leader', 'middle_chief', 'middle_deputy'];

export interface HolderTenure {
  rank: string;
  startDate: string;
  endDate: string | null;
}

/**
 * The holder's rank on a date (the highest of the posts they hold then, or null if none in the order) and when
 * they came to it: for a rank held now, the start of the latest post at that rank; with no ranked post, when the
 * last one ended.
 */
export function holderRank(tenures: HolderTenure[], asOf: string): { rank: string | null; since: string | null } {
  const current = tenures.filter((t) => t.startDate <= asOf && (t.endDate === null || t.endDate > asOf) && RANK_ORDER.includes(t.rank));
  if (current.length) {
    const rank = RANK_ORDER.find((r) => current.some((t) => t.rank === r))!;
    const since = current.filter((t) => t.rank === rank).map((t) => t.startDate).sort().at(-1)!;
    return { rank, since };
  }
  const ended = tenures.filter((t) => RANK_ORDER.includes(t.rank) && t.endDate !== null && t.endDate <= asOf).map((t) => t.endDate!).sort();
  return { rank: null, since: ended.at(-1) ?? null };
}
