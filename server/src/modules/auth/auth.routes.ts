import '@fastify/cookie';
import { eq, sql } from 'drizzle-orm';
import { verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { account, institution } from '../../db/schema';
import { writeAudit } from '../audit/audit.writer';
import { AppError, unauthenticated } from '../../shared/errors';
import { ROLE_LABELS } from '../../auth/roles';
import { SESSION_COOKIE } from '../../http/guard';
import { createSession, deleteSession, purgeIdleSessions } from './session.repository';

const MAX_FAILED = 5;
const LOCK_MINUTES = 15;

const meSchema = z.object({
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  institution: z.object({ id: z.number(), name: z.string(), shortName: z.string() }),
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
  permissions: z.array(z.string()),
  scope: z.object({ all: z.boolean(), departmentIds: z.array(z.number()).optional() }),
});

export const authRoutes = (db: Db, opts: { cookieSecure: boolean; idleMinutes: number }): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.object({ username: z.string().trim().min(1, '请输入用户名').max(64), password: z.string().min(1, '请输入密码').max(200) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      const { username, password } = req.body;
      const [a] = await db.select().from(account).where(eq(account.username, username)).limit(1);
      const fail = async (detail: string) => {
        await writeAudit(db, { institutionId: a?.institutionId ?? null, actorAccountId: a?.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'failed', detail });
        return new AppError('AUTH.BAD_CREDENTIALS', '用户名或密码不正确', 401);
      };
      if (!a || a.disabled) throw await fail(a ? 'disabled' : 'unknown user');
      if (a.lockedUntil && a.lockedUntil > new Date()) {
        await writeAudit(db, { institutionId: a.institutionId, actorAccountId: a.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'denied', detail: 'locked' });
        throw new AppError('AUTH.LOCKED', `连续登录失败次数过多，账号已锁定，请 ${LOCK_MINUTES} 分钟后再试`, 423);
      }
      if (!(await verify(a.passwordHash, password))) {
        const failed = a.failedAttempts + 1;
        await db.transaction(async (tx) => {
          await tx
            .update(account)
            .set({ failedAttempts: failed, lockedUntil: failed >= MAX_FAILED ? sql`now() + make_interval(mins => ${LOCK_MINUTES})` : null })
            .where(eq(account.id, a.id));
          await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'failed', detail: `wrong password (${failed})` });
        });
        throw new AppError('AUTH.BAD_CREDENTIALS', '用户名或密码不正确', 401);
      }
      await purgeIdleSessions(db, opts.idleMinutes);
      const token = await db.transaction(async (tx) => {
        await tx.update(account).set({ failedAttempts: 0, lockedUntil: null }).where(eq(account.id, a.id));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.login', ip: req.ip, outcome: 'success' });
        return createSession(tx as unknown as Db, a.id, a.institutionId, req.ip, req.headers['user-agent']);
      });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, maxAge: 12 * 3600 });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '退出登录', response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req, reply) => {
      const auth = req.auth!;
      await db.transaction(async (tx) => {
        await deleteSession(tx as unknown as Db, auth.sessionId);
        await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'auth.logout', ip: req.ip, outcome: 'success' });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '当前用户', response: { 200: meSchema } } },
    async (req) => {
      const auth = req.auth;
      if (!auth) throw unauthenticated();
      const [inst] = await db.select().from(institution).where(eq(institution.id, auth.institutionId));
      return {
        accountId: auth.accountId,
        username: auth.username,
        displayName: auth.displayName,
        personId: auth.personId,
        institution: { id: inst.id, name: inst.name, shortName: inst.shortName },
        roles: auth.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
        permissions: [...auth.permissions].sort(),
        scope: auth.scope.all ? { all: true } : { all: false, departmentIds: auth.scope.departmentIds },
      };
    },
  );
};
