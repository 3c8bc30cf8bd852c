import '@fastify/cookie';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Db } from '../db/client';
import type { AuthContext } from '../auth/context';
import { ADMIN_ROLES, dataScope, deriveRoles, permissionsOf, type Role, type RouteAccess } from '../auth/roles';
import { deleteSession, findSession, touchSession } from '../auth/session.repository';
import { rememberInstitution } from '../services/policy.service';
import { writeAudit } from '../audit/audit.writer';
import { todayIso } from '../shared/dates';
import type { ErrorCode } from '../shared/error-codes';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call the route. Every /api route must declare it; a route without it stops the start. */
    access?: RouteAccess;
  }
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

export const SESSION_COOKIE = 'cadre_sid';

export interface RegisteredRoute {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

/** What an account that must change its password may still call. */
const WHO_AM_I = '/api/auth/me';
/** Routes that hand out a document. */
const DOWNLOAD = /\.(xlsx|docx|pdf|zip|lrmx)$/;
const PASSWORD_CHANGE_ROUTES = [WHO_AM_I, '/api/auth/password', '/api/auth/logout'];
/** What an administrator without the required second factor may still call. */
const TOTP_ENROLL_ROUTES = [...PASSWORD_CHANGE_ROUTES, '/api/auth/totp/setup', '/api/auth/totp/enable'];

/** Routes under these prefixes are served by plugins (the OpenAPI document) and are public by nature. */
const PLUGIN_PUBLIC_PREFIXES = ['/api/docs'];

/**
 * Why a signed-in caller may not use a route (its URL pattern and what it requires), or null where the guard lets them
 * through. An account holding a password it was given may only change it (and see who it is, or sign out); an
 * administrator without the required second factor may only set it up; `firstStep` marks these two.
 */
export function refusalFor(auth: AuthContext, access: Exclude<RouteAccess, 'public'>, url: string): { code: ErrorCode; message: string; firstStep: boolean } | null {
  if (auth.mustChangePassword && !PASSWORD_CHANGE_ROUTES.includes(url)) return { code: 'AUTH.PASSWORD_CHANGE_REQUIRED', message: '首次登录或密码被重置后，须先修改密码', firstStep: true };
  if (auth.totpRequired && !TOTP_ENROLL_ROUTES.includes(url)) return { code: 'AUTH.TOTP_ENROLL_REQUIRED', message: '系统管理员、安全管理员、审计管理员须先设置动态口令（双因素认证）', firstStep: true };
  if (access !== 'authenticated' && !auth.permissions.has(access)) return { code: 'AUTH.FORBIDDEN', message: '您的角色没有访问此功能的权限', firstStep: false };
  return null;
}

export function registerGuard(app: FastifyInstance, db: Db, opts: { idleMinutes: number; absoluteHours: number; totpAdmins?: boolean }): RegisteredRoute[] {
  const routes: RegisteredRoute[] = [];
  app.addHook('onRoute', (r) => {
    if (!r.url.startsWith('/api')) return;
    if (!r.config?.access && PLUGIN_PUBLIC_PREFIXES.some((p) => r.url.startsWith(p))) r.config = { ...r.config, access: 'public' };
    const methods = Array.isArray(r.method) ? r.method : [r.method];
    for (const m of methods) routes.push({ method: m, url: r.url, access: r.config?.access });
    if (!r.config?.access) throw new Error(`route ${methods.join(',')} ${r.url} declares no access (deny by default)`);
  });

  async function resolve(req: FastifyRequest, reply: FastifyReply): Promise<'ok' | 'expired' | 'none' | 'absent'> {
    const token = req.cookies?.[SESSION_COOKIE];
    // No session cookie at all (a first visit), as against one that is forged, revoked or of a disabled account.
    if (!token) return 'absent';
    const found = await findSession(db, token, todayIso());
    if (!found || found.account.disabled) return 'none';
    const idleMs = Date.now() - found.session.lastSeenAt.getTime();
    // Idle too long, or older than the absolute lifetime however active: the session ends on the server.
    if (idleMs > opts.idleMinutes * 60_000 || Date.now() - found.session.createdAt.getTime() > opts.absoluteHours * 3_600_000) {
      await deleteSession(db, found.session.id);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return 'expired';
    }
    if (idleMs > 60_000) await touchSession(db, found.session.id);
    const a = found.account;
    // The institution as this request sees it: policyFor answers from it for the request's facts version.
    rememberInstitution(db, found.institution);
    const posts = a.personId ? found.posts : [];
    const overseenDepartmentIds = a.personId ? found.overseenDepartmentIds : [];
    const roles: Role[] = [...(a.roles as Role[]), ...(a.personId ? deriveRoles(posts) : [])];
    req.auth = {
      accountId: a.id,
      username: a.username,
      displayName: a.displayName,
      institutionId: a.institutionId,
      personId: a.personId,
      roles,
      permissions: permissionsOf(roles),
      scope: dataScope(roles, a.personId, posts, overseenDepartmentIds),
      posts,
      sessionId: found.session.id,
      factsVersion: found.institution.factsVersion,
      mustChangePassword: a.mustChangePassword,
      totpRequired: !!opts.totpAdmins && !a.totpEnabled && roles.some((r) => ADMIN_ROLES.includes(r as never)),
    };
    return 'ok';
  }


  // Keyed on the route that matched, never on the raw URL: a target such as `/%61pi/persons` reaches an /api route
  // without starting with "/api". Only API routes declare access (the start refuses one that does not); what matched
  // none (static files, the not-found handler) runs no handler that reads a session.
  app.addHook('onRequest', async (req, reply) => {
    const access = req.routeOptions.config?.access;
    if (access === undefined) return;
    const state = await resolve(req, reply);
    if (access === 'public') return;
    const deny = async (status: number, code: ErrorCode, message: string, audited = true) => {
      if (!audited) return reply.status(status).send({ error: { code, message } });
      await writeAudit(db, {
        institutionId: req.auth?.institutionId ?? null,
        actorAccountId: req.auth?.accountId ?? null,
        actorName: req.auth?.displayName ?? null,
        action: 'access.denied',
        entityType: 'route',
        entityId: `${req.method} ${req.routeOptions.url}`,
        detail: { code, required: access },
        ip: req.ip,
        outcome: 'denied',
      });
      return reply.status(status).send({ error: { code, message } });
    };
    if (!req.auth) {
      // The sign-in page asks who is signed in before anyone is: the answer "nobody" is no refused access.
      if (req.method === 'GET' && req.routeOptions.url === WHO_AM_I && state === 'absent') return deny(401, 'AUTH.UNAUTHENTICATED', '请先登录', false);
      return state === 'expired'
        ? deny(401, 'AUTH.SESSION_EXPIRED', `会话已失效（超过 ${opts.idleMinutes} 分钟未操作，或登录已满 ${opts.absoluteHours} 小时），请重新登录`)
        : deny(401, 'AUTH.UNAUTHENTICATED', '请先登录');
    }
    const refused = refusalFor(req.auth, access, req.routeOptions.url ?? '');
    if (!refused) return;
    // The pages the web opens while it leads the user to a first step are reads, not refused attempts: not audited.
    // A download (an export, a form) is refused and audited like any other refusal.
    const leading = req.method === 'GET' && !DOWNLOAD.test(req.routeOptions.url ?? '');
    return deny(403, refused.code, refused.message, !(refused.firstStep && leading));
  });

  return routes;
}
