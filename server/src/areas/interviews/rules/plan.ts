import { RANKS } from '../../../core/roster/kinds';
import { proposeLead, type LeadCandidate, type LeadContext, type TargetPost } from './lead';
import { isNewlyAppointed, proposeOrganizer, type OrganizerProposal } from './organizer';
import type { InterviewKind, InterviewRules } from './rules';
import type { RosterPost } from './targets';

export type PlanPost = TargetPost & RosterPost;

const RANK_ORDER: readonly string[] = RANKS;
/** The highest rank among posts. */
export const topRank = (posts: { rank: string }[]) => posts.map((p) => p.rank).sort((a, b) => RANK_ORDER.indexOf(a) - RANK_ORDER.indexOf(b))[0] ?? null;

export interface Proposal {
  candidates: LeadCandidate[];
  preselected: LeadCandidate | null;
  note: string | null;
  organizer: OrganizerProposal | null;
  /** Each target's current main post, as the proposal read it. */
  targets: { personId: number; name: string; rank: string | null; departmentId: number | null; departmentName: string | null; title: string | null; newlyAppointed: boolean }[];
}

/**
 * For a set of targets of one kind: the lead candidates (五（一）, the union over the targets), the preselected lead,
 * and the organizer (四（二）) fixed by the highest-ranked target. `leadPersonId` names the chosen lead, whose rank
 * decides whether the office supports (五（三）). Pure.
 */
export function planInterview(
  targetIds: number[],
  posts: PlanPost[],
  ctx: LeadContext,
  kind: InterviewKind,
  rules: InterviewRules,
  asOf: string,
  leadPersonId?: number,
): Proposal {
  const candidates: LeadCandidate[] = [];
  const notes: string[] = [];
  const targets: Proposal['targets'] = [];
  for (const id of targetIds) {
    const own = posts.filter((p) => p.personId === id);
    const r = proposeLead(id, own, ctx, kind, rules);
    for (const c of r.candidates) if (!candidates.some((x) => x.personId === c.personId && x.rule === c.rule)) candidates.push(c);
    if (r.note) notes.push(r.note);
    const rank = topRank(own);
    const main = own.find((p) => p.rank === rank) ?? null;
    targets.push({
      personId: id, name: main?.name ?? '', rank, departmentId: main?.departmentId ?? null, departmentName: main?.departmentName ?? null, title: main?.title ?? null,
      newlyAppointed: !!main && isNewlyAppointed(main.postSince, asOf, rules.newlyAppointedMonths.value),
    });
  }
  const order = rules.leadPrecedence.value[kind] ?? rules.leadRules.value;
  const rankOf = (c: LeadCandidate) => (c.ifNeeded ? 100 : 0) + order.indexOf(c.rule);
  candidates.sort((a, b) => rankOf(a) - rankOf(b));
  const top = [...targets].sort((a, b) => RANK_ORDER.indexOf(a.rank ?? 'staff') - RANK_ORDER.indexOf(b.rank ?? 'staff'))[0];
  const chosen = leadPersonId ?? candidates[0]?.personId;
  const leadRank = chosen ? topRank(posts.filter((p) => p.personId === chosen)) : null;
  const organizer =
    top && top.rank && top.departmentId !== null
      ? proposeOrganizer({ rank: top.rank, departmentId: top.departmentId, newlyAppointed: targets.filter((t) => t.rank === top.rank).every((t) => t.newlyAppointed) }, kind, leadRank, rules)
      : null;
  return { candidates, preselected: candidates[0] ?? null, note: notes.length ? [...new Set(notes)].join('；') : null, organizer, targets };
}

