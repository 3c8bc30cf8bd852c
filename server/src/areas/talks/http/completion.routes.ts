import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { yearCompletion } from '../queries/completion';
import { listSupervisionNotes } from '../queries/supervision';
import { noteSupervision } from '../commands/note-supervision';
import { remindTalkers } from '../commands/remind-talkers';
import { idField, idQuery } from '../../../core/http/ids';
import { talkerOfYear, talkerRows } from '../queries/talker-completion';

const row = z.object({ required: z.number(), held: z.number(), done: z.number(), total: z.number(), behind: z.number(), percent: z.number() });
const yearQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
const talkerCounts = z.object({
  total: z.number().describe('负责的谈话对象数'),
  required: z.number().describe('应谈次数'),
  held: z.number().describe('已谈次数（不超过应谈）'),
  done: z.number().describe('已完成的谈话对象数'),
  behind: z.number().describe('尚未完成的谈话对象数（含共同待谈）'),
  shared: z.number().describe('其中与本部门其他中层干部共同待谈的'),
  percent: z.number(),
});
const talkerRow = talkerCounts.extend({
  personId: z.number(),
  name: z.string(),
  departmentId: z.number().nullable(),
  departmentName: z.string().nullable(),
  postTitle: z.string().nullable(),
  owedNames: z.array(z.string()).describe('尚未谈话的对象姓名'),
});
const personRef = z.object({ id: z.number(), name: z.string(), departmentId: z.number().nullable(), departmentName: z.string().nullable(), postTitle: z.string().nullable() });
const talkerQuota = z.object({
  dutyKey: z.string(),
  subject: personRef,
  relation: z.string(),
  required: z.number(),
  held: z.number(),
  status: z.string(),
  statusLabel: z.string(),
  shared: z.boolean().describe('与本部门其他中层干部共同负责、尚未谈（共同待谈）'),
  heldByMe: z.boolean(),
  dueDate: z.string(),
  citation: z.string().nullable().describe('应谈次数的依据（第八条）'),
  recordLink: z.string().describe('记录谈话（预填对象和谈话人）'),
  talks: z.array(z.object({ id: z.number(), talkDate: z.string(), talkers: z.array(z.object({ id: z.number(), name: z.string() })), byMe: z.boolean() })),
});

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
    '/api/talks/completion/people',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '谈心谈话完成情况（第六条、第八条）：按谈话人（个人），完成率由低到高',
        description: '部门中层干部共同负责的谈话（第六条）：谁谈计谁；尚未谈的，列为每名中层干部的“共同待谈”；组织部指定谈话人的，只计被指定者。',
        querystring: yearQuery.extend({
          departmentId: idQuery().optional().describe('谈话人所在部门'),
          q: z.string().trim().max(50, '姓名最多 50 个字').optional().describe('谈话人姓名（部分）'),
        }),
        response: {
          200: z.object({
            year: z.number(),
            asOf: z.string(),
            strategy: z.string().describe('集体负责的谈话如何计入个人：held_by_holder_rest_shared（谁谈计谁，未谈共同待谈）'),
            items: z.array(talkerRow),
          }),
        },
      },
    },
    async (req) => talkerRows(db, packs, req.auth!.institutionId, req.query),
  );

  app.get(
    '/api/talks/completion/people/:personId',
    {
      config: { access: 'talk.supervise' },
      schema: {
        tags: ['talks'],
        summary: '一名谈话人的年度谈心谈话：尚未谈的对象和已谈的对象（第六条、第八条）',
        params: z.object({ personId: idQuery() }),
        querystring: yearQuery,
        response: {
          200: talkerCounts.extend({
            year: z.number(),
            asOf: z.string(),
            strategy: z.string(),
            responsibilityCitation: z.string().nullable().describe('谈话责任的依据（第六条）'),
            person: personRef,
            owed: z.array(talkerQuota).describe('尚未完成的谈话对象（含共同待谈）'),
            talkedWith: z.array(talkerQuota).describe('已完成的谈话对象'),
          }),
        },
      },
    },
    async (req) => talkerOfYear(db, packs, req.auth!.institutionId, req.params.personId, req.query.year),
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
