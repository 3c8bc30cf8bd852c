import fs from 'node:fs';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppDeps } from './services/deps';
import { clockOf } from './config';
import { withClock } from './shared/clock';
import { body, registerErrorHandler } from './http/errors';
import { registerGuard, type RegisteredRoute } from './http/guard';
import { registerInputGuard } from './http/input-guard';
import { authRoutes } from './modules/auth/auth.routes';
import { ssoRoutes } from './modules/auth/sso/sso.routes';
import { accountsScaleRoutes } from './modules/auth/accounts-scale.routes';
import { ssoServices } from './modules/auth/sso/sso-services';
import { sessionsRoutes } from './modules/auth/sessions.routes';
import { peopleRoutes } from './modules/people/people.routes';
import { departmentsRoutes } from './modules/people/departments.routes';
import { appointmentsRoutes } from './modules/people/appointments.routes';
import { accountRoutes } from './modules/auth/accounts.routes';
import { passwordResetRoutes } from './modules/auth/password-resets.routes';
import { personalDataRoutes } from './modules/people/personal-data.routes';
import { rosterImportRoutes } from './modules/people/roster-import.routes';
import { lrmxRoutes } from './modules/people/lrmx.routes';
import { dutiesRoutes } from './modules/duties/duties.routes';
import { policyRoutes } from './modules/policy/policy.routes';
import { vocabularyRoutes } from './modules/policy/vocabulary.routes';
import { calendarRoutes } from './modules/calendar/calendar.routes';
import { auditRoutes } from './modules/audit/audit.routes';
import { talksRoutes } from './modules/talks/talks.routes';
import { completionRoutes } from './modules/talks/completion.routes';
import { occasionsRoutes } from './modules/talks/occasions.routes';
import { talkExportsRoutes } from './modules/talks/exports.routes';
import { sidelineApplicationsRoutes } from './modules/sidelines/applications.routes';
import { accountabilityCaseRoutes } from './modules/tolerance/cases.routes';
import { toleranceReviewRoutes } from './modules/tolerance/reviews.routes';
import { paperApplicationRoutes } from './modules/tolerance/paper.routes';
import { toleranceFormRoutes } from './modules/tolerance/forms.routes';
import { toleranceEffectsRoutes } from './modules/tolerance/effects.routes';
import { correctionRoutes } from './modules/tolerance/corrections.routes';
import { petitionRoutes } from './modules/tolerance/petitions.routes';
import { sidelinesRoutes } from './modules/sidelines/sidelines.routes';
import { sidelineExportsRoutes } from './modules/sidelines/exports.routes';
import { notificationsRoutes } from './modules/notifications/notifications.routes';
import { notificationPreferencesRoutes } from './modules/notifications/preferences.routes';
import { notificationDeliveriesRoutes } from './modules/notifications/deliveries.routes';
import { deliverySettingsOf, useDeliverySettings } from './notifications/settings';
import { interviewPlanningRoutes } from './modules/interviews/planning.routes';
import { interviewRoutes } from './modules/interviews/interviews.routes';
import { interviewPlanRoutes } from './modules/interviews/plans.routes';
import { writtenInquiryRoutes } from './modules/interviews/inquiries.routes';
import { interviewStatisticsRoutes } from './modules/interviews/statistics.routes';
import { interviewExportRoutes } from './modules/interviews/exports.routes';
import { appraisalRoutes } from './modules/incentives/appraisal.routes';
import { trainingRoutes } from './modules/incentives/training.routes';
import { careRoutes } from './modules/incentives/care.routes';
import { reserveRoutes } from './modules/incentives/reserve.routes';
import { inactionRoutes } from './modules/incentives/inaction.routes';
import { profileRoutes } from './modules/incentives/profile.routes';
import { commendationRoutes } from './modules/incentives/commendation.routes';

import rateLimit from '@fastify/rate-limit';
import { registerSecurity } from './http/security';
import { configureZodMessages } from './http/zod-messages';

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
  await app.register(vocabularyRoutes(deps));
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
