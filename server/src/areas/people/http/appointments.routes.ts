import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { oversightCreate, oversightEnd, postCreate, postUpdate, tenureCreate, tenureEnd } from './people.schema';
import { addPost } from '../commands/add-post';
import { updatePost } from '../commands/update-post';
import { appointPerson } from '../commands/appoint-person';
import { endTenure } from '../commands/end-tenure';
import { assignOversight } from '../commands/assign-oversight';
import { endOversight } from '../commands/end-oversight';

const created = z.object({ id: z.number() });
const appointed = created.extend({
  /** Recorded all the same; e.g. a post that requires a Party member given to someone who is not one. */
  warnings: z.array(z.object({ code: z.string(), message: z.string(), basis: z.string() })),
});

export const appointmentsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/posts',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '新增职位', body: postCreate, response: { 201: created } } },
    async (req, reply) => reply.status(201).send({ id: await addPost(deps, req, req.body) }),
  );

  app.patch(
    '/api/posts/:id',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '修改职位', params: idParam, body: postUpdate, response: { 200: created } } },
    async (req) => updatePost(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/tenures',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '任职（任命到职位）；任用非中共正式党员担任须由党员担任的职务时给出提醒', body: tenureCreate, response: { 201: appointed } } },
    async (req, reply) => reply.status(201).send(await appointPerson(deps, req, req.body)),
  );

  app.post(
    '/api/tenures/:id/end',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '免职（结束任职，记录保留）', params: idParam, body: tenureEnd, response: { 200: created } } },
    async (req) => endTenure(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/oversights',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '设置分管（联系）院领导', body: oversightCreate, response: { 201: created } } },
    async (req, reply) => reply.status(201).send({ id: await assignOversight(deps, req, req.body) }),
  );

  app.post(
    '/api/oversights/:id/end',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '结束分管（联系）关系', params: idParam, body: oversightEnd, response: { 200: created } } },
    async (req) => endOversight(deps, req, req.params.id, req.body),
  );
};
