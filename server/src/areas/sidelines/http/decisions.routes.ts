import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { decideStep } from '../commands/decide-step';
import { decideBody } from './sidelines.schema';

/**
 * The approval chain's decisions (第十三条): each stage, the 党委 and 上级机关 registrations and the 备案, and the 外事 opinion
 * (第九条). Nobody decides a step of their own application (回避).
 */
export const sidelineDecisionRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/sideline-applications/:id/decide',
    { config: { access: 'sideline.review' }, schema: { tags: ['sidelines'], summary: '审批：同意、不同意或退回修改（党委环节登记会议日期和纪要编号，上级机关环节登记批准文号）', params: idParam, body: decideBody, response: { 200: z.object({ id: z.number(), status: z.string(), sidelineId: z.number().nullable() }) } } },
    async (req) => decideStep(deps, req, req.params.id, req.body),
  );
};
