import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { person } from './people';
import { sealedText } from './columns';

export const account = pgTable('account', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  institutionId: integer().notNull().references(() => institution.id),
  username: text().notNull().unique(),
  passwordHash: text().notNull(),
  personId: integer().references(() => person.id),
  displayName: text().notNull(),
  /** Assigned roles: org | discipline | office | finance | foreign_affairs | publicity | sysadmin | secadmin | auditor */
  roles: text().array().notNull().default([]),
  disabled: boolean().notNull().default(false),
  /** Set for an account whose password was given to it: it must be changed at sign-in. (Resets no longer give one.) */
  mustChangePassword: boolean().notNull().default(false),
  passwordChangedAt: timestamp({ withTimezone: true }),
  /** TOTP second factor (RFC 6238): the secret (base32) once confirmed with a code; a pending one while enrolling. Encrypted. */
  totpSecret: sealedText(),
  totpPending: sealedText(),
  /** The last time step accepted, so a code cannot be replayed. */
  totpLastStep: integer(),
  /** When the account first signed in through 统一身份认证 (single sign-on): from then on it has no password to reset. */
  ssoLinkedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * Failed sign-ins counted per submitted user name (normalized), whether an account has that name or not, so that a
 * lock looks the same for a real and an unknown name and every instance of the app counts in one place. `attempts`
 * counts the attempts reserved since the last success or lock (each reserved before its password is checked).
 */
export const signInThrottle = pgTable('sign_in_throttle', {
  username: text().primaryKey(),
  attempts: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  lastAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/**
 * 密码重置 / 账号激活 under 三员分立 (split knowledge): the system administrator's request yields one half of a one-time
 * activation code, the security administrator's approval the other; the person redeems both and chooses a password.
 * Only hashes of the halves are stored. kind: reset | activation (a new account). status: pending | approved |
 * refused | redeemed | cancelled (replaced by a later request); pending or approved past expiresAt is expired.
 */
export const passwordReset = pgTable(
  'password_reset',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    accountId: integer().notNull().references(() => account.id),
    kind: text().notNull(),
    status: text().notNull(),
    requestedBy: integer().notNull().references(() => account.id),
    requestedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    requestHalfHash: text().notNull(),
    decidedBy: integer().references(() => account.id),
    decidedAt: timestamp({ withTimezone: true }),
    approvalHalfHash: text(),
    refusalReason: text(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    redeemedAt: timestamp({ withTimezone: true }),
  },
  (t) => [index('password_reset_account').on(t.accountId), index('password_reset_institution').on(t.institutionId, t.requestedAt)],
);

/** Server-side sessions; the cookie holds a random token, the table its SHA-256. */
export const session = pgTable(
  'session',
  {
    id: text().primaryKey(),
    accountId: integer().notNull().references(() => account.id),
    institutionId: integer().notNull().references(() => institution.id),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    ip: text(),
    userAgent: text(),
    /** A session opened through single sign-on: oidc | cas; null for a local password. */
    ssoProtocol: text(),
    /** CAS: the service ticket the session was opened with (the SessionIndex of a single-logout request). */
    ssoSessionIndex: text(),
    /** OIDC: the ID token, sent back as id_token_hint when signing out at the provider. */
    ssoIdToken: text(),
  },
  (t) => [index('session_account').on(t.accountId), index('session_sso_index').on(t.ssoSessionIndex)],
);

/**
 * A single sign-on started in a browser and not yet come back: keyed by the SHA-256 of a random value held in a
 * short-lived cookie of that browser, it keeps the OIDC state, nonce and PKCE verifier on the server. Used once.
 */
export const ssoAttempt = pgTable('sso_attempt', {
  id: text().primaryKey(),
  protocol: text().notNull(),
  state: text().notNull(),
  nonce: text(),
  codeVerifier: text(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
