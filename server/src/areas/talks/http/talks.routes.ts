import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { writeAudit } from '../../../core/audit/audit.writer';
import { idParam } from '../../../core/http/ids';
import { mayTalk } from '../access';
import { listTalks, presentTalk, talkFor } from '../queries/talks.repository';
import { talkListConds } from '../queries/talk-list';
import { listAssignments } from '../queries/assignments';
import { recordTalk } from '../commands/record-talk';
import { holdTalk } from '../commands/hold-talk';
import { cancelTalk } from '../commands/cancel-talk';
import { assignTalker } from '../commands/assign-talker';
import { checkTalkers } from '../queries/check-talkers';
import { assignmentCreate, talkCheck, talkCheckOut, talkCreate, talkHold, talkListQuery, talkOut, warningOut } from './talks.schema';

export const talksRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/talks',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '谈心谈话记录', querystring: talkListQuery, response: { 200: z.object({ total: z.number(), items: z.array(talkOut) }) } } },
    async (req) => {
      const auth = req.auth!;
      const { page, pageSize, ...q } = req.query;
      const conds = talkListConds(auth, q);
      if (!conds) return { total: 0, items: [] };
      const { total, rows } = await listTalks(db, auth.institutionId, conds, page, pageSize);
      const items = rows.map((t) => presentTalk(t, auth));
      // The key points a list shows are read as on the detail page: one audit event naming the talks whose notes it carried.
      const talkIds = items.filter((t) => t.notesVisible && (t.keyPoints || t.preparationNotes)).map((t) => t.id);
      if (talkIds.length)
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'talk.read_notes', entityType: 'talk', ip: req.ip, outcome: 'success', detail: { talkIds, via: '谈心谈话列表' } });
      return { total, items };
    },
  );

  app.get(
    '/api/talks/:id',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '谈话详情（内容要点仅谈话人、组织部、党委书记可见，查看留痕）', params: idParam, response: { 200: talkOut } } },
    async (req) => {
      const auth = req.auth!;
      const t = await talkFor(db, auth, req.params.id);
      if (mayTalk(auth, 'readNotes', t) && (t.keyPoints || t.preparationNotes))
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'talk.read_notes', entityType: 'talk', entityId: t.id, ip: req.ip, outcome: 'success' });
      return presentTalk(t, auth);
    },
  );

  app.post(
    '/api/talks',
    {
      config: { access: 'talk.record' },
      schema: { tags: ['talks'], summary: '登记谈话（已谈或计划）', body: talkCreate, response: { 201: z.object({ id: z.number(), warnings: z.array(warningOut) }) } },
    },
    async (req, reply) => reply.status(201).send(await recordTalk(deps, req, req.body)),
  );

  app.post(
    '/api/talks/check',
    { config: { access: 'talk.record' }, schema: { tags: ['talks'], summary: '登记前核对：谈话人是否负责与所选对象谈话（第六条），不保存', body: talkCheck, response: { 200: talkCheckOut } } },
    async (req) => checkTalkers(deps, req, req.body),
  );

  app.post(
    '/api/talks/:id/hold',
    { config: { access: 'talk.record' }, schema: { tags: ['talks'], summary: '计划谈话已谈：补记时间、地点、内容要点', params: idParam, body: talkHold, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => holdTalk(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/talks/:id/cancel',
    { config: { access: 'talk.record' }, schema: { tags: ['talks'], summary: '取消计划谈话', params: idParam, body: z.object({ reason: z.string().trim().min(2, '请写明取消原因').max(200).describe('取消原因') }), response: { 200: z.object({ id: z.number() }) } } },
    async (req) => cancelTalk(deps, req, req.params.id, req.body.reason),
  );

  app.get(
    '/api/talk-assignments',
    {
      config: { access: 'talk.assign' },
      schema: {
        tags: ['talks'],
        summary: '组织部指定的谈话人（第六条 特殊情况）',
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100) }),
        response: { 200: z.array(z.object({ id: z.number(), talker: z.object({ id: z.number(), name: z.string() }), subject: z.object({ id: z.number(), name: z.string() }), year: z.number(), reason: z.string() })) },
      },
    },
    async (req) => listAssignments(db, req.auth!.institutionId, req.query.year),
  );

  app.post(
    '/api/talk-assignments',
    { config: { access: 'talk.assign' }, schema: { tags: ['talks'], summary: '指定谈话人', body: assignmentCreate, response: { 201: z.object({ id: z.number() }) } } },
    async (req, reply) => reply.status(201).send({ id: await assignTalker(deps, req, req.body) }),
  );
};
