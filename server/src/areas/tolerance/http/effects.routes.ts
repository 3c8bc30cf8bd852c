import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { todayIso } from '../../../core/shared/dates';
import { AppError } from '../../../core/shared/errors';
import { activeImpactPeriods, exemptionsOf } from '../rules/effects';
import { protectionOut } from './tolerance.schema';
import { determinations, label } from '../commands/cases';
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
      // The matter of a case is the discipline office's and org's to see, and the person's own.
      if (!auth.permissions.has('tolerance.read') && auth.personId !== req.params.id) throw new AppError('TOLERANCE.FORBIDDEN', '无权查看该人员的容错认定信息', 403);
      const ds = await determinations(db, auth.institutionId, { personId: req.params.id });
      return {
        exemptions: exemptionsOf(ds, { personId: req.params.id }).map((d) => ({ reviewId: d.reviewId, caseId: d.caseId, matter: d.matter, decidedOn: d.decidedOn, protections: d.protections.map(label), citation: d.protectionCitation })),
        impactPeriods: activeImpactPeriods(ds, { personId: req.params.id }, todayIso()).map((d) => ({ reviewId: d.reviewId, caseId: d.caseId, matter: d.matter, decidedOn: d.decidedOn, impactUntil: d.impactUntil! })),
      };
    },
  );
};
