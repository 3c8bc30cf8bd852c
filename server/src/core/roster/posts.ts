import { and, eq, inArray } from 'drizzle-orm';
import { together } from '../db/together';
import type { Executor } from '../db/client';
import { department, oversight, person, post, tenure } from '../db/schema';
import { activeOn } from '../db/sql';
import { departmentOfPost, personOfTenure, postOfTenure } from '../db/joins';
import { currentPeriods } from './tenure-chains';

/** A person's current post as the rules see it (interview targets, talk relations, reserve, rotation). */
export interface CurrentPost {
  personId: number;
  postId: number;
  name: string;
  politicalStatus: string;
  departmentId: number;
  departmentName: string;
  departmentKind: string;
  title: string;
  rank: string;
  isHead: boolean;
  isKeyPost: boolean;
  isHighRiskPost: boolean;
  /** Held without a break since (tenure chains joined across short gaps). */
  postSince: string;
  /** Oversees at least one department (履行“一岗双责”). */
  oversees: boolean;
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
      personId: t.personId, postId: t.postId, name: t.name, politicalStatus: t.politicalStatus, title: t.title, rank: t.rank, isHead: t.isHead, isKeyPost: t.isKeyPost, isHighRiskPost: t.isHighRiskPost,
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

// Pure, in a file of their own (rules import them without the reads above).
export { byMain, byRank, mainPosts } from './main-posts';
