import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../db/client';
import { placeholderStatementNamed } from '../db/named';
import { auditRow, chainedMac, eventColumns, eventParams, eventSelectList, type AuditInput } from './audit.writer';
import { inChainTurn, lastWritten } from './chain-turns';

/**
 * A change made in the same statement as its audit event (`writeAuditWithChange`): written with placeholders, made
 * once. Its CTEs write only where `gate` holds (the chain's head is the one this process expects), and the event
 * goes in only when the CTE named `written` has a row.
 */
export interface ChangeWithAudit {
  /** The statement's name (a prepared statement of its own: one name, one text). */
  name: string;
  /**
   * A CTE run before the chain's head is locked (its name and its query): a lock the change takes (a key's advisory
   * lock) must come before the head's, as in every other command, or two commands taking both would wait for each other.
   */
  first?: { name: string; query: SQL };
  /** CTE definitions, without `WITH`; each that writes does so only `WHERE ${gate}`. Built on first use. */
  ctes: (gate: SQL) => SQL;
  /** The CTE that has a row when the change was written. */
  written: string;
  /** What the statement returns besides, as select-list items (`(SELECT id FROM same) AS same`). */
  returns: SQL;
}

const p = (name: string) => sql.placeholder(`audit_${name}`);

function statementOf(change: ChangeWithAudit) {
  return placeholderStatementNamed(change.name, () => {
    const first = change.first;
    // The head's read waits for `first`: its count is a one-time condition, worked out before the head is read and locked.
    const afterFirst = first ? sql` AND (SELECT count(*) FROM ${sql.identifier(first.name)}) >= 0` : sql``;
    return sql`
      WITH ${first ? sql`${sql.identifier(first.name)} AS (${first.query}),` : sql``}
      audit_head AS (SELECT id, last_mac FROM audit_chain WHERE id = ${p('chain')} AND institution_id = ${p('event_institution_id')}${afterFirst} FOR UPDATE),
      audit_ok AS (SELECT id FROM audit_head WHERE last_mac = ${p('event_prev_mac')}),
      ${change.ctes(sql`EXISTS (SELECT 1 FROM audit_ok)`)},
      audit_ins AS (
        INSERT INTO audit_event ${eventColumns}
        SELECT ${eventSelectList((column) => p(`event_${column}`))}, audit_ok.id
        FROM audit_ok WHERE EXISTS (SELECT 1 FROM ${sql.identifier(change.written)})
        RETURNING id),
      audit_moved AS (
        UPDATE audit_chain SET last_id = audit_ins.id, last_mac = ${p('event_mac')}, facts_changes = facts_changes + ${p('facts')}::int
        FROM audit_ins WHERE audit_chain.id = ${p('chain')}
        RETURNING audit_chain.id)
      SELECT ${change.returns}, EXISTS (SELECT 1 FROM audit_ok) AS audit_head_ok, EXISTS (SELECT 1 FROM audit_moved) AS audit_written`;
  });
}

/**
 * A command's change and its audit event in one statement, which is its own transaction — no BEGIN and COMMIT round
 * trips, and the college's chain head held only while it runs. The head is locked in the
 * statement and the change and the event are written only if it is still the head this process last wrote for that
 * chain (as audit.writer.ts `appendToKnownHead` does for an event alone), the event linked to it, the head counting
 * the change of facts when `bumpFacts`. Returns the statement's row (`written`: whether the event went in, with the
 * change), or null when nothing was written because this process has no head for the chain or its guess was stale:
 * the caller then makes the change the ordinary way, in a transaction that appends with `writeAudit` (which locks and
 * reads the head first).
 */
export async function writeAuditWithChange(
  db: Db,
  e: AuditInput & { institutionId: number },
  opts: { bumpFacts?: boolean },
  change: ChangeWithAudit,
  values: Record<string, unknown>,
): Promise<{ row: Record<string, unknown>; written: boolean } | null> {
  const row = auditRow(e, opts);
  return inChainTurn(db, row.institutionId, async ({ key }) => {
    const known = lastWritten.get(key);
    if (!known) return null;
    const mac = chainedMac(known.mac, row);
    const event = eventParams(row, known.mac, mac);
    const res = await statementOf(change)(db, {
      ...values,
      ...Object.fromEntries(Object.entries(event).map(([column, value]) => [`audit_event_${column}`, value])),
      audit_chain: known.chainId,
      audit_facts: opts.bumpFacts ? 1 : 0,
    });
    const out = res.rows[0] as Record<string, unknown> & { audit_head_ok: boolean; audit_written: boolean };
    if (!out.audit_head_ok) {
      // Another process (or a transaction this one rolled back) moved the head: the caller's fallback reads it. (A newer
      // guess set meanwhile, by an append that did not wait its turn, is kept.)
      if (lastWritten.get(key) === known) lastWritten.delete(key);
      return null;
    }
    if (out.audit_written) lastWritten.set(key, { chainId: known.chainId, mac });
    return { row: out, written: out.audit_written };
  });
}
