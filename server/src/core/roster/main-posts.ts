import { RANKS } from './kinds';

const RANK_ORDER: readonly string[] = RANKS;
/** Compares ranks, the highest first (the order of RANKS). */
export const byRank = (a: { rank: string }, b: { rank: string }) => RANK_ORDER.indexOf(a.rank) - RANK_ORDER.indexOf(b.rank);

/** What choosing a main post needs of a post. */
export interface RankedPost {
  personId: number;
  rank: string;
  departmentId: number;
  isHead: boolean;
  /** The last tie-break (two posts alike in all the above, in one department): where a caller has it. */
  postId?: number;
}

/**
 * Which of a person's two current posts is the main one (negative: `a`): the higher rank; at equal rank the post that
 * heads its unit (一把手); then the department with the lower internal id; then the lower post id. No post is marked
 * 主职, so this is a system default (系统默认); what matters is that it never depends on the order the posts were read
 * in, so 第六条's talk relations, the talk lists, the appraisal grid and a single grade, the reserve and the interview
 * targets all place a person in the same department.
 */
export const byMain = (a: RankedPost, b: RankedPost) =>
  byRank(a, b) || Number(b.isHead) - Number(a.isHead) || a.departmentId - b.departmentId || (a.postId ?? 0) - (b.postId ?? 0);

/** Each person's main post among current posts (where they are counted for departments and rules): see byMain. */
export function mainPosts<T extends RankedPost>(posts: readonly T[]): Map<number, T> {
  const main = new Map<number, T>();
  for (const p of posts) {
    const cur = main.get(p.personId);
    if (!cur || byMain(p, cur) < 0) main.set(p.personId, p);
  }
  return main;
}
