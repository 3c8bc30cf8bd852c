import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sealedText } from '../../core/db/schema/columns';
import { institution } from '../../core/db/schema/institution';
import { department, person } from '../../core/db/schema/people';

/**
 * 问责案件: a person or a unit held to account, by which department (scitc-2025 附件3 第五条（一）“谁问责向谁申请”),
 * for what, since when; stage started → investigating → decided (责任追究实施) → closed.
 */
export const accountabilityCase = pgTable(
  'accountability_case',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** person | department */
    subjectKind: text().notNull(),
    subjectPersonId: integer().references(() => person.id),
    /** The unit held to account, or the person's department when the case was opened. */
    subjectDepartmentId: integer().references(() => department.id),
    accountableDepartmentId: integer().notNull().references(() => department.id),
    matter: text().notNull(),
    startedOn: date({ mode: 'string' }).notNull(),
    /** started | investigating | decided | closed */
    stage: text().notNull().default('started'),
    investigatingSince: date({ mode: 'string' }),
    /** The handling decision (处理意见) and the day it was carried out. */
    handling: text(),
    carriedOutOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('acase_inst_stage').on(t.institutionId, t.stage), index('acase_subject').on(t.subjectPersonId)],
);

/**
 * 容错申请与认定: an application (or, where the pack says so, an inquiry opened with the case), its investigation,
 * the collective determination and what follows. The columns hold the current facts; tolerance_step the history.
 */
export const toleranceReview = pgTable(
  'tolerance_review',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    caseId: integer().notNull().references(() => accountabilityCase.id),
    /** application | ex_officio */
    origin: text().notNull(),
    /** The pack's strategy when it was opened, and to whom it was filed. */
    strategy: text().notNull(),
    applicantPersonId: integer().references(() => person.id),
    grounds: jsonb().$type<string[]>().notNull().default([]),
    facts: text(),
    noPrivateGainPledge: boolean().notNull().default(false),
    /** The day the application was filed; for a written application registered by the office, the day it was received. */
    filedOn: date({ mode: 'string' }).notNull(),
    /**
     * A written application (书面申请, xzcit-2018 第五条（一）) handed in on paper and registered on the cadre's behalf by
     * the office that received it: the account that registered it and the day it was keyed in; null when filed online.
     */
    registeredBy: integer(),
    registeredOn: date({ mode: 'string' }),
    /** submitted | refused | investigating | reported | proposed | deferred | decided | closed */
    status: text().notNull(),
    acceptedOn: date({ mode: 'string' }),
    refusedOn: date({ mode: 'string' }),
    refusalReason: text(),
    refusalArticle: text(),
    team: jsonb().$type<{ personId: number; name: string; role: string }[]>().notNull().default([]),
    experts: text(),
    hearingOn: date({ mode: 'string' }),
    hearingSummary: text(),
    reportOn: date({ mode: 'string' }),
    report: text(),
    /** scitc 第四条 factors and xzcit 第五条（二）the cadre's record. */
    factors: jsonb().$type<Record<string, string>>().notNull().default({}),
    privateGainFound: boolean(),
    proposedOn: date({ mode: 'string' }),
    proposedOutcome: text(),
    proposal: text(),
    /** exempt | mitigate | deny | defer */
    outcome: text(),
    decidedOn: date({ mode: 'string' }),
    meetingRef: text(),
    explanation: text(),
    mitigationNote: text(),
    impactUntil: date({ mode: 'string' }),
    firstDeferredOn: date({ mode: 'string' }),
    deferUntil: date({ mode: 'string' }),
    protections: jsonb().$type<string[]>().notNull().default([]),
    protectionCitation: text(),
    feedbackOn: date({ mode: 'string' }),
    feedbackMethod: text(),
    publishedOn: date({ mode: 'string' }),
    publicationScope: text(),
    publicationMethod: text(),
    recordFiledOn: date({ mode: 'string' }),
    closedOn: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('treview_inst_status').on(t.institutionId, t.status), index('treview_case').on(t.caseId), index('treview_applicant').on(t.applicantPersonId)],
);

/** Every step of a review, in order: the timeline. */
export const toleranceStep = pgTable(
  'tolerance_step',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    reviewId: integer().notNull().references(() => toleranceReview.id),
    /** file | accept | refuse | team | hearing | report | propose | decide | feedback | publish | file_record | close */
    action: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    accountId: integer().notNull(),
    actorName: text().notNull(),
    summary: text(),
    article: text(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tstep_review').on(t.reviewId)],
);

/**
 * 纠错措施 (scitc-2025 附件3 第七条, xzcit-2018 第七条, ahzaxy-2020 第12条): each measure with who is responsible and
 * by when; closed with what shows it was done.
 */
export const correctionMeasure = pgTable(
  'correction_measure',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    caseId: integer().notNull().references(() => accountabilityCase.id),
    reviewId: integer().references(() => toleranceReview.id),
    /** suggestion_letter | regular_interview | admonition_talk | order_to_correct | talk | written_inquiry */
    kind: text().notNull(),
    requirement: text().notNull(),
    responsiblePersonId: integer().notNull().references(() => person.id),
    /** The day the measure was set (its steps cannot predate it); older rows have it from created_at. */
    assignedOn: date({ mode: 'string' }),
    dueDate: date({ mode: 'string' }).notNull(),
    /** open | closed: closed when the completion is registered (by the responsible person or the office). */
    status: text().notNull().default('open'),
    closedOn: date({ mode: 'string' }),
    evidence: text(),
    /** The office's verification of the completion, by someone not a party to the case (回避). */
    verifiedOn: date({ mode: 'string' }),
    verifiedBy: integer(),
    verification: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('correction_case').on(t.caseId), index('correction_inst_status').on(t.institutionId, t.status)],
);

/** 回访: a check-in with an exempted cadre (xzcit-2018 第八条（七）). */
export const toleranceFollowup = pgTable(
  'tolerance_followup',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    reviewId: integer().notNull().references(() => toleranceReview.id),
    on: date({ mode: 'string' }).notNull(),
    note: text().notNull(),
    recordedBy: integer().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('followup_review').on(t.reviewId)],
);

/**
 * 信访举报 and its checking (scitc-2025 附件3 第八条, xzcit-2018 第八条, ahzaxy-2020 第13条). The reporter's identity is
 * for the discipline office only. Untrue, mistaken or malicious reports lead to a clearance within a stated scope;
 * a malicious one to referral of the accuser; minor issues to a talk, reminder or written inquiry.
 */
export const petition = pgTable(
  'petition',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    receivedOn: date({ mode: 'string' }).notNull(),
    /** letter | visit | phone | online | referral */
    channel: text().notNull(),
    reportedPersonId: integer().references(() => person.id),
    reportedDepartmentId: integer().references(() => department.id),
    allegation: text().notNull(),
    anonymous: boolean().notNull().default(false),
    reporterName: sealedText(),
    reporterContact: sealedText(),
    /** received | checking | concluded | closed */
    status: text().notNull().default('received'),
    checkingSince: date({ mode: 'string' }),
    /** true | partly_true | untrue | mistaken | malicious */
    outcome: text(),
    concludedOn: date({ mode: 'string' }),
    conclusion: text(),
    /** For minor issues not worth discipline: talk | reminder | written_inquiry | criticism */
    disposition: text(),
    /** meeting | notice | talk */
    clearanceScope: text(),
    clearanceDetail: text(),
    clearedOn: date({ mode: 'string' }),
    referredOn: date({ mode: 'string' }),
    referralNote: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('petition_inst_status').on(t.institutionId, t.status), index('petition_person').on(t.reportedPersonId)],
);

/**
 * Events at a module boundary, for modules built later to subscribe to (e.g. the interviews module reads
 * `tolerance.report_untrue` and `tolerance.cleared` for prevention-interview targets and `tolerance.correction_interview` for interviews owed).
 */
export const domainEvent = pgTable(
  'domain_event',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    kind: text().notNull(),
    subjectPersonId: integer().references(() => person.id),
    occurredOn: date({ mode: 'string' }).notNull(),
    /** Where it came from, e.g. `correction_measure:12`. */
    source: text().notNull(),
    payload: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('domain_event_kind').on(t.institutionId, t.kind)],
);
