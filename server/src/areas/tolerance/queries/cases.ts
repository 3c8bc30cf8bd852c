import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import { contains } from '../../../core/db/sql';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../core/db/client';
import { accountabilityCase, department, person, sidelineFile, toleranceReview, toleranceStep } from '../../../core/db/schema';
import type { AuthContext } from '../../../core/auth/context';
import type { CalendarData } from '../../../core/calendar/working-days';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { found } from '../../../core/http/authorize';
import { authorizeTolerance, CASE_HIDDEN, isSubject, mayTolerance, REVIEW_HIDDEN } from '../access';
import type { Determination, Subject } from '../rules/effects';
import { exemptionCovering } from '../rules/effects';
import { ACTION_LABELS, STATUS_LABELS, pendingAfterDecision, type ReviewAction, type ReviewState, type ReviewStatus } from '../rules/procedure';
import type { ToleranceRules } from '../rules/rules';
import { reviewSchedule } from '../rules/schedule';
import { STAGE_LABELS, type CaseStage } from '../rules/window';

export type CaseRow = typeof accountabilityCase.$inferSelect;
export type ReviewRow = typeof toleranceReview.$inferSelect;

const subjectPerson = alias(person, 'subject_person');
const subjectDept = alias(department, 'subject_dept');
const accountableDept = alias(department, 'accountable_dept');

/** Reviews still under way (they hold back carrying out the case). */
export const OPEN_STATUSES: ReviewStatus[] = ['submitted', 'investigating', 'reported', 'proposed', 'deferred'];

export const label = (key: string) => ({ key, label: VALUE_LABELS[key] ?? key });

export async function listCases(ex: Executor, institutionId: number, where?: ReturnType<typeof and>) {
  const rows = await ex
    .select({ c: accountabilityCase, subjectName: subjectPerson.name, subjectDepartmentName: subjectDept.name, accountableDepartmentName: accountableDept.name })
    .from(accountabilityCase)
    .leftJoin(subjectPerson, eq(subjectPerson.id, accountabilityCase.subjectPersonId))
    .leftJoin(subjectDept, eq(subjectDept.id, accountabilityCase.subjectDepartmentId))
    .innerJoin(accountableDept, eq(accountableDept.id, accountabilityCase.accountableDepartmentId))
    .where(and(eq(accountabilityCase.institutionId, institutionId), where))
    .orderBy(asc(accountabilityCase.startedOn), asc(accountabilityCase.id));
  const ids = rows.map((r) => r.c.id);
  const reviews = ids.length
    ? await ex.select({ id: toleranceReview.id, caseId: toleranceReview.caseId, status: toleranceReview.status, outcome: toleranceReview.outcome }).from(toleranceReview).where(inArray(toleranceReview.caseId, ids)).orderBy(asc(toleranceReview.id))
    : [];
  // The latest review of each case is the one that counts.
  const latest = new Map(reviews.map((r) => [r.caseId, r]));
  return rows.map(({ c, subjectName, subjectDepartmentName, accountableDepartmentName }) => {
    const r = latest.get(c.id);
    return {
      id: c.id, subjectKind: c.subjectKind, subjectPersonId: c.subjectPersonId,
      subjectName: c.subjectKind === 'person' ? (subjectName ?? '') : (subjectDepartmentName ?? ''),
      subjectDepartmentId: c.subjectDepartmentId, subjectDepartmentName, accountableDepartmentId: c.accountableDepartmentId, accountableDepartmentName,
      matter: c.matter, startedOn: c.startedOn, stage: c.stage, stageLabel: STAGE_LABELS[c.stage as CaseStage] ?? c.stage,
      investigatingSince: c.investigatingSince, handling: c.handling, carriedOutOn: c.carriedOutOn, closedOn: c.closedOn,
      reviewId: r?.id ?? null, reviewStatus: r?.status ?? null, outcome: r?.outcome ?? null,
    };
  });
}
export type CaseView = Awaited<ReturnType<typeof listCases>>[number];

export async function getCase(ex: Executor, institutionId: number, id: number): Promise<CaseView> {
  const [c] = await listCases(ex, institutionId, and(eq(accountabilityCase.id, id)));
  return found(c, CASE_HIDDEN);
}

/** The cases the caller answers for, as a condition: as the person held to account, or as the chief of the unit. */
export function subjectCondition(auth: AuthContext) {
  const chiefOf = auth.posts.filter((p) => p.rank === 'middle_chief').map((p) => p.departmentId);
  return or(
    auth.personId !== null ? and(eq(accountabilityCase.subjectKind, 'person'), eq(accountabilityCase.subjectPersonId, auth.personId)) : undefined,
    chiefOf.length ? and(eq(accountabilityCase.subjectKind, 'department'), inArray(accountabilityCase.subjectDepartmentId, chiefOf)) : undefined,
    sql`false`,
  );
}

export async function getReview(ex: Executor, institutionId: number, id: number): Promise<ReviewRow> {
  const [r] = await ex.select().from(toleranceReview).where(and(eq(toleranceReview.institutionId, institutionId), eq(toleranceReview.id, id)));
  return found(r, REVIEW_HIDDEN);
}

/** The procedure's state of a review; `dates` are the case's start and the team's formation, which the row does not hold. */
export const stateOf = (r: ReviewRow, dates: { caseStartedOn: string; teamOn: string | null } = { caseStartedOn: r.filedOn, teamOn: null }): ReviewState => ({
  status: r.status as ReviewStatus,
  caseStartedOn: dates.caseStartedOn,
  filedOn: r.filedOn,
  acceptedOn: r.acceptedOn,
  teamOn: dates.teamOn,
  applicantPersonId: r.applicantPersonId,
  teamPersonIds: r.team.map((t) => t.personId),
  hearingOn: r.hearingOn,
  reportOn: r.reportOn,
  privateGainFound: r.privateGainFound,
  proposedOn: r.proposedOn,
  outcome: r.outcome as ReviewState['outcome'],
  decidedOn: r.decidedOn,
  firstDeferredOn: r.firstDeferredOn,
  feedbackOn: r.feedbackOn,
  publishedOn: r.publishedOn,
  recordFiledOn: r.recordFiledOn,
});

export const scheduleOf = (r: ReviewRow, c: { stage: string; startedOn: string }, rules: ToleranceRules, cal: CalendarData) =>
  reviewSchedule({ ...r, origin: r.origin as 'application' | 'ex_officio', status: r.status as ReviewStatus }, { stage: c.stage as CaseStage, startedOn: c.startedOn }, rules, cal);

/** What can be done next from a state (the page offers these). */
export function nextActions(r: ReviewRow, rules: ToleranceRules): ReviewAction[] {
  const s = stateOf(r);
  switch (s.status) {
    case 'submitted':
      return ['accept', 'refuse'];
    case 'investigating':
      return ['team', 'hearing', 'report'];
    case 'reported':
      return ['propose'];
    case 'proposed':
    case 'deferred':
      return ['decide'];
    case 'decided': {
      const pending = pendingAfterDecision(s, rules.procedure);
      return pending.length ? pending : ['close'];
    }
    default:
      return [];
  }
}

export async function presentReview(ex: Executor, auth: AuthContext, r: ReviewRow, c: CaseView, rules: ToleranceRules, cal: CalendarData, today: string) {
  const [applicant] = r.applicantPersonId ? await ex.select({ name: person.name }).from(person).where(eq(person.id, r.applicantPersonId)) : [];
  const steps = await ex.select().from(toleranceStep).where(eq(toleranceStep.reviewId, r.id)).orderBy(asc(toleranceStep.recordedAt), asc(toleranceStep.id));
  const files = await ex
    .select({ id: sidelineFile.id, kind: sidelineFile.kind, fileName: sidelineFile.fileName, mimeType: sidelineFile.mimeType, size: sidelineFile.size, uploadedAt: sidelineFile.uploadedAt })
    .from(sidelineFile)
    .where(and(eq(sidelineFile.ownerType, 'tolerance_review'), eq(sidelineFile.ownerId, r.id)));
  // 回避: a party to the case (applicant, the cadre or the unit's chief held to account) handles none of its steps.
  const mayHandle = auth.permissions.has('tolerance.handle') && mayTolerance(auth, 'handleReview', { review: r, case: c, recusalCitation: null });
  const schedule = scheduleOf(r, c, rules, cal).map((s) => ({
    ...s,
    state: s.doneOn ? (s.doneOn > s.due ? ('late_done' as const) : ('done' as const)) : today > s.due ? ('overdue' as const) : ('open' as const),
  }));
  return {
    id: r.id, case: c, origin: r.origin, strategy: r.strategy, strategyLabel: VALUE_LABELS[r.strategy] ?? r.strategy,
    applicantPersonId: r.applicantPersonId, applicantName: applicant?.name ?? null,
    grounds: r.grounds.map(label), groundsCitation: rules.groundsCitation, facts: r.facts, noPrivateGainPledge: r.noPrivateGainPledge,
    filedOn: r.filedOn, status: r.status,
    // A written application registered by the office: who keyed it in, and when (the filing date is the day of receipt).
    paperRegistration: r.registeredBy !== null ? { receivedOn: r.filedOn, registeredOn: r.registeredOn!, registrarName: steps.find((s) => s.action === 'file')?.actorName ?? '' } : null, statusLabel: STATUS_LABELS[r.status as ReviewStatus] ?? r.status,
    refusalReason: r.refusalReason, refusalArticle: r.refusalArticle, team: r.team, experts: r.experts, hearingOn: r.hearingOn, hearingSummary: r.hearingSummary,
    reportOn: r.reportOn, report: r.report, factors: r.factors, privateGainFound: r.privateGainFound, proposedOutcome: r.proposedOutcome, proposal: r.proposal,
    outcome: r.outcome, decidedOn: r.decidedOn, meetingRef: r.meetingRef, explanation: r.explanation, mitigationNote: r.mitigationNote, impactUntil: r.impactUntil,
    deferUntil: r.deferUntil, protections: r.protections.map(label), protectionCitation: r.protectionCitation, feedbackOn: r.feedbackOn, feedbackMethod: r.feedbackMethod,
    publishedOn: r.publishedOn, publicationScope: r.publicationScope, publicationMethod: r.publicationMethod, recordFiledOn: r.recordFiledOn, closedOn: r.closedOn,
    schedule,
    steps: steps.map((s) => ({ id: s.id, action: s.action, label: STEP_LABELS[s.action] ?? s.action, on: s.on, actorName: s.actorName, summary: s.summary, article: s.article })),
    files: files.map((f) => ({ ...f, uploadedAt: f.uploadedAt.toISOString() })),
    mayHandle,
    mayUpload: isSubject(auth, c) && ['submitted', 'investigating'].includes(r.status),
    nextActions: mayHandle ? nextActions(r, rules) : [],
    hasFilingStep: rules.procedure.filingRoles.length > 0,
    maxDeferralMonths: rules.procedure.maxDeferralMonths,
  };
}

export const STEP_LABELS: Record<string, string> = { ...ACTION_LABELS, file: '提出容错申请', open: '启动问责时一并开展容错调查', upload: '提交证据材料' };

/**
 * A decided review that exempted its case with this protection (an exemption on record, as determinations() reads it),
 * as a condition on tolerance_review: for another area's query that joins the review to its case in SQL.
 */
export const exemptedWith = (protection: string) =>
  and(eq(toleranceReview.outcome, 'exempt'), inArray(toleranceReview.status, ['decided', 'closed']), sql`${toleranceReview.protections} @> ${JSON.stringify([protection])}::jsonb`)!;

/** Determinations on record (exempt, mitigate, deny) for the effects rules. */
export async function determinations(ex: Executor, institutionId: number, subject: Subject): Promise<Determination[]> {
  const conds = [
    subject.personId !== undefined ? eq(accountabilityCase.subjectPersonId, subject.personId) : undefined,
    subject.departmentId !== undefined ? eq(accountabilityCase.subjectDepartmentId, subject.departmentId) : undefined,
  ].filter((x) => x !== undefined);
  if (conds.length === 0) return [];
  const rows = await ex
    .select({ r: toleranceReview, c: accountabilityCase })
    .from(toleranceReview)
    .innerJoin(accountabilityCase, eq(accountabilityCase.id, toleranceReview.caseId))
    .where(and(eq(toleranceReview.institutionId, institutionId), or(...conds), inArray(toleranceReview.outcome, ['exempt', 'mitigate', 'deny']), inArray(toleranceReview.status, ['decided', 'closed'])));
  return rows.map(({ r, c }) => ({
    reviewId: r.id, caseId: c.id, matter: c.matter, subjectPersonId: c.subjectKind === 'person' ? c.subjectPersonId : null, subjectDepartmentId: c.subjectDepartmentId,
    outcome: r.outcome as Determination['outcome'], decidedOn: r.decidedOn!, protections: r.protections, protectionCitation: r.protectionCitation, impactUntil: r.impactUntil,
  }));
}

/**
 * The question other modules ask before an adverse entry (an appraisal grade, a refused promotion, a lost reserve
 * status): is this matter covered by an exemption for that? Returns the exemption, or null.
 */
export async function coveredByExemption(ex: Executor, institutionId: number, subject: Subject, protection: string, caseId: number) {
  return exemptionCovering(await determinations(ex, institutionId, subject), subject, protection, caseId);
}

/** The cases page: by stage, and by words of the matter or the name of the person or unit held to account; latest first. */
export async function searchCases(ex: Executor, institutionId: number, { stage, q }: { stage?: string; q?: string }) {
  const matches = q
    ? or(
        contains(accountabilityCase.matter, q),
        inArray(accountabilityCase.subjectPersonId, ex.select({ id: person.id }).from(person).where(contains(person.name, q))),
        inArray(accountabilityCase.subjectDepartmentId, ex.select({ id: department.id }).from(department).where(contains(department.name, q))),
      )
    : undefined;
  return (await listCases(ex, institutionId, and(stage ? eq(accountabilityCase.stage, stage) : undefined, matches))).reverse();
}

/** A review and its case, for a caller who may see the case (else refused as an unknown review). */
export async function visibleReview(ex: Executor, auth: AuthContext, id: number) {
  const r = await getReview(ex, auth.institutionId, id);
  const c = await getCase(ex, auth.institutionId, r.caseId);
  authorizeTolerance(auth, 'seeReview', c);
  return { r, c };
}
