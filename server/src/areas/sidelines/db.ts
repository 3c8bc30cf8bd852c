import { boolean, date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from '../../core/db/schema/institution';
import { bytea } from '../../core/db/schema/columns';
import { department, person } from '../../core/db/schema/people';


/** 兼职单位 (scitc-2025 附件2 第三条、第六条—第十条): the outside organizations cadres hold posts in. */
export const outsideOrg = pgTable(
  'outside_org',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    name: text().notNull(),
    /** association | foundation | private_nonprofit | enterprise | academic_journal | international_academic */
    kind: text().notNull(),
    /** 统一社会信用代码 (GB 32100); none for journals and international organizations. */
    uscc: text(),
    /** 登记管理机关 or publisher. */
    registeredWith: text(),
    relatedField: boolean().notNull(),
    /** none | wholly | controlling | minority (学院出资：全资/控股/参股) */
    collegeInvestment: text().notNull().default('none'),
    coFounded: boolean().notNull().default(false),
    foreignBackground: boolean().notNull().default(false),
    hostileBackground: boolean().notNull().default(false),
    remunerationOffered: boolean().notNull().default(false),
    note: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('outside_org_inst_name').on(t.institutionId, t.name)],
);

/** One proposed post and its review (第十三条). The approval chain is fixed at submission from the applicant's rank. */
export const sidelineApplication = pgTable(
  'sideline_application',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    applicantPersonId: integer().notNull().references(() => person.id),
    orgId: integer().notNull().references(() => outsideOrg.id),
    postTitle: text().notNull(),
    associationLeadershipPost: boolean().notNull().default(false),
    legalRepresentative: boolean().notNull().default(false),
    willReceivePay: boolean().notNull().default(false),
    hasTerms: boolean().notNull(),
    termYears: integer(),
    termNumber: integer().notNull().default(1),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    firstHeldSince: date({ mode: 'string' }),
    /** A renewal or a 第十六条 re-approval names the post it continues. */
    continuesSidelineId: integer(),
    reason: text().notNull(),
    justification: text(),
    /** When the applicant signed the written commitment (compliance, no pay). */
    committedAt: timestamp({ withTimezone: true }),
    /** draft | in_review | returned | refused | approved | withdrawn */
    status: text().notNull().default('draft'),
    rank: text(),
    departmentId: integer().references(() => department.id),
    steps: jsonb().$type<unknown[]>().notNull().default([]),
    currentStep: integer().notNull().default(0),
    /** When the current step received it (for its review duty). */
    stepSince: date({ mode: 'string' }),
    findings: jsonb().$type<unknown[]>().notNull().default([]),
    submittedAt: timestamp({ withTimezone: true }),
    decidedAt: timestamp({ withTimezone: true }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sideline_app_inst_status').on(t.institutionId, t.status), index('sideline_app_applicant').on(t.applicantPersonId)],
);

/** Every decision at every step, in order. */
export const sidelineDecision = pgTable(
  'sideline_decision',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    applicationId: integer().notNull().references(() => sidelineApplication.id),
    stepIndex: integer().notNull(),
    stepKind: text().notNull(),
    /** submit | approve | refuse | return | withdraw */
    decision: text().notNull(),
    accountId: integer().notNull(),
    actorName: text().notNull(),
    reason: text(),
    /** 党委会议纪要编号 or the outside authority's document number. */
    reference: text(),
    meetingDate: date({ mode: 'string' }),
    decidedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sideline_decision_app').on(t.applicationId)],
);

/** A post held (registered by the organization department after approval) and its end. */
export const sideline = pgTable(
  'sideline',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    orgId: integer().notNull().references(() => outsideOrg.id),
    applicationId: integer().references(() => sidelineApplication.id),
    postTitle: text().notNull(),
    associationLeadershipPost: boolean().notNull().default(false),
    legalRepresentative: boolean().notNull().default(false),
    hasTerms: boolean().notNull(),
    termNumber: integer().notNull().default(1),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    firstHeldSince: date({ mode: 'string' }).notNull(),
    /** The rank its approval was given for (第十六条 compares with the holder's rank now). */
    approvedRank: text().notNull(),
    justification: text(),
    registeredAt: date({ mode: 'string' }).notNull(),
    registrationNo: text(),
    /** active | ending_reported | ended */
    status: text().notNull().default('active'),
    /** resigned | not_renewed | renewed | reapproved */
    endKind: text(),
    endedOn: date({ mode: 'string' }),
    endReport: text(),
    endReportedAt: date({ mode: 'string' }),
    endRegisteredAt: date({ mode: 'string' }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sideline_inst_status').on(t.institutionId, t.status), index('sideline_person').on(t.personId)],
);

/** 第十八条: the yearly report on each post held. */
export const sidelineReport = pgTable(
  'sideline_report',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    sidelineId: integer().notNull().references(() => sideline.id),
    year: integer().notNull(),
    rolePerformed: text().notNull(),
    payReceived: boolean().notNull(),
    expenses: text().notNull(),
    submittedBy: integer().notNull(),
    submittedAt: date({ mode: 'string' }).notNull(),
  },
  (t) => [uniqueIndex('sideline_report_year').on(t.sidelineId, t.year)],
);

/** 第十一条: pay received from the outside organization, turned over in full to 财资处 and confirmed by it. */
export const sidelinePay = pgTable(
  'sideline_pay',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    sidelineId: integer().notNull().references(() => sideline.id),
    amount: numeric({ precision: 12, scale: 2 }).notNull(),
    receivedDate: date({ mode: 'string' }).notNull(),
    description: text().notNull(),
    turnedOverDate: date({ mode: 'string' }),
    receiptNo: text(),
    confirmedBy: integer(),
    confirmedAt: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sideline_pay_sideline').on(t.sidelineId)],
);

/** Files kept with an application (the five 第十三条 attachments), a report's evidence, or an end statement. */
export const sidelineFile = pgTable(
  'sideline_file',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** application | sideline | report */
    ownerType: text().notNull(),
    ownerId: integer().notNull(),
    /** leaders_list | legal_person_certificate | charter | invitation | commitment | report_evidence | end_statement */
    kind: text().notNull(),
    fileName: text().notNull(),
    mimeType: text().notNull(),
    size: integer().notNull(),
    sha256: text().notNull(),
    content: bytea().notNull(),
    uploadedBy: integer().notNull(),
    uploadedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('sideline_file_owner').on(t.ownerType, t.ownerId)],
);

/**
 * A held post brought in at go-live from the college's 兼职台账 (core/imports, template held_sidelines), by its natural
 * key (person + organization + post title as compared): the posts it registered (one `sideline` per term, the current
 * one active), what the ledger says of pay, and the row as imported, so that a re-import updates it and an unchanged
 * row writes nothing.
 */
export const heldPostImport = pgTable(
  'held_post_import',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    orgId: integer().notNull().references(() => outsideOrg.id),
    /** The post title as compared (rules/terms.ts normalizePostTitle). */
    postKey: text().notNull(),
    /** The `sideline` rows registered for it, oldest term first; the last is the post held now. */
    sidelineIds: jsonb().$type<number[]>().notNull(),
    payReceived: boolean().notNull(),
    payAmount: numeric({ precision: 12, scale: 2 }),
    /** The row's content as compared on a re-import (rules/held-post-import.ts rowFingerprint). */
    fingerprint: text().notNull(),
    batchId: integer().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('held_post_import_key').on(t.institutionId, t.personId, t.orgId, t.postKey)],
);
