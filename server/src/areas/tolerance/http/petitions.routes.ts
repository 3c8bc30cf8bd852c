import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { found } from '../../../core/http/authorize';
import { idParam } from '../../../core/http/ids';
import { PETITION_HIDDEN } from '../access';
import { listPetitions } from '../queries/petitions';
import { registerPetition } from '../commands/register-petition';
import { handlePetition } from '../commands/handle-petition';
import { petitionAction, petitionCreate, petitionOut } from './petitions.schema';

/** 澄清保护: the register of reports (信访举报). The reporter's identity is in it, so only the discipline office may use it. */
export const petitionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/petitions',
    { config: { access: 'petition.manage' }, schema: { tags: ['tolerance'], summary: '信访举报登记与核查（举报人信息仅纪委可见）', response: { 200: z.array(petitionOut) } } },
    async (req) => listPetitions(deps, req.auth!.institutionId, req.auth!.personId),
  );

  app.get(
    '/api/petitions/:id',
    { config: { access: 'petition.manage' }, schema: { tags: ['tolerance'], summary: '信访举报详情', params: idParam, response: { 200: petitionOut } } },
    async (req) => {
      const [p] = await listPetitions(deps, req.auth!.institutionId, req.auth!.personId, req.params.id);
      return found(p, PETITION_HIDDEN);
    },
  );

  app.post(
    '/api/petitions',
    {
      config: { access: 'petition.manage' },
      schema: {
        tags: ['tolerance'],
        summary: '登记信访举报',
        body: petitionCreate,
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await registerPetition(deps, req, req.body) }),
  );

  app.post(
    '/api/petitions/:id/actions',
    {
      config: { access: 'petition.manage' },
      schema: {
        tags: ['tolerance'],
        summary: '办理信访举报：核查、结论、澄清正名、移送诬告、办结',
        params: idParam,
        body: petitionAction,
        response: { 200: z.object({ id: z.number(), status: z.string() }) },
      },
    },
    async (req) => handlePetition(deps, req, req.params.id, req.body),
  );
};
