import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { UPLOAD_BODY_LIMIT } from '../../../core/files/files';
import { paperApplicationBody } from './tolerance.schema';
import { registerPaperApplication } from '../commands/register-paper-application';

/**
 * 代为登记书面申请: xzcit-2018 第五条（一） asks for a written application (书面申请). One handed in on paper is registered
 * by the office that received it (whoever handles tolerance), with its real receipt date and the scanned application,
 * and the filing window is applied to that date. The cadre held to account is its applicant and sees it as theirs.
 */
export const paperApplicationRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/tolerance-reviews/paper',
    {
      config: { access: 'tolerance.handle' },
      bodyLimit: UPLOAD_BODY_LIMIT,
      schema: { tags: ['tolerance'], summary: '代为登记书面容错申请（按收到日期受理，附扫描件）', body: paperApplicationBody, response: { 201: z.object({ id: z.number() }) } },
    },
    async (req, reply) => reply.status(201).send({ id: await registerPaperApplication(deps, req, req.body) }),
  );
};
