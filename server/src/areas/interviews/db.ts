import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sealedText } from '../../core/db/schema/columns';
import { institution } from '../../core/db/schema/institution';
import { department, person } from '../../core/db/schema/people';
import { accountabilityCase } from '../tolerance/db';

/**
 * 约谈计划 (tongren-2016 四（三）, 五（二）1): a centralized campaign (集中约谈), approved by the leading group before
 * it is carried out, or a department's quarterly plan filed with the discipline office.
 */
export const interviewPlan = pgTable(
  'interview_plan',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** campaign | department */
    kind: text().notNull(),
    year: smallint().notNull(),
    /** 1–4 for a department's quarterly plan. */
    quarter: smallint(),
    departmentId: integer().references(() => department.id),
    title: text().notNull(),
    /** The problems and leads the plan answers (梳理问题线索), its emphasis and requirements. */
    summary: text().notNull(),
    /** draft | submitted | approved | returned (campaigns); draft | filed (department plans) */
    status: text().notNull().default('draft'),
    submittedOn: date({ mode: 'string' }),
    approvedOn: date({ mode: 'string' }),
    /** The leading group's meeting record (会议纪要编号) and who recorded the approval. */
    meetingRef: text(),
    approvedBy: integer(),
    returnReason: text(),
    filedOn: date({ mode: 'string' }),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('iplan_inst_year').on(t.institutionId, t.year), index('iplan_dept').on(t.departmentId, t.year, t.quarter)],
);

/**
 * 约谈: one session, individual or group, of one kind; led by the lead interviewer (五（一）), organized as 四（二）
 * says, recorded (五（三）). The record is confidential: discipline, the leading group, the lead and the recorder.
 */
export const interview = pgTable(
  'interview',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    planId: integer().references(() => interviewPlan.id),
    /** prevention | inquiry | admonition | accountability */
    kind: text().notNull(),
    /** individual | group */
    form: text().notNull(),
    groupReason: text(),
    topic: text().notNull(),
    leadPersonId: integer().notNull().references(() => person.id),
    /** The 五（一） rule and article that name the lead; null with a reason when the planner chose someone else. */
    leadRule: text(),
    leadArticle: text(),
    /** The rule names this lead only “必要时” (五（一）4、5). */
    leadIfNeeded: boolean().notNull().default(false),
    leadReason: text(),
    /** discipline | org | department */
    organizerKind: text().notNull(),
    organizerDepartmentId: integer().references(() => department.id),
    officeSupports: boolean().notNull().default(false),
    recorderPersonId: integer().references(() => person.id),
    scheduledOn: date({ mode: 'string' }).notNull(),
    place: text().notNull(),
    /** 约谈提纲. */
    outline: sealedText(),
    /** planned | held | closed | cancelled */
    status: text().notNull().default('planned'),
    heldOn: date({ mode: 'string' }),
    record: sealedText(),
    closedOn: date({ mode: 'string' }),
    cancelReason: text(),
    /** 五（四）: where a violation is confirmed, a handling proposal and its approval. */
    violationConfirmed: boolean(),
    handlingProposal: text(),
    /** proposed | approved | rejected */
    handlingStatus: text(),
    handlingDecidedOn: date({ mode: 'string' }),
    handlingMeetingRef: text(),
    caseId: integer().references(() => accountabilityCase.id),
    /** Where the interview came from: a suggestion, a tolerance event (`domain_event:12`), a written inquiry. */
    source: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('interview_inst_status').on(t.institutionId, t.status), index('interview_by_plan').on(t.planId), index('interview_lead').on(t.leadPersonId)],
);

/** An interviewee and what they must hand in (五（三）): integrity pledge, explanation or self-criticism. */
export const interviewTarget = pgTable(
  'interview_target',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    interviewId: integer().notNull().references(() => interview.id),
    personId: integer().notNull().references(() => person.id),
    /** The target's department when planned: organizers' lists and department statistics count by it. */
    departmentId: integer().references(() => department.id),
    /** Why this person (三): the suggestion's reasons or the planner's words. */
    reason: text(),
    /** integrity_pledge | explanation | self_criticism, fixed from the pack when planned. */
    material: text().notNull(),
    materialText: text(),
    materialFileId: integer(),
    materialOn: date({ mode: 'string' }),
    waivedReason: text(),
    waivedBy: integer(),
  },
  (t) => [index('itarget_interview').on(t.interviewId), index('itarget_person').on(t.personId), uniqueIndex('itarget_unique').on(t.interviewId, t.personId)],
);

/** 谈话函询: a letter asking a cadre to explain, the reply due in working days, the reply and its assessment. */
export const writtenInquiry = pgTable(
  'written_inquiry',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    planId: integer().references(() => interviewPlan.id),
    targetPersonId: integer().notNull().references(() => person.id),
    departmentId: integer().references(() => department.id),
    /** The lead or matter it answers (问题线索), and the questions put. */
    matter: text().notNull(),
    questions: text().notNull(),
    /** draft | sent | replied | assessed */
    status: text().notNull().default('draft'),
    sentOn: date({ mode: 'string' }),
    replyDue: date({ mode: 'string' }),
    replyDueProvisional: boolean().notNull().default(false),
    replyOn: date({ mode: 'string' }),
    reply: text(),
    /** accepted (采信了结) | further_check (需进一步核实) | interview (转询问示警约谈) | handling (提出处理意见) */
    assessment: text(),
    assessedOn: date({ mode: 'string' }),
    assessmentNote: text(),
    source: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('winquiry_inst_status').on(t.institutionId, t.status), index('winquiry_target').on(t.targetPersonId)],
);

/** 党员干部约谈情况统计表 as a department reported it to the discipline office for a quarter (六（一）). */
export const interviewStatistics = pgTable(
  'interview_statistics',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    departmentId: integer().notNull().references(() => department.id),
    year: smallint().notNull(),
    quarter: smallint().notNull(),
    reportedOn: date({ mode: 'string' }).notNull(),
    /** Counts by kind as the department reported them, and the persons interviewed. */
    figures: jsonb().$type<Record<string, number>>().notNull(),
    note: text(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('istat_dept_quarter').on(t.departmentId, t.year, t.quarter)],
);

/**
 * What the discipline office registers about a cadre that makes them a target (三) and that the system does not
 * otherwise know: 批评教育, a 民主生活会 explanation required, 组织处理, 纪律处分 decided elsewhere.
 */
export const interviewTargetFact = pgTable(
  'interview_target_fact',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    /** A source of `interviews.target_sources`: criticism | life_meeting_explanation | organizational_handling | disciplinary_sanction | … */
    source: text().notNull(),
    on: date({ mode: 'string' }).notNull(),
    detail: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('itfact_inst_on').on(t.institutionId, t.on)],
);
