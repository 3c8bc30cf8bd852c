import { randomInt } from 'node:crypto';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import type { Tx } from '../db/client';
import { passwordReset } from '../db/schema';

/**
 * Split knowledge for password resets and new accounts (三员分立, GB/T 22239-2019 8.1.4.2): the activation code is two
 * halves, one made at the system administrator's request and one at the security administrator's approval, each
 * shown once to the administrator who made it and stored only as an argon2 hash. Only the person holding both halves
 * (and their second factor, where enabled) can set a password; neither administrator alone can sign in as them.
 */
export const RESET_KINDS = ['reset', 'activation'] as const;
export const RESET_STATUSES = ['pending', 'approved', 'refused', 'redeemed', 'cancelled', 'expired'] as const;
export type ResetStatus = (typeof RESET_STATUSES)[number];

/** 32 letters and digits without look-alikes (no I, O, 0, 1). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const HALF_LENGTH = 12;

/** One half of an activation code: 12 characters (60 bits), shown as XXXX-XXXX-XXXX. */
export function newHalf(): string {
  let s = '';
  for (let i = 0; i < HALF_LENGTH; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  return s.replace(/(.{4})(?=.)/g, '$1-');
}

/** What a person typed, as it was hashed: upper case, without spaces or dashes. */
export const normalizeHalf = (typed: string) => typed.toUpperCase().replace(/[^A-Z0-9]/g, '');

export const hashHalf = (half: string) => hash(normalizeHalf(half));

export async function halfMatches(halfHash: string, typed: string): Promise<boolean> {
  return verify(halfHash, normalizeHalf(typed));
}

/** A reset still waiting or still redeemable has this status until it expires. */
export const OPEN_STATUSES: ResetStatus[] = ['pending', 'approved'];

export const statusOf = (r: { status: string; expiresAt: Date }, now = new Date()): ResetStatus =>
  OPEN_STATUSES.includes(r.status as ResetStatus) && r.expiresAt <= now ? 'expired' : (r.status as ResetStatus);

/**
 * Opens a reset for an account on the system administrator's request (in the caller's transaction): any earlier open
 * (unexpired) one is cancelled, so only the latest request can be approved or redeemed. Returns the request half, to show once.
 */
export async function openReset(tx: Tx, r: { institutionId: number; accountId: number; kind: (typeof RESET_KINDS)[number]; requestedBy: number; hours: number }) {
  await tx
    .update(passwordReset)
    .set({ status: 'cancelled' })
    .where(and(eq(passwordReset.accountId, r.accountId), inArray(passwordReset.status, OPEN_STATUSES), gt(passwordReset.expiresAt, sql`now()`)));
  const requestHalf = newHalf();
  const [row] = await tx
    .insert(passwordReset)
    .values({
      institutionId: r.institutionId,
      accountId: r.accountId,
      kind: r.kind,
      status: 'pending',
      requestedBy: r.requestedBy,
      requestHalfHash: await hashHalf(requestHalf),
      expiresAt: sql`now() + make_interval(hours => ${r.hours})`,
    })
    .returning({ id: passwordReset.id, expiresAt: passwordReset.expiresAt });
  return { resetId: row.id, requestHalf, expiresAt: row.expiresAt.toISOString() };
}
