import { sql, type SQLWrapper } from 'drizzle-orm';
import type { Tx } from '../db/client';
import { enqueueDeliveriesMany } from './deliveries';
import { insertNotices, type NoticeInput } from './notify';

/**
 * A command's write and the notices it sends, in one statement (one round trip, as the write's own insert would be):
 * `write` is a data-modifying query returning `id` (e.g. an insert … returning({ id })), run as a common table
 * expression beside the notices' insert. Returns the write's first id (null when it wrote nothing, e.g. ON CONFLICT DO
 * NOTHING: the caller then refuses, and the transaction takes the notices back). The notices are queued for their
 * outside channels as notify() does.
 */
export async function writeWithNotices(tx: Tx, write: SQLWrapper, notices: NoticeInput[]): Promise<number | null> {
  if (!notices.length) {
    const r = await tx.execute(sql`WITH w AS (${write.getSQL()}) SELECT (SELECT id FROM w LIMIT 1) AS id`);
    return (r.rows[0] as { id: number | null }).id;
  }
  const told = insertNotices(tx, notices);
  // getSQL(): a query builder set in a template is put in parentheses, which PostgreSQL refuses for an INSERT in WITH.
  const r = await tx.execute(sql`
    WITH w AS (${write.getSQL()}), n AS (${told.getSQL()})
    SELECT (SELECT id FROM w LIMIT 1) AS id,
      (SELECT coalesce(json_agg(json_build_object('id', n.id, 'institutionId', n.institution_id, 'recipientPersonId', n.recipient_person_id, 'urgent', n.urgent)), '[]'::json) FROM n) AS notices`);
  const row = r.rows[0] as { id: number | null; notices: { id: number; institutionId: number; recipientPersonId: number; urgent: boolean }[] };
  await enqueueDeliveriesMany(tx, row.notices);
  return row.id;
}
