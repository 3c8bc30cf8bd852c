import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { sendFile, UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { listPosts, postFor, presentPost } from '../queries/posts';
import { fileAnnualReport } from '../commands/file-annual-report';
import { recordPay } from '../commands/record-pay';
import { turnOverPay } from '../commands/turn-over-pay';
import { confirmPay } from '../commands/confirm-pay';
import { attachPostFile } from '../commands/attach-post-file';
import { reportEnd } from '../commands/report-end';
import { registerEnd } from '../commands/register-end';
import { endReportBody, fileOut, fileParams, fileUpload, payBody, reportBody, sidelineListQuery, sidelineOut, turnoverBody } from './sidelines.schema';

const payOut = z.object({ id: z.number(), amount: z.string(), receivedDate: z.string(), description: z.string(), turnedOverDate: z.string().nullable(), receiptNo: z.string().nullable(), confirmedAt: z.string().nullable() });
const reportOut = z.object({ id: z.number(), year: z.number(), rolePerformed: z.string(), payReceived: z.boolean(), expenses: z.string(), submittedAt: z.string() });
const idOut = z.object({ id: z.number() });

/** Held posts: 我的兼职 and the 兼职台账, a post's page, and what its holder, the organization department and finance do with it. */
export const sidelinesRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db, packs } = deps;

  app.get(
    '/api/sidelines',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '我的兼职；兼职台账（组织部、纪委、党委书记）', querystring: sidelineListQuery, response: { 200: z.object({ total: z.number(), items: z.array(sidelineOut) }) } } },
    async (req) => listPosts(db, packs, req.auth!, req.query),
  );

  app.get(
    '/api/sidelines/:id',
    {
      config: { access: 'sideline.apply' },
      schema: {
        tags: ['sidelines'],
        summary: '兼职详情：任期、年度报告、报酬上缴、辞去',
        params: idParam,
        response: { 200: z.object({ sideline: sidelineOut, reports: z.array(reportOut), pays: z.array(payOut), files: z.array(fileOut), endReport: z.string().nullable(), endReportedAt: z.string().nullable(), endRegisteredAt: z.string().nullable(), mayAct: z.boolean(), mayRegisterEnd: z.boolean(), mayConfirmPay: z.boolean() }) },
      },
    },
    async (req) => presentPost(db, req.auth!, await postFor(db, packs, req.auth!, req.params.id)),
  );

  app.post(
    '/api/sidelines/:id/reports',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '年度兼职情况报告（第十八条）', params: idParam, body: reportBody, response: { 201: idOut } } },
    async (req, reply) => reply.status(201).send({ id: await fileAnnualReport(deps, req, req.params.id, req.body) }),
  );

  app.post(
    '/api/sidelines/:id/pays',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记在兼职单位获得的报酬（第十一条：全额上缴财资处）', params: idParam, body: payBody, response: { 201: idOut } } },
    async (req, reply) => reply.status(201).send({ id: await recordPay(deps, req, req.params.id, req.body) }),
  );

  app.post(
    '/api/sideline-pays/:id/turnover',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '登记报酬已上缴财资处', params: idParam, body: turnoverBody, response: { 200: idOut } } },
    async (req) => turnOverPay(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/sideline-pays/:id/confirm',
    { config: { access: 'sideline.pay_confirm' }, schema: { tags: ['sidelines'], summary: '财资处确认收到上缴的兼职报酬', params: idParam, response: { 200: idOut } } },
    async (req) => confirmPay(deps, req, req.params.id),
  );

  app.post(
    '/api/sidelines/:id/files',
    { config: { access: 'sideline.apply' }, bodyLimit: UPLOAD_BODY_LIMIT, schema: { tags: ['sidelines'], summary: '上传兼职单位的说明或证明材料', params: idParam, body: fileUpload, response: { 201: z.object({ id: z.number(), sha256: z.string() }) } } },
    async (req, reply) => reply.status(201).send(await attachPostFile(deps, req, req.params.id, req.body)),
  );

  app.get(
    '/api/sidelines/:id/files/:fileId',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '下载兼职材料', params: fileParams } },
    async (req, reply) => {
      const auth = req.auth!;
      const row = await postFor(db, packs, auth, req.params.id);
      return sendFile(db, reply, auth.institutionId, 'sideline', row.id, req.params.fileId);
    },
  );

  app.post(
    '/api/sidelines/:id/end-report',
    { config: { access: 'sideline.apply' }, schema: { tags: ['sidelines'], summary: '报告辞去兼职（第十七条）或任期届满不续任（第十四条）', params: idParam, body: endReportBody, response: { 200: idOut } } },
    async (req) => reportEnd(deps, req, req.params.id, req.body),
  );

  app.post(
    '/api/sidelines/:id/end-registration',
    { config: { access: 'sideline.manage' }, schema: { tags: ['sidelines'], summary: '党委组织部登记备案辞去（不续任）兼职', params: idParam, response: { 200: idOut } } },
    async (req) => registerEnd(deps, req, req.params.id),
  );
};
