import { boolean, date, index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { department, person } from './people';

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
