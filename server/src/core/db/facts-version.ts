import { getTableColumns, sql } from 'drizzle-orm';
import { institution } from './schema';

/**
 * An institution's facts version: its own counter (bumped by a command that changes every institution) plus the
 * commands that changed its facts, counted on each of its audit chain heads (core/audit/audit.writer.ts bumps the head
 * it appends to). Each committed change adds one to one of them, so the sum only grows and moves with every change:
 * derived duties and policies are cached by it. Reading the column alone would miss every college's own commands.
 */
// Written with the table's name: drizzle leaves it off columns in a one-table select, and inside the subquery a bare
// "id" would be the chain's.
export const factsVersion = sql<number>`("institution"."facts_version" + coalesce((SELECT sum(c.facts_changes) FROM audit_chain c WHERE c.institution_id = "institution"."id"), 0))::bigint`
  .mapWith(Number);

/** The institution's columns, its facts version read as above: select these, not the table, wherever the version matters. */
export const institutionColumns = { ...getTableColumns(institution), factsVersion };
