import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppDeps } from '../services/deps';
import { text } from '../http/text-fields';
import { idParam } from '../http/ids';
import { chinaDateOf, todayIso } from '../shared/dates';
import { chinaDateTime } from '../shared/clock';
import { collegeOf, sendDocument } from '../documents/send';
import { importBatchesOf, importBatchOf, templateNamed, type ImportBatch, type ListedBatch } from './queries';
import { GO_LIVE_LEDGERS, importTemplateOf } from './template';
import { importTemplateWorkbook, MAX_IMPORT_BYTES } from './sheet';
import { importReportWorkbook, type ImportRowResult } from './report';
import { previewImport } from './commands/preview-import';
import { commitImport } from './commands/commit-import';
import { cancelImport } from './commands/cancel-import';
import { undoableOn, undoImport } from './commands/undo-import';

const resultOut = z.object({ row: z.number(), key: z.string(), label: z.string(), result: z.string(), detail: z.string(), warnings: z.array(z.string()) });
const batchOut = z.object({
  id: z.number(), template: z.string(), templateTitle: z.string(), fileName: z.string(), sha256: z.string(), status: z.string(), totalRows: z.number(),
  counts: z.record(z.string(), z.number()), onlyGood: z.boolean().nullable(),
  createdByName: z.string(), createdAt: z.string().describe('上传时间（北京时间）'),
  committedByName: z.string().nullable(), committedOn: z.string().nullable(), committedAt: z.string().nullable(),
  undoneByName: z.string().nullable(), undoneOn: z.string().nullable(), undoReason: z.string().nullable(),
  undoable: z.boolean().describe('当天导入的批次可以撤销'),
  /** The same file (sha256) was already imported and not withdrawn: the batch of that import. */
  sameFileAs: z.number().nullable().describe('同一文件此前已导入的批次编号'),
});
const batchWithRows = batchOut.extend({ results: z.array(resultOut) });
const consequenceOut = z.object({ title: z.string(), citation: z.string(), dueDate: z.string().nullable(), status: z.string(), link: z.string(), person: z.string() });
const overviewOut = z.object({
  ledgers: z.array(z.object({
    key: z.string(), title: z.string(), area: z.string(), available: z.boolean(), description: z.string().nullable(),
    elsewhere: z.object({ text: z.string(), link: z.string() }).nullable().describe('该台账在其他页面导入（如年度考核结果按年度导入）'),
    imported: z.number().describe('已导入（未撤销）的行数'), batches: z.array(batchOut), consequences: z.array(consequenceOut),
  })),
});
const templateParam = z.object({ template: z.string().regex(/^[a-z_]{2,40}$/, '导入模板名称不正确').describe('导入模板') });

/**
 * 上线导入 (go-live): the ledgers a college brings, each a template registered by its area (core/imports/template.ts).
 * Per template a download; an upload checked row by row into a preview; a commit of all rows or only the good ones; a
 * cancel; a withdrawal of a committed batch within the day; a report of each row; and the overview of the go-live page.
 * Only the organization department (golive.import).
 */
export const importsRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  const view = (b: ListedBatch, all: ListedBatch[], today: string) => ({
    id: b.id, template: b.template, templateTitle: importTemplateOf(b.template)?.title ?? b.template, fileName: b.fileName, sha256: b.sha256, status: b.status,
    totalRows: b.totalRows, counts: b.counts, onlyGood: b.onlyGood, createdByName: b.createdByName, createdAt: chinaDateTime(b.createdAt.getTime()),
    committedByName: b.committedByName, committedOn: b.committedOn, committedAt: b.committedAt ? chinaDateTime(b.committedAt.getTime()) : null,
    undoneByName: b.undoneByName, undoneOn: b.undoneOn, undoReason: b.undoReason,
    undoable: b.status === 'committed' && undoableOn(b.committedOn, today) && !all.some((o) => o.template === b.template && o.status === 'committed' && o.id > b.id),
    sameFileAs: all.find((o) => o.id !== b.id && o.template === b.template && o.sha256 === b.sha256 && o.status === 'committed' && o.id < b.id)?.id ?? null,
  });
  const full = async (b: ImportBatch, institutionId: number) => ({ ...view(b, await importBatchesOf(db, institutionId), todayIso()), results: b.results as ImportRowResult[] });

  app.get('/api/imports', { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '上线导入：各台账的导入批次、尚未导入的台账、历史记录产生的应办事项', response: { 200: overviewOut } } }, async (req) => {
    const auth = req.auth!;
    const today = todayIso();
    const all = await importBatchesOf(db, auth.institutionId);
    const ctx = { deps, institutionId: auth.institutionId, today };
    const ledgers = await Promise.all(GO_LIVE_LEDGERS.map(async (l) => {
      const t = importTemplateOf(l.key);
      const batches = all.filter((b) => b.template === l.key && b.status !== 'previewed' && b.status !== 'expired');
      return {
        key: l.key, title: t?.title ?? l.title, area: t?.area ?? l.area, available: !!t, description: t?.description ?? null, elsewhere: t ? null : (l.elsewhere ?? null),
        imported: batches.filter((b) => b.status === 'committed').reduce((n, b) => n + (b.counts.new ?? 0) + (b.counts.update ?? 0), 0),
        batches: batches.map((b) => view(b, all, today)),
        consequences: t?.consequences ? await t.consequences(db, ctx) : [],
      };
    }));
    return { ledgers };
  });

  app.get('/api/imports/:template/template.xlsx', { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '下载上线导入模板（Excel，含下拉列表和填写说明）', params: templateParam } }, async (req, reply) => {
    const auth = req.auth!;
    const t = templateNamed(req.params.template);
    const inst = await collegeOf(db, auth.institutionId);
    const columns = await t.columns({ deps, institutionId: auth.institutionId, today: todayIso() });
    const body = await importTemplateWorkbook(`${inst.name}${t.title}`, '带 * 的列必填；日期写作 2020-09-01；从下拉列表选择的列请勿自行填写其他取值；每列的要求见“填写说明”工作表', t.title.replace(/（.*$/, ''), columns);
    return sendDocument(db, req, reply, { base: `${inst.shortName}${t.title}导入模板`, ext: 'xlsx', body, detail: { template: t.title } });
  });

  app.post(
    '/api/imports/:template',
    {
      config: { access: 'golive.import' },
      bodyLimit: Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 64 * 1024,
      schema: { tags: ['imports'], summary: '上传台账并预览：逐行校验，不写入', params: templateParam, body: z.object({ fileName: text('文件名', 1, 200), contentBase64: z.string().min(1, '请选择文件').describe('文件内容') }), response: { 201: batchWithRows } },
    },
    async (req, reply) => reply.status(201).send(await full(await previewImport(deps, req, req.params.template, req.body), req.auth!.institutionId)),
  );

  app.get('/api/imports/batches/:id', { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '上线导入批次：预览或结果', params: idParam, response: { 200: batchWithRows } } }, async (req) => full(await importBatchOf(db, req.auth!.institutionId, req.params.id), req.auth!.institutionId));

  app.post(
    '/api/imports/batches/:id/commit',
    { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '确认导入：全部导入（有错误行时不导入任何一行），或只导入正确的行；按记录的自然键更新已导入的记录', params: idParam, body: z.object({ onlyGood: z.boolean().default(false).describe('只导入正确的行') }), response: { 200: batchWithRows } } },
    async (req) => full(await commitImport(deps, req, req.params.id, req.body.onlyGood), req.auth!.institutionId),
  );

  app.post(
    '/api/imports/batches/:id/undo',
    { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '撤销导入批次（仅限导入当天）：删除该批次写入的记录，恢复被其更新的记录', params: idParam, body: z.object({ reason: text('撤销理由', 2, 500) }), response: { 200: batchWithRows } } },
    async (req) => full(await undoImport(deps, req, req.params.id, req.body.reason), req.auth!.institutionId),
  );

  app.delete('/api/imports/batches/:id', { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '取消导入：丢弃上传的数据', params: idParam, response: { 200: batchWithRows } } }, async (req) => full(await cancelImport(deps, req, req.params.id), req.auth!.institutionId));

  app.get('/api/imports/batches/:id/report.xlsx', { config: { access: 'golive.import' }, schema: { tags: ['imports'], summary: '下载导入结果报告（Excel）：每一行的结果、原因与提示', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const b = await importBatchOf(db, auth.institutionId, req.params.id);
    const inst = await collegeOf(db, auth.institutionId);
    const title = importTemplateOf(b.template)?.title ?? b.template;
    const when = b.status === 'committed' || b.status === 'undone' ? `导入于 ${b.committedOn}${b.status === 'undone' ? `，已于 ${b.undoneOn} 撤销` : ''}` : `预览于 ${chinaDateOf(b.createdAt)}（未导入）`;
    const body = await importReportWorkbook(inst.name, title, b.fileName, when, b.results as ImportRowResult[], b.counts);
    return sendDocument(db, req, reply, { base: `${title}导入结果-${b.fileName.replace(/\.xlsx$/i, '')}`, ext: 'xlsx', body, entity: { type: 'import_batch', id: b.id } });
  });
};
