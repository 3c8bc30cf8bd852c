import { and, asc, eq, inArray, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { department, oversight, person, post, tenure } from '../../../core/db/schema';
import { activeOn, contains } from '../../../core/db/sql';
import type { DataScope } from '../../../core/auth/roles';
import type { AuthContext } from '../../../core/auth/context';
import { found } from '../../../core/http/authorize';
import { authorizePerson, PERSON_HIDDEN } from '../access';
import { currentPeriods } from '../../../core/roster/tenure-chains';
import { yearsBetween } from '../../../core/shared/dates';
import type { z } from 'zod';
import type { personListQuery } from '../http/people.schema';
import { departmentOfPost, postOfTenure } from '../../../core/db/joins';
import { AppError } from '../../../core/shared/errors';
import { idNumberIndex } from '../../../core/db/blind-indexes';

export type PersonRow = typeof person.$inferSelect;

/** A period [start, end) still running on or after `from` (end null meaning open). */
export const runningFrom = (end: typeof tenure.endDate, from: string) => or(isNull(end), sql`${end} > ${from}`)!;

const RANK_ORDER = sql`CASE ${post.rank} WHEN 'principal' THEN 0 WHEN 'leader' THEN 1 WHEN 'middle_chief' THEN 2 WHEN 'middle_deputy' THEN 3 WHEN 'section' THEN 4 ELSE 5 END`;

/** Persons holding, on `asOf`, a post that satisfies `postCond`. */
function holdsPost(asOf: string, postCond: SQL | undefined): SQL {
  return sql`EXISTS (SELECT 1 FROM ${tenure} JOIN ${post} ON ${post.id} = ${tenure.postId}
    WHERE ${tenure.personId} = ${person.id} AND ${activeOn(tenure.startDate, tenure.endDate, asOf)} ${postCond ? sql`AND ${postCond}` : sql``})`;
}

export function scopeCondition(scope: DataScope, asOf: string): SQL | undefined {
  if (scope.all) return undefined;
  const parts: SQL[] = [];
  if (scope.personId) parts.push(eq(person.id, scope.personId));
  if (scope.departmentIds.length) parts.push(holdsPost(asOf, inArray(post.departmentId, scope.departmentIds)));
  return parts.length ? or(...parts) : sql`false`;
}

export async function listPersons(ex: Executor, institutionId: number, scope: DataScope, q: z.infer<typeof personListQuery>, asOf: string) {
  const flagCond: Record<string, SQL> = {
    head: eq(post.isHead, true),
    key_post: eq(post.isKeyPost, true),
    high_risk_post: eq(post.isHighRiskPost, true),
    dual_role: eq(post.isDualRole, true),
    cadre: inArray(post.rank, ['principal', 'leader', 'middle_chief', 'middle_deputy']),
  };
  const conds = [
    eq(person.institutionId, institutionId),
    scopeCondition(scope, asOf),
    q.q ? or(contains(person.name, q.q), contains(person.staffNo, q.q)) : undefined,
    q.status ? eq(person.status, q.status) : undefined,
    q.departmentId ? holdsPost(asOf, eq(post.departmentId, q.departmentId)) : undefined,
    q.rank ? holdsPost(asOf, eq(post.rank, q.rank)) : undefined,
    q.flag ? holdsPost(asOf, flagCond[q.flag]) : undefined,
  ].filter((c): c is SQL => !!c);
  const where = and(...conds);
  // Leadership first, then by post seniority (rank, then the post's place in its department), then 工号: the best
  // current post of each person on the page's candidates only (a search matches few), through the tenure index.
  const seniority = sql`COALESCE((SELECT MIN(${RANK_ORDER} * 1000000 + ${post.id}) FROM ${tenure} JOIN ${post} ON ${post.id} = ${tenure.postId}
    WHERE ${tenure.institutionId} = ${institutionId} AND ${tenure.personId} = ${person.id} AND ${activeOn(tenure.startDate, tenure.endDate, asOf)}), 9000000)`;
  const [[{ total }], rows] = await together(ex, [
    () => ex.select({ total: sql<number>`count(*)::int` }).from(person).where(where),
    () => ex.select().from(person).where(where).orderBy(seniority, asc(person.staffNo)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
  ]);
  return { total, rows };
}

export type TenureView = Awaited<ReturnType<typeof tenuresOf>>[number];

/** All tenures of some persons (or of everyone, without `personIds`), with post and department, oldest first. */
export async function tenuresOf(ex: Executor, institutionId: number, personIds?: number[]) {
  if (personIds && !personIds.length) return [];
  return ex
    .select({
      id: tenure.id,
      personId: tenure.personId,
      postId: tenure.postId,
      startDate: tenure.startDate,
      endDate: tenure.endDate,
      appointDocNo: tenure.appointDocNo,
      appointReason: tenure.appointReason,
      endDocNo: tenure.endDocNo,
      endReason: tenure.endReason,
      title: post.title,
      rank: post.rank,
      departmentId: post.departmentId,
      departmentName: department.name,
      isHead: post.isHead,
      isKeyPost: post.isKeyPost,
      isHighRiskPost: post.isHighRiskPost,
      isDualRole: post.isDualRole,
    })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(department, departmentOfPost)
    .where(and(eq(tenure.institutionId, institutionId), personIds ? inArray(tenure.personId, personIds) : undefined))
    .orderBy(asc(tenure.startDate), asc(tenure.id));
}

/** Current posts of each person with years in post and in department. */
export function currentPostsByPerson(tenures: TenureView[], asOf: string, gapDays: number) {
  const by = new Map<number, ReturnType<typeof presentCurrent>[]>();
  for (const p of currentPeriods(tenures, asOf, gapDays)) {
    const list = by.get(p.tenure.personId) ?? [];
    list.push(presentCurrent(p, asOf));
    by.set(p.tenure.personId, list);
  }
  return by;
}

function presentCurrent(p: ReturnType<typeof currentPeriods<TenureView>>[number], asOf: string) {
  const t = p.tenure;
  return {
    tenureId: t.id,
    postId: t.postId,
    title: t.title,
    rank: t.rank,
    departmentId: t.departmentId,
    departmentName: t.departmentName,
    isHead: t.isHead,
    isKeyPost: t.isKeyPost,
    isHighRiskPost: t.isHighRiskPost,
    isDualRole: t.isDualRole,
    startDate: t.startDate,
    postSince: p.postSince,
    departmentSince: p.departmentSince,
    yearsInPost: yearsBetween(p.postSince, asOf),
    yearsInDepartment: yearsBetween(p.departmentSince, asOf),
  };
}

export async function getPerson(ex: Executor, institutionId: number, id: number) {
  const [row] = await ex.select().from(person).where(and(eq(person.institutionId, institutionId), eq(person.id, id)));
  return row;
}

export async function getDepartment(ex: Executor, institutionId: number, id: number) {
  const [row] = await ex.select().from(department).where(and(eq(department.institutionId, institutionId), eq(department.id, id)));
  return row;
}

export async function getPost(ex: Executor, institutionId: number, id: number) {
  const [row] = await ex.select().from(post).where(and(eq(post.institutionId, institutionId), eq(post.id, id)));
  return row;
}

export async function oversightsOf(ex: Executor, institutionId: number, cond: SQL) {
  return ex
    .select({
      id: oversight.id,
      leaderPersonId: oversight.leaderPersonId,
      leaderName: person.name,
      departmentId: oversight.departmentId,
      departmentName: department.name,
      startDate: oversight.startDate,
      endDate: oversight.endDate,
    })
    .from(oversight)
    .innerJoin(person, eq(person.id, oversight.leaderPersonId))
    .innerJoin(department, eq(department.id, oversight.departmentId))
    .where(and(eq(oversight.institutionId, institutionId), cond))
    .orderBy(asc(oversight.startDate));
}

/** The departments of the posts a person holds on a date: what a departmental scope sees them by (access.ts). */
export async function departmentsHeld(ex: Executor, personId: number, asOf: string): Promise<number[]> {
  const rows = await ex.selectDistinct({ id: post.departmentId }).from(tenure).innerJoin(post, postOfTenure).where(and(eq(tenure.personId, personId), activeOn(tenure.startDate, tenure.endDate, asOf)));
  return rows.map((r) => r.id);
}

/** A person of the caller's college whom the caller may `action` (access.ts), or the 404 an unknown id gets. */
export async function personFor(ex: Executor, auth: AuthContext, id: number, asOf: string, action: 'see' | 'readDossier' = 'see') {
  const row = found(await getPerson(ex, auth.institutionId, id), PERSON_HIDDEN);
  authorizePerson(auth, action, { id: row.id, departmentIds: await departmentsHeld(ex, row.id, asOf) });
  return row;
}

/** A person of the caller's college within the caller's scope, or the 404 an unknown id gets. */
export const visiblePerson = (ex: Executor, auth: AuthContext, id: number, asOf: string) => personFor(ex, auth, id, asOf, 'see');

/** Refuses a 工号 or an ID number another person of the college already has (409, naming them). */
export async function refuseDuplicatePerson(ex: Executor, institutionId: number, v: { staffNo?: string; idNumber?: string }, exceptId?: number) {
  const except = exceptId ? ne(person.id, exceptId) : undefined;
  if (v.staffNo) {
    const [dup] = await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), eq(person.staffNo, v.staffNo), except));
    if (dup) throw new AppError('PERSON.DUPLICATE_STAFF_NO', `工号 ${v.staffNo} 已被 ${dup.name} 使用`, 409, { field: 'staffNo' });
  }
  if (v.idNumber) {
    const [dup] = await ex.select({ id: person.id, name: person.name }).from(person).where(and(eq(person.institutionId, institutionId), eq(person.idNumberIndex, idNumberIndex(v.idNumber)), except));
    if (dup) throw new AppError('PERSON.DUPLICATE_ID_NUMBER', `该身份证号已登记在 ${dup.name} 名下`, 409, { field: 'idNumber' });
  }
}
