import { and, asc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { department, oversight, person, post, tenure } from '../../../core/db/schema';
import { activeOn } from '../../../core/db/sql';
import { personOfTenure, postOfTenure } from '../../../core/db/joins';
import { oversightsOf } from './people.repository';

/** The college's departments in order, with the people in post, the middle cadres and the overseeing leaders on a date. */
export async function departmentList(db: Executor, institutionId: number, asOf: string) {
  const depts = await db.select().from(department).where(eq(department.institutionId, institutionId)).orderBy(asc(department.sortOrder), asc(department.id));
  const counts = await db
    .select({
      departmentId: post.departmentId,
      headcount: sql<number>`count(DISTINCT ${tenure.personId})::int`,
      cadres: sql<number>`count(DISTINCT ${tenure.personId}) FILTER (WHERE ${post.rank} IN ('middle_chief','middle_deputy'))::int`,
    })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .where(and(eq(tenure.institutionId, institutionId), activeOn(tenure.startDate, tenure.endDate, asOf)))
    .groupBy(post.departmentId);
  const byDept = new Map(counts.map((c) => [c.departmentId, c]));
  const ovs = await oversightsOf(db, institutionId, activeOn(oversight.startDate, oversight.endDate, asOf));
  return depts.map((d) => ({
    id: d.id, code: d.code, name: d.name, kind: d.kind, sortOrder: d.sortOrder, active: d.active,
    headcount: byDept.get(d.id)?.headcount ?? 0,
    cadreCount: byDept.get(d.id)?.cadres ?? 0,
    leaders: ovs.filter((o) => o.departmentId === d.id).map((o) => ({ personId: o.leaderPersonId, name: o.leaderName })),
  }));
}

/** A department's posts (staff posts only while held) with their holders on a date, and who oversees it. */
export async function departmentDetail(db: Executor, institutionId: number, d: typeof department.$inferSelect, asOf: string) {
  const posts = await db.select().from(post).where(eq(post.departmentId, d.id)).orderBy(asc(post.id));
  const holders = await db
    .select({ postId: tenure.postId, personId: person.id, name: person.name, tenureId: tenure.id, startDate: tenure.startDate })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(person, personOfTenure)
    .where(and(eq(post.departmentId, d.id), activeOn(tenure.startDate, tenure.endDate, asOf)))
    .orderBy(asc(tenure.startDate));
  const ovs = await oversightsOf(db, institutionId, eq(oversight.departmentId, d.id));
  return {
    id: d.id, code: d.code, name: d.name, kind: d.kind, sortOrder: d.sortOrder, active: d.active,
    posts: posts
      .filter((p) => p.rank !== 'staff' || holders.some((h) => h.postId === p.id))
      .map((p) => ({
        id: p.id, title: p.title, rank: p.rank, isHead: p.isHead, isKeyPost: p.isKeyPost, isHighRiskPost: p.isHighRiskPost, isDualRole: p.isDualRole, active: p.active,
        holders: holders.filter((h) => h.postId === p.id).map(({ postId: _p, ...h }) => h),
      })),
    oversights: ovs.map((o) => ({ id: o.id, leaderPersonId: o.leaderPersonId, leaderName: o.leaderName, startDate: o.startDate, endDate: o.endDate })),
  };
}
