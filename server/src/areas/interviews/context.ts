import { and, eq, inArray } from 'drizzle-orm';
import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import { department, oversight, person, post, tenure } from '../../core/db/schema';
import { activeOn } from '../../core/db/sql';
import type { AppDeps } from '../../core/services/deps';
import { loadCalendar } from '../../core/services/calendar.service';
import { policyFor } from '../../core/services/policy.service';
import { AppError } from '../../core/shared/errors';
import { currentPeriods } from '../people/rules/tenure-chains';
import { RANKS } from '../people/http/people.schema';
import { InterviewRuleError } from './rules/guards';
import { interviewRules } from './rules/rules';
import type { LeadContext, NamedPerson, TargetPost } from './rules/lead';
import type { RosterPost } from './rules/targets';
import { departmentOfPost, personOfTenure, postOfTenure } from '../../core/db/joins';

/** The college's interview rules in force on a date, with the working-day calendar. */
export async function interviewContext(ex: Executor, deps: AppDeps, institutionId: number, asOf: string) {
  const [{ policy }, cal] = await together(ex, [() => policyFor(ex, deps.packs, institutionId), () => loadCalendar(ex)]);
  return { rules: interviewRules(policy, asOf), cal, policy, gapDays: policy.number('incentives.rotation.continuity_gap_days', asOf) };
}

/** A broken rule as the API reports it: 400 (or the status given) with its section. */
export const ruleError = (e: unknown, opts: { status?: number; field?: string } = {}) =>
  e instanceof InterviewRuleError ? new AppError(e.code, e.message, opts.status ?? 400, { article: e.article ?? undefined, field: opts.field }) : e;

export interface CurrentPost extends RosterPost, TargetPost {
  departmentKind: string;
  politicalStatus: string;
}

/** Everyone's current posts (active persons), with since when they have held them without a break. */
export async function currentPosts(ex: Executor, institutionId: number, asOf: string, gapDays: number, personIds?: number[]): Promise<CurrentPost[]> {
  return (await postsOn(ex, institutionId, [asOf], gapDays, personIds))[0];
}

/** Everyone's posts on each of several dates (this year's and the end of last year's), from one read of the tenures. */
export async function postsOn(ex: Executor, institutionId: number, dates: string[], gapDays: number, personIds?: number[]): Promise<CurrentPost[][]> {
  if (personIds && !personIds.length) return dates.map(() => []);
  const [rows, ...oversights] = await together(ex, [
    () => ex
      .select({
        personId: tenure.personId, postId: tenure.postId, startDate: tenure.startDate, endDate: tenure.endDate, name: person.name, politicalStatus: person.politicalStatus, status: person.status,
        title: post.title, rank: post.rank, isHead: post.isHead, isKeyPost: post.isKeyPost, isHighRiskPost: post.isHighRiskPost,
        departmentId: post.departmentId, departmentName: department.name, departmentKind: department.kind,
      })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(department, departmentOfPost)
      .innerJoin(person, personOfTenure)
      .where(and(eq(tenure.institutionId, institutionId), eq(person.status, 'active'), personIds ? inArray(tenure.personId, personIds) : undefined)),
    ...dates.map((d) => () => oversightsOn(ex, institutionId, d)),
  ]);
  return dates.map((asOf, i) => {
    const overseers = new Set(oversights[i].map((o) => o.leaderPersonId));
    return currentPeriods(rows, asOf, gapDays).map(({ tenure: t, postSince }) => ({
      personId: t.personId, name: t.name, politicalStatus: t.politicalStatus, title: t.title, rank: t.rank, isHead: t.isHead, isKeyPost: t.isKeyPost, isHighRiskPost: t.isHighRiskPost,
      departmentId: t.departmentId, departmentName: t.departmentName, departmentKind: t.departmentKind, postSince, oversees: overseers.has(t.personId),
    }));
  });
}

export async function oversightsOn(ex: Executor, institutionId: number, asOf: string) {
  return ex
    .select({ leaderPersonId: oversight.leaderPersonId, departmentId: oversight.departmentId, name: person.name })
    .from(oversight)
    .innerJoin(person, eq(person.id, oversight.leaderPersonId))
    .where(and(eq(oversight.institutionId, institutionId), activeOn(oversight.startDate, oversight.endDate, asOf)));
}

const RANK_ORDER: readonly string[] = RANKS;
/** Compares ranks, the highest first (the order of RANKS). */
export const byRank = (a: { rank: string }, b: { rank: string }) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank);

/** Each person's main post among current posts: the highest-ranked (where they are counted for departments and rules). */
export function mainPosts<T extends { personId: number; rank: string }>(posts: readonly T[]): Map<number, T> {
  const main = new Map<number, T>();
  for (const p of posts) {
    const cur = main.get(p.personId);
    if (!cur || byRank(p, cur) < 0) main.set(p.personId, p);
  }
  return main;
}

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


