import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { todayIso } from '../../../core/shared/dates';
import { idParam } from '../../../core/http/ids';
import { sendFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { inlineQuery } from '../../../core/files/inline-query';
import { presentApplication, visibleApplication } from '../queries/applications';
import { applicantScope, applicationRules, checkProposal } from '../queries/application-check';
import { listApplications } from '../queries/application-list';
import { applicationDossier } from '../queries/application-dossier';
import { listOrgs } from '../queries/orgs';
import { registerOrg } from '../commands/register-org';
import { createApplication } from '../commands/create-application';
import { editApplication } from '../commands/edit-application';
import { attachApplicationFile } from '../commands/attach-application-file';
import { removeApplicationFile } from '../commands/remove-application-file';
import { submitApplication } from '../commands/submit-application';
import { withdrawApplication } from '../commands/withdraw-application';
import { sidelineDecisionRoutes } from './decisions.routes';
import { applicationFields, applicationListQuery, applicationOut, applicationSummary, dossierOut, fileParams, fileUpload, findingOut, orgCreate, orgOut } from './sidelines.schema';

/** Outside organizations and applications for a part-time post: the form's rules and checks, drafts, files, submission, withdrawal. */
export const sidelineApplicationsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db, packs } = deps;

  // ---- Outside organizations -------------------------------------------------------------------------------
  app.get(
    '/api/outside-orgs',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职单位', querystring: z.object({ q: z.string().trim().max(50).optional() }), response: { 200: z.array(orgOut) } } },
    async (req) => listOrgs(db, req.auth!.institutionId, req.query.q),
  );

  app.post(
    '/api/outside-orgs',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记兼职单位', body: orgCreate, response: { 201: orgOut } } },
    async (req, reply) => reply.status(201).send(await registerOrg(deps, req, req.body)),
  );

  // ---- Checks, drafts, files ---------------------------------------------------------------------------------
  app.get(
    '/api/sideline-applications/rules',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '申请时适用的规定：须附材料、届数和年限（来自政策包）',
        response: {
          200: z.object({
            requiredFiles: z.array(z.object({ kind: z.string(), label: z.string() })), filesArticle: z.string().nullable(), maxTerms: z.number(), maxYears: z.number(), termsArticle: z.string().nullable(),
            applicant: z.object({ applies: z.boolean(), reason: z.string().nullable(), article: z.string().nullable() }).describe('本人是否适用兼职审批（第二条）：不适用的不必填写申请'),
          }),
        },
      },
    },
    async (req) => {
      const { policy } = await policyFor(db, packs, req.auth!.institutionId);
      const today = todayIso();
      return { ...applicationRules(policy, today), applicant: await applicantScope(db, policy, req.auth!, today) };
    },
  );

  app.post(
    '/api/sideline-applications/check',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '按《领导干部兼职管理办法》即时检查拟兼职务（不保存）',
        body: applicationFields,
        response: { 200: z.object({ findings: z.array(findingOut), rank: z.string().nullable(), steps: z.array(z.object({ kind: z.string(), label: z.string() })), termNumber: z.number().describe('届次：按本人任职记录计算'), termNote: z.string() }) },
      },
    },
    async (req) => checkProposal(db, packs, req.auth!, req.body, todayIso()),
  );

  app.post(
    '/api/sideline-applications',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '填写兼职申请（草稿）；届次由系统按任职记录计算，不采用填写的届次', body: applicationFields, response: { 201: z.object({ id: z.number(), termNumber: z.number() }) } } },
    async (req, reply) => reply.status(201).send(await createApplication(deps, req, req.body)),
  );

  app.patch(
    '/api/sideline-applications/:id',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '修改兼职申请（草稿或退回修改时）；届次由系统按任职记录计算', params: idParam, body: applicationFields, response: { 200: z.object({ id: z.number(), termNumber: z.number() }) } } },
    async (req) => editApplication(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/sideline-applications/:id/files',
    {
      config: { access: 'sideline.apply' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['sidelines'], summary: '上传申请附件（第十三条所列材料）', params: idParam, body: fileUpload, response: { 201: z.object({ id: z.number(), sha256: z.string() }) } },
    },
    async (req, reply) => reply.status(201).send(await attachApplicationFile(deps, req, req.params.id, req.body)),
  );

  app.delete(
    '/api/sideline-applications/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '删除未送审申请的附件', params: fileParams, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => removeApplicationFile(deps, req, req.params.id, req.params.fileId),
  );

  app.get(
    '/api/sideline-applications/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '下载申请附件（inline=1 时在页面中预览 PDF 和图片）', params: fileParams, querystring: inlineQuery } },
    async (req, reply) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'application', a.id, req.params.fileId, { inline: req.query.inline === '1' });
    },
  );

  // ---- Submission and the chain ------------------------------------------------------------------------------
  app.post(
    '/api/sideline-applications/:id/submit',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '提交兼职申请（检查规定、附件，按职级确定审批程序）', params: idParam, response: { 200: z.object({ id: z.number(), findings: z.array(findingOut), termNumber: z.number() }) } } },
    async (req) => submitApplication(deps, req, req.params.id),
  );

  app.post(
    '/api/sideline-applications/:id/withdraw',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '申请人撤回申请', params: idParam, response: { 200: z.object({ id: z.number() }) } } },
    async (req) => withdrawApplication(deps, req, req.params.id),
  );

  await app.register(sidelineDecisionRoutes(deps));

  // ---- Reading -----------------------------------------------------------------------------------------------
  app.get(
    '/api/sideline-applications',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职申请：我的、待我审批、全部（组织部）', querystring: applicationListQuery, response: { 200: z.object({ total: z.number(), items: z.array(applicationSummary) }) } } },
    async (req) => listApplications(db, req.auth!, req.query),
  );

  app.get(
    '/api/sideline-applications/:id/dossier',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '一页审批：申请、附件、按规定检查（附条款）、办理过程和由我办理的环节', params: idParam, response: { 200: dossierOut } } },
    async (req) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id);
      const { policy } = await policyFor(db, packs, auth.institutionId);
      return applicationDossier(db, auth, a, policy, todayIso());
    },
  );

  app.get(
    '/api/sideline-applications/:id',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '兼职申请详情与审批进度', params: idParam, response: { 200: applicationOut } } },
    async (req) => {
      const auth = req.auth!;
      const a = await visibleApplication(db, auth, req.params.id);
      const { policy } = await policyFor(db, packs, auth.institutionId);
      return presentApplication(db, auth, a, policy, todayIso());
    },
  );
};
