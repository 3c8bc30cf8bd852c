import type { Executor } from '../db/client';
import { notification } from '../db/schema';
import { enqueueDeliveries, enqueueDeliveriesMany } from './deliveries';

/** A notice to one person: shown in-app at once, and sent through their channels (at once if urgent, else in the day's digest). */
export interface NoticeInput {
  institutionId: number;
  recipientPersonId: number;
  /** What the notice is about, e.g. `talk_reminder`, `duty_digest`, `step_waiting`, `decision_made`. */
  kind: string;
  title: string;
  body: string;
  /** The page to open, e.g. `/sidelines?id=12`. */
  link?: string | null;
  /** The article the notice rests on, as shown to users. */
  citation?: string | null;
  urgent?: boolean;
  /** The account that caused it; 0 for the system (scheduled reminders). */
  createdBy: number;
  /** One notice per recipient and key: a second notify with the same key does nothing and returns null. */
  dedupeKey?: string | null;
}

/** A notice's row as stored. */
const noticeRow = (n: NoticeInput) => ({
  institutionId: n.institutionId,
  recipientPersonId: n.recipientPersonId,
  kind: n.kind,
  title: n.title,
  body: n.body,
  link: n.link ?? null,
  citation: n.citation ?? null,
  urgent: n.urgent ?? false,
  createdBy: n.createdBy,
  dedupeKey: n.dedupeKey ?? null,
});

/**
 * The insert of notices (a notice with the dedupe key of one already there is skipped), returning what deliveries need:
 * run by notifyMany, or set in a larger statement (with-notices.ts).
 */
export const insertNotices = (ex: Executor, list: NoticeInput[]) =>
  ex
    .insert(notification)
    .values(list.map(noticeRow))
    .onConflictDoNothing({ target: [notification.institutionId, notification.recipientPersonId, notification.dedupeKey] })
    .returning({ id: notification.id, institutionId: notification.institutionId, recipientPersonId: notification.recipientPersonId, urgent: notification.urgent });

/** Records a notice in the caller's transaction; returns its id, or null when one with the same dedupe key exists. */
export async function notify(ex: Executor, n: NoticeInput): Promise<number | null> {
  const [row] = await ex
    .insert(notification)
    .values(noticeRow(n))
    .onConflictDoNothing({ target: [notification.institutionId, notification.recipientPersonId, notification.dedupeKey] })
    .returning({ id: notification.id });
  if (!row) return null;
  // Queued for the recipient's outside channels in the same transaction; sent later, outside the command.
  await enqueueDeliveries(ex, { id: row.id, institutionId: n.institutionId, recipientPersonId: n.recipientPersonId, urgent: n.urgent ?? false });
  return row.id;
}

/** Records many notices (see notify); returns the ids of those recorded. */
export async function notifyAll(ex: Executor, list: NoticeInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (const n of list) {
    const id = await notify(ex, n);
    if (id !== null) ids.push(id);
  }
  return ids;
}

/**
 * Records many notices in a few statements (a batch command telling hundreds of people, e.g. a department's appraisal
 * grades): the same rows and deliveries as notifyAll, inserted 500 at a time. Returns the ids of those recorded.
 */
export async function notifyMany(ex: Executor, list: NoticeInput[]): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < list.length; i += 500) {
    const rows = await insertNotices(ex, list.slice(i, i + 500));
    await enqueueDeliveriesMany(ex, rows);
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}
