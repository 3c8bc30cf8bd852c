import type { AuthContext } from '../../core/auth/context';
import { allows, authorizer, hidden, notOwnCase, type AccessPolicy, type Check, type Refusal } from '../../core/http/authorize';
import type { Party } from '../../core/http/own-case';
import { CASE_ACTION_LABELS, type CaseAction } from './rules/case-stage';
import { PETITION_ACTION_LABELS, type PetitionAction } from './rules/clearance';
import { ACTION_LABELS, type ReviewAction } from './rules/procedure';

/**
 * Who may do what with an accountability case, its tolerance review, its correction measures and a report (信访举报)
 * (object level; the permission a route needs at all is its `config.access`). A case is its subject's business — the
 * cadre held to account, or the chief of the unit held to account — and the discipline office's and the organization
 * department's (tolerance.read), who handle it (tolerance.handle). 回避 (the packs' `tolerance.applicant_recusal`:
 * xzcit-2018 第十条, ahzaxy-2020 第12条, scitc-2025 第三条): a party to a case registers, handles, verifies or follows up
 * none of its steps, whatever roles they hold; nobody handles a report about themselves.
 */
export interface CaseSubject {
  subjectKind: string;
  subjectPersonId: number | null;
  subjectDepartmentId: number | null;
}
interface Review {
  applicantPersonId: number | null;
}
interface Measure {
  responsiblePersonId: number;
}

export interface ToleranceRecords {
  seeCase: CaseSubject;
  /** Registering a case against this subject. */
  registerCase: CaseSubject;
  advanceCase: { case: CaseSubject; action: CaseAction };
  /** Filing an application (容错申请) in this case. */
  apply: CaseSubject;
  /** A review, its forms and its files: seen by whoever sees its case. */
  seeReview: CaseSubject;
  uploadEvidence: { review: Review; case: CaseSubject };
  /** 代为登记书面申请 in this case. */
  registerPaper: CaseSubject;
  /** A step of the review (受理…办结); without `action`, whether the caller may handle the review at all (the page's buttons). */
  handleReview: { review: Review; case: CaseSubject; action?: ReviewAction; recusalCitation: string | null };
  assignCorrection: CaseSubject;
  closeCorrection: { measure: Measure; case: CaseSubject };
  verifyCorrection: { measure: Measure; case: CaseSubject; citation: string | null };
  recordFollowup: { review: Review; case: CaseSubject; citation: string | null };
  registerPetition: { reportedPersonId: number | null };
  handlePetition: { reportedPersonId: number | null; action: PetitionAction };
  /** 免责保护与影响期 of a person. */
  seeProtections: { personId: number };
}

export const CASE_HIDDEN = hidden('问责案件', 'ACCOUNTABILITY.NOT_FOUND');
export const REVIEW_HIDDEN = hidden('容错申请', 'TOLERANCE.NOT_FOUND');
export const PETITION_HIDDEN = hidden('信访举报', 'PETITION.NOT_FOUND');
/** A measure the caller may not handle answers as an unknown one. */
export const MEASURE_HIDDEN: Refusal = { status: 404, code: 'CORRECTION.NOT_FOUND', message: '纠错措施不存在或无权办理' };

/** The caller answers for the case: as the cadre held to account, or as the chief of the unit held to account. */
export function isSubject(auth: AuthContext, c: CaseSubject): boolean {
  if (c.subjectKind === 'person') return auth.personId !== null && c.subjectPersonId === auth.personId;
  return auth.posts.some((p) => p.rank === 'middle_chief' && p.departmentId === c.subjectDepartmentId);
}

/** The subject of a case, or the chief of a unit held to account, sees it; the discipline office and org see all. */
export const maySeeCase = (auth: AuthContext, c: CaseSubject): boolean => auth.permissions.has('tolerance.read') || isSubject(auth, c);

/** A case's parties for 回避: the cadre held to account, and the caller when they are the chief of the unit held to account. */
export const caseParties = (c: CaseSubject, auth: AuthContext): Party[] => [c.subjectPersonId, isSubject(auth, c) ? auth.personId : null];

const handles = (auth: AuthContext) => auth.permissions.has('tolerance.handle');
const isMe = (auth: AuthContext, id: number | null) => id === auth.personId;
const visibleReview: Check<{ case: CaseSubject }> = { allow: (auth, x) => maySeeCase(auth, x.case), refuse: REVIEW_HIDDEN };
const caseRecusal = (step: string) => notOwnCase<CaseSubject>(caseParties, step);
/** A check the measure's responsible person passes whatever it says. */
const unlessResponsible = <R extends { measure: Measure }>(check: Check<R>): Check<R> => ({ allow: (a, x) => isMe(a, x.measure.responsiblePersonId) || check.allow(a, x), refuse: check.refuse });

export const toleranceAccess: AccessPolicy<ToleranceRecords> = {
  seeCase: [{ allow: maySeeCase, refuse: CASE_HIDDEN }],
  registerCase: [caseRecusal('登记对本人（本单位）的问责案件')],
  advanceCase: [notOwnCase((x, a) => caseParties(x.case, a), (x) => `办理问责案件的“${CASE_ACTION_LABELS[x.action]}”`)],
  // The cadre held to account (or the unit, by its chief) applies (xzcit-2018 第五条（一）).
  apply: [{ allow: isSubject, refuse: { status: 403, code: 'TOLERANCE.NOT_SUBJECT', message: '只有被问责的干部本人（或被问责单位的主要负责人）可以提出容错申请', field: 'caseId' } }],
  seeReview: [{ allow: maySeeCase, refuse: REVIEW_HIDDEN }],
  // Evidence comes from the subject, or from a handler who is not the applicant.
  uploadEvidence: [visibleReview, { allow: (a, x) => (handles(a) && x.review.applicantPersonId !== a.personId) || isSubject(a, x.case), refuse: REVIEW_HIDDEN }],
  registerPaper: [caseRecusal('代为登记本人案件的容错申请')],
  handleReview: [
    notOwnCase(
      (x, a) => [x.review.applicantPersonId, x.case.subjectPersonId, isSubject(a, x.case) ? a.personId : null],
      (x) => (x.action ? `办理“${ACTION_LABELS[x.action]}”` : '办理本人的容错认定'),
      (x) => x.recusalCitation,
    ),
  ],
  assignCorrection: [caseRecusal('布置本人案件的纠错措施')],
  // The responsible person registers their own measure's completion (the office verifies it); anyone else registering
  // it for them must not be a party to the case.
  closeCorrection: [
    { allow: (a, x) => handles(a) || isMe(a, x.measure.responsiblePersonId), refuse: MEASURE_HIDDEN },
    unlessResponsible(notOwnCase((x, a) => caseParties(x.case, a), '登记本人案件纠错措施的完成情况')),
  ],
  verifyCorrection: [notOwnCase((x, a) => [x.measure.responsiblePersonId, ...caseParties(x.case, a)], '核实本人负责或本人案件的纠错措施', (x) => x.citation)],
  recordFollowup: [notOwnCase((x, a) => [x.review.applicantPersonId, ...caseParties(x.case, a)], '登记对本人的跟踪回访', (x) => x.citation)],
  registerPetition: [notOwnCase((p) => [p.reportedPersonId], '登记反映本人问题的信访举报')],
  // The person reported on handles no step of the report about them.
  handlePetition: [notOwnCase((p) => [p.reportedPersonId], (p) => `办理反映本人问题的信访举报（${PETITION_ACTION_LABELS[p.action]}）`)],
  // The matter of a case is the discipline office's and org's to see, and the person's own.
  seeProtections: [{ allow: (a, p) => a.permissions.has('tolerance.read') || a.personId === p.personId, refuse: { status: 403, code: 'TOLERANCE.FORBIDDEN', message: '无权查看该人员的容错认定信息' } }],
};

/** Refuses (404 for what the caller may not see, 403 for what they see but may not do) unless the caller may. */
export const authorizeTolerance = authorizer(toleranceAccess);
export const mayTolerance = <A extends keyof ToleranceRecords>(auth: AuthContext, action: A, record: ToleranceRecords[A]) => allows(toleranceAccess, auth, action, record);
