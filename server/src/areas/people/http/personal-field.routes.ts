import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { PERSONAL_FIELDS, revealPersonalField } from '../commands/reveal-personal-field';

/** 人员页面上脱敏显示的身份证号、手机号：点击查看完整内容，每次查看记入审计日志。 */
export const personalFieldRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/persons/:id/personal-field',
    {
      config: { access: 'roster.read' },
      schema: {
        tags: ['people'],
        summary: '查看完整的身份证号或手机号（限人员信息维护人员和本人；每次查看记入审计日志）',
        params: idParam,
        body: z.object({ field: z.enum(PERSONAL_FIELDS, { message: '字段应为 idNumber（身份证号）或 phone（手机号）' }) }),
        response: { 200: z.object({ field: z.enum(PERSONAL_FIELDS), value: z.string().nullable() }) },
      },
    },
    async (req) => ({ field: req.body.field, value: await revealPersonalField(db, req, req.params.id, req.body.field) }),
  );
};
