import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { interviewPlan } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { found } from '../../../core/http/authorize';
import { idParam } from '../../../core/http/ids';
import { planCreate, planDecision, planQuery } from './interviews.schema';
import { PLAN_HIDDEN } from '../access';
import { listPlans } from '../queries/plans';
import { draftPlan } from '../commands/draft-plan';
import { decidePlan } from '../commands/decide-plan';

const planOut = z.object({
  id: z.number(), kind: z.string(), kindLabel: z.string(), year: z.number(), quarter: z.number().nullable(), departmentId: z.number().nullable(), departmentName: z.string().nullable(),
  title: z.string(), summary: z.string(), status: z.string(), statusLabel: z.string(), submittedOn: z.string().nullable(), approvedOn: z.string().nullable(), meetingRef: z.string().nullable(),
  returnReason: z.string().nullable(), filedOn: z.string().nullable(), interviews: z.number(), held: z.number(), inquiries: z.number(),
  may: z.object({ edit: z.boolean(), submit: z.boolean(), approve: z.boolean(), file: z.boolean() }),
});

export const interviewPlanRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;

  app.get(
    '/api/interview-plans',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈计划：集中约谈计划和各部门季度约谈计划', querystring: planQuery, response: { 200: z.array(planOut) } } },
    async (req) =>
      listPlans(db, req.auth!, and(req.query.year ? eq(interviewPlan.year, req.query.year) : undefined, req.query.kind ? eq(interviewPlan.kind, req.query.kind) : undefined)),
  );

  app.get(
    '/api/interview-plans/:id',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '约谈计划详情', params: idParam, response: { 200: planOut } } },
    async (req) => {
      const [p] = await listPlans(db, req.auth!, eq(interviewPlan.id, req.params.id));
      return found(p, PLAN_HIDDEN);
    },
  );

  app.post(
    '/api/interview-plans',
    { config: { access: 'interview.organize' }, schema: { tags: ['interviews'], summary: '制定集中约谈计划（纪检监察室）或部门季度约谈计划', body: planCreate, response: { 201: planOut } } },
    async (req, reply) => {
      const id = await draftPlan(deps, req, req.body);
      const [p] = await listPlans(db, req.auth!, eq(interviewPlan.id, id));
      return reply.status(201).send(p);
    },
  );

  app.post(
    '/api/interview-plans/:id/actions',
    { config: { access: 'interview.read' }, schema: { tags: ['interviews'], summary: '集中约谈计划报批、领导小组批准或退回；部门季度计划报备', params: idParam, body: planDecision, response: { 200: planOut } } },
    async (req) => {
      await decidePlan(deps, req, req.params.id, req.body);
      const [p] = await listPlans(db, req.auth!, eq(interviewPlan.id, req.params.id));
      return p;
    },
  );
};
