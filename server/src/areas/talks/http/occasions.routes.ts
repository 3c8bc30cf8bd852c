import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { isoDate } from '../../../core/http/iso-date';
import { idField } from '../../../core/http/ids';
import { registerOccasion } from '../commands/register-occasion';
import { requestTalk } from '../commands/request-talk';
import { listOccasions } from '../queries/occasions';

const ORG_KINDS = ['deviation', 'major_event', 'team_conflict', 'weak_appraisal', 'tendency', 'life_meeting', 'major_project'] as const;

export const occasionsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/talk-occasions',
    {
      config: { access: 'talk.assign' },
      schema: {
        tags: ['talks'],
        summary: '登记需要谈心谈话的情形（第五条）',
        body: z
          .object({
            kind: z.enum(ORG_KINDS, '情形取值不正确').describe('情形'),
            subjectPersonId: idField().nullish().transform((v) => v ?? null).describe('谈话对象'),
            occasionDate: isoDate.describe('发生日期'),
            note: z.string().trim().min(4, '请简要写明情况（至少 4 个字）').max(500).describe('情况说明'),
          })
          .refine((b) => b.kind === 'life_meeting' || b.subjectPersonId !== null, { message: '请选择谈话对象', path: ['subjectPersonId'] }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await registerOccasion(deps, req, req.body) }),
  );

  app.post(
    '/api/talk-occasions/request',
    {
      config: { access: 'talk.record' },
      schema: {
        tags: ['talks'],
        summary: '申请谈心谈话（第五条（七）干部职工主动要求）',
        body: z.object({ note: z.string().trim().min(2, '请简要写明想谈的内容').max(500).describe('想谈的内容') }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await requestTalk(deps, req, req.body.note) }),
  );

  app.get(
    '/api/talk-occasions',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '已登记的谈话情形',
        response: { 200: z.array(z.object({ id: z.number(), kind: z.string(), subject: z.string().nullable(), occasionDate: z.string(), note: z.string(), source: z.string() })) },
      },
    },
    async (req) => listOccasions(deps.db, req.auth!.institutionId),
  );
};
