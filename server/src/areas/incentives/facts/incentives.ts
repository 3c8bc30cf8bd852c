import { and, asc, eq, gte, inArray, lte, or } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { careCase, careVisit, inactionCase, inactionStep, person, trainingCourse, trainingRecord } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { mainPosts, postsOn } from '../../../core/roster/posts';
import { addMonths } from '../../../core/shared/dates';
import { dutyYears, yearAsOf } from '../../../core/duties/years';
import { incentivesPolicy } from '../policy';


export interface IncentiveFacts {
  year: number;
  /** Everyone's main post now: their rank decides the training hours they owe. */
  people: { personId: number; name: string; rank: string; departmentId: number }[];
  /** The carry-over years before this one (incentives.carry_over_years), each with everyone's main post at its end. */
  pastYears?: { year: number; people: IncentiveFacts['people'] }[];
  /** Training records of this year and the carry-over years. */
  training: { personId: number; endDate: string; hours: number }[];
  care: { id: number; personId: number; name: string; situation: string; registeredOn: string; status: string; firstVisit: string | null; departmentId: number | null }[];
  /**
   * Inaction matters waiting on a check (reminded, admonished), a proposal (uncorrected) or a decision (proposed), and
   * those proposed or decided within the look-back (their proposal duty shown as done); with their steps in recording order.
   */
  inaction: { id: number; personId: number; name: string; status: string; deadline: string | null; proposedOn: string | null; departmentId: number | null; steps: { action: string; on: string }[] }[];
}

/**
 * Training records of this year and the carry-over years, everyone's rank (now, and at the end of each carry-over
 * year), and hardships registered (open, or in the last year).
 */
export async function loadIncentiveFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<IncentiveFacts> {
  const year = Number(asOf.slice(0, 4));
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const doneSince = addMonths(asOf, -policy.value(incentivesPolicy, 'incentives.inaction.done_lookback_months', asOf));
  const years = dutyYears(policy, 'incentives', asOf);
  const past = years.filter((y) => y < year);
  const [[posts, ...pastPosts], training, cases, visits, inaction, steps] = await together(ex, [
    // Posts now and at the end of each carry-over year, from one read of the tenures.
    () => postsOn(ex, institutionId, [asOf, ...past.map((y) => yearAsOf(y, asOf))], gap),
    () => ex
      .select({ personId: trainingRecord.personId, tenths: trainingRecord.hoursTenths, endDate: trainingCourse.endDate })
      .from(trainingRecord)
      .innerJoin(trainingCourse, eq(trainingCourse.id, trainingRecord.courseId))
      .where(and(eq(trainingRecord.institutionId, institutionId), eq(trainingCourse.institutionId, institutionId), gte(trainingCourse.endDate, `${years[0]}-01-01`), lte(trainingCourse.endDate, `${year}-12-31`))),
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
      .where(and(eq(inactionCase.institutionId, institutionId), or(inArray(inactionCase.status, ['reminded', 'admonished', 'uncorrected', 'proposed']), and(eq(inactionCase.status, 'decided'), gte(inactionCase.proposedOn, doneSince))))),
    () => ex
      .select({ caseId: inactionStep.caseId, action: inactionStep.action, on: inactionStep.on })
      .from(inactionStep)
      .innerJoin(inactionCase, eq(inactionCase.id, inactionStep.caseId))
      .where(and(eq(inactionStep.institutionId, institutionId), inArray(inactionStep.action, ['verify', 'admonish', 'propose']), or(inArray(inactionCase.status, ['uncorrected', 'proposed']), and(eq(inactionCase.status, 'decided'), gte(inactionCase.proposedOn, doneSince)))))
      .orderBy(asc(inactionStep.id)),
  ]);
  const main = mainPosts(posts);
  const stepsOf = new Map<number, { action: string; on: string }[]>();
  for (const s of steps) stepsOf.set(s.caseId, [...(stepsOf.get(s.caseId) ?? []), { action: s.action, on: s.on }]);
  const peopleOf = (m: typeof main) => [...m.values()].map((p) => ({ personId: p.personId, name: p.name, rank: p.rank, departmentId: p.departmentId }));
  return {
    year,
    people: peopleOf(main),
    pastYears: pastPosts.map((p, i) => ({ year: past[i], people: peopleOf(mainPosts(p)) })),
    training: training.map((t) => ({ personId: t.personId, endDate: t.endDate, hours: t.tenths / 10 })),
    care: cases.map(({ c, name }) => ({
      id: c.id, personId: c.personId, name, situation: c.situation, registeredOn: c.registeredOn, status: c.status,
      firstVisit: visits.filter((v) => v.caseId === c.id).map((v) => v.on).sort()[0] ?? null, departmentId: main.get(c.personId)?.departmentId ?? null,
    })),
    inaction: inaction.map((c) => ({ ...c, departmentId: main.get(c.personId)?.departmentId ?? null, steps: stepsOf.get(c.id) ?? [] })),
  };
}
