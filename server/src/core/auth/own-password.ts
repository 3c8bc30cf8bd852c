import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { account } from '../db/schema';
import { writeAudit } from '../audit/audit.writer';
import { AppError } from '../shared/errors';
import { checkPassword, lockedError, recordFailure, reserveAttempt, type LockoutRules, type Slot } from './sign-in-throttle';

export type AllowedSlot = Extract<Slot, { allowed: true }>;

/** Records a failed check by the signed-in account (password or code) and counts it toward the lock. */
export async function failOwnCheck(db: Db, req: FastifyRequest, slot: AllowedSlot, rules: LockoutRules, action: string, detail: string): Promise<void> {
  const auth = req.auth!;
  await db.transaction(async (tx) => {
    await recordFailure(tx, slot, rules);
    await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action, ip: req.ip, outcome: 'failed', detail: `${detail} (${slot.attempt})` });
  });
}

/**
 * The signed-in person proves they know the password before a change to how they sign in (the password, the second
 * factor): a stolen session alone cannot take the account over. Wrong passwords count toward the same lock as
 * sign-ins, so a session cannot be used to guess the password either. The caller clears the count on success.
 */
export async function verifyOwnPassword(db: Db, req: FastifyRequest, password: string, rules: LockoutRules, opts: { action: string; field: string }) {
  const auth = req.auth!;
  const slot = await reserveAttempt(db, auth.username, rules);
  if (!slot.allowed) {
    await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: opts.action, ip: req.ip, outcome: 'denied', detail: 'locked' });
    throw lockedError(slot.minutesLeft);
  }
  const [a] = await db.select().from(account).where(eq(account.id, auth.accountId));
  if (!(await checkPassword(a.passwordHash, password))) {
    await failOwnCheck(db, req, slot, rules, opts.action, 'wrong password');
    throw new AppError('AUTH.WRONG_PASSWORD', '当前密码不正确', 400, { field: opts.field });
  }
  return { account: a, slot };
}
