import { markCollegeHeld } from '../../db/college-lock';
import '@fastify/cookie';
import crypto from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod, ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../services/deps';
import type { Db } from '../../db/client';
import { institution, session, ssoAttempt } from '../../db/schema';
import { SESSION_COOKIE } from '../../http/guard';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { writeAudit } from '../../audit/audit.writer';
import { hashToken } from '../session.repository';
import { sessionIndexOfLogoutRequest } from './cas-protocol';
import { signInByStaffNo, ssoInstitution } from './identity';
import { SSO_ERRORS, SsoFailure } from './sso-errors';
import type { SsoServices } from './sso-services';

/** The browser's half of a sign-on in progress: a random value whose hash keys the sso_attempt row. */
const ATTEMPT_COOKIE = 'cadre_sso';
const ATTEMPT_MINUTES = 10;
const ATTEMPT_PATH = '/api/auth/sso';

/**
 * 统一身份认证: OpenID Connect (authorization code with PKCE) and CAS 3.0 sign-in, CAS single logout, and the
 * security administrator's switch for local password sign-in. A refusal of any kind is audited (auth.sso_login) and
 * sends the browser to the login page with the refusal's code, which the page shows in Chinese; never a session.
 */
export const ssoRoutes = (deps: AppDeps, sso: SsoServices): FastifyPluginAsyncZod => async (app) => {
  const { db, config } = deps;
  const cookieOpts = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.cookieSecure };

  const refuse = async (req: FastifyRequest, reply: FastifyReply, protocol: string, e: unknown) => {
    const f = e instanceof SsoFailure ? e : new SsoFailure('SSO.PROVIDER', `unexpected: ${(e as Error)?.message ?? String(e)}`);
    if (!(e instanceof SsoFailure)) req.log.error(e);
    await writeAudit(db, {
      institutionId: f.who.institutionId ?? null, actorAccountId: f.who.accountId ?? null, actorName: f.who.staffNo ?? null, action: 'auth.sso_login', ip: req.ip,
      outcome: f.code === 'SSO.PROVIDER' ? 'failed' : 'denied', detail: { protocol, code: f.code, message: f.message, reason: f.reason.slice(0, 500) },
    });
    reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_PATH });
    return reply.redirect(`/login?ssoError=${encodeURIComponent(f.code)}`, 302);
  };

  const open = async (req: FastifyRequest, reply: FastifyReply, staffNo: string, info: { protocol: 'oidc' | 'cas'; sessionIndex?: string; idToken?: string }) => {
    let inst: { id: number; code: string } | undefined;
    try {
      inst = await ssoInstitution(db, sso.config);
      const { token } = await signInByStaffNo(db, inst, { staffNo, ip: req.ip, userAgent: req.headers['user-agent'], session: info, idleMinutes: config.sessionIdleMinutes });
      reply.clearCookie(ATTEMPT_COOKIE, { path: ATTEMPT_PATH });
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOpts, maxAge: config.security.sessionAbsoluteHours * 3600 });
      return reply.redirect('/workbench', 302);
    } catch (e) {
      if (e instanceof SsoFailure) e.who.staffNo ??= staffNo;
      if (e instanceof SsoFailure && inst) e.who.institutionId ??= inst.id;
      return refuse(req, reply, info.protocol, e);
    }
  };

  app.get(
    '/api/auth/sso',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: '统一身份认证：已启用的方式（登录页据此显示“统一身份认证登录”）', response: { 200: z.object({ oidc: z.boolean(), cas: z.boolean(), messages: z.record(z.string(), z.string()) }) } } },
    async () => ({ oidc: !!sso.oidc, cas: !!sso.cas, messages: { ...SSO_ERRORS } }),
  );

  // ---- OpenID Connect ----
  app.get(
    '/api/auth/sso/oidc/start',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: '统一身份认证（OpenID Connect）登录：转到认证服务' } },
    async (req, reply) => {
      if (!sso.oidc) return refuse(req, reply, 'oidc', new SsoFailure('SSO.OFF', 'oidc not configured'));
      try {
        const started = await sso.oidc.start();
        const handle = crypto.randomBytes(32).toString('base64url');
        await db.delete(ssoAttempt).where(lt(ssoAttempt.createdAt, sql`now() - make_interval(mins => ${ATTEMPT_MINUTES})`));
        await db.insert(ssoAttempt).values({ id: hashToken(handle), protocol: 'oidc', state: started.state, nonce: started.nonce, codeVerifier: started.codeVerifier });
        reply.setCookie(ATTEMPT_COOKIE, handle, { ...cookieOpts, path: ATTEMPT_PATH, maxAge: ATTEMPT_MINUTES * 60 });
        return reply.redirect(started.url, 302);
      } catch (e) {
        return refuse(req, reply, 'oidc', e);
      }
    },
  );

  app.get(
    '/api/auth/sso/oidc/callback',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: '统一身份认证（OpenID Connect）回调：核验授权码、state、nonce 与 ID 令牌后登录' } },
    async (req, reply) => {
      if (!sso.oidc) return refuse(req, reply, 'oidc', new SsoFailure('SSO.OFF', 'oidc not configured'));
      const handle = req.cookies?.[ATTEMPT_COOKIE];
      // The attempt is used once, whatever comes of it: a second arrival of the same answer finds nothing.
      const [kept] = handle ? await db.delete(ssoAttempt).where(eq(ssoAttempt.id, hashToken(handle))).returning() : [];
      if (!kept || kept.protocol !== 'oidc' || !kept.nonce || !kept.codeVerifier || Date.now() - kept.createdAt.getTime() > ATTEMPT_MINUTES * 60_000)
        return refuse(req, reply, 'oidc', new SsoFailure('SSO.STATE', kept ? 'attempt expired' : 'no sign-on in progress in this browser'));
      try {
        const query = req.url.includes('?') ? req.url.slice(req.url.indexOf('?') + 1) : '';
        const id = await sso.oidc.finish(query, { state: kept.state, nonce: kept.nonce, codeVerifier: kept.codeVerifier });
        return open(req, reply, id.staffNo, { protocol: 'oidc', idToken: id.idToken });
      } catch (e) {
        return refuse(req, reply, 'oidc', e);
      }
    },
  );

  // ---- CAS 3.0 ----
  app.get(
    '/api/auth/sso/cas/start',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: '统一身份认证（CAS）登录：转到认证服务' } },
    async (req, reply) => (sso.cas ? reply.redirect(sso.cas.loginUrl(), 302) : refuse(req, reply, 'cas', new SsoFailure('SSO.OFF', 'cas not configured'))),
  );

  app.get(
    '/api/auth/sso/cas/callback',
    { config: { access: 'public' }, schema: { tags: ['auth'], summary: '统一身份认证（CAS）回调：向认证服务核验服务票据（ST-）后登录', querystring: z.object({ ticket: z.string().max(256).optional() }) } },
    async (req, reply) => {
      const cas = sso.cas;
      if (!cas) return refuse(req, reply, 'cas', new SsoFailure('SSO.OFF', 'cas not configured'));
      const ticket = req.query.ticket ?? '';
      if (!/^ST-[A-Za-z0-9._-]{1,250}$/.test(ticket)) return refuse(req, reply, 'cas', new SsoFailure('SSO.TICKET', 'no service ticket (ST-…) in the request'));
      // A ticket that already opened a session here is not sent again: the CAS server honours each once, and so do we.
      const [used] = await db.select({ id: session.id }).from(session).where(and(eq(session.ssoProtocol, 'cas'), eq(session.ssoSessionIndex, ticket))).limit(1);
      if (used) return refuse(req, reply, 'cas', new SsoFailure('SSO.TICKET', 'ticket already used for a session'));
      try {
        const id = await cas.validate(ticket);
        return open(req, reply, id.staffNo, { protocol: 'cas', sessionIndex: ticket });
      } catch (e) {
        return refuse(req, reply, 'cas', e);
      }
    },
  );

  // CAS single logout: the CAS server POSTs a SAML LogoutRequest naming the ticket; that session ends.
  await app.register(async (plain) => {
    const slo = plain.withTypeProvider<ZodTypeProvider>();
    slo.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 16_384 }, (_req, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))));
    slo.post(
      '/api/auth/sso/cas/callback',
      { config: { access: 'public' }, schema: { tags: ['auth'], summary: 'CAS 单点退出：认证服务通知某票据的会话结束', body: z.object({ logoutRequest: z.string().max(16_000).optional() }), response: { 200: z.object({ ok: z.literal(true) }) } } },
      async (req) => {
        const index = req.body?.logoutRequest ? sessionIndexOfLogoutRequest(req.body.logoutRequest) : null;
        if (!index || !sso.cas) return { ok: true as const };
        // One transaction per college whose sessions the ticket names (a transaction writes one college's audit chain).
        const owners = await db.selectDistinct({ institutionId: session.institutionId }).from(session).where(and(eq(session.ssoProtocol, 'cas'), eq(session.ssoSessionIndex, index)));
        let ended = 0;
        for (const { institutionId } of owners)
          ended += await db.transaction(async (tx) => {
            const rows = await tx
              .delete(session)
              .where(and(eq(session.ssoProtocol, 'cas'), eq(session.ssoSessionIndex, index), eq(session.institutionId, institutionId)))
              .returning({ accountId: session.accountId });
            for (const r of rows) await writeAudit(tx, { institutionId, actorAccountId: r.accountId, action: 'auth.logout', ip: req.ip, outcome: 'success', detail: { via: 'cas', singleLogout: true } });
            return rows.length;
          });
        req.log.info({ ended }, 'cas single logout');
        return { ok: true as const };
      },
    );
  });

  // ---- Local password sign-in for business users ----
  const settingsOut = z.object({ oidc: z.boolean(), cas: z.boolean(), localPasswordSignIn: z.boolean() });
  const settingsOf = async (ex: Db, institutionId: number) => {
    const [i] = await ex.select({ localPasswordSignIn: institution.localPasswordSignIn }).from(institution).where(eq(institution.id, institutionId));
    return { oidc: !!sso.oidc, cas: !!sso.cas, localPasswordSignIn: i.localPasswordSignIn };
  };
  app.get(
    '/api/auth/sso/settings',
    { config: { access: 'account.read' }, schema: { tags: ['auth'], summary: '登录方式设置（系统管理员、安全管理员查看）', response: { 200: settingsOut } } },
    async (req) => settingsOf(db, req.auth!.institutionId),
  );
  app.put(
    '/api/auth/sso/settings',
    {
      config: { access: 'role.manage' },
      schema: {
        tags: ['auth'],
        summary: '登录方式设置（安全管理员）：统一身份认证启用后，可关闭业务用户的本地密码登录；三员（系统、安全、审计管理员）始终以本地密码加动态口令登录',
        body: z.object({ localPasswordSignIn: z.boolean().describe('业务用户可用本地密码登录') }),
        response: { 200: settingsOut },
      },
    },
    async (req) => {
      const auth = req.auth!;
      if (!req.body.localPasswordSignIn && !sso.oidc && !sso.cas)
        throw new AppError('SSO.NOT_CONFIGURED', '尚未启用统一身份认证，不能关闭本地密码登录（否则业务用户将无法登录）', 409, { field: 'localPasswordSignIn' });
      const before = await settingsOf(db, auth.institutionId);
      await runCommand(
        db,
        req,
        async (tx) => {
          await tx.update(institution).set({ localPasswordSignIn: req.body.localPasswordSignIn }).where(eq(institution.id, auth.institutionId));
          markCollegeHeld(tx);
          return { result: null, audit: { action: 'auth.local_sign_in', entityType: 'institution', entityId: auth.institutionId, before: { localPasswordSignIn: before.localPasswordSignIn }, after: { localPasswordSignIn: req.body.localPasswordSignIn } } };
        },
        { affects: 'nothing' },
      );
      return settingsOf(db, auth.institutionId);
    },
  );
};
