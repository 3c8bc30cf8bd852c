import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import type { Executor } from '../db/client';
import { AppError } from '../shared/errors';

/**
 * The per-name lock on password guessing (GB/T 22239-2019 8.1.4.1 b: 登录失败处理). Attempts are counted per submitted
 * user name, normalized, whether an account has that name or not, in the database, so that every instance of the app
 * counts in one place and a locked name answers the same whether it is an account or not.
 *
 * Each attempt first reserves a slot in one atomic statement and only then, if the slot is within the threshold, is a
 * password checked: however many attempts arrive at once, at most `lockoutThreshold` passwords are checked before the
 * name is locked. A success resets the count; a failure in the last slot locks the name; an attempt beyond the
 * threshold locks it too (so a slot whose request never finished cannot leave the name blocked without an end).
 */
export interface LockoutRules {
  lockoutThreshold: number;
  lockoutMinutes: number;
}

export type Slot = { allowed: true; name: string; attempt: number } | { allowed: false; name: string; minutesLeft: number };

/** The form a user name is counted under: what a person may type for the same account counts once. */
export const normalizeUsername = (username: string) => username.normalize('NFKC').trim().toLowerCase();

export async function reserveAttempt(db: Executor, username: string, rules: LockoutRules): Promise<Slot> {
  const name = normalizeUsername(username);
  const r = await db.execute(sql`
    INSERT INTO sign_in_throttle AS t (username, attempts, locked_until, last_attempt_at) VALUES (${name}, 1, NULL, now())
    ON CONFLICT (username) DO UPDATE SET
      attempts = CASE WHEN t.locked_until <= now() THEN 1 ELSE t.attempts + 1 END,
      locked_until = CASE
        WHEN t.locked_until <= now() THEN NULL
        WHEN t.locked_until IS NULL AND t.attempts + 1 > ${rules.lockoutThreshold} THEN now() + make_interval(mins => ${rules.lockoutMinutes})
        ELSE t.locked_until END,
      last_attempt_at = now()
    RETURNING attempts, ceil(extract(epoch FROM (locked_until - now())) / 60)::int AS minutes_left`);
  const row = r.rows[0] as { attempts: number; minutes_left: number | null };
  if (row.minutes_left === null && row.attempts <= rules.lockoutThreshold) return { allowed: true, name, attempt: row.attempts };
  return { allowed: false, name, minutesLeft: Math.max(1, row.minutes_left ?? rules.lockoutMinutes) };
}

/** A checked attempt failed: the slot stays counted, and the last slot locks the name. */
export async function recordFailure(db: Executor, slot: Extract<Slot, { allowed: true }>, rules: LockoutRules): Promise<void> {
  if (slot.attempt < rules.lockoutThreshold) return;
  await db.execute(sql`UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => ${rules.lockoutMinutes}) WHERE username = ${slot.name} AND locked_until IS NULL`);
}

/** A correct password whose second factor is still to come: not a failure, the slot is given back. */
export async function releaseAttempt(db: Executor, slot: Extract<Slot, { allowed: true }>): Promise<void> {
  await db.execute(sql`UPDATE sign_in_throttle SET attempts = greatest(attempts - 1, 0) WHERE username = ${slot.name} AND locked_until IS NULL`);
}

/** A success (or an administrator's unlock): the count starts again. */
export async function clearAttempts(db: Executor, username: string): Promise<void> {
  await db.execute(sql`UPDATE sign_in_throttle SET attempts = 0, locked_until = NULL WHERE username = ${normalizeUsername(username)}`);
}

/** Names untried for a day and not locked are forgotten (unknown names would otherwise pile up). */
export async function purgeStaleAttempts(db: Executor): Promise<void> {
  await db.execute(sql`DELETE FROM sign_in_throttle WHERE last_attempt_at < now() - interval '1 day' AND (locked_until IS NULL OR locked_until < now())`);
}

/** The one answer for a locked name, account or not. */
export const lockedError = (minutesLeft: number) => new AppError('AUTH.LOCKED', `连续登录失败次数过多，账号已暂时锁定，请 ${minutesLeft} 分钟后再试`, 423);

/** argon2, as one object that every password check goes through: tests count the checks by it (a burst, an unknown name). */
export const passwordHasher = { hash, verify };

let dummy: Promise<string> | undefined;
/** A hash made like every password hash (same argon2 parameters), of a secret nobody knows. */
const dummyHash = () => (dummy ??= passwordHasher.hash(crypto.randomBytes(24).toString('base64')));

/**
 * Checks a password against an account's hash, or against a dummy hash when there is no account: the same work, and
 * about the same time, whether the name exists or not.
 */
export async function checkPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  if (!passwordHash) {
    await passwordHasher.verify(await dummyHash(), password);
    return false;
  }
  return passwordHasher.verify(passwordHash, password);
}

/** A hash nothing verifies against: the password of an account waiting for its activation code. */
export const unusablePasswordHash = () => passwordHasher.hash(crypto.randomBytes(32).toString('base64'));
