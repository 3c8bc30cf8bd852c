import { boolean, date, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { sealedText } from './columns';

export const department = pgTable(
  'department',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    code: text().notNull(),
    name: text().notNull(),
    /** party | admin | academic | support | enterprise */
    kind: text().notNull(),
    sortOrder: integer().notNull().default(0),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('department_inst_code').on(t.institutionId, t.code), uniqueIndex('department_inst_name').on(t.institutionId, t.name)],
);

export const person = pgTable(
  'person',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    staffNo: text().notNull(),
    name: text().notNull(),
    /** male | female */
    gender: text().notNull(),
    birthDate: date({ mode: 'string' }).notNull(),
    /** Encrypted; found and kept unique through its blind index (security/field-crypto.ts). */
    idNumber: sealedText().notNull(),
    idNumberIndex: text().notNull(),
    /** cpc_member | cpc_probationary | league_member | democratic_party | masses */
    politicalStatus: text().notNull(),
    hireDate: date({ mode: 'string' }).notNull(),
    phone: text(),
    /** active | retired | left */
    status: text().notNull().default('active'),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('person_inst_staff_no').on(t.institutionId, t.staffNo),
    uniqueIndex('person_inst_id_number_index').on(t.institutionId, t.idNumberIndex),
    index('person_inst_name').on(t.institutionId, t.name),
  ],
);

export const post = pgTable(
  'post',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    departmentId: integer().notNull().references(() => department.id),
    title: text().notNull(),
    /** principal | leader | middle_chief | middle_deputy | section | staff */
    rank: text().notNull(),
    isHead: boolean().notNull().default(false),
    isKeyPost: boolean().notNull().default(false),
    isHighRiskPost: boolean().notNull().default(false),
    isDualRole: boolean().notNull().default(false),
    active: boolean().notNull().default(true),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('post_inst_dept').on(t.institutionId, t.departmentId), uniqueIndex('post_dept_title').on(t.departmentId, t.title)],
);

/** person × post × [start, end). Ending a tenure sets end_date; tenures are never deleted. */
export const tenure = pgTable(
  'tenure',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    postId: integer().notNull().references(() => post.id),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
    appointDocNo: text(),
    appointReason: text(),
    endDocNo: text(),
    endReason: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('tenure_inst_person').on(t.institutionId, t.personId), index('tenure_post').on(t.postId)],
);

/** 分管（联系）院领导: leader × department, dated. */
export const oversight = pgTable(
  'oversight',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    leaderPersonId: integer().notNull().references(() => person.id),
    departmentId: integer().notNull().references(() => department.id),
    startDate: date({ mode: 'string' }).notNull(),
    endDate: date({ mode: 'string' }),
  },
  (t) => [index('oversight_inst').on(t.institutionId, t.departmentId)],
);
