import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { writtenInquiry } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { found } from '../../../core/http/authorize';
import { chinaDateOf } from '../../../core/shared/dates';
import { writeAudit } from '../../../core/audit/audit.writer';
import { idParam } from '../../../core/http/ids';
import { inquiryAction, inquiryCreate, yearQuery } from './interviews.schema';
import { authorizeInterview, INQUIRY_HIDDEN, mayInterview } from '../access';
import { listInquiries } from '../queries/inquiries';
import { proposeInquiry } from '../commands/propose-inquiry';
import { advanceInquiry } from '../commands/advance-inquiry';

const inquiryOut = z.object({
  id: z.number(), planId: z.number().nullable(), planTitle: z.string().nullable(), planStatus: z.string().nullable(), targetPersonId: z.number(), targetName: z.string(),
  departmentName: z.string().nullable(), matter: z.string(), questions: z.string(), status: z.string(), statusLabel: z.string(), sentOn: z.string().nullable(),
  replyDue: z.string().nullable(), replyDueProvisional: z.boolean(), replyOn: z.string().nullable(), reply: z.string().nullable(), assessment: z.string().nullable(),
  assessmentLabel: z.string().nullable(), assessedOn: z.string().nullable(), assessmentNote: z.string().nullable(), overdue: z.boolean(), mine: z.boolean(),
  may: z.object({ send: z.boolean(), reply: z.boolean(), assess: z.boolean() }),
});

export const writtenInquiryRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/written-inquiries',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '谈话函询：纪委和领导小组看全部，被函询人看本人的', querystring: yearQuery, response: { 200: z.array(inquiryOut) } } },
    async (req) => {
      const auth = req.auth!;
      const rows = await listInquiries(db, auth);
      // A draft letter is not yet the interviewee's business.
      const visible = rows.filter((r) => mayInterview(auth, 'readInquiry', r));
      return req.query.year ? visible.filter((r) => (r.sentOn ?? chinaDateOf(r.createdAt)).startsWith(String(req.query.year))) : visible;
    },
  );

  app.get(
    '/api/written-inquiries/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '谈话函询详情（查看留痕）', params: idParam, response: { 200: inquiryOut } } },
    async (req) => {
      const auth = req.auth!;
      const w = found((await listInquiries(db, auth, eq(writtenInquiry.id, req.params.id)))[0], INQUIRY_HIDDEN);
      authorizeInterview(auth, 'readInquiry', w);
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'inquiry.read', entityType: 'written_inquiry', entityId: w.id, ip: req.ip, outcome: 'success' });
      return w;
    },
  );

  app.post(
    '/api/written-inquiries',
    { config: { access: 'interview.manage' }, schema: { tags: ['interviews'], summary: '拟进行谈话函询（纳入约谈计划，经领导小组批准后发函）', body: inquiryCreate, response: { 201: inquiryOut } } },
    async (req, reply) => {
      const id = await proposeInquiry(deps, req, req.body);
      const [w] = await listInquiries(db, req.auth!, eq(writtenInquiry.id, id));
      return reply.status(201).send(w);
    },
  );

  app.post(
    '/api/written-inquiries/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '发函（计算答复期限）、登记答复、评估答复', params: idParam, body: inquiryAction, response: { 200: inquiryOut } } },
    async (req) => {
      await advanceInquiry(deps, req, req.params.id, req.body);
      const [w] = await listInquiries(db, req.auth!, eq(writtenInquiry.id, req.params.id));
      return w;
    },
  );
};
