import '@fastify/cookie';
import { and, eq, ne, sql } from 'drizzle-orm';
import { hash, verify } from '@node-rs/argon2';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db } from '../../db/client';
import { account, institution } from '../../db/schema';
import { writeAudit } from '../audit/audit.writer';
import { AppError, unauthenticated } from '../../shared/errors';
import { ROLE_LABELS } from '../../auth/roles';
import { checkTotp, newTotpSecret, totpUri } from '../../security/totp';
import QRCode from 'qrcode';
import { SESSION_COOKIE } from '../../http/guard';
import { createSession, deleteSession, purgeIdleSessions } from './session.repository';
import { session } from '../../db/schema';
import type { AppConfig } from '../../config';
import { passwordProblem } from '../../security/password-policy';
import { open, seal, type Sealed } from '../../db/sealed';
import { FieldIntegrityError } from '../../security/field-crypto';

/** An account's TOTP secret (or pending one), or null when it fails its integrity check: then no code is accepted. */
function totpSecretOf(accountId: number, column: 'totpSecret' | 'totpPending', stored: Sealed): string | null {
  try {
    return open(account[column], accountId, stored);
  } catch (err) {
    if (err instanceof FieldIntegrityError) return null;
    throw err;
  }
}
const unreadableSecret = () => new AppError('FIELD.INTEGRITY', '动态口令密钥完整性校验失败（可能在系统之外被改动），无法验证动态口令，请联系安全管理员', 409);


const meSchema = z.object({
  accountId: z.number(),
  username: z.string(),
  displayName: z.string(),
  personId: z.number().nullable(),
  institution: z.object({ id: z.number(), name: z.string(), shortName: z.string() }),
  roles: z.array(z.object({ role: z.string(), label: z.string() })),
  permissions: z.array(z.string()),
  scope: z.object({ all: z.boolean(), departmentIds: z.array(z.number()).optional() }),
  mustChangePassword: z.boolean(),
  totpEnabled: z.boolean(),
  /** An administrator (三员) without a second factor: enrolment is required. */
  totpRequired: z.boolean(),
  /** The password rules in force, for the change-password form. */
  passwordMinLength: z.number(),
});

export const authRoutes = (db: Db, opts: { cookieSecure: boolean; idleMinutes: number; security: AppConfig['security'] }): FastifyPluginAsyncZod => async (app) => {
  const { lockoutThreshold: MAX_FAILED, lockoutMinutes: LOCK_MINUTES } = opts.security;
  app.post(
    '/api/auth/login',
    {
      // Per client address: slows password guessing across many accounts, which the per-account lock cannot.
      config: {
        access: 'public',
        rateLimit: { max: opts.security.loginPerMinute, timeWindow: 60_000, errorResponseBuilder: () => new AppError('AUTH.RATE_LIMITED', '登录尝试过于频繁，请一分钟后再试', 429) },
      },
      schema: {
        tags: ['auth'],
        summary: '登录',
        body: z.object({ username: z.string().trim().min(1, '请输入用户名').max(64), password: z.string().min(1, '请输入密码').max(200), code: z.string().trim().max(10).optional().describe('动态口令') }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req, reply) => {
      const { username, password, code } = req.body;
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
      // Second factor: a correct password alone is not enough for an account with TOTP.
      let totpStep: number | null = null;
      if (a.totpSecret) {
        if (!code) throw new AppError('AUTH.TOTP_REQUIRED', '请输入动态口令（身份验证器中的 6 位数字）', 401, { field: 'code' });
        const secret = totpSecretOf(a.id, 'totpSecret', a.totpSecret);
        if (secret === null) {
          await writeAudit(db, { institutionId: a.institutionId, actorAccountId: a.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'failed', detail: 'totp secret failed its integrity check' });
          throw unreadableSecret();
        }
        const checked = checkTotp(secret, code, a.totpLastStep);
        if (!checked.ok) {
          const failed = a.failedAttempts + 1;
          await db.transaction(async (tx) => {
            await tx.update(account).set({ failedAttempts: failed, lockedUntil: failed >= MAX_FAILED ? sql`now() + make_interval(mins => ${LOCK_MINUTES})` : null }).where(eq(account.id, a.id));
            await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'failed', detail: `totp ${checked.reason} (${failed})` });
          });
          throw new AppError('AUTH.TOTP_INVALID', checked.reason === 'replay' ? '该动态口令已使用过，请等待下一个' : '动态口令不正确', 401, { field: 'code' });
        }
        totpStep = checked.step;
      }
      await purgeIdleSessions(db, opts.idleMinutes);
      const token = await db.transaction(async (tx) => {
        await tx.update(account).set({ failedAttempts: 0, lockedUntil: null, ...(totpStep !== null ? { totpLastStep: totpStep } : {}) }).where(eq(account.id, a.id));
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
      const [a] = await db.select({ totpEnabled: sql<boolean>`${account.totpSecret} IS NOT NULL` }).from(account).where(eq(account.id, auth.accountId));
      return {
        accountId: auth.accountId,
        username: auth.username,
        displayName: auth.displayName,
        personId: auth.personId,
        institution: { id: inst.id, name: inst.name, shortName: inst.shortName },
        roles: auth.roles.map((r) => ({ role: r, label: ROLE_LABELS[r] })),
        permissions: [...auth.permissions].sort(),
        scope: auth.scope.all ? { all: true } : { all: false, departmentIds: auth.scope.departmentIds },
        mustChangePassword: auth.mustChangePassword,
        totpEnabled: a.totpEnabled,
        totpRequired: auth.totpRequired,
        passwordMinLength: opts.security.passwordMinLength,
      };
    },
  );

  app.post(
    '/api/auth/password',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '修改本人密码：须输入当前密码；新密码须符合复杂度要求；修改后其他会话全部失效',
        body: z.object({ current: z.string().min(1, '请输入当前密码').max(200), next: z.string().min(1, '请输入新密码').max(200) }),
        response: { 200: z.object({ ok: z.literal(true) }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const [a] = await db.select().from(account).where(eq(account.id, auth.accountId));
      if (!(await verify(a.passwordHash, req.body.current))) {
        await writeAudit(db, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.password_change', ip: req.ip, outcome: 'failed', detail: 'wrong current password' });
        throw new AppError('AUTH.WRONG_PASSWORD', '当前密码不正确', 400, { field: 'current' });
      }
      if (req.body.next === req.body.current) throw new AppError('AUTH.SAME_PASSWORD', '新密码不能与当前密码相同', 400, { field: 'next' });
      const problem = passwordProblem(req.body.next, { username: a.username, rules: { minLength: opts.security.passwordMinLength } });
      if (problem) throw new AppError('AUTH.WEAK_PASSWORD', problem, 400, { field: 'next' });
      const passwordHash = await hash(req.body.next);
      await db.transaction(async (tx) => {
        await tx.update(account).set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date() }).where(eq(account.id, a.id));
        // Every other session of the account ends: whoever knew the old password is signed out.
        await tx.delete(session).where(and(eq(session.accountId, a.id), ne(session.id, auth.sessionId)));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.password_change', ip: req.ip, outcome: 'success' });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '开始设置动态口令：生成密钥和二维码（用身份验证器扫描后输入 6 位数字确认）', response: { 200: z.object({ secret: z.string(), uri: z.string(), qr: z.string() }) } } },
    async (req) => {
      const auth = req.auth!;
      const secret = newTotpSecret();
      const uri = totpUri(secret, auth.username);
      await db.transaction(async (tx) => {
        await tx.update(account).set({ totpPending: seal(account.totpPending, auth.accountId, secret) }).where(eq(account.id, auth.accountId));
        await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'auth.totp_setup', ip: req.ip, outcome: 'success' });
      });
      return { secret, uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '确认动态口令：输入身份验证器显示的 6 位数字；之后登录须同时输入动态口令', body: z.object({ code: z.string().trim().min(1, '请输入动态口令').max(10) }), response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req) => {
      const auth = req.auth!;
      const [a] = await db.select().from(account).where(eq(account.id, auth.accountId));
      if (!a.totpPending) throw new AppError('AUTH.TOTP_NOT_STARTED', '请先生成动态口令密钥并用身份验证器扫描', 409);
      const pending = totpSecretOf(a.id, 'totpPending', a.totpPending);
      if (pending === null) throw unreadableSecret();
      const checked = checkTotp(pending, req.body.code, null);
      if (!checked.ok) throw new AppError('AUTH.TOTP_INVALID', '动态口令不正确，请核对身份验证器和手机时间', 400, { field: 'code' });
      await db.transaction(async (tx) => {
        await tx.update(account).set({ totpSecret: seal(account.totpSecret, a.id, pending), totpPending: null, totpLastStep: checked.step }).where(eq(account.id, a.id));
        await tx.delete(session).where(and(eq(session.accountId, a.id), ne(session.id, auth.sessionId)));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.totp_enable', ip: req.ip, outcome: 'success' });
      });
      return { ok: true as const };
    },
  );
};
