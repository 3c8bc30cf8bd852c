import { and, eq, gte, inArray, or } from 'drizzle-orm';
import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import { accountabilityCase, correctionMeasure, department, person, petition, toleranceFollowup, toleranceReview } from '../../core/db/schema';
import type { CalendarData } from '../../core/calendar/working-days';
import { loadCalendar } from '../../core/services/calendar.service';

type Review = typeof toleranceReview.$inferSelect;

export interface ToleranceFacts {
  /** Reviews under way, and those filed this year or last (their steps count as done duties). */
  reviews: Review[];
  /** Every exemption: its follow-up visits may be owed years later. */
  exempted: Review[];
  cases: Map<number, { id: number; stage: string; startedOn: string; subjectName: string; subjectPersonId: number | null; subjectDepartmentId: number | null; matter: string }>;
  calendar: CalendarData;
  measures: (typeof correctionMeasure.$inferSelect & { responsibleName: string })[];
  followups: { reviewId: number; on: string }[];
  /** Reports concluded untrue, mistaken or malicious: they owe a clearance and perhaps a referral. */
  petitions: (typeof petition.$inferSelect & { reportedName: string })[];
}

export async function loadToleranceFacts(ex: Executor, institutionId: number, asOf: string): Promise<ToleranceFacts> {
  const since = `${Number(asOf.slice(0, 4)) - 1}-01-01`;
  const [reviews, exempted, measures, followups, petitions, calendar] = await together(ex, [
    () => ex
      .select()
      .from(toleranceReview)
      .where(and(eq(toleranceReview.institutionId, institutionId), or(inArray(toleranceReview.status, ['submitted', 'investigating', 'reported', 'proposed', 'deferred', 'decided']), gte(toleranceReview.filedOn, since)))),
    () => ex.select().from(toleranceReview).where(and(eq(toleranceReview.institutionId, institutionId), eq(toleranceReview.outcome, 'exempt'))),
    () => ex
      .select({ m: correctionMeasure, responsibleName: person.name })
      .from(correctionMeasure)
      .innerJoin(person, eq(person.id, correctionMeasure.responsiblePersonId))
      .where(and(eq(correctionMeasure.institutionId, institutionId), or(eq(correctionMeasure.status, 'open'), gte(correctionMeasure.dueDate, since)))),
    () => ex.select({ reviewId: toleranceFollowup.reviewId, on: toleranceFollowup.on }).from(toleranceFollowup).where(eq(toleranceFollowup.institutionId, institutionId)),
    () => ex
      .select({ p: petition, reportedName: person.name })
      .from(petition)
      .leftJoin(person, eq(person.id, petition.reportedPersonId))
      .where(and(eq(petition.institutionId, institutionId), inArray(petition.outcome, ['untrue', 'mistaken', 'malicious']), or(eq(petition.status, 'concluded'), gte(petition.concludedOn, since)))),
    () => loadCalendar(ex),
  ]);
  const caseIds = [...new Set([...reviews, ...exempted].map((r) => r.caseId).concat(measures.map((m) => m.m.caseId)))];
  const rows = caseIds.length
    ? await ex
        .select({ c: accountabilityCase, personName: person.name, deptName: department.name })
        .from(accountabilityCase)
        .leftJoin(person, eq(person.id, accountabilityCase.subjectPersonId))
        .leftJoin(department, eq(department.id, accountabilityCase.subjectDepartmentId))
        .where(inArray(accountabilityCase.id, caseIds))
    : [];
  const cases = new Map(
    rows.map(({ c, personName, deptName }) => [
      c.id,
      { id: c.id, stage: c.stage, startedOn: c.startedOn, subjectName: (c.subjectKind === 'person' ? personName : deptName) ?? '', subjectPersonId: c.subjectPersonId, subjectDepartmentId: c.subjectDepartmentId, matter: c.matter },
    ]),
  );
  return {
    reviews, exempted, cases, calendar, followups,
    measures: measures.map(({ m, responsibleName }) => ({ ...m, responsibleName })),
    petitions: petitions.map(({ p, reportedName }) => ({ ...p, reportedName: reportedName ?? '' })),
  };
}
