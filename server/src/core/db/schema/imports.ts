import { boolean, date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { institution } from './institution';

/**
 * One go-live import of a ledger from Excel (core/imports): who uploaded which file (its sha256) for which template, the
 * per-row report and counts, and, once committed, what the template needs to withdraw it (`undo`). The parsed rows
 * (personal information) are kept only between preview and commit or cancel.
 */
export const importBatch = pgTable(
  'import_batch',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    /** The template's key (e.g. held_sidelines). */
    template: text().notNull(),
    fileName: text().notNull(),
    sha256: text().notNull(),
    /** previewed | committed | cancelled | expired | undone */
    status: text().notNull(),
    totalRows: integer().notNull(),
    /** The rows as read; emptied at commit, cancel or expiry. */
    rows: jsonb().$type<Record<string, unknown>[] | null>(),
    /** Each row's outcome (core/imports/report.ts ImportRowResult). */
    results: jsonb().$type<unknown[]>().notNull(),
    counts: jsonb().$type<Record<string, number>>().notNull(),
    onlyGood: boolean(),
    /** What the template wrote, so that the batch can be withdrawn. */
    undo: jsonb().$type<unknown>(),
    createdBy: integer().notNull(),
    createdByName: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    committedBy: integer(),
    committedByName: text(),
    /** The app's date of the commit (the withdrawal window is counted from it). */
    committedOn: date({ mode: 'string' }),
    committedAt: timestamp({ withTimezone: true }),
    undoneBy: integer(),
    undoneByName: text(),
    undoneOn: date({ mode: 'string' }),
    undoReason: text(),
    finishedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('import_batch_inst_template').on(t.institutionId, t.template, t.createdAt)],
);
