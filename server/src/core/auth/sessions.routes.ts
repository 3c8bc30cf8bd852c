import { and, desc, eq, like, ne } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { session } from '../db/schema';
import type { AppDeps } from '../services/deps';
import { runCommand } from '../http/command';
import { notFound } from '../shared/errors';

/** A session is shown by the first 16 hex digits of its token's hash: enough to name it, useless to take it over. */
const REF_LENGTH = 16;
const refParam = z.object({ ref: z.string().regex(/^[0-9a-f]{16}$/, '会话编号应为 16 位十六进制') });
const sessionOut = z.object({
  ref: z.string(), createdAt: z.string(), lastSeenAt: z.string(), ip: z.string().nullable(), userAgent: z.string().nullable(), current: z.boolean(),
  /** When it ends unless used again (idle timeout), and at the latest (absolute lifetime). */
  idleEndsAt: z.string(), endsAt: z.string(),
});

/** 我的登录会话 (OWASP ASVS 3.3.4): a user sees where they are signed in and ends the sessions they do not recognise. */
export const sessionsRoutes = ({ db, config }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/auth/sessions',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '我的登录会话', response: { 200: z.array(sessionOut) } } },
    async (req) => {
      const auth = req.auth!;
      const rows = await db.select().from(session).where(eq(session.accountId, auth.accountId)).orderBy(desc(session.lastSeenAt));
      return rows.map((s) => ({
        ref: s.id.slice(0, REF_LENGTH), createdAt: s.createdAt.toISOString(), lastSeenAt: s.lastSeenAt.toISOString(), ip: s.ip, userAgent: s.userAgent, current: s.id === auth.sessionId,
        idleEndsAt: new Date(s.lastSeenAt.getTime() + config.sessionIdleMinutes * 60_000).toISOString(),
        endsAt: new Date(s.createdAt.getTime() + config.security.sessionAbsoluteHours * 3_600_000).toISOString(),
      }));
    },
  );

  app.delete(
    '/api/auth/sessions/:ref',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '结束我的某个登录会话（本次登录请用“退出登录”）', params: refParam, response: { 200: z.object({ ended: z.literal(1) }) } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const ended = await tx
          .delete(session)
          .where(and(eq(session.accountId, auth.accountId), like(session.id, `${req.params.ref}%`), ne(session.id, auth.sessionId)))
          .returning({ id: session.id });
        if (!ended.length) throw notFound('登录会话', 'AUTH.SESSION_NOT_FOUND');
        return { result: { ended: 1 as const }, audit: { action: 'auth.session_end', entityType: 'session', entityId: req.params.ref } };
      }, { affects: 'nothing' });
    },
  );

  app.post(
    '/api/auth/sessions/end-others',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '退出其他设备上的登录', response: { 200: z.object({ ended: z.number() }) } } },
    async (req) => {
      const auth = req.auth!;
      return runCommand(db, req, async (tx) => {
        const ended = await tx.delete(session).where(and(eq(session.accountId, auth.accountId), ne(session.id, auth.sessionId))).returning({ id: session.id });
        return { result: { ended: ended.length }, audit: { action: 'auth.sessions_end_others', detail: { ended: ended.length } } };
      }, { affects: 'nothing' });
    },
  );
};
