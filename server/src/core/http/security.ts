import { body } from './errors';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import helmet from '@fastify/helmet';
import type { Db } from '../db/client';
import { writeAudit } from '../audit/audit.writer';

/**
 * Security headers (ASVS 14.4) and cross-site request refusal (ASVS 4.2.2, 50.x CSRF):
 * - a Content-Security-Policy that allows only the app's own scripts (Ant Design needs inline styles), no framing,
 *   no referrer, nosniff; HSTS only when the deployment says it sits behind TLS (a TLS/TLCP gateway);
 * - API answers are never cached (no-store);
 * - a state-changing request whose Origin (or Sec-Fetch-Site) shows another site is refused before any handler runs.
 *   The session cookie is SameSite=Lax and the API takes JSON only, so this is the third line, not the only one.
 */
export async function registerSecurity(app: FastifyInstance, db: Db, opts: { tls: boolean; publicOrigins: string[] }) {
  // Only origin-form targets ("/path?query", RFC 9112 3.2.1) are served: an absolute-form target ("http://x/api/…")
  // or "*" is refused before routing decides anything, so no hook ever sees a URL of a form it does not expect.
  app.addHook('onRequest', async (req, reply) => {
    if (req.raw.url?.startsWith('/')) return;
    await writeAudit(db, { institutionId: null, action: 'access.denied', entityType: 'route', entityId: `${req.method} ${String(req.raw.url).slice(0, 200)}`, ip: req.ip, outcome: 'denied', detail: { code: 'REQUEST.TARGET' } });
    return reply.status(400).send(body('REQUEST.TARGET', '请求地址格式不正确：只接受以“/”开头的路径，不接受完整网址或“*”'));
  });

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    hsts: opts.tls ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });

  // An API route is one that declares its access (http/guard.ts); the raw URL is not trusted to say so.
  const isApi = (req: FastifyRequest) => req.routeOptions.config?.access !== undefined || req.url.startsWith('/api');

  app.addHook('onSend', async (req, reply, payload) => {
    if (isApi(req) && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
  app.addHook('onRequest', async (req, reply) => {
    if (SAFE.has(req.method) || !isApi(req)) return;
    const origin = req.headers.origin;
    const site = req.headers['sec-fetch-site'];
    const own = (o: string) => {
      try {
        const u = new URL(o);
        return opts.publicOrigins.length ? opts.publicOrigins.includes(u.origin) : u.host === req.headers.host;
      } catch {
        return false;
      }
    };
    const crossSite = (origin !== undefined && origin !== 'null' && !own(origin)) || origin === 'null' || site === 'cross-site';
    if (!crossSite) return;
    await writeAudit(db, { institutionId: null, action: 'access.denied', entityType: 'route', entityId: `${req.method} ${req.url.split('?')[0]}`, ip: req.ip, outcome: 'denied', detail: { code: 'REQUEST.CROSS_SITE', origin: origin ?? null, site: site ?? null } });
    return reply.status(403).send(body('REQUEST.CROSS_SITE', '拒绝来自其他网站的请求（跨站请求伪造防护）'));
  });
}
