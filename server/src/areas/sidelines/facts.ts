import { and, eq, gte, inArray, ne, or } from 'drizzle-orm';
import { together } from '../../core/db/together';
import type { Executor } from '../../core/db/client';
import { outsideOrg, person, post, sideline, sidelineApplication, sidelinePay, sidelineReport, tenure } from '../../core/db/schema';
import type { OutsideOrg } from './rules/eligibility';
import type { Step } from './rules/approval-chain';
import { mainPost, type HeldSideline, type HolderTenure } from './rules/post-change';
import { postOfTenure } from '../../core/db/joins';
import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { dutyYears } from '../../core/duties/years';

export interface PendingApplication {
  id: number;
  applicantId: number;
  applicantName: string;
  orgName: string;
  postTitle: string;
  steps: Step[];
  currentStep: number;
  stepSince: string;
  continuesSidelineId: number | null;
}

/** A post held, as the watching rules and the 第十六条 re-check see it. */
export interface HeldPost extends HeldSideline {
  personId: number;
  personName: string;
  org: OutsideOrg & { name: string };
  postTitle: string;
  registeredAt: string;
  status: string;
  endKind: string | null;
  endedOn: string | null;
  endReportedAt: string | null;
  endRegisteredAt: string | null;
}

export interface SidelineFacts {
  pending: PendingApplication[];
  held: HeldPost[];
  reports: { sidelineId: number; year: number; submittedAt: string }[];
  pays: { id: number; sidelineId: number; amount: string; receivedDate: string; turnedOverDate: string | null; confirmedAt: string | null }[];
  /** Applications in review continuing a held post (renewal, 第十六条 re-approval); an approved one ends the post it continues. */
  continuing: { sidelineId: number; applicationId: number }[];
  tenures: Map<number, HolderTenure[]>;
  /** Names of the persons who act on a step (overseeing leaders). */
  names: Map<number, string>;
  /** Each holder's or applicant's department now (of their highest post), for department figures. */
  departments: Map<number, number>;
}

export const toOutsideOrg = (o: typeof outsideOrg.$inferSelect): OutsideOrg & { name: string } => ({
  name: o.name,
  kind: o.kind as OutsideOrg['kind'],
  relatedField: o.relatedField,
  collegeInvested: o.collegeInvestment !== 'none',
  coFounded: o.coFounded,
  foreignBackground: o.foreignBackground,
  hostileBackground: o.hostileBackground,
});

/**
 * Applications in review, posts held (and those ended since the oldest year whose annual report is still owed: last
 * year, and the carry-over years before it), their reports, pay and their holders' posts.
 */
export async function loadSidelineFacts(ex: Executor, institutionId: number, asOf: string, policy: EffectivePolicy): Promise<SidelineFacts> {
  const since = `${dutyYears(policy, 'sidelines', asOf)[0] - 1}-01-01`;
  const [apps, heldRows] = await together(ex, [
    () => ex
      .select({ a: sidelineApplication, applicantName: person.name, orgName: outsideOrg.name })
      .from(sidelineApplication)
      .innerJoin(person, eq(person.id, sidelineApplication.applicantPersonId))
      .innerJoin(outsideOrg, eq(outsideOrg.id, sidelineApplication.orgId))
      .where(and(eq(sidelineApplication.institutionId, institutionId), eq(sidelineApplication.status, 'in_review'))),
    () => ex
      .select({ s: sideline, personName: person.name, org: outsideOrg })
      .from(sideline)
      .innerJoin(person, eq(person.id, sideline.personId))
      .innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId))
      .where(and(eq(sideline.institutionId, institutionId), or(ne(sideline.status, 'ended'), gte(sideline.endedOn, since)))),
  ]);
  const held = heldRows.map(({ s, personName, org }) => ({
      id: s.id, personId: s.personId, personName, org: toOutsideOrg(org), postTitle: s.postTitle, associationLeadershipPost: s.associationLeadershipPost,
      legalRepresentative: s.legalRepresentative, justification: s.justification, approvedRank: s.approvedRank, hasTerms: s.hasTerms, termNumber: s.termNumber,
      startDate: s.startDate, endDate: s.endDate, firstHeldSince: s.firstHeldSince, registeredAt: s.registeredAt, status: s.status, endKind: s.endKind,
      endedOn: s.endedOn, endReportedAt: s.endReportedAt, endRegisteredAt: s.endRegisteredAt,
    }));
  const ids = held.map((h) => h.id);
  const personIds = [...new Set([...held.map((h) => h.personId), ...apps.map((r) => r.a.applicantPersonId)])];
  const [reports, pays, tenures] = await together(ex, [
    () => ids.length ? ex.select({ sidelineId: sidelineReport.sidelineId, year: sidelineReport.year, submittedAt: sidelineReport.submittedAt }).from(sidelineReport).where(inArray(sidelineReport.sidelineId, ids)) : [],
    () => ids.length
      ? ex
          .select({ id: sidelinePay.id, sidelineId: sidelinePay.sidelineId, amount: sidelinePay.amount, receivedDate: sidelinePay.receivedDate, turnedOverDate: sidelinePay.turnedOverDate, confirmedAt: sidelinePay.confirmedAt })
          .from(sidelinePay)
          .where(inArray(sidelinePay.sidelineId, ids))
      : [],
    () => personIds.length
      ? ex
          .select({ personId: tenure.personId, rank: post.rank, departmentId: post.departmentId, startDate: tenure.startDate, endDate: tenure.endDate })
          .from(tenure)
          .innerJoin(post, postOfTenure)
          .where(and(eq(tenure.institutionId, institutionId), inArray(tenure.personId, personIds)))
      : [],
  ]);
  const actorIds = [...new Set(apps.flatMap((r) => (r.a.steps as Step[]).flatMap((st) => (st.actor.type === 'persons' ? st.actor.personIds : []))))];
  const actors = actorIds.length ? await ex.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, actorIds)) : [];
  const byPerson = new Map<number, (HolderTenure & { departmentId: number })[]>();
  for (const t of tenures) byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t]);
  return {
    pending: apps.map(({ a, applicantName, orgName }) => ({
        id: a.id, applicantId: a.applicantPersonId, applicantName, orgName, postTitle: a.postTitle, steps: a.steps as Step[], currentStep: a.currentStep,
        stepSince: a.stepSince ?? asOf, continuesSidelineId: a.continuesSidelineId,
      })),
    held,
    reports,
    pays,
    continuing: apps.filter((r) => r.a.continuesSidelineId !== null).map((r) => ({ sidelineId: r.a.continuesSidelineId!, applicationId: r.a.id })),
    tenures: byPerson,
    names: new Map(actors.map((a) => [a.id, a.name])),
    departments: new Map(personIds.flatMap((p) => { const main = mainPost(byPerson.get(p) ?? [], asOf); return main ? [[p, main.departmentId] as const] : []; })),
  };
}
