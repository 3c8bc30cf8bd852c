import { and, asc, count, desc, eq, gte, lte } from 'drizzle-orm';
import type { Executor } from '../../../core/db/client';
import { person, trainingCourse, trainingRecord } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { trainingRules, yearProgress } from '../rules/training';
import { currentPosts, mainPosts } from '../../../core/roster/posts';
import { yearAsOf } from '../../../core/duties/years';
import { incentivesPolicy } from '../policy';

/** 第9条: the kinds of training, the hours each rank owes a year, the most hours a day may count. */
export const trainingRulesOf = async (ex: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number) => {
  const { policy } = await policyFor(ex, packs, institutionId);
  return { rules: trainingRules(policy, todayIso()), gapDays: policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', todayIso()) };
};

/** A course of the college, or the 404 an unknown id gets. */
export const getCourse = async (ex: Executor, institutionId: number, id: number) => {
  const [c] = await ex.select().from(trainingCourse).where(and(eq(trainingCourse.institutionId, institutionId), eq(trainingCourse.id, id)));
  if (!c) throw notFound('培训', 'TRAINING.NOT_FOUND');
  return c;
};

/**
 * 第9条: each cadre's hours in a year against the hours their rank owes, the unmet first — for the page and its export
 * alike. A past year is read as it stood at its end (rank, rules), as the 年度培训学时 duties of that year are.
 */
export const trainingTotals = async (db: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number, year: number, departmentId?: number) => {
  const { policy } = await policyFor(db, packs, institutionId);
  const asOf = yearAsOf(year, todayIso());
  if (!policy.maybeParam(incentivesPolicy, 'incentives.training.annual_hours', asOf)) throw new AppError('TRAINING.YEAR', `${year} 年本院尚无干部教育培训学时的规定`, 400, { field: 'year' });
  const rules = trainingRules(policy, asOf);
  const gapDays = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const [posts, records] = await Promise.all([
    currentPosts(db, institutionId, asOf, gapDays),
    db
      .select({ personId: trainingRecord.personId, tenths: trainingRecord.hoursTenths, endDate: trainingCourse.endDate })
      .from(trainingRecord)
      .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
      .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingCourse.institutionId, institutionId), gte(trainingCourse.endDate, `${year}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))),
  ]);
  const byPerson = new Map<number, { endDate: string; hours: number }[]>();
  for (const r of records) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), { endDate: r.endDate, hours: r.tenths / 10 }]);
  const rows = [...mainPosts(posts).values()]
    .filter((p) => rules.annualHours[p.rank] !== undefined && (!departmentId || p.departmentId === departmentId))
    .map((p) => {
      const prog = yearProgress(rules.annualHours[p.rank], byPerson.get(p.personId) ?? []);
      return { personId: p.personId, name: p.name, departmentName: p.departmentName, title: p.title, rank: p.rank, ...prog };
    })
    .sort((a, b) => (a.metOn ? 1 : 0) - (b.metOn ? 1 : 0) || a.total - b.total);
  return { required: rules.annualHours, isDefault: rules.hoursIsDefault, rows };
};

/** The courses that ended in a year, latest first, with how many attended. */
export async function trainingCourses(ex: Executor, institutionId: number, year: number) {
  const [courses, counts] = await Promise.all([
    ex.select().from(trainingCourse).where(and(eq(trainingCourse.institutionId, institutionId), gte(trainingCourse.endDate, `${year}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))).orderBy(desc(trainingCourse.startDate)),
    ex.select({ courseId: trainingRecord.courseId, n: count() }).from(trainingRecord).where(eq(trainingRecord.institutionId, institutionId)).groupBy(trainingRecord.courseId),
  ]);
  return courses.map((c) => ({ ...c, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, attendees: counts.find((x) => x.courseId === c.id)?.n ?? 0 }));
}

/** Who attended a course, by 工号, with their hours. */
export async function courseAttendees(ex: Executor, courseId: number) {
  const rows = await ex
    .select({ personId: trainingRecord.personId, name: person.name, staffNo: person.staffNo, tenths: trainingRecord.hoursTenths, source: trainingRecord.source })
    .from(trainingRecord)
    .innerJoin(person, eq(person.id, trainingRecord.personId))
    .where(eq(trainingRecord.courseId, courseId))
    .orderBy(asc(person.staffNo));
  return rows.map(({ tenths, ...r }) => ({ ...r, hours: tenths / 10 }));
}

/** A person's training, latest first. */
export async function personTraining(ex: Executor, institutionId: number, personId: number) {
  const rows = await ex
    .select({ c: trainingCourse, tenths: trainingRecord.hoursTenths })
    .from(trainingRecord)
    .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
    .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingRecord.personId, personId)))
    .orderBy(desc(trainingCourse.endDate));
  return rows.map(({ c, tenths }) => ({ title: c.title, organizer: c.organizer, kindLabel: VALUE_LABELS[c.kind] ?? c.kind, startDate: c.startDate, endDate: c.endDate, hours: tenths / 10 }));
}
