import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam, idQuery } from '../../../core/http/ids';
import { caseAdvance, caseCreate, caseListQuery, caseOut } from './tolerance.schema';
import { getCase, searchCases } from '../queries/cases';
import { toleranceCoverage } from '../queries/coverage';
import { authorizeTolerance } from '../access';
import { registerCase } from '../commands/register-case';
import { advanceCase } from '../commands/advance-case';

export const accountabilityCaseRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/accountability-cases',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '问责案件', querystring: caseListQuery, response: { 200: z.array(caseOut) } } },
    async (req) => searchCases(db, req.auth!.institutionId, req.query),
  );

  app.get(
    '/api/tolerance/coverage',
    {
      config: { access: 'tolerance.handle' },
      schema: {
        tags: ['tolerance'],
        summary: '登记问责案件前核对：被问责人是否在本院容错纠错办法的适用范围内',
        querystring: z.object({ personId: idQuery() }),
        response: { 200: z.object({ covered: z.boolean(), message: z.string().nullable(), article: z.string().nullable() }) },
      },
    },
    async (req) => toleranceCoverage(deps, req.auth!.institutionId, req.query.personId),
  );

  app.get(
    '/api/accountability-cases/:id',
    { config: { access: 'tolerance.apply' }, schema: { tags: ['tolerance'], summary: '问责案件详情', params: idParam, response: { 200: caseOut } } },
    async (req) => {
      const c = await getCase(db, req.auth!.institutionId, req.params.id);
      authorizeTolerance(req.auth!, 'seeCase', c);
      return c;
    },
  );

  app.post(
    '/api/accountability-cases',
    { config: { access: 'tolerance.handle' }, schema: { tags: ['tolerance'], summary: '登记问责案件（纪委、组织部）', body: caseCreate, response: { 201: caseOut } } },
    async (req, reply) => {
      const id = await registerCase(deps, req, req.body);
      return reply.status(201).send(await getCase(db, req.auth!.institutionId, id));
    },
  );

  app.post(
    '/api/accountability-cases/:id/advance',
    { config: { access: 'tolerance.handle' }, schema: { tags: ['tolerance'], summary: '问责案件进入下一阶段：调查、作出处理并实施、办结', params: idParam, body: caseAdvance, response: { 200: caseOut } } },
    async (req) => {
      await advanceCase(deps, req, req.params.id, req.body);
      return getCase(db, req.auth!.institutionId, req.params.id);
    },
  );
};
