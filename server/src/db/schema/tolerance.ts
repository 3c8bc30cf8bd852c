import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { department, person } from './people';

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
    filedOn: date({ mode: 'string' }).notNull(),
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
