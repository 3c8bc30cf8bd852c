import { and, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { together } from '../../db/together';
import type { Executor } from '../../db/client';
import { careCase, careVisit, inactionCase, person, trainingCourse, trainingRecord } from '../../db/schema';
import type { EffectivePolicy } from '../../policy/effective-policy';
import { currentPosts, mainPosts } from '../../modules/interviews/context';
import { addMonths } from '../../shared/dates';


export interface IncentiveFacts {
  year: number;
  /** Everyone's main post now: their rank decides the training hours they owe. */
  people: { personId: number; name: string; rank: string; departmentId: number }[];
  training: { personId: number; endDate: string; hours: number }[];
  care: { id: number; personId: number; name: string; situation: string; registeredOn: string; status: string; firstVisit: string | null; departmentId: number | null }[];
  /** Inaction matters waiting on a check (reminded, admonished) or a decision (proposed). */
  inaction: { id: number; personId: number; name: string; status: string; deadline: string | null; proposedOn: string | null; departmentId: number | null }[];
}

/** This year's training records, everyone's rank, and hardships registered (open, or in the last year). */
export async function loadIncentiveFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<IncentiveFacts> {
  const year = Number(asOf.slice(0, 4));
  const gap = policy.number('incentives.rotation.continuity_gap_days', asOf);
  const [posts, training, cases, visits, inaction] = await together(ex, [
    () => currentPosts(ex, institutionId, asOf, gap),
    () => ex
      .select({ personId: trainingRecord.personId, tenths: trainingRecord.hoursTenths, endDate: trainingCourse.endDate })
      .from(trainingRecord)
      .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
      .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingCourse.institutionId, institutionId), gte(trainingCourse.endDate, `${year}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))),
    () => ex
      .select({ c: careCase, name: person.name })
      .from(careCase)
      .innerJoin(person, eq(person.id, careCase.personId))
      .where(and(eq(careCase.institutionId, institutionId), or(eq(careCase.status, 'open'), gte(careCase.registeredOn, addMonths(asOf, -12))))),
    () => ex.select({ caseId: careVisit.caseId, on: careVisit.on }).from(careVisit).where(eq(careVisit.institutionId, institutionId)),
    () => ex
      .select({ id: inactionCase.id, personId: inactionCase.personId, name: person.name, status: inactionCase.status, deadline: inactionCase.deadline, proposedOn: inactionCase.proposedOn })
      .from(inactionCase)
      .innerJoin(person, eq(person.id, inactionCase.personId))
      .where(and(eq(inactionCase.institutionId, institutionId), inArray(inactionCase.status, ['reminded', 'admonished', 'proposed']))),
  ]);
  const main = mainPosts(posts);
  return {
    year,
    people: [...main.values()].map((p) => ({ personId: p.personId, name: p.name, rank: p.rank, departmentId: p.departmentId })),
    training: training.map((t) => ({ personId: t.personId, endDate: t.endDate, hours: t.tenths / 10 })),
    care: cases.map(({ c, name }) => ({
      id: c.id, personId: c.personId, name, situation: c.situation, registeredOn: c.registeredOn, status: c.status,
      firstVisit: visits.filter((v) => v.caseId === c.id).map((v) => v.on).sort()[0] ?? null, departmentId: main.get(c.personId)?.departmentId ?? null,
    })),
    inaction: inaction.map((c) => ({ ...c, departmentId: main.get(c.personId)?.departmentId ?? null })),
  };
}
