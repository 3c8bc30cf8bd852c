import { and, eq, gte, inArray, like, ne, or, sql } from 'drizzle-orm';
import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import { account, department, domainEvent, interview, interviewPlan, interviewStatistics, interviewTarget, person, post, tenure, writtenInquiry } from '../../core/db/schema';
import { activeOn } from '../../core/db/sql';
import type { CalendarData } from '../../core/calendar/working-days';
import { loadCalendar } from '../../core/services/calendar.service';
import { addMonths } from '../../core/shared/dates';
import { personOfTenure, postOfTenure } from '../../core/db/joins';
import type { OfficerPost } from './rules/plan-owner';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { dutyYears } from '../../core/duties/years';

export interface InterviewFacts {
  year: number;
  calendar: CalendarData;
  /** The campaigns of this year and the carry-over years: approved, how many interviews, how many still to hold, the last held. */
  campaigns: { id: number; year: number; title: string; status: string; submittedOn: string | null; approvedOn: string | null; interviews: number; pending: number; lastHeld: string | null; named: number[] }[];
  deptPlans: { departmentId: number; year: number; quarter: number; filedOn: string | null }[];
  /**
   * Every active department with its main leaders (head posts), who owe its statistics, and its officers (chiefs,
   * deputies, Party secretaries), from whom the pack's strategy picks who owes its quarterly plan.
   */
  departments: { id: number; name: string; chiefs: { personId: number; name: string }[]; officers: OfficerPost[] }[];
  interviews: {
    id: number; planId: number | null; kind: string; status: string; topic: string; scheduledOn: string; heldOn: string | null; organizerKind: string; organizerDepartmentId: number | null;
    planKind: string | null; planStatus: string | null; leadPersonId: number; leadName: string;
    targets: { id: number; personId: number; name: string; departmentId: number | null; material: string; materialOn: string | null; waivedReason: string | null }[];
  }[];
  inquiries: { id: number; targetPersonId: number; targetName: string; departmentId: number | null; sentOn: string; replyDue: string; replyDueProvisional: boolean; replyOn: string | null }[];
  statistics: { departmentId: number; year: number; quarter: number; reportedOn: string }[];
  /** Interviews other areas asked for (tolerance.correction_interview). */
  requests: { id: number; personId: number; personName: string; departmentId: number | null; on: string; interviewKind: string; dueDate: string | null; requirement: string }[];
  /** The discipline office's department (where its accounts' holders work), for the figures of the office's own duties. */
  disciplineDepartmentId: number | null;
  /** Interviews held and inquiries sent, by person: what meets a request. */
  met: { personId: number; kind: string; on: string }[];
}

/**
 * The interview work of this year and the carry-over years (interviews.carry_over_years: their campaigns, plans and
 * statistics are still owed after 31 December), open work from before, and the requests of other areas.
 */
export async function loadInterviewFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<InterviewFacts> {
  const year = Number(asOf.slice(0, 4));
  const firstYear = dutyYears(policy, 'interviews', asOf)[0];
  const lookback = [addMonths(asOf, -12), `${firstYear}-01-01`].sort()[0];
  const [plans, ivs, inquiries, statistics, events, chiefs, depts, calendar] = await together(ex, [
    () => ex.select().from(interviewPlan).where(and(eq(interviewPlan.institutionId, institutionId), gte(interviewPlan.year, firstYear))),
    () => ex
      .select({ iv: interview, leadName: person.name, planKind: interviewPlan.kind, planStatus: interviewPlan.status })
      .from(interview)
      .innerJoin(person, eq(person.id, interview.leadPersonId))
      .leftJoin(interviewPlan, eq(interviewPlan.id, interview.planId))
      .where(and(eq(interview.institutionId, institutionId), ne(interview.status, 'cancelled'), or(gte(interview.scheduledOn, lookback), eq(interview.status, 'planned'), eq(interview.status, 'held')))),
    () => ex
      .select({ w: writtenInquiry, name: person.name })
      .from(writtenInquiry)
      .innerJoin(person, eq(person.id, writtenInquiry.targetPersonId))
      .where(and(eq(writtenInquiry.institutionId, institutionId), or(eq(writtenInquiry.status, 'sent'), gte(writtenInquiry.sentOn, lookback)))),
    () => ex.select().from(interviewStatistics).where(and(eq(interviewStatistics.institutionId, institutionId), gte(interviewStatistics.year, firstYear))),
    () => ex
      .select({ e: domainEvent, name: person.name })
      .from(domainEvent)
      .innerJoin(person, eq(person.id, domainEvent.subjectPersonId))
      .where(and(eq(domainEvent.institutionId, institutionId), eq(domainEvent.kind, 'tolerance.correction_interview'), gte(domainEvent.occurredOn, lookback))),
    () => ex
      .select({ departmentId: post.departmentId, personId: tenure.personId, name: person.name, title: post.title, rank: post.rank, isHead: post.isHead })
      .from(tenure)
      .innerJoin(post, postOfTenure)
      .innerJoin(person, personOfTenure)
      .where(
        and(
          eq(tenure.institutionId, institutionId), activeOn(tenure.startDate, tenure.endDate, asOf), eq(person.status, 'active'),
          or(inArray(post.rank, ['principal', 'leader', 'middle_chief', 'middle_deputy']), like(post.title, '%书记%')),
        ),
      ),
    () => ex.select({ id: department.id, name: department.name, code: department.code }).from(department).where(and(eq(department.institutionId, institutionId), eq(department.active, true))),
    () => loadCalendar(ex),
  ]);
  // Where the persons concerned work: the requests' subjects and the discipline office's account holders.
  const workers = await ex
    .selectDistinctOn([tenure.personId], { personId: tenure.personId, departmentId: post.departmentId })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .where(
      and(
        eq(tenure.institutionId, institutionId), activeOn(tenure.startDate, tenure.endDate, asOf),
        or(
          inArray(tenure.personId, [-1, ...events.map((e) => e.e.subjectPersonId!)]),
          inArray(tenure.personId, ex.select({ id: sql<number>`${account.personId}` }).from(account).where(and(eq(account.institutionId, institutionId), sql`'discipline' = ANY(${account.roles})`))),
        ),
      ),
    )
    .orderBy(tenure.personId, post.rank);
  const deptOf = new Map(workers.map((w) => [w.personId, w.departmentId]));
  const disciplineAccounts = await ex.select({ personId: account.personId }).from(account).where(and(eq(account.institutionId, institutionId), sql`'discipline' = ANY(${account.roles})`));
  const ids = ivs.map((r) => r.iv.id);
  const targets = ids.length
    ? await ex
        .select({ t: interviewTarget, name: person.name })
        .from(interviewTarget)
        .innerJoin(person, eq(person.id, interviewTarget.personId))
        .where(inArray(interviewTarget.interviewId, ids))
    : [];
  const byIv = new Map<number, InterviewFacts['interviews'][number]['targets']>();
  for (const { t, name } of targets)
    byIv.set(t.interviewId, [...(byIv.get(t.interviewId) ?? []), { id: t.id, personId: t.personId, name, departmentId: t.departmentId, material: t.material, materialOn: t.materialOn, waivedReason: t.waivedReason }]);
  const interviews = ivs.map(({ iv, leadName, planKind, planStatus }) => ({
    id: iv.id, planId: iv.planId, kind: iv.kind, status: iv.status, topic: iv.topic, scheduledOn: iv.scheduledOn, heldOn: iv.heldOn, organizerKind: iv.organizerKind, organizerDepartmentId: iv.organizerDepartmentId,
    planKind, planStatus, leadPersonId: iv.leadPersonId, leadName, targets: byIv.get(iv.id) ?? [],
  }));
  const officersByDept = new Map<number, OfficerPost[]>();
  // The college's leadership team (where the 党委书记、院长 and vice-presidents hold their posts) is not one of the
  // 部门 that file quarterly plans with the discipline office (四（三） 各部门): it receives them.
  const leadershipTeams = new Set(chiefs.filter((c) => c.rank === 'principal' || c.rank === 'leader').map((c) => c.departmentId));
  for (const c of chiefs)
    if (!leadershipTeams.has(c.departmentId))
      officersByDept.set(c.departmentId, [...(officersByDept.get(c.departmentId) ?? []), { personId: c.personId, name: c.name, title: c.title, rank: c.rank, isHead: c.isHead }]);
  const chiefsOf = (id: number) => (officersByDept.get(id) ?? []).filter((o) => o.rank === 'middle_chief' && o.isHead).map(({ personId, name }) => ({ personId, name }));
  const campaigns = plans
    .filter((p) => p.kind === 'campaign')
    .map((p) => {
      const mine = interviews.filter((i) => i.planId === p.id);
      const held = mine.map((i) => i.heldOn).filter((d): d is string => !!d).sort();
      // Whom the plan names (its leads, interviewees and those it sends a 函询): none of them approves it (回避), as
      // decide-plan refuses them (queries/plans.ts planTargets).
      const asked = inquiries.filter(({ w }) => w.planId === p.id).map(({ w }) => w.targetPersonId);
      const named = [...new Set([...mine.filter((i) => i.status !== 'cancelled').flatMap((i) => [i.leadPersonId, ...i.targets.map((t) => t.personId)]), ...asked])];
      return { id: p.id, year: p.year, title: p.title, status: p.status, submittedOn: p.submittedOn, approvedOn: p.approvedOn, interviews: mine.length, pending: mine.filter((i) => i.status === 'planned').length, lastHeld: held[held.length - 1] ?? null, named };
    });
  return {
    year, calendar, campaigns,
    deptPlans: plans.filter((p) => p.kind === 'department' && p.departmentId && p.quarter).map((p) => ({ departmentId: p.departmentId!, year: p.year, quarter: p.quarter!, filedOn: p.filedOn })),
    departments: depts.filter((d) => !leadershipTeams.has(d.id)).map((d) => ({ id: d.id, name: d.name, chiefs: chiefsOf(d.id), officers: officersByDept.get(d.id) ?? [] })),
    interviews,
    inquiries: inquiries
      .filter(({ w }) => w.sentOn && w.replyDue)
      .map(({ w, name }) => ({ id: w.id, targetPersonId: w.targetPersonId, targetName: name, departmentId: w.departmentId, sentOn: w.sentOn!, replyDue: w.replyDue!, replyDueProvisional: w.replyDueProvisional, replyOn: w.replyOn })),
    statistics: statistics.map((s) => ({ departmentId: s.departmentId, year: s.year, quarter: s.quarter, reportedOn: s.reportedOn })),
    disciplineDepartmentId: disciplineAccounts.map((a) => (a.personId ? deptOf.get(a.personId) : undefined)).find((d) => d !== undefined) ?? null,
    requests: events.map(({ e, name }) => ({
      id: e.id, personId: e.subjectPersonId!, personName: name, departmentId: deptOf.get(e.subjectPersonId!) ?? null, on: e.occurredOn, interviewKind: String(e.payload.interviewKind ?? 'admonition'),
      dueDate: typeof e.payload.dueDate === 'string' ? e.payload.dueDate : null, requirement: String(e.payload.requirement ?? ''),
    })),
    met: [
      ...interviews.filter((i) => i.heldOn).flatMap((i) => i.targets.map((t) => ({ personId: t.personId, kind: i.kind, on: i.heldOn! }))),
      ...inquiries.filter(({ w }) => w.sentOn).map(({ w }) => ({ personId: w.targetPersonId, kind: 'written_inquiry', on: w.sentOn! })),
    ],
  };
}
