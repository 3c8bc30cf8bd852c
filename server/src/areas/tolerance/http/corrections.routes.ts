import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { getReview } from '../queries/cases';
import { listFollowups, listMeasures } from '../queries/corrections';
import { assignCorrection } from '../commands/assign-correction';
import { closeCorrection } from '../commands/close-correction';
import { verifyCorrection } from '../commands/verify-correction';
import { recordFollowup } from '../commands/record-followup';
import { followupCreate, measureClose, measureCreate, measureListQuery, measureOut, measureVerify } from './corrections.schema';

export const correctionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/corrections',
    {
      config: { access: 'tolerance.apply' },
      schema: { tags: ['tolerance'], summary: '纠错整改措施：纪委和组织部看全部，责任人看自己负责的', querystring: measureListQuery, response: { 200: z.array(measureOut) } },
    },
    async (req) => listMeasures(db, req.auth!, req.query),
  );

  app.post(
    '/api/corrections',
    {
      config: { access: 'tolerance.handle' },
      schema: { tags: ['tolerance'], summary: '布置纠错措施（谈话、约谈的措施同时产生相应谈话或约谈事项）', body: measureCreate, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await assignCorrection(deps, req, req.body) }),
  );

  app.post(
    '/api/corrections/:id/close',
    {
      config: { access: 'tolerance.apply' },
      schema: { tags: ['tolerance'], summary: '纠错措施完成：写明整改情况或佐证', params: idParam, body: measureClose, response: { 200: z.object({ id: z.number() }) } },
    },
    async (req) => closeCorrection(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/corrections/:id/verify',
    {
      config: { access: 'tolerance.handle' },
      schema: { tags: ['tolerance'], summary: '核实纠错措施的完成情况（纪委、组织部；责任人和案件当事人回避）', params: idParam, body: measureVerify, response: { 200: z.object({ id: z.number() }) } },
    },
    async (req) => verifyCorrection(deps, req, req.params.id, req.body),
  );

  app.get(
    '/api/tolerance-reviews/:id/followups',
    { config: { access: 'tolerance.read' }, schema: { tags: ['tolerance'], summary: '免责干部跟踪回访记录', params: idParam, response: { 200: z.array(z.object({ id: z.number(), on: z.string(), note: z.string() })) } } },
    async (req) => {
      await getReview(db, req.auth!.institutionId, req.params.id);
      return listFollowups(db, req.auth!.institutionId, req.params.id);
    },
  );

  app.post(
    '/api/tolerance-reviews/:id/followups',
    {
      config: { access: 'tolerance.handle' },
      schema: { tags: ['tolerance'], summary: '登记对免责干部的跟踪回访', params: idParam, body: followupCreate, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await recordFollowup(deps, req, req.params.id, req.body) }),
  );
};
