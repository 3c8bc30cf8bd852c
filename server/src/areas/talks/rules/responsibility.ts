/**
 * 第六条 (scitc-2025 附件1): who is responsible for talking with whom, derived from the roster. Pure.
 * - the secretary and the president (principal rank) → the other leadership members;
 * - a college leader → the middle cadres of the departments they oversee;
 * - a department's middle cadres → the department's other staff (职工, section level included);
 * - special cases: the organization department names a talker for a subject and year.
 */
import { mainPosts } from '../../../core/roster/main-posts';

export interface RosterTenure {
  personId: number;
  personName: string;
  postId: number;
  postTitle: string;
  rank: string;
  departmentId: number;
  departmentName: string;
  /** The post heads its unit (一把手): at equal rank, the main post (core/roster/main-posts.ts). */
  isHead: boolean;
  /** Since when the person has held this post without a break. */
  postSince: string;
  /** Since when the person has been in this department without a break. */
  departmentSince: string;
}

export interface RosterOversight {
  leaderPersonId: number;
  departmentId: number;
  startDate: string;
}

export interface TalkAssignmentFact {
  talkerPersonId: number;
  subjectPersonId: number;
  reason: string;
}

export type RelationKind = 'principal_leadership' | 'leader_middle' | 'middle_staff';

/** A subject and those who owe them talks, with the date the relationship began. */
export interface Responsibility {
  kind: RelationKind;
  subjectId: number;
  subject: RosterTenure;
  talkerIds: number[];
  /** When the relationship (as it stands now) began: the later of the two sides' start dates. */
  since: string;
  /** Set when the organization department named the talker (第六条 特殊情况). */
  assigned?: TalkAssignmentFact;
}

/** The rank of a principal post: every principal talks with the leadership (第六条). */
export const PRINCIPAL_RANK = 'principal';
/** The middle cadres' ranks: they talk with their department's staff, their overseeing leader with them (第六条). */
export const MIDDLE_RANKS = ['middle_chief', 'middle_deputy'] as const;
const LEADERSHIP = new Set([PRINCIPAL_RANK, 'leader']);
const MIDDLE = new Set<string>(MIDDLE_RANKS);
const later = (a: string, b: string) => (a > b ? a : b);


export function responsibilities(tenures: RosterTenure[], oversights: RosterOversight[], assignments: TalkAssignmentFact[]): Responsibility[] {
  // The one post that decides a person's place in 第六条: their main post, chosen as everywhere.
  const primary = mainPosts(tenures);
  const principals = [...primary.values()].filter((t) => t.rank === PRINCIPAL_RANK);
  const cadresByDept = new Map<number, RosterTenure[]>();
  for (const t of primary.values()) if (MIDDLE.has(t.rank)) cadresByDept.set(t.departmentId, [...(cadresByDept.get(t.departmentId) ?? []), t]);
  const out: Responsibility[] = [];
  const assignedFor = new Map(assignments.map((a) => [a.subjectPersonId, a]));

  for (const subject of primary.values()) {
    const assigned = assignedFor.get(subject.personId);
    if (LEADERSHIP.has(subject.rank)) {
      const talkers = principals.filter((p) => p.personId !== subject.personId);
      out.push({
        kind: 'principal_leadership',
        subjectId: subject.personId,
        subject,
        talkerIds: talkers.map((p) => p.personId),
        since: talkers.reduce((s, p) => later(s, p.postSince), subject.postSince),
        assigned,
      });
    } else if (MIDDLE.has(subject.rank)) {
      const overseers = oversights.filter((o) => o.departmentId === subject.departmentId && o.leaderPersonId !== subject.personId);
      out.push({
        kind: 'leader_middle',
        subjectId: subject.personId,
        subject,
        talkerIds: overseers.map((o) => o.leaderPersonId),
        since: overseers.length ? later(subject.postSince, overseers.map((o) => o.startDate).reduce((a, b) => (a < b ? a : b))) : subject.postSince,
        assigned,
      });
    } else {
      const cadres = cadresByDept.get(subject.departmentId) ?? [];
      out.push({
        kind: 'middle_staff',
        subjectId: subject.personId,
        subject,
        talkerIds: cadres.map((c) => c.personId),
        since: subject.departmentSince,
        assigned,
      });
    }
  }
  for (const r of out) if (r.assigned && !r.talkerIds.includes(r.assigned.talkerPersonId)) r.talkerIds = [...r.talkerIds, r.assigned.talkerPersonId];
  return out;
}

/** A talk between two people in either direction (第八条 speaks of talks 之间 / 与). */
export const between = (t: { talkerIds: number[]; subjectIds: number[] }, a: number, b: number) =>
  (t.talkerIds.includes(a) && t.subjectIds.includes(b)) || (t.talkerIds.includes(b) && t.subjectIds.includes(a));
