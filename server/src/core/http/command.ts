import type { FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import { institution } from '../db/schema';
import type { Db, Tx } from '../db/client';
import { writeAudit, type AuditInput } from '../audit/audit.writer';
import { markCollegeHeld } from '../db/college-lock';
import { unauthenticated } from '../shared/errors';

export type CommandAudit = Pick<AuditInput, 'action' | 'entityType' | 'entityId' | 'before' | 'after' | 'detail'>;

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
  const auth = req.auth;
  if (!auth) throw unauthenticated();
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
    await writeAudit(tx, {
      ...audit,
      institutionId: auth.institutionId,
      actorAccountId: auth.accountId,
      actorName: auth.displayName,
      ip: req.ip,
      outcome: 'success',
    }, { bumpFacts: (opts.affects ?? 'institution') === 'institution' });
    return result;
  });
}
