import { and, eq, gte, inArray, lte } from 'drizzle-orm';
import { endsInRetirement, tenuresOf } from '../people';
import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import { oversight, person, talk, talkAssignment, talkOccasion, talkParticipant } from '../../core/db/schema';
import { activeOn } from '../../core/db/sql';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { currentPeriods, type ChainableTenure } from '../../core/roster/tenure-chains';
import { addDays, diffDays } from '../../core/shared/dates';
import { responsibilities, type RosterOversight, type TalkAssignmentFact } from './rules/responsibility';
import type { TalkFacts, TalkOccasionFact } from './duties/talk-quota';
import { dutyYears, yearAsOf } from '../../core/duties/years';
import { incentivesPolicy } from '../incentives';
import { talksPolicy } from './policy';

/** A tenure as 第六条 reads it: the post's rank, department and title beside the dates. */
export interface RosterTenureRow extends ChainableTenure {
  title: string;
  rank: string;
  isHead: boolean;
  departmentName: string;
}

/** The people a roster holds: their names, and the tenures of those still in service. */
export function heldTenures<T extends RosterTenureRow>(people: { id: number; name: string; status: string }[], all: T[]) {
  const active = new Set(people.filter((p) => p.status === 'active').map((p) => p.id));
  return { names: new Map(people.map((p) => [p.id, p.name])), held: all.filter((t) => active.has(t.personId)) };
}

/** 第六条 on a date, from the tenures held and that date's oversights and the year's assignments. Pure. */
export function responsibilitiesOn(held: RosterTenureRow[], names: Map<number, string>, asOf: string, gap: number, oversights: RosterOversight[], assignments: TalkAssignmentFact[]) {
  const current = currentPeriods(held, asOf, gap).map((c) => ({
    personId: c.tenure.personId,
    personName: names.get(c.tenure.personId) ?? '',
    postId: c.tenure.postId,
    postTitle: c.tenure.title,
    rank: c.tenure.rank,
    departmentId: c.tenure.departmentId,
    departmentName: c.tenure.departmentName,
    isHead: c.tenure.isHead,
    postSince: c.postSince,
    departmentSince: c.departmentSince,
  }));
  return responsibilities(current, oversights, assignments);
}

/**
 * The roster as 第六条 saw it on each of several dates (today, and the end of each carry-over year): the people and
 * their tenures read once, the oversights and the organization department's assignments of each date beside them.
 * (For the few subjects of a talk being recorded, `queries/talk-form.ts` reads only the people who bear on them.)
 */
export async function loadTalkRosters(ex: Executor, institutionId: number, dates: string[], policy: EffectivePolicy) {
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', dates[0]);
  const years = dates.map((d) => Number(d.slice(0, 4)));
  // Independent reads, issued together.
  const [people, all, assignments, ...oversights] = await together(ex, [
    () => ex.select({ id: person.id, name: person.name, status: person.status }).from(person).where(eq(person.institutionId, institutionId)),
    () => tenuresOf(ex, institutionId),
    () => ex
      .select({ year: talkAssignment.year, talkerPersonId: talkAssignment.talkerPersonId, subjectPersonId: talkAssignment.subjectPersonId, reason: talkAssignment.reason })
      .from(talkAssignment)
      .where(and(eq(talkAssignment.institutionId, institutionId), inArray(talkAssignment.year, years))),
    ...dates.map((asOf) => () => ex
      .select({ leaderPersonId: oversight.leaderPersonId, departmentId: oversight.departmentId, startDate: oversight.startDate })
      .from(oversight)
      .where(and(eq(oversight.institutionId, institutionId), activeOn(oversight.startDate, oversight.endDate, asOf)))),
  ]);
  const { names, held } = heldTenures(people, all);
  return dates.map((asOf, i) => ({ all, names, responsibilities: responsibilitiesOn(held, names, asOf, gap, oversights[i], assignments.filter((a) => a.year === years[i])) }));
}

/**
 * The roster as 第六条 sees it today (and as it stood at the end of each carry-over year), the held talks of those
 * years, and recent post changes and retirements.
 */
export async function loadTalkFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<TalkFacts> {
  const year = Number(asOf.slice(0, 4));
  const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
  const lookback = policy.value(talksPolicy, 'talks.occasion_lookback_days', asOf) + policy.value(talksPolicy, 'talks.occasion_early_days', asOf);
  const years = dutyYears(policy, 'talks', asOf);
  const from = [`${years[0]}-01-01`, addDays(asOf, -lookback)].sort()[0];
  // The roster, the years' talks and the registered occasions are read together.
  const pastYears = years.filter((y) => y < year);
  const [[{ all, names, responsibilities: resp }, ...past], rows, registered] = await together(ex, [
    () => loadTalkRosters(ex, institutionId, [asOf, ...pastYears.map((y) => yearAsOf(y, asOf))], policy),
    () => ex
      .select({ id: talk.id, kind: talk.kind, talkDate: talk.talkDate, personId: talkParticipant.personId, role: talkParticipant.role })
      .from(talk)
      .innerJoin(talkParticipant, eq(talkParticipant.talkId, talk.id))
      .where(and(eq(talk.institutionId, institutionId), eq(talk.status, 'held'), gte(talk.talkDate, from), lte(talk.talkDate, `${year}-12-31`))),
    () => ex
      .select({ id: talkOccasion.id, kind: talkOccasion.kind, subjectPersonId: talkOccasion.subjectPersonId, occasionDate: talkOccasion.occasionDate, note: talkOccasion.note })
      .from(talkOccasion)
      .where(and(eq(talkOccasion.institutionId, institutionId), gte(talkOccasion.occasionDate, addDays(asOf, -lookback)))),
  ]);
  const byTalk = new Map<number, TalkFacts['talks'][number]>();
  for (const r of rows) {
    const t = byTalk.get(r.id) ?? { id: r.id, kind: r.kind, talkDate: r.talkDate, talkerIds: [], subjectIds: [] };
    (r.role === 'talker' ? t.talkerIds : t.subjectIds).push(r.personId);
    byTalk.set(r.id, t);
  }

  // Occasions: cadre posts begun or ended within the look-back window.
  const occasions: TalkOccasionFact[] = [];
  const recent = (d: string | null) => d !== null && d <= asOf && diffDays(d, asOf) <= lookback;
  for (const t of all) {
    if (t.rank === 'staff') continue;
    const base = { personId: t.personId, postTitle: t.title, departmentId: t.departmentId, departmentName: t.departmentName, rank: t.rank };
    if (recent(t.startDate)) {
      const renewal = all.some((o) => o.personId === t.personId && o.postId === t.postId && o.id !== t.id && o.endDate !== null && diffDays(o.endDate, t.startDate) <= gap && o.endDate <= t.startDate);
      if (!renewal) occasions.push({ ...base, kind: 'appointment', date: t.startDate });
    }
    if (recent(t.endDate)) {
      if (endsInRetirement(t.endReason)) occasions.push({ ...base, kind: 'retirement', date: t.endDate! });
      else {
        const moved = all.some((o) => o.personId === t.personId && o.id !== t.id && o.rank !== 'staff' && o.startDate >= addDays(t.endDate!, -gap) && o.startDate <= addDays(t.endDate!, gap));
        if (!moved) occasions.push({ ...base, kind: 'removal', date: t.endDate! });
      }
    }
  }
  return { year, responsibilities: resp, pastYears: past.map((p, i) => ({ year: pastYears[i], responsibilities: p.responsibilities })), talks: [...byTalk.values()], occasions, registered, names };
}
