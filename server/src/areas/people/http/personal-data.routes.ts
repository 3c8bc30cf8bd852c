import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { sendDocument } from '../../../core/documents/send';
import { personalDataCopy } from '../queries/personal-data';

/**
 * 个人信息保护法 第四十五条: a person may obtain a copy of their personal information. One JSON file: the account, the
 * roster entry, posts, the 任免审批表 details, the record as their own 一人一档 shows it, and their recent sign-ins;
 * with the list of what the system holds and why.
 */
export const personalDataRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.get('/api/me/personal-data', { config: { access: 'authenticated' }, schema: { tags: ['auth'], summary: '下载本人个人信息副本（个人信息保护法第四十五条）' } }, async (req, reply) => {
    const auth = req.auth!;
    const { a, p, body } = await personalDataCopy(deps, auth);
    return sendDocument(db, req, reply, { base: `个人信息副本-${p?.name ?? a.username}`, ext: 'json', body: Buffer.from(JSON.stringify(body, null, 2), 'utf8'), entity: { type: 'account', id: a.id } });
  });
};
