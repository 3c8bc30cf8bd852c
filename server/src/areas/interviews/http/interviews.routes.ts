import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { refusalError } from '../../../core/http/authorize';
import { writeAudit } from '../../../core/audit/audit.writer';
import { sendFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { idParam, idQuery } from '../../../core/http/ids';
import { interviewAction, interviewCreate, interviewQuery, materialUpload } from './interviews.schema';
import { facts, getInterview, presentInterview } from '../queries/interviews';
import { visibleInterviews } from '../queries/interview-list';
import { authorizeInterview, MATERIAL_HIDDEN } from '../access';
import { interviewOut } from './interviews.out';
import { arrangeInterview } from '../commands/arrange-interview';
import { takeInterviewStep } from '../commands/take-interview-step';
import { handInMaterial } from '../commands/hand-in-material';

const targetParam = z.object({ id: idQuery(), targetId: idQuery() });

export const interviewRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/interviews',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈：我被约谈的、我组织实施的、我主谈的，或有权查看的全部', querystring: interviewQuery, response: { 200: z.array(interviewOut) } } },
    async (req) => {
      const auth = req.auth!;
      return (await visibleInterviews(db, auth, req.query)).map((r) => presentInterview(auth, r, false));
    },
  );

  app.get(
    '/api/interviews/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈详情（约谈记录仅纪委、领导小组、主谈人和记录人可见，查看留痕）', params: idParam, response: { 200: interviewOut } } },
    async (req) => {
      const auth = req.auth!;
      const r = await getInterview(db, auth, req.params.id);
      if (r.access.record && r.iv.record)
        await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'interview.read_record', entityType: 'interview', entityId: r.iv.id, ip: req.ip, outcome: 'success' });
      return presentInterview(auth, r, true);
    },
  );

  app.post(
    '/api/interviews',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '安排约谈：对象、形式、主谈人（按五（一））、时间、地点、记录人、提纲', body: interviewCreate, response: { 201: interviewOut } } },
    async (req, reply) => {
      const id = await arrangeInterview(deps, req, req.body);
      return reply.status(201).send(presentInterview(req.auth!, await getInterview(db, req.auth!, id), true));
    },
  );

  app.post(
    '/api/interviews/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '实施约谈并记录、免交材料、办结、取消、提出和审定处理意见（五（三）（四））', params: idParam, body: interviewAction, response: { 200: interviewOut } } },
    async (req) => {
      await takeInterviewStep(deps, req, req.params.id, req.body);
      return presentInterview(req.auth!, await getInterview(db, req.auth!, req.params.id), true);
    },
  );

  app.post(
    '/api/interviews/:id/targets/:targetId/material',
    {
      config: { access: 'interview.read' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['interviews'], summary: '被约谈人提交廉政承诺、问题说明材料或错误认识材料（五（三））', params: targetParam, body: materialUpload, response: { 200: interviewOut } },
    },
    async (req) => {
      await handInMaterial(deps, req, req.params.id, req.params.targetId, req.body);
      return presentInterview(req.auth!, await getInterview(db, req.auth!, req.params.id), true);
    },
  );

  app.get(
    '/api/interviews/:id/targets/:targetId/file',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '下载被约谈人提交的材料扫描件', params: targetParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const r = await getInterview(db, auth, req.params.id);
      const t = r.targets.find((x) => x.id === req.params.targetId);
      if (!t?.materialFileId) throw refusalError(MATERIAL_HIDDEN);
      authorizeInterview(auth, 'downloadMaterial', { ...facts(r), targetPersonId: t.personId });
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'interview.download_material', entityType: 'interview_target', entityId: t.id, ip: req.ip, outcome: 'success' });
      return sendFile(db, reply, auth.institutionId, 'interview_target', t.id, t.materialFileId);
    },
  );
};
