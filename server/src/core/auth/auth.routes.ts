import '@fastify/cookie';
import { and, eq, ne, sql } from 'drizzle-orm';
import { hash } from '@node-rs/argon2';
import { z } from 'zod';
import { currentClock } from '../shared/clock';
import { todayIso } from '../shared/dates';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { Db, Executor } from '../db/client';
import { account, institution } from '../db/schema';
import { writeAudit } from '../audit/audit.writer';
import { AppError, unauthenticated } from '../shared/errors';
import { ROLE_LABELS } from './roles';
import { checkTotp, newTotpSecret, totpUri } from '../security/totp';
import QRCode from 'qrcode';
import { refusalFor, SESSION_COOKIE } from '../http/guard';
import { createSession, deleteSession, purgeIdleSessions } from './session.repository';
import { session } from '../db/schema';
import type { AppConfig } from '../../config';
import { passwordProblem } from '../security/password-policy';
import { checkPassword, clearAttempts, lockedError, purgeStaleAttempts, recordFailure, releaseAttempt, reserveAttempt } from './sign-in-throttle';
import { failOwnCheck, verifyOwnPassword } from './own-password';
import { seal } from '../db/sealed';
import { totpSecretOf, unreadableSecret } from './totp-secret';
import { ADMIN_ROLES } from './roles';
import { providerSignOutUrl, type SsoServices } from './sso/sso-services';
import { sessionPolicyOut, type SessionPolicy } from '../policy/session-policy';



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
  /** Today by the server's clock (China time), and whether CADRE_TODAY fixes it: forms default to this date. */
  today: z.string(),
  todayFixed: z.boolean(),
  /** With `include=policy`, for a caller who may read the regulations: the words and rules every page shows. */
  policy: sessionPolicyOut.optional(),
});

export const authRoutes = (
  db: Db,
  opts: { cookieSecure: boolean; idleMinutes: number; security: AppConfig['security']; sso?: SsoServices; sessionPolicy?: (institutionId: number, factsVersion: number) => Promise<SessionPolicy> },
): FastifyPluginAsyncZod => async (app) => {
  const rules = opts.security;
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
      // The attempt is counted before anything is checked: a burst of guesses checks at most the threshold's number.
      const slot = await reserveAttempt(db, username, rules);
      const [a] = await db.select().from(account).where(eq(account.username, slot.name)).limit(1);
      const audit = (ex: Executor, outcome: 'failed' | 'denied', detail: string) =>
        writeAudit(ex, { institutionId: a?.institutionId ?? null, actorAccountId: a?.id ?? null, actorName: username, action: 'auth.login', ip: req.ip, outcome, detail });
      if (!slot.allowed) {
        await audit(db, 'denied', 'locked');
        throw lockedError(slot.minutesLeft);
      }
      // An unknown name is checked against a dummy hash: it costs and answers as a wrong password does.
      const passwordOk = await checkPassword(a?.passwordHash, password);
      if (!a || a.disabled || !passwordOk) {
        await db.transaction(async (tx) => {
          await recordFailure(tx, slot, rules);
          await audit(tx, 'failed', `${!a ? 'unknown user' : a.disabled ? 'disabled' : 'wrong password'} (${slot.attempt})`);
        });
        throw new AppError('AUTH.BAD_CREDENTIALS', '用户名或密码不正确', 401);
      }
      // Once single sign-on works the security administrator may switch local passwords off for business users; the
      // three administrators keep theirs (with the second factor).
      if (!a.roles.some((r) => ADMIN_ROLES.includes(r as never))) {
        const [inst] = await db.select({ local: institution.localPasswordSignIn }).from(institution).where(eq(institution.id, a.institutionId));
        if (!inst.local) {
          await releaseAttempt(db, slot);
          await audit(db, 'denied', 'local password sign-in switched off');
          throw new AppError('AUTH.LOCAL_SIGN_IN_OFF', '本校已启用统一身份认证，本地密码登录已关闭，请点击“统一身份认证登录”', 403);
        }
      }
      // Second factor: a correct password alone is not enough for an account with TOTP.
      let totpStep: number | null = null;
      if (a.totpSecret) {
        if (!code) {
          await releaseAttempt(db, slot);
          throw new AppError('AUTH.TOTP_REQUIRED', '请输入动态口令（身份验证器中的 6 位数字）', 401, { field: 'code' });
        }
        const secret = totpSecretOf(a.id, 'totpSecret', a.totpSecret);
        if (secret === null) {
          await releaseAttempt(db, slot);
          await writeAudit(db, { institutionId: a.institutionId, actorAccountId: a.id, actorName: username, action: 'auth.login', ip: req.ip, outcome: 'failed', detail: 'totp secret failed its integrity check' });
          throw unreadableSecret();
        }
        const checked = checkTotp(secret, code, a.totpLastStep);
        if (!checked.ok) {
          await db.transaction(async (tx) => {
            await recordFailure(tx, slot, rules);
            await audit(tx, 'failed', `totp ${checked.reason} (${slot.attempt})`);
          });
          throw new AppError('AUTH.TOTP_INVALID', checked.reason === 'replay' ? '该动态口令已使用过，请等待下一个' : '动态口令不正确', 401, { field: 'code' });
        }
        totpStep = checked.step;
      }
      await purgeIdleSessions(db, opts.idleMinutes);
      await purgeStaleAttempts(db);
      const token = await db.transaction(async (tx) => {
        await clearAttempts(tx, slot.name);
        if (totpStep !== null) await tx.update(account).set({ totpLastStep: totpStep }).where(eq(account.id, a.id));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.login', ip: req.ip, outcome: 'success' });
        return createSession(tx as unknown as Db, a.id, a.institutionId, req.ip, req.headers['user-agent']);
      });
      reply.setCookie(SESSION_COOKIE, token, { path: '/', httpOnly: true, sameSite: 'lax', secure: opts.cookieSecure, maxAge: 12 * 3600 });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '退出登录：经统一身份认证登录的，另给出认证服务的退出地址（浏览器转到该地址，认证服务的会话一并结束）',
        response: { 200: z.object({ ok: z.literal(true), redirectTo: z.string().optional().describe('认证服务的退出地址') }) },
      },
    },
    async (req, reply) => {
      const auth = req.auth!;
      const [s] = await db.select({ ssoProtocol: session.ssoProtocol, ssoIdToken: session.ssoIdToken }).from(session).where(eq(session.id, auth.sessionId));
      const redirectTo = s ? await providerSignOutUrl(opts.sso, s) : null;
      await db.transaction(async (tx) => {
        await deleteSession(tx as unknown as Db, auth.sessionId);
        await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'auth.logout', ip: req.ip, outcome: 'success' });
      });
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return redirectTo ? { ok: true as const, redirectTo } : { ok: true as const };
    },
  );

  app.get(
    '/api/auth/me',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '当前用户（include=policy：同时返回制度文件、词表和本院现行规则，须有查阅制度的权限）',
        querystring: z.object({ include: z.enum(['policy'], { error: 'include 只能为 policy' }).optional() }),
        response: { 200: meSchema },
      },
    },
    async (req) => {
      const auth = req.auth;
      if (!auth) throw unauthenticated();
      // Only for those the guard would let read the regulations now (GET /api/policy): not an account that must first
      // change its password or enrol its second factor.
      const withPolicy = req.query.include === 'policy' && !refusalFor(auth, 'policy.read', '/api/policy') && opts.sessionPolicy;
      const [[inst], [a], policy] = await Promise.all([
        db.select().from(institution).where(eq(institution.id, auth.institutionId)),
        db.select({ totpEnabled: sql<boolean>`${account.totpSecret} IS NOT NULL` }).from(account).where(eq(account.id, auth.accountId)),
        // Who is signed in is answered even if the policy cannot be: the web then reads it the three ways it has.
        withPolicy
          ? withPolicy(auth.institutionId, auth.factsVersion).catch((err: Error) => {
              req.log.warn({ err }, '会话所附的制度信息读取失败 / the session policy could not be read');
              return undefined;
            })
          : undefined,
      ]);
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
        today: todayIso(),
        todayFixed: currentClock().fixedDate !== null,
        ...(policy ? { policy } : {}),
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
      const { account: a, slot } = await verifyOwnPassword(db, req, req.body.current, rules, { action: 'auth.password_change', field: 'current' });
      if (req.body.next === req.body.current) throw new AppError('AUTH.SAME_PASSWORD', '新密码不能与当前密码相同', 400, { field: 'next' });
      const problem = passwordProblem(req.body.next, { username: a.username, rules: { minLength: opts.security.passwordMinLength } });
      if (problem) throw new AppError('AUTH.WEAK_PASSWORD', problem, 400, { field: 'next' });
      const passwordHash = await hash(req.body.next);
      await db.transaction(async (tx) => {
        await tx.update(account).set({ passwordHash, mustChangePassword: false, passwordChangedAt: new Date() }).where(eq(account.id, a.id));
        await clearAttempts(tx, slot.name);
        // Every other session of the account ends: whoever knew the old password is signed out.
        await tx.delete(session).where(and(eq(session.accountId, a.id), ne(session.id, auth.sessionId)));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.password_change', ip: req.ip, outcome: 'success' });
      });
      return { ok: true as const };
    },
  );

  app.post(
    '/api/auth/totp/setup',
    {
      config: { access: 'authenticated' },
      schema: {
        tags: ['auth'],
        summary: '开始设置或更换动态口令：须输入当前密码，已启用动态口令的还须输入当前的动态口令；生成密钥和二维码（用身份验证器扫描后输入 6 位数字确认）',
        body: z.object({ password: z.string().min(1, '请输入当前密码').max(200).describe('当前密码'), code: z.string().trim().max(10).optional().describe('当前的动态口令（已启用时）') }),
        response: { 200: z.object({ secret: z.string(), uri: z.string(), qr: z.string() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { account: a, slot } = await verifyOwnPassword(db, req, req.body.password, rules, { action: 'auth.totp_setup', field: 'password' });
      // Replacing a factor needs the one in force: a stolen session and password alone cannot move it to another phone.
      let step: number | null = null;
      if (a.totpSecret) {
        if (!req.body.code) {
          await releaseAttempt(db, slot);
          throw new AppError('AUTH.TOTP_REQUIRED', '已启用动态口令：请输入身份验证器当前显示的 6 位数字', 400, { field: 'code' });
        }
        const current = totpSecretOf(a.id, 'totpSecret', a.totpSecret);
        if (current === null) {
          await releaseAttempt(db, slot);
          throw unreadableSecret();
        }
        const checked = checkTotp(current, req.body.code, a.totpLastStep);
        if (!checked.ok) {
          await failOwnCheck(db, req, slot, rules, 'auth.totp_setup', `totp ${checked.reason}`);
          throw new AppError('AUTH.TOTP_INVALID', checked.reason === 'replay' ? '该动态口令已使用过，请等待下一个' : '动态口令不正确', 400, { field: 'code' });
        }
        step = checked.step;
      }
      const secret = newTotpSecret();
      const uri = totpUri(secret, auth.username);
      await db.transaction(async (tx) => {
        await tx.update(account).set({ totpPending: seal(account.totpPending, auth.accountId, secret), ...(step !== null ? { totpLastStep: step } : {}) }).where(eq(account.id, auth.accountId));
        await clearAttempts(tx, slot.name);
        await writeAudit(tx, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'auth.totp_setup', ip: req.ip, outcome: 'success', detail: { replacing: !!a.totpSecret } });
      });
      return { secret, uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) };
    },
  );

  app.post(
    '/api/auth/totp/enable',
    { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '确认动态口令：输入身份验证器显示的 6 位数字；之后登录须同时输入动态口令；其他会话全部退出', body: z.object({ code: z.string().trim().min(1, '请输入动态口令').max(10) }), response: { 200: z.object({ ok: z.literal(true) }) } } },
    async (req) => {
      const auth = req.auth!;
      const [a] = await db.select().from(account).where(eq(account.id, auth.accountId));
      if (!a.totpPending) throw new AppError('AUTH.TOTP_NOT_STARTED', '请先输入密码生成动态口令密钥，并用身份验证器扫描', 409);
      const pending = totpSecretOf(a.id, 'totpPending', a.totpPending);
      if (pending === null) throw unreadableSecret();
      const checked = checkTotp(pending, req.body.code, null);
      if (!checked.ok) throw new AppError('AUTH.TOTP_INVALID', '动态口令不正确，请核对身份验证器和手机时间', 400, { field: 'code' });
      await db.transaction(async (tx) => {
        await tx.update(account).set({ totpSecret: seal(account.totpSecret, a.id, pending), totpPending: null, totpLastStep: checked.step }).where(eq(account.id, a.id));
        // Whoever was signed in elsewhere (a stolen session included) is signed out when the factor is set or replaced.
        await tx.delete(session).where(and(eq(session.accountId, a.id), ne(session.id, auth.sessionId)));
        await writeAudit(tx, { institutionId: a.institutionId, actorAccountId: a.id, actorName: a.displayName, action: 'auth.totp_enable', ip: req.ip, outcome: 'success', detail: { replaced: !!a.totpSecret } });
      });
      return { ok: true as const };
    },
  );
};
