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
  failedAttempts: integer().notNull().default(0),
  lockedUntil: timestamp({ withTimezone: true }),
  /** Set for an account whose password was given to it (a new account, a reset): it must be changed at sign-in. */
  mustChangePassword: boolean().notNull().default(false),
  passwordChangedAt: timestamp({ withTimezone: true }),
  /** TOTP second factor (RFC 6238): the secret (base32) once confirmed with a code; a pending one while enrolling. Encrypted. */
  totpSecret: sealedText(),
  totpPending: sealedText(),
  /** The last time step accepted, so a code cannot be replayed. */
  totpLastStep: integer(),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

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
  },
  (t) => [index('session_account').on(t.accountId)],
);
