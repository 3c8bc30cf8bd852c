import fs from 'node:fs';
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
import { body, registerErrorHandler } from './core/http/errors';
import { registerGuard, type RegisteredRoute } from './core/http/guard';
import { registerInputGuard } from './core/http/input-guard';
import { authRoutes } from './core/auth/auth.routes';
import { ssoRoutes } from './core/auth/sso/sso.routes';
import { accountsScaleRoutes } from './core/auth/accounts-scale.routes';
import { ssoServices } from './core/auth/sso/sso-services';
import { sessionsRoutes } from './core/auth/sessions.routes';
import { peopleRoutes } from './areas/people/http/people.routes';
import { departmentsRoutes } from './areas/people/http/departments.routes';
import { appointmentsRoutes } from './areas/people/http/appointments.routes';
import { accountRoutes } from './core/auth/accounts.routes';
import { passwordResetRoutes } from './core/auth/password-resets.routes';
import { personalDataRoutes } from './areas/people/http/personal-data.routes';
import { rosterImportRoutes } from './areas/people/http/roster-import.routes';
import { lrmxRoutes } from './areas/people/http/lrmx.routes';
import { dutiesRoutes } from './core/duties/duties.routes';
import { policyRoutes } from './core/policy/policy.routes';
import { calendarRoutes } from './core/calendar/calendar.routes';
import { auditRoutes } from './core/audit/audit.routes';
import { talksRoutes } from './areas/talks/http/talks.routes';
import { completionRoutes } from './areas/talks/http/completion.routes';
import { occasionsRoutes } from './areas/talks/http/occasions.routes';
import { talkExportsRoutes } from './areas/talks/http/exports.routes';
import { sidelineApplicationsRoutes } from './areas/sidelines/http/applications.routes';
import { accountabilityCaseRoutes } from './areas/tolerance/http/cases.routes';
import { toleranceReviewRoutes } from './areas/tolerance/http/reviews.routes';
import { paperApplicationRoutes } from './areas/tolerance/http/paper.routes';
import { toleranceFormRoutes } from './areas/tolerance/http/forms.routes';
import { toleranceEffectsRoutes } from './areas/tolerance/http/effects.routes';
import { correctionRoutes } from './areas/tolerance/http/corrections.routes';
import { petitionRoutes } from './areas/tolerance/http/petitions.routes';
import { sidelinesRoutes } from './areas/sidelines/http/sidelines.routes';
import { sidelineExportsRoutes } from './areas/sidelines/http/exports.routes';
import { notificationsRoutes } from './core/notifications/http/notifications.routes';
import { notificationPreferencesRoutes } from './core/notifications/http/preferences.routes';
import { notificationDeliveriesRoutes } from './core/notifications/http/deliveries.routes';
import { deliverySettingsOf, useDeliverySettings } from './core/notifications/settings';
import { interviewPlanningRoutes } from './areas/interviews/http/planning.routes';
import { interviewRoutes } from './areas/interviews/http/interviews.routes';
import { interviewPlanRoutes } from './areas/interviews/http/plans.routes';
import { writtenInquiryRoutes } from './areas/interviews/http/inquiries.routes';
import { interviewStatisticsRoutes } from './areas/interviews/http/statistics.routes';
import { interviewExportRoutes } from './areas/interviews/http/exports.routes';
import { appraisalRoutes } from './areas/incentives/http/appraisal.routes';
import { trainingRoutes } from './areas/incentives/http/training.routes';
import { careRoutes } from './areas/incentives/http/care.routes';
import { reserveRoutes } from './areas/incentives/http/reserve.routes';
import { inactionRoutes } from './areas/incentives/http/inaction.routes';
import { profileRoutes } from './areas/incentives/http/profile.routes';
import { commendationRoutes } from './areas/incentives/http/commendation.routes';

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
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  app.get('/api/health', { config: { access: 'public' }, schema: { tags: ['system'], response: { 200: z.object({ ok: z.boolean() }) } } }, async () => ({ ok: true }));
  const sso = ssoServices(deps.config.sso);
  await app.register(authRoutes(deps.db, { cookieSecure: deps.config.cookieSecure, idleMinutes: deps.config.sessionIdleMinutes, security: deps.config.security, sso }));
  await app.register(ssoRoutes(deps, sso));
  await app.register(sessionsRoutes(deps));
  await app.register(peopleRoutes(deps));
  await app.register(departmentsRoutes(deps));
  await app.register(appointmentsRoutes(deps));
  await app.register(rosterImportRoutes(deps));
  await app.register(accountRoutes(deps));
  await app.register(accountsScaleRoutes(deps));
  await app.register(passwordResetRoutes(deps));
  await app.register(personalDataRoutes(deps));
  await app.register(lrmxRoutes(deps));
  await app.register(dutiesRoutes(deps));
  await app.register(policyRoutes(deps));
  await app.register(calendarRoutes(deps));
  await app.register(auditRoutes(deps));
  await app.register(talksRoutes(deps));
  await app.register(completionRoutes(deps));
  await app.register(occasionsRoutes(deps));
  await app.register(talkExportsRoutes(deps));
  await app.register(sidelineApplicationsRoutes(deps));
  await app.register(accountabilityCaseRoutes(deps));
  await app.register(toleranceReviewRoutes(deps));
  await app.register(paperApplicationRoutes(deps));
  await app.register(toleranceFormRoutes(deps));
  await app.register(toleranceEffectsRoutes(deps));
  await app.register(correctionRoutes(deps));
  await app.register(petitionRoutes(deps));
  await app.register(sidelineExportsRoutes(deps));
  await app.register(sidelinesRoutes(deps));
  await app.register(notificationsRoutes(deps));
  await app.register(notificationPreferencesRoutes(deps));
  await app.register(notificationDeliveriesRoutes(deps));
  await app.register(interviewPlanningRoutes(deps));
  await app.register(interviewStatisticsRoutes(deps));
  await app.register(interviewExportRoutes(deps));
  await app.register(interviewRoutes(deps));
  await app.register(interviewPlanRoutes(deps));
  await app.register(writtenInquiryRoutes(deps));
  await app.register(appraisalRoutes(deps));
  await app.register(trainingRoutes(deps));
  await app.register(careRoutes(deps));
  await app.register(reserveRoutes(deps));
  await app.register(inactionRoutes(deps));
  await app.register(profileRoutes(deps));
  await app.register(commendationRoutes(deps));

  // The web app: built files, and index.html for every client-side route; unknown API paths answer JSON 404.
  const hasWeb = fs.existsSync(deps.config.webDist);
  if (hasWeb) await app.register(fastifyStatic, { root: deps.config.webDist, wildcard: false });
  app.setNotFoundHandler((req, reply) => {
    if (hasWeb && req.method === 'GET' && !req.url.startsWith('/api')) return reply.type('text/html').sendFile('index.html');
    return reply.status(404).send(body('NOT_FOUND', `接口不存在：${req.method} ${req.url.split('?')[0]}`));
  });
  if (opts.extraRoutes) await opts.extraRoutes(app);
  await app.ready();
  return { app, routes };
}
