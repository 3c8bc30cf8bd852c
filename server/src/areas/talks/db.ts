import { date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { sealedText } from '../../core/db/schema/columns';
import { institution } from '../../core/db/schema/institution';
import { person } from '../../core/db/schema/people';

/** 谈心谈话记录 (scitc-2025 附件1). A talk may be planned (scheduled) and later held. */
export const talk = pgTable(
  'talk',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** review | appointment | removal | retirement | routine | reminder_talk | other (第四条) */
    kind: text().notNull(),
    /** individual | group (第七条) */
    form: text().notNull(),
    /** scheduled | held | cancelled */
    status: text().notNull(),
    /** The day it is planned for, or was held on. */
    talkDate: date({ mode: 'string' }).notNull(),
    /** HH:mm; required once held (第十条). */
    talkTime: text(),
    place: text(),
    /** 内容要点 (第十条); confidential. */
    keyPoints: sealedText(),
    /** 谈话前准备 (第九条); confidential. */
    preparationNotes: sealedText(),
    /** The 第五条 occasion the talk answers, when there is one. */
    occasion: text(),
    followUps: sealedText(),
    recorderPersonId: integer().references(() => person.id),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talk_inst_date').on(t.institutionId, t.talkDate)],
);

/** Who talked and who was talked with; a group talk has many subjects. */
export const talkParticipant = pgTable(
  'talk_participant',
  {
    talkId: integer().notNull().references(() => talk.id),
    personId: integer().notNull().references(() => person.id),
    /** talker | subject */
    role: text().notNull(),
  },
  (t) => [uniqueIndex('talk_participant_pk').on(t.talkId, t.personId, t.role), index('talk_participant_person').on(t.personId)],
);

/** 特殊情况由党委组织部确定 (第六条): the organization department names a talker for a subject and year. */
export const talkAssignment = pgTable(
  'talk_assignment',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    talkerPersonId: integer().notNull().references(() => person.id),
    subjectPersonId: integer().notNull().references(() => person.id),
    year: integer().notNull(),
    reason: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('talk_assignment_subject_year').on(t.institutionId, t.subjectPersonId, t.year)],
);

/**
 * 第五条 occasions registered as facts: a deviation, a team conflict, a worrying tendency, a weak appraisal grade
 * (emitted by the appraisal module), a 民主生活会 date, a staff member's own request, a major project.
 * Each creates a talk duty; nothing else writes talk duties.
 */
export const talkOccasion = pgTable(
  'talk_occasion',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** deviation | team_conflict | weak_appraisal | tendency | life_meeting | own_request | major_project */
    kind: text().notNull(),
    /** The person to talk with; null for a 民主生活会, which concerns the whole leadership. */
    subjectPersonId: integer().references(() => person.id),
    /** When it happened (for a 民主生活会: the meeting date, before which the talks are due). */
    occasionDate: date({ mode: 'string' }).notNull(),
    note: text().notNull(),
    /** org | self | appraisal | … — who or what registered it. */
    source: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talk_occasion_inst_date').on(t.institutionId, t.occasionDate)],
);

/** 第十一条: the organization department's reminder or criticism of a talker whose talks fell short. */
export const talkSupervisionNote = pgTable(
  'talk_supervision_note',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    talkerPersonId: integer().notNull().references(() => person.id),
    year: integer().notNull(),
    /** reminder | criticism */
    kind: text().notNull(),
    note: text().notNull(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('talk_supervision_inst_year').on(t.institutionId, t.year)],
);
