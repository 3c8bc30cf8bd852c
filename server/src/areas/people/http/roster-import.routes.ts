import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rosterImport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { text } from '../../../core/http/text-fields';
import { chinaDateOf, todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { rosterImportOf } from '../queries/roster-imports';
import { openDepartmentNames, rosterExportRows } from '../queries/roster';
import { importReport, MAX_ROSTER_BYTES, rosterTemplate, rosterWorkbook } from '../documents/roster-sheet';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { idParam } from '../../../core/http/ids';
import { RANKS } from '../../../core/roster/kinds';
import { previewRosterImport } from '../commands/preview-roster-import';
import { commitRosterImport } from '../commands/commit-roster-import';
import { cancelRosterImport } from '../commands/cancel-roster-import';

const resultOut = z.object({ row: z.number(), staffNo: z.string(), name: z.string(), result: z.string(), detail: z.string() });
const importOut = z.object({
  id: z.number(), fileName: z.string(), status: z.string(), totalRows: z.number(),
  counts: z.record(z.string(), z.number()), results: z.array(resultOut),
});

/**
 * 花名册导入: a template to download; an upload checked row by row into a preview (nothing written); a commit that
 * writes all rows or none (or, when asked, only the good rows), updating by 工号; a cancel; a report of each row.
 */
export const rosterImportRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const view = (imp: typeof rosterImport.$inferSelect) => ({ id: imp.id, fileName: imp.fileName, status: imp.status, totalRows: imp.totalRows, counts: imp.counts, results: imp.results });

  app.get('/api/roster/import-template.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '下载花名册导入模板（Excel）' } }, async (req, reply) => {
    const auth = req.auth!;
    const inst = await collegeOf(db, auth.institutionId);
    const body = await rosterTemplate(inst.name, await openDepartmentNames(db, auth.institutionId), RANKS.map((r) => VALUE_LABELS[r] ?? r));
    return sendDocument(db, req, reply, { base: `${inst.shortName}花名册导入模板`, ext: 'xlsx', body });
  });

  app.get('/api/roster/export.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '导出花名册（Excel，与导入模板同列，可修改后按工号重新导入）' } }, async (req, reply) => {
    const auth = req.auth!;
    const today = todayIso();
    const rows = await rosterExportRows(db, auth.institutionId, today);
    const inst = await collegeOf(db, auth.institutionId);
    return sendDocument(db, req, reply, { base: `${inst.shortName}花名册${today}`, ext: 'xlsx', body: await rosterWorkbook(inst.name, today, rows), detail: { persons: rows.length } });
  });

  app.post(
    '/api/roster/imports',
    {
      config: { access: 'roster.write' },
      bodyLimit: Math.ceil((MAX_ROSTER_BYTES * 4) / 3) + 64 * 1024,
      schema: { tags: ['people'], summary: '上传花名册并预览：逐行校验（身份证号、日期、部门、职级、重复），不写入', body: z.object({ fileName: text('文件名', 1, 200), contentBase64: z.string().min(1, '请选择文件').describe('文件内容') }), response: { 201: importOut } },
    },
    async (req, reply) => reply.status(201).send(view(await previewRosterImport(deps, req, req.body))),
  );

  app.get('/api/roster/imports/:id', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '花名册导入：预览或结果', params: idParam, response: { 200: importOut } } }, async (req) => view(await rosterImportOf(db, req.auth!.institutionId, req.params.id)));

  app.post(
    '/api/roster/imports/:id/commit',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '确认导入：全部导入（有错误行时不导入任何一行），或只导入正确的行；按工号更新已有人员', params: idParam, body: z.object({ onlyGood: z.boolean().default(false).describe('只导入正确的行') }), response: { 200: importOut } } },
    async (req) => view(await commitRosterImport(deps, req, req.params.id, req.body.onlyGood)),
  );

  app.delete('/api/roster/imports/:id', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '取消导入：丢弃上传的数据', params: idParam, response: { 200: importOut } } }, async (req) => view(await cancelRosterImport(deps, req, req.params.id)));

  app.get('/api/roster/imports/:id/report.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '下载导入结果报告（Excel）：每一行的结果与原因', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const imp = await rosterImportOf(db, auth.institutionId, req.params.id);
    const inst = await collegeOf(db, auth.institutionId);
    const when = imp.status === 'committed' ? `导入于 ${chinaDateOf(imp.finishedAt!)}` : `预览于 ${chinaDateOf(imp.createdAt)}（未导入）`;
    const body = await importReport(inst.name, imp.fileName, when, imp.results, imp.counts);
    return sendDocument(db, req, reply, { base: `花名册导入结果-${imp.fileName.replace(/\.xlsx$/i, '')}`, ext: 'xlsx', body, entity: { type: 'roster_import', id: imp.id } });
  });
};
