import { and, eq, gte, inArray, or } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { accountabilityCase, department, person, toleranceReview } from '../../db/schema';
import type { CalendarData } from '../../calendar/working-days';
import { loadCalendar } from '../../services/calendar.service';

export interface ToleranceFacts {
  reviews: (typeof toleranceReview.$inferSelect)[];
  cases: Map<number, { id: number; stage: string; startedOn: string; subjectName: string; subjectPersonId: number | null; subjectDepartmentId: number | null; matter: string }>;
  calendar: CalendarData;
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
  return { reviews, cases, calendar };
}
