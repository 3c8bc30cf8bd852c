import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { institution } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { writeAudit } from '../audit/audit.writer';
import { notFound } from '../../shared/errors';
import { idParam } from '../people/people.schema';
import { yearCompletion } from './completion.service';
import { attachment, safeFileName } from '../../documents/safe-cell';
import { completionWorkbook, talkRecordDocument } from '../../documents/talk-exports';
import { getTalk, mayReadNotes } from './talks.repository';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** 谈心谈话的表格：年度完成情况表 (Excel) and 谈心谈话记录表 (Word). Every download is audited. */
export const talkExportsRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/talks/completion.xlsx',
    { config: { access: 'talk.supervise' }, schema: { tags: ['talks'], summary: '导出年度谈心谈话完成情况表（Excel）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const { year, asOf, completion: c } = await yearCompletion(db, packs, auth.institutionId, req.query.year);
      const [inst] = await db.select().from(institution).where(eq(institution.id, auth.institutionId));
      const file = safeFileName(`${inst.shortName}${year}年度谈心谈话完成情况表`, 'xlsx');
      const body = await completionWorkbook(inst.name, year, asOf, c);
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'document.download', entityType: 'document', entityId: file, ip: req.ip, outcome: 'success' });
      return reply.header('content-type', XLSX).header('content-disposition', attachment(file)).send(body);
    },
  );

  app.get(
    '/api/talks/:id/record.docx',
    { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: '导出谈心谈话记录表（Word；仅谈话人、组织部、党委书记）', params: idParam } },
    async (req, reply) => {
      const auth = req.auth!;
      const t = await getTalk(db, auth.institutionId, req.params.id);
      if (!t || !mayReadNotes(auth, t)) throw notFound('谈话记录', 'TALK.NOT_FOUND');
      const [inst] = await db.select().from(institution).where(eq(institution.id, auth.institutionId));
      const file = safeFileName(`谈心谈话记录表-${t.talkDate}-${t.subjects.map((s) => s.name).join('、')}`, 'docx');
      const body = await talkRecordDocument(inst.name, t);
      await writeAudit(db, { institutionId: auth.institutionId, actorAccountId: auth.accountId, actorName: auth.displayName, action: 'document.download', entityType: 'talk', entityId: t.id, ip: req.ip, outcome: 'success', detail: { file } });
      return reply.header('content-type', DOCX).header('content-disposition', attachment(file)).send(body);
    },
  );
};
