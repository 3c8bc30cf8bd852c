import { and, asc, eq, gt, inArray, isNull, lte, ne, or } from 'drizzle-orm';
import { together } from '../../../core/db/together';
import type { Executor } from '../../../core/db/client';
import { department, outsideOrg, oversight, person, post, sideline, sidelineApplication, sidelineDecision, sidelineFile, tenure } from '../../../core/db/schema';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { checkSideline, type CountedPost, type Finding } from '../rules/eligibility';
import { mayAct, type Step } from '../rules/approval-chain';
import { mainPost } from '../rules/post-change';
import { deriveTerm, termRuleOf, type DerivedTerm, type PastPost } from '../rules/terms';
import { minDate } from '../../../core/shared/dates';
import { toOutsideOrg } from '../facts';
import type { AuthContext } from '../../../core/auth/context';
import { AppError } from '../../../core/shared/errors';
import { found } from '../../../core/http/authorize';
import { APPLICATION_HIDDEN, authorizeSideline, maySideline, type SidelineRecords } from '../access';
import { isErrorCode } from '../../../core/shared/error-codes';
import type { z } from 'zod';
import type { applicationFields, applicationOut } from '../http/sidelines.schema';
import { departmentOfPost, postOfTenure } from '../../../core/db/joins';
import { sidelinesPolicy } from '../policy';

export type Application = typeof sidelineApplication.$inferSelect;
export type Org = typeof outsideOrg.$inferSelect;

/** The applicant as the rules see them on a date: rank, department (of the highest post) and its overseeing leaders. */
export async function applicantContext(ex: Executor, institutionId: number, personId: number, asOf: string) {
  const rows = await ex
    .select({ rank: post.rank, departmentId: post.departmentId, departmentName: department.name, title: post.title, startDate: tenure.startDate, endDate: tenure.endDate })
    .from(tenure)
    .innerJoin(post, postOfTenure)
    .innerJoin(department, departmentOfPost)
    .where(and(eq(tenure.institutionId, institutionId), eq(tenure.personId, personId)));
  const main = mainPost(rows, asOf);
  const leaders = main
    ? await ex
        .select({ id: oversight.leaderPersonId })
        .from(oversight)
        .where(and(eq(oversight.institutionId, institutionId), eq(oversight.departmentId, main.departmentId), lte(oversight.startDate, asOf), or(isNull(oversight.endDate), gt(oversight.endDate, asOf))))
    : [];
  return { rank: main?.rank ?? null, departmentId: main?.departmentId ?? null, departmentName: main?.departmentName ?? null, postTitle: main?.title ?? null, overseeingLeaderIds: [...new Set(leaders.map((l) => l.id))] };
}

/** 第七条 counts approved active posts and pending applications (this one and the post it continues excepted). */
export async function countedPosts(ex: Executor, institutionId: number, personId: number, except: { applicationId?: number; sidelineId?: number | null }): Promise<CountedPost[]> {
  const [held, pending] = await together(ex, [
    () => ex
      .select({ id: sideline.id, org: outsideOrg })
      .from(sideline)
      .innerJoin(outsideOrg, eq(outsideOrg.id, sideline.orgId))
      .where(and(eq(sideline.institutionId, institutionId), eq(sideline.personId, personId), ne(sideline.status, 'ended'))),
    () => ex
      .select({ id: sidelineApplication.id, continues: sidelineApplication.continuesSidelineId, org: outsideOrg })
      .from(sidelineApplication)
      .innerJoin(outsideOrg, eq(outsideOrg.id, sidelineApplication.orgId))
      .where(and(eq(sidelineApplication.institutionId, institutionId), eq(sidelineApplication.applicantPersonId, personId), eq(sidelineApplication.status, 'in_review'))),
  ]);
  const continued = new Set(pending.map((p) => p.continues).filter((x): x is number => x !== null));
  return [
    ...held.filter((h) => h.id !== except.sidelineId && !continued.has(h.id)).map((h) => ({ org: toOutsideOrg(h.org) })),
    ...pending.filter((p) => p.id !== except.applicationId).map((p) => ({ org: toOutsideOrg(p.org) })),
  ];
}

type Fields = z.infer<typeof applicationFields>;

/** Every post the person has held (registered), whatever its status: the record 第十四条 counts terms from. */
export async function pastPosts(ex: Executor, institutionId: number, personId: number): Promise<PastPost[]> {
  return ex
    .select({ id: sideline.id, orgId: sideline.orgId, postTitle: sideline.postTitle, hasTerms: sideline.hasTerms, termNumber: sideline.termNumber, startDate: sideline.startDate, endDate: sideline.endDate, endedOn: sideline.endedOn, firstHeldSince: sideline.firstHeldSince })
    .from(sideline)
    .where(and(eq(sideline.institutionId, institutionId), eq(sideline.personId, personId)));
}

/** The term (届次) of a proposed post, from the person's record under the pack's counting rule — never the typed number. */
export async function derivedTerm(ex: Executor, institutionId: number, policy: EffectivePolicy, personId: number, f: Fields, asOf: string): Promise<DerivedTerm> {
  const history = await pastPosts(ex, institutionId, personId);
  return deriveTerm(history, { orgId: f.orgId, postTitle: f.postTitle, startDate: f.startDate, endDate: f.endDate, continuesId: f.continuesSidelineId }, termRuleOf(policy, asOf));
}

/** When the post was first held: the record's date where it has one and it is earlier than the one typed. */
export const firstHeldOf = (typed: string | null, term: DerivedTerm): string | null => [typed, term.heldSince].filter((d): d is string => !!d).reduce<string | null>((a, b) => (a ? minDate(a, b) : b), null);

/** How the term was derived, as the applicant reads it. */
export function termNote(term: DerivedTerm, article: string | null): string {
  const basis = article ? `（${article}）` : '';
  if (term.kind === 'same_term') return `职务变动后在原任期内重新审批，仍为第 ${term.termNumber} 届${basis}`;
  if (term.kind === 'first') return `按任职记录，本人此前未在该单位担任该职务，本次为第 1 届${basis}`;
  return `按任职记录，本人此前在该单位该职务已任 ${term.termNumber - 1} 届，本次为第 ${term.termNumber} 届${basis}`;
}

/** The 附件2 checks for a proposed post, with the org's facts, the applicant's other posts and their record of this one. */
export async function checkApplication(ex: Executor, institutionId: number, policy: EffectivePolicy, personId: number, f: Fields, org: Org, asOf: string, applicationId?: number): Promise<{ findings: Finding[]; rank: string | null; term: DerivedTerm }> {
  const ctx = await applicantContext(ex, institutionId, personId, asOf);
  const existing = await countedPosts(ex, institutionId, personId, { applicationId, sidelineId: f.continuesSidelineId });
  const term = await derivedTerm(ex, institutionId, policy, personId, f, asOf);
  const findings = checkSideline(
    ctx.rank ?? 'staff',
    {
      org: toOutsideOrg(org),
      associationLeadershipPost: f.associationLeadershipPost,
      legalRepresentative: f.legalRepresentative,
      willReceivePay: f.willReceivePay,
      remunerationOffered: org.remunerationOffered,
      hasTerms: f.hasTerms,
      termNumber: term.termNumber,
      start: f.startDate,
      end: f.endDate,
      firstHeldSince: firstHeldOf(f.firstHeldSince, term) ?? undefined,
      justification: f.justification ?? undefined,
    },
    existing,
    policy,
    asOf,
  );
  return { findings, rank: ctx.rank, term };
}

/** The first finding that stops a submission, as the error the user sees. */
export function blockingError(findings: Finding[]): AppError | null {
  const b = findings.find((f) => f.severity === 'block' || f.code === 'SIDELINE.OUT_OF_SCOPE');
  return b && isErrorCode(b.code) ? new AppError(b.code, b.message, 400, { article: b.article ?? undefined }) : null;
}

export async function getOrg(ex: Executor, institutionId: number, id: number): Promise<Org> {
  const [o] = await ex.select().from(outsideOrg).where(and(eq(outsideOrg.institutionId, institutionId), eq(outsideOrg.id, id)));
  if (!o) throw new AppError('SIDELINE.UNKNOWN_ORG', '所选兼职单位不存在，请先登记兼职单位', 400, { field: 'orgId' });
  return o;
}

/**
 * An application the caller may act on (access.ts: `seeApplication` by default), or the refusal: the 404 an unknown
 * id gets for one the caller may not see, a 403 for one they see but may not change.
 */
export async function visibleApplication(ex: Executor, auth: AuthContext, id: number, action: { [A in keyof SidelineRecords]: SidelineRecords[A] extends Application ? A : never }[keyof SidelineRecords] = 'seeApplication'): Promise<Application> {
  const [a] = await ex.select().from(sidelineApplication).where(and(eq(sidelineApplication.institutionId, auth.institutionId), eq(sidelineApplication.id, id)));
  authorizeSideline(auth, action, found(a, APPLICATION_HIDDEN));
  return a;
}

const actorOf = (auth: AuthContext) => ({ personId: auth.personId, roles: auth.roles as readonly string[] });

/** Whether the caller acts at the current step now — never on their own application (回避). */
export function mayDecide(auth: AuthContext, a: Application): boolean {
  const step = (a.steps as Step[])[a.currentStep];
  return a.status === 'in_review' && !!step && mayAct(step, actorOf(auth)) && maySideline(auth, 'decide', a);
}

/** done | current | waiting | refused | returned, for one step of the chain. */
function stepState(status: string, current: number, stoppedAt: number | null, i: number): string {
  if (status === 'approved') return 'done';
  if (status === 'in_review') return i < current ? 'done' : i === current ? 'current' : 'waiting';
  if ((status === 'refused' || status === 'returned') && stoppedAt !== null) return i < stoppedAt ? 'done' : i === stoppedAt ? status : 'waiting';
  return 'waiting';
}

export const stepLabel = (kind: string) => VALUE_LABELS[kind] ?? kind;

export async function presentApplication(ex: Executor, auth: AuthContext, a: Application, policy: EffectivePolicy, asOf: string): Promise<z.infer<typeof applicationOut>> {
  const [[applicant], [org], dept, decisions, files, [held]] = await together(ex, [
    () => ex.select({ id: person.id, name: person.name }).from(person).where(eq(person.id, a.applicantPersonId)),
    () => ex.select().from(outsideOrg).where(eq(outsideOrg.id, a.orgId)),
    () => a.departmentId ? ex.select({ name: department.name }).from(department).where(eq(department.id, a.departmentId)) : Promise.resolve([]),
    () => ex.select().from(sidelineDecision).where(eq(sidelineDecision.applicationId, a.id)).orderBy(asc(sidelineDecision.id)),
    () => ex
      .select({ id: sidelineFile.id, kind: sidelineFile.kind, fileName: sidelineFile.fileName, mimeType: sidelineFile.mimeType, size: sidelineFile.size, uploadedAt: sidelineFile.uploadedAt })
      .from(sidelineFile)
      .where(and(eq(sidelineFile.ownerType, 'application'), eq(sidelineFile.ownerId, a.id)))
      .orderBy(asc(sidelineFile.id)),
    () => ex.select({ id: sideline.id }).from(sideline).where(eq(sideline.applicationId, a.id)),
  ]);
  const steps = a.steps as Step[];
  const leaderIds = [...new Set(steps.flatMap((s) => (s.actor.type === 'persons' ? s.actor.personIds : [])))];
  const leaders = leaderIds.length ? await ex.select({ id: person.id, name: person.name }).from(person).where(inArray(person.id, leaderIds)) : [];
  const last = decisions.at(-1);
  const required = policy.value(sidelinesPolicy, 'sidelines.required_attachments', asOf);
  const editable = (a.status === 'draft' || a.status === 'returned') && auth.personId === a.applicantPersonId;
  return {
    id: a.id,
    applicant,
    departmentName: dept[0]?.name ?? null,
    org,
    postTitle: a.postTitle,
    status: a.status,
    currentStepLabel: a.status === 'in_review' ? stepLabel(steps[a.currentStep]?.kind ?? '') : null,
    startDate: a.startDate,
    endDate: a.endDate,
    submittedAt: a.submittedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt.toISOString(),
    associationLeadershipPost: a.associationLeadershipPost,
    legalRepresentative: a.legalRepresentative,
    willReceivePay: a.willReceivePay,
    hasTerms: a.hasTerms,
    termYears: a.termYears,
    termNumber: a.termNumber,
    firstHeldSince: a.firstHeldSince,
    continuesSidelineId: a.continuesSidelineId,
    reason: a.reason,
    justification: a.justification,
    committed: a.committedAt !== null,
    rank: a.rank,
    findings: a.findings as Finding[],
    steps: steps.map((s, i) => ({
      index: i,
      kind: s.kind,
      label: stepLabel(s.kind),
      actorLabel: s.actor.type === 'persons' ? leaders.filter((l) => (s.actor as { personIds: number[] }).personIds.includes(l.id)).map((l) => l.name).join('、') || '（未确定）' : s.outside ? '党委组织部登记上级批复' : VALUE_LABELS[s.actor.role],
      outside: s.outside,
      state: stepState(a.status, a.currentStep, last?.decision === 'refuse' || last?.decision === 'return' ? last.stepIndex : null, i),
    })),
    decisions: decisions.map((d) => ({ stepKind: d.stepKind, stepLabel: d.stepKind === 'applicant' ? '申请人' : stepLabel(d.stepKind), decision: d.decision, actorName: d.actorName, reason: d.reason, reference: d.reference, meetingDate: d.meetingDate, decidedAt: d.decidedAt.toISOString() })),
    files: files.map((f) => ({ ...f, uploadedAt: f.uploadedAt.toISOString() })),
    requiredFiles: required.map((k) => ({ kind: k, label: VALUE_LABELS[k] ?? k, present: files.some((f) => f.kind === k) })),
    mayEdit: editable,
    mayDecide: mayDecide(auth, a),
    sidelineId: held?.id ?? null,
  };
}
