import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { notification } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { notFound } from '../../shared/errors';
import { idParam } from '../../http/ids';
import { createLiveFeed } from '../live';

/** An event stream ends after this long; the browser reconnects (EventSource), passing the session check again. */
const STREAM_MINUTES = 10;

const out = z.object({ id: z.number(), kind: z.string(), title: z.string(), body: z.string(), link: z.string().nullable(), citation: z.string().nullable(), createdAt: z.string(), read: z.boolean() });

/** The signed-in person's notices (提醒): the bell in the header and the reminders on the workbench. */
export const notificationsRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const feed = createLiveFeed(db);
  const streams = new Set<() => void>();
  // Open streams end when the service stops, so the shutdown does not wait for browsers.
  app.addHook('preClose', async () => {
    for (const end of streams) end();
    feed.close();
  });

  app.get(
    '/api/notifications/stream',
    {
      config: { access: 'authenticated' },
      schema: { tags: ['notifications'], summary: '我的提醒（实时更新，server-sent events：收到或读过提醒时发送 notifications 事件，内容为未读数）' },
    },
    async (req, reply) => {
      const auth = req.auth!;
      // A client that does not ask for an event stream (EventSource always does) gets the current state once.
      if (!(req.headers.accept ?? '').includes('text/event-stream')) {
        const { state, unsubscribe } = auth.personId === null ? { state: { unread: 0, lastId: 0 }, unsubscribe: () => undefined } : await feed.subscribe(auth.personId, auth.institutionId, () => undefined);
        unsubscribe();
        return reply.type('text/event-stream; charset=utf-8').send(`event: notifications\ndata: ${JSON.stringify(state)}\n\n`);
      }
      reply.hijack();
      const res = reply.raw;
      res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-store', connection: 'keep-alive', 'x-accel-buffering': 'no', 'x-content-type-options': 'nosniff' });
      res.write('retry: 3000\n\n');
      if (auth.personId === null) {
        res.end('event: notifications\ndata: {"unread":0,"lastId":0}\n\n');
        return;
      }
      const send = (s: { unread: number; lastId: number }) => res.write(`event: notifications\ndata: ${JSON.stringify(s)}\n\n`);
      const { state, unsubscribe } = await feed.subscribe(auth.personId, auth.institutionId, send);
      send(state);
      const ping = setInterval(() => res.write(': ping\n\n'), 25_000);
      const end = () => {
        clearInterval(ping);
        clearTimeout(limit);
        unsubscribe();
        streams.delete(end);
        if (!res.writableEnded) res.end();
      };
      const limit = setTimeout(end, STREAM_MINUTES * 60_000);
      streams.add(end);
      req.raw.on('close', end);
    },
  );

  app.get(
    '/api/notifications',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '我的提醒', response: { 200: z.object({ unread: z.number(), items: z.array(out) }) } } },
    async (req) => {
      const auth = req.auth!;
      if (auth.personId === null) return { unread: 0, items: [] };
      const mine = and(eq(notification.institutionId, auth.institutionId), eq(notification.recipientPersonId, auth.personId));
      const [{ unread }] = await db.select({ unread: sql<number>`count(*)::int` }).from(notification).where(and(mine, isNull(notification.readAt)));
      const rows = await db.select().from(notification).where(mine).orderBy(desc(notification.id)).limit(20);
      return { unread, items: rows.map((r) => ({ id: r.id, kind: r.kind, title: r.title, body: r.body, link: r.link, citation: r.citation, createdAt: r.createdAt.toISOString(), read: r.readAt !== null })) };
    },
  );

  app.post(
    '/api/notifications/:id/read',
    { config: { access: 'authenticated' }, schema: { tags: ['notifications'], summary: '标记提醒为已读', params: idParam, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      const result = await runCommand(db, req, async (tx) => {
        const [n] = await tx
          .select()
          .from(notification)
          .where(and(eq(notification.id, req.params.id), eq(notification.institutionId, auth.institutionId), eq(notification.recipientPersonId, auth.personId ?? -1)));
        if (!n) throw notFound('提醒', 'NOTIFICATION.NOT_FOUND');
        if (!n.readAt) await tx.update(notification).set({ readAt: new Date() }).where(eq(notification.id, n.id));
        return { result: { id: n.id }, audit: { action: 'notification.read', entityType: 'notification', entityId: n.id } };
      });
      feed.poke();
      return result;
    },
  );
};
