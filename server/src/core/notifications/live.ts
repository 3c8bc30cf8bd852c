import { and, eq, inArray, max, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { notification } from '../db/schema';

export interface LiveState {
  unread: number;
  lastId: number;
}
type Listener = (s: LiveState) => void;

/**
 * Live updates of each signed-in person's notices for the server-sent event stream: while anyone listens, one query
 * every `intervalMs` reads the unread count, newest notice and latest read of the people listening, and tells those
 * whose state changed. Reading the table (not an in-process event) makes it work across instances on PostgreSQL and
 * on PGlite alike, including notices recorded by scheduled jobs or another instance; `poke()` checks at once (after a
 * notice is read here).
 */
export function createLiveFeed(db: Db, intervalMs = 2000) {
  const listeners = new Map<number, Set<Listener>>();
  const seen = new Map<number, string>();
  let timer: NodeJS.Timeout | null = null;
  let busy = false;

  async function check() {
    if (busy || !listeners.size) return;
    busy = true;
    try {
      const ids = [...listeners.keys()];
      const rows = await db
        .select({
          personId: notification.recipientPersonId,
          unread: sql<number>`count(*) FILTER (WHERE ${notification.readAt} IS NULL)::int`,
          lastId: max(notification.id),
          lastRead: sql<string | null>`max(${notification.readAt})::text`,
        })
        .from(notification)
        .where(inArray(notification.recipientPersonId, ids))
        .groupBy(notification.recipientPersonId);
      const byPerson = new Map(rows.map((r) => [r.personId, r]));
      for (const id of ids) {
        const r = byPerson.get(id);
        const state = { unread: Number(r?.unread ?? 0), lastId: Number(r?.lastId ?? 0) };
        const sig = `${state.unread}:${state.lastId}:${r?.lastRead ?? ''}`;
        if (seen.get(id) === sig) continue;
        seen.set(id, sig);
        for (const l of listeners.get(id) ?? []) l(state);
      }
    } catch {
      // the next round tries again (a database restart, a closing pool)
    } finally {
      busy = false;
    }
  }

  return {
    /** Listens for a person's changes; returns the current state and the unsubscribe. */
    async subscribe(personId: number, institutionId: number, l: Listener): Promise<{ state: LiveState; unsubscribe: () => void }> {
      const set = listeners.get(personId) ?? new Set();
      set.add(l);
      listeners.set(personId, set);
      timer ??= setInterval(() => void check(), intervalMs);
      timer.unref();
      const mine = and(eq(notification.institutionId, institutionId), eq(notification.recipientPersonId, personId));
      const [r] = await db.select({ unread: sql<number>`count(*) FILTER (WHERE ${notification.readAt} IS NULL)::int`, lastId: max(notification.id) }).from(notification).where(mine);
      return {
        state: { unread: Number(r?.unread ?? 0), lastId: Number(r?.lastId ?? 0) },
        unsubscribe() {
          set.delete(l);
          if (!set.size) {
            listeners.delete(personId);
            seen.delete(personId);
          }
          if (!listeners.size && timer) {
            clearInterval(timer);
            timer = null;
          }
        },
      };
    },
    poke: () => void check(),
    close() {
      if (timer) clearInterval(timer);
      timer = null;
      listeners.clear();
    },
  };
}

export type LiveFeed = ReturnType<typeof createLiveFeed>;
