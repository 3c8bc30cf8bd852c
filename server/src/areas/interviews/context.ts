import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import type { AppDeps } from '../../core/services/deps';
import { loadCalendar } from '../../core/services/calendar.service';
import { policyFor } from '../../core/services/policy.service';
import { AppError } from '../../core/shared/errors';
import { currentPosts, oversightsOn, type CurrentPost } from '../../core/roster/posts';
import { InterviewRuleError } from './rules/guards';
import { interviewRules } from './rules/rules';
import type { LeadContext, NamedPerson } from './rules/lead';
import { incentivesPolicy } from '../incentives';

/** The college's interview rules in force on a date, with the working-day calendar. */
export async function interviewContext(ex: Executor, deps: AppDeps, institutionId: number, asOf: string) {
  const [{ policy }, cal] = await together(ex, [() => policyFor(ex, deps.packs, institutionId), () => loadCalendar(ex)]);
  return { rules: interviewRules(policy, asOf), cal, policy, gapDays: policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf) };
}

/** A broken rule as the API reports it: 400 (or the status given) with its section. */
export const ruleError = (e: unknown, opts: { status?: number; field?: string } = {}) =>
  e instanceof InterviewRuleError ? new AppError(e.code, e.message, opts.status ?? 400, { article: e.article ?? undefined, field: opts.field }) : e;

/** Post titles that name the college's leaders on the roster. */
const SECRETARY_TITLE = '党委书记';
const DISCIPLINE_SECRETARY_TITLE = '纪委书记';

/** Who leads interviews under 五（一）: the secretary, president and discipline secretary, and each department's chiefs and overseers. */
export async function leadContext(ex: Executor, institutionId: number, asOf: string, gapDays: number): Promise<{ ctx: LeadContext; posts: CurrentPost[] }> {
  const [posts, overs] = await together(ex, [() => currentPosts(ex, institutionId, asOf, gapDays), () => oversightsOn(ex, institutionId, asOf)]);
  const named = (p: { personId: number; name: string }): NamedPerson => ({ personId: p.personId, name: p.name });
  const principals = posts.filter((p) => p.rank === 'principal');
  const secretary = principals.find((p) => p.title.startsWith(SECRETARY_TITLE));
  const president = principals.find((p) => p !== secretary);
  const disc = posts.find((p) => p.rank === 'leader' && p.title.startsWith(DISCIPLINE_SECRETARY_TITLE));
  const group = <T extends { departmentId: number }>(xs: T[]) => {
    const m = new Map<number, NamedPerson[]>();
    for (const x of xs) m.set(x.departmentId, [...(m.get(x.departmentId) ?? []), named(x as never)]);
    return m;
  };
  return {
    ctx: {
      secretary: secretary ? named(secretary) : null,
      president: president ? named(president) : null,
      disciplineSecretary: disc ? named(disc) : null,
      chiefs: group(posts.filter((p) => p.rank === 'middle_chief' && p.isHead)),
      overseers: group(overs.map((o) => ({ departmentId: o.departmentId, personId: o.leaderPersonId, name: o.name }))),
    },
    posts,
  };
}


