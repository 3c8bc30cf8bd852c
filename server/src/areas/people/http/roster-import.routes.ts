import { createHash } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { department, person, rosterImport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { text } from '../../../core/http/text-fields';
import { AppError, notFound } from '../../../core/shared/errors';
import { chinaDateOf, todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { checkRows, type RawRow } from '../rules/roster-import';
import { POLITICAL_LABELS } from '../rules/labels';
import { mainPosts } from '../../../core/roster/posts';
import { tenuresOf } from '../queries/people.repository';
import { importReport, MAX_ROSTER_BYTES, readRosterSheet, rosterTemplate, rosterWorkbook, rowResult } from '../documents/roster-sheet';
import { collegeOf, sendDocument } from '../../../core/documents/send';
import { idParam } from '../../../core/http/ids';
import { RANKS } from '../../../core/roster/kinds';
import { expireStalePreviews, rosterLookup, writeRoster } from '../commands/roster-import';
import { idNumberOf } from '../queries/people.presenter';

const resultOut = z.object({ row: z.number(), staffNo: z.string(), name: z.string(), result: z.string(), detail: z.string() });
const importOut = z.object({
  id: z.number(), fileName: z.string(), status: z.string(), totalRows: z.number(),
  counts: z.record(z.string(), z.number()), results: z.array(resultOut),
});

const countsOf = (results: { result: string }[]) => {
  const counts: Record<string, number> = { new: 0, update: 0, unchanged: 0, bad: 0 };
  for (const r of results) counts[r.result] = (counts[r.result] ?? 0) + 1;
  return counts;
};

/**
 * 花名册导入: a template to download; an upload checked row by row into a preview (nothing written); a commit that
 * writes all rows or none (or, when asked, only the good rows), updating by 工号; a cancel; a report of each row.
 */
export const rosterImportRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const load = async (institutionId: number, id: number) => {
    const [imp] = await db.select().from(rosterImport).where(and(eq(rosterImport.institutionId, institutionId), eq(rosterImport.id, id)));
    if (!imp) throw notFound('导入记录', 'IMPORT.NOT_FOUND');
    return imp;
  };
  const view = (imp: typeof rosterImport.$inferSelect) => ({ id: imp.id, fileName: imp.fileName, status: imp.status, totalRows: imp.totalRows, counts: imp.counts, results: imp.results });

  app.get('/api/roster/import-template.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '下载花名册导入模板（Excel）' } }, async (req, reply) => {
    const auth = req.auth!;
    const inst = await collegeOf(db, auth.institutionId);
    const depts = await db.select({ name: department.name }).from(department).where(and(eq(department.institutionId, auth.institutionId), eq(department.active, true))).orderBy(asc(department.sortOrder), asc(department.id));
    const body = await rosterTemplate(inst.name, depts.map((d) => d.name), RANKS.map((r) => VALUE_LABELS[r] ?? r));
    return sendDocument(db, req, reply, { base: `${inst.shortName}花名册导入模板`, ext: 'xlsx', body });
  });

  app.get('/api/roster/export.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '导出花名册（Excel，与导入模板同列，可修改后按工号重新导入）' } }, async (req, reply) => {
    const auth = req.auth!;
    const today = todayIso();
    const [people, tenures] = await Promise.all([
      db.select().from(person).where(and(eq(person.institutionId, auth.institutionId), eq(person.status, 'active'))).orderBy(asc(person.staffNo)),
      tenuresOf(db, auth.institutionId),
    ]);
    const main = mainPosts(tenures.filter((t) => t.startDate <= today && (t.endDate === null || t.endDate > today)));
    const rows = people.map((p) => {
      const t = main.get(p.id);
      return [p.staffNo, p.name, p.gender === 'female' ? '女' : '男', idNumberOf(p), p.birthDate, POLITICAL_LABELS[p.politicalStatus] ?? p.politicalStatus, p.hireDate, p.phone, t?.departmentName ?? null, t?.title ?? null, t ? (VALUE_LABELS[t.rank] ?? t.rank) : null, t?.startDate ?? null, t?.appointDocNo ?? null];
    });
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
    async (req, reply) => {
      const auth = req.auth!;
      const { fileName, contentBase64 } = req.body;
      const rows = await readRosterSheet(contentBase64, fileName);
      if (!rows.length) throw new AppError('IMPORT.EMPTY', `文件“${fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
      const checked = checkRows(rows, await rosterLookup(db, auth.institutionId, todayIso()));
      const results = checked.map(rowResult);
      const sha256 = createHash('sha256').update(contentBase64).digest('hex');
      const imp = await runCommand(db, req, async (tx) => {
        await expireStalePreviews(tx, auth.institutionId);
        const [row] = await tx
          .insert(rosterImport)
          .values({ institutionId: auth.institutionId, fileName, sha256, status: 'previewed', totalRows: rows.length, rows, results, counts: countsOf(results), createdBy: auth.accountId })
          .returning();
        return { result: row, audit: { action: 'roster.import_preview', entityType: 'roster_import', entityId: row.id, detail: { fileName, sha256, counts: row.counts } } };
      }, { affects: 'nothing' });
      return reply.status(201).send(view(imp));
    },
  );

  app.get('/api/roster/imports/:id', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '花名册导入：预览或结果', params: idParam, response: { 200: importOut } } }, async (req) => view(await load(req.auth!.institutionId, req.params.id)));

  app.post(
    '/api/roster/imports/:id/commit',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '确认导入：全部导入（有错误行时不导入任何一行），或只导入正确的行；按工号更新已有人员', params: idParam, body: z.object({ onlyGood: z.boolean().default(false).describe('只导入正确的行') }), response: { 200: importOut } } },
    async (req) => {
      const auth = req.auth!;
      const imp = await load(auth.institutionId, req.params.id);
      if (imp.status !== 'previewed' || !imp.rows) throw new AppError('IMPORT.NOT_PENDING', imp.status === 'committed' ? '该文件已经导入，不能重复导入；如需更新请重新上传' : '该导入已取消或已过期，请重新上传文件', 409);
      // The roster may have changed since the preview: check again against it as it is now.
      const lookup = await rosterLookup(db, auth.institutionId, todayIso());
      const checked = checkRows(imp.rows as RawRow[], lookup);
      const bad = checked.filter((r) => r.problems.length).length;
      if (bad && !req.body.onlyGood) throw new AppError('IMPORT.HAS_ERRORS', `有 ${bad} 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”`, 409, { field: 'onlyGood' });
      const results = checked.map(rowResult).map((r) => (r.result === 'bad' ? { ...r, result: 'skipped' } : r));
      const counts = countsOf(results);
      const done = await runCommand(db, req, async (tx) => {
        const wrote = await writeRoster(tx, auth.institutionId, checked, lookup);
        const [row] = await tx.update(rosterImport).set({ status: 'committed', rows: null, results, counts, onlyGood: req.body.onlyGood, finishedAt: new Date() }).where(eq(rosterImport.id, imp.id)).returning();
        return { result: row, audit: { action: 'roster.import', entityType: 'roster_import', entityId: imp.id, detail: { fileName: imp.fileName, counts, onlyGood: req.body.onlyGood, ...wrote } } };
      });
      return view(done);
    },
  );

  app.delete('/api/roster/imports/:id', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '取消导入：丢弃上传的数据', params: idParam, response: { 200: importOut } } }, async (req) => {
    const auth = req.auth!;
    const imp = await load(auth.institutionId, req.params.id);
    if (imp.status !== 'previewed') throw new AppError('IMPORT.NOT_PENDING', '只能取消尚未导入的预览', 409);
    const row = await runCommand(db, req, async (tx) => {
      const [r] = await tx.update(rosterImport).set({ status: 'cancelled', rows: null, finishedAt: new Date() }).where(eq(rosterImport.id, imp.id)).returning();
      return { result: r, audit: { action: 'roster.import_cancel', entityType: 'roster_import', entityId: imp.id, detail: { fileName: imp.fileName } } };
    }, { affects: 'nothing' });
    return view(row);
  });

  app.get('/api/roster/imports/:id/report.xlsx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '下载导入结果报告（Excel）：每一行的结果与原因', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const imp = await load(auth.institutionId, req.params.id);
    const inst = await collegeOf(db, auth.institutionId);
    const when = imp.status === 'committed' ? `导入于 ${chinaDateOf(imp.finishedAt!)}` : `预览于 ${chinaDateOf(imp.createdAt)}（未导入）`;
    const body = await importReport(inst.name, imp.fileName, when, imp.results, imp.counts);
    return sendDocument(db, req, reply, { base: `花名册导入结果-${imp.fileName.replace(/\.xlsx$/i, '')}`, ext: 'xlsx', body, entity: { type: 'roster_import', id: imp.id } });
  });
};
