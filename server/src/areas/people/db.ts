import { boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from '../../core/db/schema/institution';
import { bytea } from '../../core/db/schema/columns';
import { person } from '../../core/db/schema/people';


/**
 * A roster import from Excel between its preview and its commit. The parsed rows (personal information) are kept
 * only until the import is committed or cancelled; the per-row results stay for the downloadable report.
 */
export const rosterImport = pgTable(
  'roster_import',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    fileName: text().notNull(),
    sha256: text().notNull(),
    /** previewed | committed | cancelled */
    status: text().notNull(),
    totalRows: integer().notNull(),
    /** The rows as read (personal information); emptied at commit or cancel. */
    rows: jsonb().$type<Record<string, unknown>[] | null>(),
    /** Each row's outcome: { row, staffNo, name, result, detail }. */
    results: jsonb().$type<{ row: number; staffNo: string; name: string; result: string; detail: string }[]>().notNull(),
    counts: jsonb().$type<Record<string, number>>().notNull(),
    onlyGood: boolean(),
    createdBy: integer().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('roster_import_inst').on(t.institutionId, t.createdAt)],
);

/** A family member or important social relation as the 干部任免审批表 lists them. */
export interface FamilyMember {
  relation: string;
  name: string;
  birth: string;
  political: string;
  workplace: string;
}

/**
 * 干部任免审批表 (LRMX) details of a person beyond the roster, kept by their LRMX element names (民族, 籍贯, 学历,
 * 简历, 奖惩…) so a file comes back out as it went in. Every column is personal information (个人信息保护法),
 * collected because the appointment form requires it, and shown only to the organization department.
 */
export const personDossier = pgTable(
  'person_dossier',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    personId: integer().notNull().references(() => person.id),
    fields: jsonb().$type<Record<string, string>>().notNull().default({}),
    family: jsonb().$type<FamilyMember[]>().notNull().default([]),
    photo: bytea(),
    photoType: text(),
    /** The file it last came from, or manual. */
    source: text(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('person_dossier_person').on(t.personId)],
);
