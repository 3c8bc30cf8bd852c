import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { institution } from './institution';
import { person } from './people';
import { notification } from './notifications';

/** How a person is reached outside the system: e-mail, 企业微信 userid, 钉钉 userid (else their 工号 is tried). */
export const personContact = pgTable('person_contact', {
  personId: integer().primaryKey().references(() => person.id),
  institutionId: integer().notNull().references(() => institution.id),
  email: text(),
  wecomUserId: text(),
  dingtalkUserId: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** A person's own choice of channels, digest time and quiet hours; none: the system defaults (configuration). */
export const notificationPreference = pgTable('notification_preference', {
  personId: integer().primaryKey().references(() => person.id),
  institutionId: integer().notNull().references(() => institution.id),
  /** Outside channels chosen: email | wecom | dingtalk (in-app is always on). */
  channels: text().array().notNull().default([]),
  /** HH:MM China time of the daily digest; null: the system default. */
  digestTime: text(),
  /** Quiet hours HH:MM–HH:MM China time (may wrap midnight); null: the system default. */
  quietStart: text(),
  quietEnd: text(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

/** One notice sent (or to be sent) through one outside channel. */
export const notificationDelivery = pgTable(
  'notification_delivery',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    institutionId: integer().notNull().references(() => institution.id),
    notificationId: integer().notNull().references(() => notification.id),
    recipientPersonId: integer().notNull().references(() => person.id),
    /** email | wecom | dingtalk */
    channel: text().notNull(),
    /** pending (待发送) | sent (已发送) | failed (失败) | digested (已合并入摘要) */
    status: text().notNull().default('pending'),
    urgent: boolean().notNull().default(false),
    attempts: integer().notNull().default(0),
    /** The last error, in Chinese. */
    lastError: text(),
    nextAttemptAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** A sender holds the row until then (a crashed sender's rows are taken up again after it). */
    lockedUntil: timestamp({ withTimezone: true }),
    sentAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('notification_delivery_once').on(t.notificationId, t.channel),
    index('notification_delivery_due').on(t.status, t.nextAttemptAt),
    index('notification_delivery_inst').on(t.institutionId, t.id),
  ],
);

/** A run of a scheduled job: exactly one row per job, period and institution (0: the whole system). */
export const scheduledJob = pgTable(
  'scheduled_job',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    name: text().notNull(),
    /** The period the run is for, e.g. the date `2026-12-20` of a daily job. */
    scheduledFor: text().notNull(),
    institutionId: integer().notNull().default(0),
    /** pending | done | failed (gave up after the last attempt) */
    status: text().notNull().default('pending'),
    attempts: integer().notNull().default(0),
    runAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    lastError: text(),
    /** The instance that finished it (host:pid). */
    finishedBy: text(),
    finishedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('scheduled_job_once').on(t.name, t.scheduledFor, t.institutionId), index('scheduled_job_due').on(t.status, t.runAt)],
);
