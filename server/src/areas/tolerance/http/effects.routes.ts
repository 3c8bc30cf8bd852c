import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { authorizeTolerance } from '../access';
import { activeImpactPeriods, exemptionsOf } from '../rules/effects';
import { protectionOut } from './tolerance.schema';
import { determinations, label } from '../queries/cases';
import { visiblePerson } from '../../people';
import { idQuery } from '../../../core/http/ids';

export const toleranceEffectsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.get(
    '/api/people/:id/tolerance-protections',
    {
      config: { access: 'roster.read' },
      schema: { tags: ['tolerance'], summary: '免责保护与影响期：免责事项在哪些方面不受影响，减责影响期至何日', params: z.object({ id: idQuery() }), response: { 200: protectionOut } },
    },
    async (req) => {
      const auth = req.auth!;
      await visiblePerson(db, auth, req.params.id, todayIso());
      authorizeTolerance(auth, 'seeProtections', { personId: req.params.id });
      const ds = await determinations(db, auth.institutionId, { personId: req.params.id });
      return {
        exemptions: exemptionsOf(ds, { personId: req.params.id }).map((d) => ({ reviewId: d.reviewId, caseId: d.caseId, matter: d.matter, decidedOn: d.decidedOn, protections: d.protections.map(label), citation: d.protectionCitation })),
        impactPeriods: activeImpactPeriods(ds, { personId: req.params.id }, todayIso()).map((d) => ({ reviewId: d.reviewId, caseId: d.caseId, matter: d.matter, decidedOn: d.decidedOn, impactUntil: d.impactUntil! })),
      };
    },
  );
};
