import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from '../../core/db/schema/institution';
import { department, person } from '../../core/db/schema/people';

/** 年度考核: one cycle per college and year, with the date middle cadres' duty reports are due (ahzaxy-2020 第6条). */
export const appraisalCycle = pgTable(
  'appraisal_cycle',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    year: smallint().notNull(),
    dutyReportDue: date({ mode: 'string' }).notNull(),
    /** open | closed */
    status: text().notNull().default('open'),
    closedOn: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('acycle_inst_year').on(t.institutionId, t.year)],
);

/** One person's grade in a year, with what it rests on; a grade beyond the quota carries its reason. */
export const appraisal = pgTable(
  'appraisal',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    cycleId: integer().notNull().references(() => appraisalCycle.id),
    year: smallint().notNull(),
    personId: integer().notNull().references(() => person.id),
    /** The person's department when graded: quotas and department figures count by it. */
    departmentId: integer().references(() => department.id),
    /** excellent | competent | basic | incompetent */
    grade: text().notNull(),
    reason: text(),
    /** Accountability cases an adverse grade rests on (checked against exemptions, ahzaxy 第12条). */
    caseIds: jsonb().$type<number[]>().notNull().default([]),
    overQuota: boolean().notNull().default(false),
    quotaReason: text(),
    recordedOn: date({ mode: 'string' }).notNull(),
    recordedBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('appraisal_person_year').on(t.institutionId, t.personId, t.year), index('appraisal_cycle_dept').on(t.cycleId, t.departmentId)],
);

/** 述职述廉报告: a middle cadre's report on the year's work and integrity (第6条). */
export const dutyReport = pgTable(
  'duty_report',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    cycleId: integer().notNull().references(() => appraisalCycle.id),
    personId: integer().notNull().references(() => person.id),
    content: text().notNull(),
    submittedOn: date({ mode: 'string' }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('duty_report_person').on(t.cycleId, t.personId)],
);

/** 培训: a course or programme (第9条), and who attended it for how many hours. */
export const trainingCourse = pgTable(
  'training_course',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    title: text().notNull(),
    organizer: text().notNull(),
    /** party_school | organized | online | academic_training | on_the_job */
    kind: text().notNull(),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }).notNull(),
    hours: integer().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tcourse_inst_end').on(t.institutionId, t.endDate)],
);

export const trainingRecord = pgTable(
  'training_record',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    courseId: integer().notNull().references(() => trainingCourse.id),
    personId: integer().notNull().references(() => person.id),
    /** Hours counted, in tenths (a half hour is 5). */
    hoursTenths: integer().notNull(),
    /** manual | sign_in_sheet | import (a go-live import, training-import.ts) */
    source: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('trecord_course_person').on(t.courseId, t.personId), index('trecord_person').on(t.personId), index('trecord_inst_person').on(t.institutionId, t.personId)],
);

/** 走访慰问、帮扶 (第10条): a hardship or misfortune registered, and the visits and help given. */
export const careCase = pgTable(
  'care_case',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    /** family_hardship | major_misfortune | serious_illness | bereavement */
    situation: text().notNull(),
    description: text().notNull(),
    registeredOn: date({ mode: 'string' }).notNull(),
    /** open | closed */
    status: text().notNull().default('open'),
    closedOn: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_inst_status').on(t.institutionId, t.status), index('care_person').on(t.personId)],
);

export const careVisit = pgTable(
  'care_visit',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    caseId: integer().notNull().references(() => careCase.id),
    on: date({ mode: 'string' }).notNull(),
    visitors: text().notNull(),
    /** What was done: 慰问、帮扶措施, and any money given (in yuan). */
    help: text().notNull(),
    amountYuan: integer(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('care_visit_case').on(t.caseId)],
);

/** 后备干部 (第4条): a nomination with its reasons, its review, and its status over time. */
export const reserveNomination = pgTable(
  'reserve_nomination',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    /** The rank the person is prepared for: middle_deputy | middle_chief | leader */
    targetRank: text().notNull(),
    reasons: text().notNull(),
    nominatedOn: date({ mode: 'string' }).notNull(),
    /** nominated | approved | rejected | removed */
    status: text().notNull().default('nominated'),
    reviewedOn: date({ mode: 'string' }),
    reviewNote: text(),
    removedOn: date({ mode: 'string' }),
    removalReason: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('reserve_inst_status').on(t.institutionId, t.status), index('reserve_person').on(t.personId)],
);

/** A finding that vetoes a cadre's nomination (第5条): political (一票否决) or integrity (零容忍). */
export const reserveFinding = pgTable(
  'reserve_finding',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    /** political_veto | integrity_zero_tolerance */
    kind: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    detail: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('rfinding_person').on(t.personId)],
);

/** 为官不为 (第14条): a signal about a cadre not doing the job, the reminder, its check, and any organizational adjustment. */
export const inactionCase = pgTable(
  'inaction_case',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    /** inaction_tendency | complaint | supervision | strong_feedback | rotation_refusal */
    signal: text().notNull(),
    signalDetail: text().notNull(),
    signaledOn: date({ mode: 'string' }).notNull(),
    /** signaled | reminded | uncorrected | admonished | corrected | proposed | decided */
    status: text().notNull().default('signaled'),
    requirements: text(),
    deadline: date({ mode: 'string' }),
    proposedAdjustment: text(),
    proposedOn: date({ mode: 'string' }),
    decision: text(),
    decidedOn: date({ mode: 'string' }),
    meetingRef: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inaction_inst_status').on(t.institutionId, t.status), index('inaction_person').on(t.personId)],
);

export const inactionStep = pgTable(
  'inaction_step',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    caseId: integer().notNull().references(() => inactionCase.id),
    action: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    note: text().notNull(),
    actorName: text().notNull(),
    recordedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inaction_step_case').on(t.caseId)],
);

/** “担当作为好干部”评选 (第15条): one round: nominations, review, a collective decision, publication. */
export const commendationRound = pgTable(
  'commendation_round',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    year: smallint().notNull(),
    title: text().notNull(),
    quota: integer().notNull(),
    /** nominating | reviewing | decided | published */
    status: text().notNull().default('nominating'),
    decidedOn: date({ mode: 'string' }),
    meetingRef: text(),
    publishedOn: date({ mode: 'string' }),
    publicUntil: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cround_inst_year').on(t.institutionId, t.year)],
);

export const commendationNomination = pgTable(
  'commendation_nomination',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    roundId: integer().notNull().references(() => commendationRound.id),
    personId: integer().notNull().references(() => person.id),
    deeds: text().notNull(),
    /** nominated | awarded | not_awarded */
    status: text().notNull().default('nominated'),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cnom_round_person').on(t.roundId, t.personId)],
);

/** 表彰奖励 (第10条、第15条): an award a cadre received, from a round or otherwise (上级表彰、单项奖). */
export const commendation = pgTable(
  'commendation',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    title: text().notNull(),
    issuer: text().notNull(),
    awardedOn: date({ mode: 'string' }).notNull(),
    roundId: integer().references(() => commendationRound.id),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('commendation_person').on(t.personId)],
);
