import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { yearCompletion } from '../queries/completion';
import { listSupervisionNotes } from '../queries/supervision';
import { noteSupervision } from '../commands/note-supervision';
import { remindTalkers } from '../commands/remind-talkers';
import { idField } from '../../../core/http/ids';

const row = z.object({ required: z.number(), held: z.number(), done: z.number(), total: z.number(), behind: z.number(), percent: z.number() });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const completionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db, packs } = deps;
  app.get(
    '/api/talks/completion',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '谈心谈话完成情况（第八条、第十一条）：按谈话人、按部门',
        querystring: yearQuery,
        response: {
          200: z.object({
            year: z.number(),
            asOf: z.string(),
            total: row,
            byRelation: z.array(row.extend({ relation: z.string(), citation: z.string().nullable(), perYear: z.number().nullable().describe('该谈话关系每年应谈的次数（按制度，未按比例折算）') })),
            byDepartment: z.array(row.extend({ departmentId: z.number(), name: z.string() })),
            byTalker: z.array(row.extend({ key: z.string(), label: z.string(), personIds: z.array(z.number()) })),
            missingResponsibility: z.number(),
          }),
        },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { year, asOf, duties, completion: c } = await yearCompletion(db, packs, auth.institutionId, req.query.year);
      return { year, asOf, ...c, missingResponsibility: duties.filter((d) => d.key.startsWith('talk_responsibility:') && d.status !== 'done').length };
    },
  );

  app.get(
    '/api/talks/supervision-notes',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '对谈心谈话开展不到位的谈话人的提醒和批评教育记录（第十一条）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(z.object({ id: z.number(), talker: z.string(), kind: z.string(), note: z.string(), createdAt: z.string() })) },
      },
    },
    async (req) => listSupervisionNotes(db, req.auth!.institutionId, req.query.year),
  );

  app.post(
    '/api/talks/supervision-notes',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '记录对谈话人的提醒或批评教育（第十一条）',
        body: z.object({
          talkerPersonId: idField().describe('谈话人'),
          year: z.number().int().min(2000).max(2100).describe('年度'),
          kind: z.enum(['reminder', 'criticism'], '应为提醒或批评教育').describe('方式'),
          note: z.string().trim().min(4, '请写明具体情况（至少 4 个字）').max(1000).describe('情况'),
        }),
        response: { 201: z.object({ id: z.number() }) },
      },
    },
    async (req, reply) => reply.status(201).send({ id: await noteSupervision(deps, req, req.body) }),
  );

  app.post(
    '/api/talks/reminders',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '提醒谈心谈话开展不到位的谈话人（第十一条）',
        body: z.object({ year: z.number().int().min(2000).max(2100) }),
        response: { 200: z.object({ sent: z.number(), skipped: z.number() }) },
      },
    },
    async (req) => remindTalkers(deps, req, req.body.year),
  );
};
