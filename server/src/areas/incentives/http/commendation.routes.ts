import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { commendationRound } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { commendationRounds, commendations } from '../queries/commendation';
import { openCommendationRound } from '../commands/open-commendation-round';
import { nominateCommendation } from '../commands/nominate-commendation';
import { advanceCommendationRound } from '../commands/advance-commendation-round';
import { registerAward } from '../commands/register-award';
import { awardCreate, nominationCreate, roundAction, roundCreate } from './commendation.schema';

const roundOut = z.object({
  id: z.number(), year: z.number(), title: z.string(), quota: z.number(), status: z.string(), statusLabel: z.string(), decidedOn: z.string().nullable(), meetingRef: z.string().nullable(),
  publishedOn: z.string().nullable(), publicUntil: z.string().nullable(),
  nominations: z.array(z.object({ id: z.number(), personId: z.number(), name: z.string(), deeds: z.string(), status: z.string() })),
});
const awardOut = z.object({ id: z.number(), personId: z.number(), name: z.string(), title: z.string(), issuer: z.string(), awardedOn: z.string() });

/** 表彰奖励 (ahzaxy-2020 第10条、第15条): the 担当作为好干部 rounds and other awards. Managed by the organization department. */
export const commendationRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const round = async (institutionId: number, id: number) => (await commendationRounds(db, institutionId, eq(commendationRound.id, id)))[0];

  app.get('/api/commendation-rounds', { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '“担当作为好干部”评选（第15条）', response: { 200: z.array(roundOut) } } }, async (req) => commendationRounds(db, req.auth!.institutionId));

  app.post(
    '/api/commendation-rounds',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '启动一届“担当作为好干部”评选', body: roundCreate, response: { 201: roundOut } } },
    async (req, reply) => reply.status(201).send(await round(req.auth!.institutionId, await openCommendationRound(deps, req, req.body))),
  );

  app.post(
    '/api/commendation-rounds/:id/nominations',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '推荐人选，写明担当作为的事迹', params: idParam, body: nominationCreate, response: { 201: roundOut } } },
    async (req, reply) => {
      await nominateCommendation(deps, req, req.params.id, req.body);
      return reply.status(201).send(await round(req.auth!.institutionId, req.params.id));
    },
  );

  app.post(
    '/api/commendation-rounds/:id/actions',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '结束推荐、集体研究决定表彰人选、公示', params: idParam, body: roundAction, response: { 200: roundOut } } },
    async (req) => {
      await advanceCommendationRound(deps, req, req.params.id, req.body);
      return round(req.auth!.institutionId, req.params.id);
    },
  );

  app.get('/api/commendations', { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '表彰奖励登记', response: { 200: z.array(awardOut) } } }, async (req) => commendations(db, req.auth!.institutionId));

  app.post(
    '/api/commendations',
    { config: { access: 'reserve.manage' }, schema: { tags: ['incentives'], summary: '登记其他表彰奖励（上级表彰、单项奖等）', body: awardCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await registerAward(deps, req, req.body) }),
  );
};
