import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../../../core/services/deps';
import { idParam } from '../../../core/http/ids';
import { yearCompletion } from '../queries/completion';
import { talkerRow, talkersOfYear } from '../queries/talker-completion';
import { completionWorkbook, talkRecordSpec } from '../documents';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { talkFor } from '../queries/talks.repository';
import { citationName, citationsText } from '../../../core/policy/citation-names';

/** 谈心谈话的表格：年度完成情况表 (Excel) and 谈心谈话记录表 (Word, PDF). Every download is audited. */
export const talkExportsRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.get(
    '/api/talks/completion.xlsx',
    { config: { access: 'talk.supervise' }, schema: { tags: ['talks'], summary: '导出年度谈心谈话完成情况表（Excel；含按谈话人个人列出的尚未谈话对象）', querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const { year, asOf, completion: c } = await yearCompletion(db, packs, auth.institutionId, req.query.year);
      const talkers = await talkersOfYear(db, packs, auth.institutionId, year);
      const people = talkers.talkers.map(talkerRow);
      // 依据: who talks with whom (第六条) and how often (第八条, each relation's article without its item).
      const basis = citationsText(packs, [talkers.responsibilityCitation, ...c.byRelation.map((r) => r.citation?.replace(/（[^）]*）$/, '') ?? null)]);
      const inst = await collegeOf(db, auth.institutionId);
      return sendDocument(db, req, reply, { base: `${inst.shortName}${year}年度谈心谈话完成情况表`, ext: 'xlsx', body: await completionWorkbook(inst.name, year, asOf, basis, { ...c, byRelation: c.byRelation.map((r) => ({ ...r, citation: citationName(packs, r.citation) })) }, people) });
    },
  );

  for (const ext of ['docx', 'pdf'] as const)
    app.get(
      `/api/talks/:id/record.${ext}`,
      { config: { access: 'talk.read' }, schema: { tags: ['talks'], summary: `导出谈心谈话记录表（${ext === 'docx' ? 'Word' : 'PDF'}；仅谈话人、组织部、党委书记）`, params: idParam } },
      async (req, reply) => {
        const auth = req.auth!;
        const t = await talkFor(db, auth, req.params.id, 'exportRecord');
        const spec = talkRecordSpec((await collegeOf(db, auth.institutionId)).name, t);
        const body = ext === 'docx' ? await renderDocx(spec) : await renderPdf(spec);
        return sendDocument(db, req, reply, { base: `谈心谈话记录表-${t.talkDate}-${t.subjects.map((s) => s.name).join('、')}`, ext, body, entity: { type: 'talk', id: t.id } });
      },
    );
};
