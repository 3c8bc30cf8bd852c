import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { institution } from '../db/schema';
import type { Db, Tx } from '../db/client';
import { writeAudit, type AuditInput } from '../audit/audit.writer';
import { writeAuditWithChange, type ChangeWithAudit } from '../audit/audit-with-change';
import { markCollegeHeld } from '../db/college-lock';
import { unauthenticated } from '../shared/errors';

export type CommandAudit = Pick<AuditInput, 'action' | 'entityType' | 'entityId' | 'before' | 'after' | 'detail'>;

/** A command's audit event: what it did, by the signed-in account of its college, from the request's address. */
function commandEvent(req: FastifyRequest, audit: CommandAudit) {
  const auth = req.auth;
  if (!auth) throw unauthenticated();
  return { ...audit, institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, ip: req.ip, outcome: 'success' as const };
}

/**
 * Runs a state change in one transaction and writes its audit event in the same transaction:
 * either both are stored or neither is.
 */
export async function runCommand<T>(
  db: Db,
  req: FastifyRequest,
  fn: (tx: Tx) => Promise<{ result: T; audit: CommandAudit }>,
  opts: { affects?: 'institution' | 'all_institutions' | 'nothing' } = {},
): Promise<T> {
  if (!req.auth) throw unauthenticated();
  return db.transaction(async (tx) => {
    const { result, audit } = await fn(tx);
    // The facts changed: duties derived from the old facts are stale (see duties.service). A staging write (an import
    // preview) changes no fact and leaves them be.
    // The college's own version is counted on the chain head its audit append takes, in the same statement
    // (core/db/facts-version.ts): no row of the college that every writer would wait for. A change of every college bumps
    // each college's own counter.
    if (opts.affects === 'all_institutions') {
      await tx.update(institution).set({ factsVersion: sql`${institution.factsVersion} + 1` });
      markCollegeHeld(tx);
    }
    await writeAudit(tx, commandEvent(req, audit), { bumpFacts: (opts.affects ?? 'institution') === 'institution' });
    return result;
  });
}

/**
 * A command whose change of the college's facts is one statement (`change`, written with placeholders): the change and
 * its audit event are made in that statement (core/audit/audit-with-change.ts), its own transaction — one round trip
 * where `runCommand` takes four, and the chain's head held for the statement alone. `result` reads the statement's row,
 * and may refuse (nothing was written then). When the statement could not link its event (the chain's head is not the
 * one this process expected) it wrote nothing, and `fallback` makes the same change the ordinary way (`runCommand`).
 * The change's locks: a key's lock in its `first` CTE, before the chain's head; its foreign keys' checks come at the
 * end of the statement, after the head (no command locks a person's or a college's row for update and then appends).
 */
export async function runCommandInOneStatement<T>(
  db: Db,
  req: FastifyRequest,
  cmd: {
    change: ChangeWithAudit;
    values: Record<string, unknown>;
    audit: CommandAudit;
    result: (row: Record<string, unknown>, written: boolean) => T;
    fallback: (tx: Tx) => Promise<T>;
  },
): Promise<T> {
  const done = await writeAuditWithChange(db, commandEvent(req, cmd.audit), { bumpFacts: true }, cmd.change, cmd.values);
  if (done) return cmd.result(done.row, done.written);
  return runCommand(db, req, async (tx) => ({ result: await cmd.fallback(tx), audit: cmd.audit }));
}
