import { importPeople } from '../../../core/imports/people';
import { and, eq, inArray } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { trainingCourse, trainingRecord } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { citationName } from '../../../core/policy/citation-names';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { dutyYears } from '../../../core/duties/years';
import { incentivesPolicy } from '../policy';
import type { TrainingImportLookup } from '../rules/training-import';

/** A training record written by a go-live import (training_record.source). */
export const IMPORT_SOURCE = 'import';

/** 第9条 as the college's policy states it on the day (the kinds with their labels), or null without training rules. */
export async function trainingImportRules(ex: Executor, { packs }: Pick<AppDeps, 'packs'>, institutionId: number, today: string): Promise<TrainingImportLookup['rules']> {
  const { policy } = await policyFor(ex, packs, institutionId);
  const kinds = policy.maybeParam(incentivesPolicy, 'incentives.training.kinds', today);
  if (!kinds) return null;
  return {
    kinds: kinds.value.map((k) => ({ key: k, label: VALUE_LABELS[k] ?? k })),
    kindsArticle: citationName(packs, kinds.source.citation),
    maxHoursPerDay: policy.value(incentivesPolicy, 'incentives.training.max_hours_per_day', today),
    countedYears: dutyYears(policy, 'incentives', today),
  };
}

/** The roster, the courses and the records already registered, as the 教育培训记录 rows are checked against them. */
export async function trainingImportLookup(ex: Executor, deps: Pick<AppDeps, 'packs'>, institutionId: number, today: string): Promise<TrainingImportLookup> {
  const [people, courses, records, rules] = await together(ex, [
    () => importPeople(ex, institutionId, today),
    () => ex.select({ id: trainingCourse.id, title: trainingCourse.title, organizer: trainingCourse.organizer, kind: trainingCourse.kind, hours: trainingCourse.hours, startDate: trainingCourse.startDate, endDate: trainingCourse.endDate }).from(trainingCourse).where(eq(trainingCourse.institutionId, institutionId)),
    () => ex
      .select({ id: trainingRecord.id, personId: trainingRecord.personId, tenths: trainingRecord.hoursTenths, source: trainingRecord.source, title: trainingCourse.title, startDate: trainingCourse.startDate, endDate: trainingCourse.endDate })
      .from(trainingRecord)
      .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
      .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingCourse.institutionId, institutionId))),
    () => trainingImportRules(ex, deps, institutionId, today),
  ]);
  const courseMap = new Map<string, { id: number; organizer: string; kind: string; hours: number }>();
  for (const c of courses.sort((a, b) => a.id - b.id)) if (!courseMap.has(`${c.title}|${c.startDate}|${c.endDate}`)) courseMap.set(`${c.title}|${c.startDate}|${c.endDate}`, c);
  const recordMap = new Map<string, { id: number; endDate: string; tenths: number; imported: boolean }>();
  for (const r of records.sort((a, b) => a.id - b.id)) {
    const key = `${r.personId}|${r.title}|${r.startDate}`;
    if (!recordMap.has(key)) recordMap.set(key, { id: r.id, endDate: r.endDate, tenths: r.tenths, imported: r.source === IMPORT_SOURCE });
  }
  return { today, people, courses: courseMap, records: recordMap, rules };
}

/** The people a go-live import has given training records. */
export async function importedTrainees(ex: Executor, institutionId: number): Promise<Set<number>> {
  const rows = await ex.selectDistinct({ personId: trainingRecord.personId }).from(trainingRecord).where(and(eq(trainingRecord.institutionId, institutionId), inArray(trainingRecord.source, [IMPORT_SOURCE])));
  return new Set(rows.map((r) => r.personId));
}
