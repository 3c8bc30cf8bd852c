import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { notification, notificationDelivery } from '../db/schema';

/** The mark a withdrawn notice's title carries in the bell (it stays, so that whoever read it learns it no longer holds). */
export const WITHDRAWN_MARK = '【已撤销】';

/**
 * Withdraws notices already recorded (e.g. the grades of an import batch that is undone), in the caller's
 * transaction: each stays in its recipient's bell marked 已撤销 with why and unread again (whoever read it sees it anew;
 * the bell's live feed counts it), and what was not yet sent through the outside channels is not sent. A notice already withdrawn is left as it is. Returns how many were withdrawn.
 */
export async function withdrawNotices(ex: Executor, institutionId: number, ids: number[], why: string): Promise<number> {
  if (!ids.length) return 0;
  const which = and(eq(notification.institutionId, institutionId), inArray(notification.id, ids), sql`${notification.title} NOT LIKE ${`${WITHDRAWN_MARK}%`}`);
  const rows = await ex
    .update(notification)
    .set({ title: sql`${WITHDRAWN_MARK} || ${notification.title}`, body: sql`${notification.body} || ${`\n\n${why}`}`, readAt: null })
    .where(which)
    .returning({ id: notification.id });
  if (rows.length) await ex.delete(notificationDelivery).where(and(inArray(notificationDelivery.notificationId, rows.map((r) => r.id)), eq(notificationDelivery.status, 'pending')));
  return rows.length;
}
