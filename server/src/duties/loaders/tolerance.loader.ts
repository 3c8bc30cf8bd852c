import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountabilityCase, correctionMeasure, department, person, petition, toleranceFollowup, toleranceReview } from '../../db/schema';
import type { CalendarData } from '../../calendar/working-days';
import { loadCalendar } from '../../services/calendar.service';

export interface ToleranceFacts {
  reviews: (typeof toleranceReview.$inferSelect)[];
  cases: Map<number, { id: number; stage: string; startedOn: string; subjectName: string; subjectPersonId: number | null; subjectDepartmentId: number | null; matter: string }>;
  calendar: CalendarData;
  exempted: (typeof toleranceReview.$inferSelect)[];
  measures: (typeof correctionMeasure.$inferSelect & { responsibleName: string })[];
  /** Exempted reviews decided within the follow-up horizon, with their check-ins. */
  followups: { reviewId: number; on: string }[];
  petitions: (typeof petition.$inferSelect & { reportedName: string })[];
}

/** Reviews under way, and those finished this year or last (their steps count as done duties). */
export async function loadToleranceFacts(ex: Executor, institutionId: number, asOf: string): Promise<ToleranceFacts> {
  const since = `${Number(asOf.slice(0, 4)) - 1}-01-01`;
  const [reviews, calendar] = await Promise.all([
    ex
      .select()
      .from(toleranceReview)
      .where(and(eq(toleranceReview.institutionId, institutionId), or(inArray(toleranceReview.status, ['submitted', 'investigating', 'reported', 'proposed', 'deferred', 'decided']), gte(toleranceReview.filedOn, since)))),
    loadCalendar(ex),
  ]);
  const ids = [...new Set(reviews.map((r) => r.caseId))];
  const rows = ids.length
    ? await ex
        .select({ c: accountabilityCase, personName: person.name, deptName: department.name })
        .from(accountabilityCase)
        .leftJoin(person, eq(person.id, accountabilityCase.subjectPersonId))
        .leftJoin(department, eq(department.id, accountabilityCase.subjectDepartmentId))
        .where(inArray(accountabilityCase.id, ids))
    : [];
  const cases = new Map(
    rows.map(({ c, personName, deptName }) => [
      c.id,
      { id: c.id, stage: c.stage, startedOn: c.startedOn, subjectName: (c.subjectKind === 'person' ? personName : deptName) ?? '', subjectPersonId: c.subjectPersonId, subjectDepartmentId: c.subjectDepartmentId, matter: c.matter },
    ]),
  );
  const [measures, followups, petitions] = await Promise.all([
    ex
      .select({ m: correctionMeasure, responsibleName: person.name })
      .from(correctionMeasure)
      .innerJoin(person, eq(person.id, correctionMeasure.responsiblePersonId))
      .where(and(eq(correctionMeasure.institutionId, institutionId), or(eq(correctionMeasure.status, 'open'), gte(correctionMeasure.dueDate, since)))),
    ex.select({ reviewId: toleranceFollowup.reviewId, on: toleranceFollowup.on }).from(toleranceFollowup).where(eq(toleranceFollowup.institutionId, institutionId)),
    ex
      .select({ p: petition, reportedName: person.name })
      .from(petition)
      .leftJoin(person, eq(person.id, petition.reportedPersonId))
      .where(and(eq(petition.institutionId, institutionId), inArray(petition.outcome, ['untrue', 'mistaken', 'malicious']), or(eq(petition.status, 'concluded'), gte(petition.concludedOn, since)))),
  ]);
  // Exempted reviews of earlier years still owe their follow-ups: load the cases of every exemption.
  const exempted = await ex
    .select()
    .from(toleranceReview)
    .where(and(eq(toleranceReview.institutionId, institutionId), eq(toleranceReview.outcome, 'exempt')));
  const missing = [...new Set([...exempted.map((r) => r.caseId), ...measures.map((m) => m.m.caseId)])].filter((id) => !cases.has(id));
  if (missing.length) {
    const more = await ex
      .select({ c: accountabilityCase, personName: person.name, deptName: department.name })
      .from(accountabilityCase)
      .leftJoin(person, eq(person.id, accountabilityCase.subjectPersonId))
      .leftJoin(department, eq(department.id, accountabilityCase.subjectDepartmentId))
      .where(inArray(accountabilityCase.id, missing));
    for (const { c, personName, deptName } of more)
      cases.set(c.id, { id: c.id, stage: c.stage, startedOn: c.startedOn, subjectName: (c.subjectKind === 'person' ? personName : deptName) ?? '', subjectPersonId: c.subjectPersonId, subjectDepartmentId: c.subjectDepartmentId, matter: c.matter });
  }
  return {
    reviews, cases, calendar, exempted,
    measures: measures.map(({ m, responsibleName }) => ({ ...m, responsibleName })),
    followups,
    petitions: petitions.map(({ p, reportedName }) => ({ ...p, reportedName: reportedName ?? '' })),
  };
}
