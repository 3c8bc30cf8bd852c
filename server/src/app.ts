import fs from 'node:fs';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './core/services/deps';
import { clockOf } from './config';
import { withClock } from './core/shared/clock';
import { AREAS } from './areas';
import { body, registerErrorHandler } from './core/http/errors';
import { registerGuard, type RegisteredRoute } from './core/http/guard';
import { registerInputGuard } from './core/http/input-guard';
import { authRoutes } from './core/auth/auth.routes';
import { ssoRoutes } from './core/auth/sso/sso.routes';
import { accountsScaleRoutes } from './core/auth/accounts-scale.routes';
import { ssoServices } from './core/auth/sso/sso-services';
import { sessionsRoutes } from './core/auth/sessions.routes';
import { accountRoutes } from './core/auth/accounts.routes';
import { passwordResetRoutes } from './core/auth/password-resets.routes';
import { dutiesRoutes } from './core/duties/duties.routes';
import { dutiesScaleRoutes } from './core/duties/duties-scale.routes';
import { inboxRoutes } from './core/inbox/inbox.routes';
import { rolesRoutes } from './core/auth/roles.routes';
import { policyRoutes } from './core/policy/policy.routes';
import { calendarRoutes } from './core/calendar/calendar.routes';
import { auditRoutes } from './core/audit/audit.routes';
import { importsRoutes } from './core/imports/imports.routes';
import { notificationsRoutes } from './core/notifications/http/notifications.routes';
import { notificationPreferencesRoutes } from './core/notifications/http/preferences.routes';
import { notificationDeliveriesRoutes } from './core/notifications/http/deliveries.routes';
import { deliverySettingsOf, useDeliverySettings } from './core/notifications/settings';
import { openapiErrors } from './core/http/openapi-errors';
import { vocabularyOf, vocabularyRoutes } from './areas/vocabulary.routes';
import { sessionPolicyOf } from './core/policy/session-policy';

import rateLimit from '@fastify/rate-limit';
import { registerSecurity } from './core/http/security';
import { configureZodMessages } from './core/http/zod-messages';

// Validation messages in plain Chinese, from one place (http/zod-messages).
configureZodMessages();

export interface BuiltApp {
  app: FastifyInstance;
  routes: RegisteredRoute[];
}

export async function buildApp(deps: AppDeps, opts: { logger?: boolean; /** Routes only the benchmarks add (their raw-SQL baselines); they declare access like any other. */ extraRoutes?: (app: FastifyInstance) => Promise<void> } = {}): Promise<BuiltApp> {
  const app = Fastify({ logger: opts.logger ?? false, trustProxy: false, bodyLimit: 1_048_576 }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // Every request runs on the app's clock, before any other hook reads the date (the guard derives roles as of today).
  const clock = deps.clock ?? clockOf(deps.config);
  app.addHook('onRequest', (_req, _reply, done) => withClock(clock, done));
  registerErrorHandler(app);
  // What notify() queues for outside channels follows this deployment's configuration (one per process).
  useDeliverySettings(deliverySettingsOf(deps.config.delivery));
  registerInputGuard(app);
  await app.register(cookie);
  await registerSecurity(app, deps.db, { tls: deps.config.tls, publicOrigins: deps.config.publicOrigins });
  const routes = registerGuard(app, deps.db, { idleMinutes: deps.config.sessionIdleMinutes, absoluteHours: deps.config.security.sessionAbsoluteHours, totpAdmins: deps.config.security.totpRequiredForAdmins });
  await app.register(rateLimit, { global: false });

  await app.register(swagger, {
    openapi: { info: { title: '干部管理监督平台 API', version: '0.1.0' }, components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'cadre_sid' } } } },
    // Every operation also lists its error bodies, with the registered codes (http/openapi-errors).
    ...openapiErrors(jsonSchemaTransform),
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: z.object({ ok: z.boolean() }) } } }, async () => ({ ok: true }));
  const sso = ssoServices(deps.config.sso);
  // The vocabulary is made once, for its own route and the session's.
  const vocabulary = vocabularyOf(deps.packs);
  const sessionPolicy = sessionPolicyOf(deps, vocabulary);
  await app.register(authRoutes(deps.db, { cookieSecure: deps.config.cookieSecure, idleMinutes: deps.config.sessionIdleMinutes, security: deps.config.security, sso, sessionPolicy }));
  await app.register(ssoRoutes(deps, sso));
  await app.register(sessionsRoutes(deps));
  await app.register(accountRoutes(deps));
  await app.register(rolesRoutes());
  await app.register(accountsScaleRoutes(deps));
  await app.register(passwordResetRoutes(deps));
  await app.register(dutiesRoutes(deps));
  await app.register(dutiesScaleRoutes(deps));
  await app.register(inboxRoutes(deps));
  await app.register(policyRoutes(deps));
  await app.register(vocabularyRoutes(vocabulary));
  await app.register(calendarRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(importsRoutes(deps));
  for (const area of AREAS) for (const plugin of area.routes) await app.register(plugin(deps));
  await app.register(notificationsRoutes(deps));
  await app.register(notificationPreferencesRoutes(deps));
  await app.register(notificationDeliveriesRoutes(deps));

  // The web app: built files, and index.html for every client-side route; unknown API paths answer JSON 404.
  const hasWeb = fs.existsSync(deps.config.webDist);
  // Each file in the copy the browser accepts (brotli, gzip: written by the build, web/build-plugins/precompress.ts).
  // The build's assets carry their content's hash in their names: kept a year by the browser and never asked for again;
  // index.html, which names them, is asked for every time, so a new deployment takes effect at the next page load.
  if (hasWeb)
    await app.register(fastifyStatic, {
      root: deps.config.webDist, wildcard: false, preCompressed: true, cacheControl: false,
      setHeaders: (res, file) => {
        res.setHeader('cache-control', path.relative(deps.config.webDist, file).startsWith(`assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
        // The copy sent depends on what the browser accepts: a cache in front (the TLS gateway) keeps one per encoding.
        res.setHeader('vary', 'accept-encoding');
      },
    });
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api')) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(body('NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`));
  });
  if (opts.extraRoutes) await opts.extraRoutes(app);
  await app.ready();
  return { app, routes };
}
