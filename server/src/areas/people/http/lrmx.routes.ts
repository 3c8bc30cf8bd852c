import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { fileTypeFromBuffer } from 'file-type';
import JSZip from 'jszip';
import { person } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { text } from '../../../core/http/text-fields';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { buildLrmx, LRMX_LABELS, LrmxError, lrmxDifferences, parseLrmx, type LrmxPerson } from '../rules/lrmx';
import { decodeBase64 } from '../../../core/files/files';
import { readZip, type ZipLimits } from '../../../core/documents/zip-guard';
import { sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { appointmentFormSpec } from '../documents/appointment-form';
import { idParam } from '../../../core/http/ids';
import { visiblePerson } from '../queries/people.repository';
import { idNumberIndex } from '../../../core/db/blind-indexes';
import { currentLrmx, dossierOf, mergeLrmx, photoProblem } from '../commands/dossier';
import { tenuresOf } from '../queries/people.repository';
import { idQuery } from '../../../core/http/ids';

/** The ranks whose 任免审批表 an organization department keeps: leaders and middle cadres. */
const CADRE_RANKS = ['principal', 'leader', 'middle_chief', 'middle_deputy'];

/** Product limits: one form with its photo is well under 5 MB; a zip of a department's forms under 50 MB. */
const MAX_LRMX_BYTES = 5 * 1024 * 1024;
const MAX_ZIP_BYTES = 50 * 1024 * 1024;
const LRMX_ZIP_LIMITS: ZipLimits = { maxEntries: 2000, maxTotalBytes: 200 * 1024 * 1024, maxEntryBytes: MAX_LRMX_BYTES, maxRatio: 100 };

const fileOut = z.object({
  fileName: z.string(),
  /** matched | unmatched | error */
  status: z.string(),
  personId: z.number().nullable(),
  name: z.string().nullable(),
  staffNo: z.string().nullable(),
  message: z.string().nullable(),
  differences: z.array(z.object({ field: z.string(), label: z.string(), current: z.string(), incoming: z.string() })),
});

/**
 * 干部任免审批表 (LRMX): import one .lrmx or a zip of many, matched to people by ID number, with the differences
 * shown before anything is merged; export a person's .lrmx and the form in Word or PDF. Organization department only.
 */
export const lrmxRoutes = ({ db }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/lrmx/import',
    {
      config: { access: 'roster.write' },
      bodyLimit: Math.ceil((MAX_ZIP_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags: ['people'],
        summary: '导入干部任免审批表（.lrmx 或其 zip 压缩包）：按身份证号对应人员，先预览差异；确认后合并所选文件',
        body: z.object({
          fileName: text('文件名', 1, 200),
          contentBase64: z.string().min(1, '请选择文件').describe('文件内容'),
          commit: z.boolean().default(false).describe('确认合并'),
          files: z.array(z.string().max(300)).max(2000).optional().describe('要合并的文件（不填则合并全部对应上的文件）'),
        }),
        response: { 200: z.object({ committed: z.boolean(), merged: z.number(), files: z.array(fileOut) }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const { fileName, contentBase64, commit } = req.body;
      const bytes = decodeBase64(contentBase64, MAX_ZIP_BYTES, fileName);
      const type = await fileTypeFromBuffer(bytes);
      let entries: { name: string; data: Buffer }[];
      if (type?.ext === 'zip') {
        entries = (await readZip(bytes, fileName, LRMX_ZIP_LIMITS, (n) => /\.lrmx$/i.test(n))).filter((e) => !e.name.split('/').pop()!.startsWith('.'));
        if (!entries.length) throw new AppError('LRMX.EMPTY_ZIP', `压缩包“${fileName}”中没有 .lrmx 文件`, 400, { field: 'contentBase64' });
      } else if (!type || type.ext === 'xml') {
        if (bytes.length > MAX_LRMX_BYTES) throw new AppError('FILE.TOO_LARGE', `文件“${fileName}”超过 ${MAX_LRMX_BYTES / 1024 / 1024} MB`, 400, { field: 'contentBase64' });
        entries = [{ name: fileName, data: bytes }];
      } else throw new AppError('LRMX.TYPE', `文件“${fileName}”不是干部任免审批表（.lrmx）或其 zip 压缩包（按文件内容识别，实为 ${type.ext}）`, 400, { field: 'contentBase64' });

      const today = todayIso();
      const parsed = entries.map((e) => {
        try {
          return { name: e.name, p: parseLrmx(e.data) };
        } catch (err) {
          if (err instanceof LrmxError) return { name: e.name, error: `${err.field ? `${LRMX_LABELS[err.field] ?? err.field}（${err.field}）：` : ''}${err.message}` };
          throw err;
        }
      });
      const ids = [...new Set(parsed.flatMap((x) => ('p' in x && x.p ? [x.p.idNumber] : [])))];
      const people = ids.length ? await db.select().from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.idNumberIndex, ids.map(idNumberIndex)))) : [];
      const seen = new Map<number, string>();
      const files: (z.infer<typeof fileOut> & { incoming?: LrmxPerson })[] = [];
      for (const x of parsed) {
        const base = { fileName: x.name, personId: null, name: null, staffNo: null, differences: [] };
        if (!('p' in x) || !x.p) {
          files.push({ ...base, status: 'error', message: x.error ?? '无法读取' });
          continue;
        }
        const p = people.find((r) => r.idNumberIndex === idNumberIndex(x.p.idNumber));
        if (!p) {
          files.push({ ...base, name: x.p.name, status: 'unmatched', message: `系统中没有身份证号为 ${x.p.idNumber.slice(0, 6)}********${x.p.idNumber.slice(-4)} 的人员；请先在花名册中登记` });
          continue;
        }
        if (seen.has(p.id)) {
          files.push({ ...base, name: x.p.name, status: 'error', message: `与“${seen.get(p.id)}”是同一人，请只保留一份` });
          continue;
        }
        seen.set(p.id, x.name);
        const photo = await photoProblem(x.p.photo);
        if (photo) {
          files.push({ ...base, personId: p.id, name: p.name, staffNo: p.staffNo, status: 'error', message: photo });
          continue;
        }
        const differences = lrmxDifferences(await currentLrmx(db, auth.institutionId, p, today), x.p);
        files.push({ ...base, personId: p.id, name: p.name, staffNo: p.staffNo, status: 'matched', message: differences.length ? null : '与系统中的信息一致', differences, incoming: x.p });
      }
      const chosen = files.filter((f) => f.status === 'matched' && f.differences.length && (!req.body.files || req.body.files.includes(f.fileName)));
      if (commit && chosen.length)
        await runCommand(db, req, async (tx) => {
          for (const f of chosen) await mergeLrmx(tx, auth.institutionId, f.personId!, f.incoming!, `lrmx:${fileName}${f.fileName === fileName ? '' : `/${f.fileName}`}`);
          return { result: null, audit: { action: 'roster.lrmx_merge', entityType: 'person', entityId: chosen.map((f) => f.personId).join(','), detail: { fileName, merged: chosen.map((f) => ({ personId: f.personId, file: f.fileName, fields: f.differences.map((d) => d.field) })) } } };
        });
      return { committed: commit, merged: commit ? chosen.length : 0, files: files.map(({ incoming: _incoming, ...f }) => f) };
    },
  );

  app.get(
    '/api/lrmx/export.zip',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '批量导出干部任免审批表（zip，每人一份 .lrmx）：一个部门的中层以上干部，或全院', querystring: z.object({ departmentId: idQuery().optional().describe('部门') }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const held = (await tenuresOf(db, auth.institutionId)).filter((t) => t.startDate <= today && (t.endDate === null || t.endDate > today) && CADRE_RANKS.includes(t.rank) && (!req.query.departmentId || t.departmentId === req.query.departmentId));
      const ids = [...new Set(held.map((t) => t.personId))];
      if (!ids.length) throw new AppError('LRMX.NONE', '所选范围内没有中层以上干部', 404);
      const people = await db.select().from(person).where(and(eq(person.institutionId, auth.institutionId), inArray(person.id, ids), eq(person.status, 'active')));
      const zip = new JSZip();
      for (const p of people) zip.file(`${p.name}-${p.staffNo}.lrmx`, buildLrmx(await currentLrmx(db, auth.institutionId, p, today)));
      const body = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
      const scope = req.query.departmentId ? (held[0]?.departmentName ?? '') : '全院';
      return sendDocument(db, req, reply, { base: `干部任免审批表-${scope}-${today}`, ext: 'zip', body, detail: { persons: people.length } });
    },
  );

  app.get(
    '/api/persons/:id/dossier',
    {
      config: { access: 'roster.write' },
      schema: {
        tags: ['people'], summary: '干部任免审批表信息（民族、籍贯、学历、简历、家庭成员等）', params: idParam,
        response: { 200: z.object({ fields: z.array(z.object({ key: z.string(), label: z.string(), value: z.string() })), family: z.array(z.object({ relation: z.string(), name: z.string(), birth: z.string(), political: z.string(), workplace: z.string() })), hasPhoto: z.boolean(), source: z.string().nullable(), updatedAt: z.string().nullable() }) },
      },
    },
    async (req) => {
      const auth = req.auth!;
      const p = await visiblePerson(db, auth, req.params.id, todayIso());
      const cur = await currentLrmx(db, auth.institutionId, p, todayIso());
      const d = await dossierOf(db, auth.institutionId, p.id);
      return {
        fields: Object.entries(cur.fields).filter(([, v]) => v).map(([key, value]) => ({ key, label: LRMX_LABELS[key] ?? key, value: value! })),
        family: cur.family, hasPhoto: !!cur.photo, source: d?.source ?? null, updatedAt: d?.updatedAt.toISOString() ?? null,
      };
    },
  );

  app.get('/api/persons/:id/dossier/photo', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '干部任免审批表照片', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const p = await visiblePerson(db, auth, req.params.id, todayIso());
    const d = await dossierOf(db, auth.institutionId, p.id);
    if (!d?.photo) throw notFound('照片', 'DOSSIER.NO_PHOTO');
    return reply.header('content-type', d.photoType ?? 'application/octet-stream').header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(d.photo);
  });

  app.get('/api/persons/:id/dossier.lrmx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '导出干部任免审批表（.lrmx）', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const p = await visiblePerson(db, auth, req.params.id, todayIso());
    const body = buildLrmx(await currentLrmx(db, auth.institutionId, p, todayIso()));
    return sendDocument(db, req, reply, { base: `${p.name}`, ext: 'lrmx', body, entity: { type: 'person', id: p.id } });
  });

  for (const ext of ['docx', 'pdf'] as const)
    app.get(`/api/persons/:id/appointment-form.${ext}`, { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: `导出干部任免审批表（${ext === 'docx' ? 'Word' : 'PDF'}）`, params: idParam } }, async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const p = await visiblePerson(db, auth, req.params.id, today);
      const spec = appointmentFormSpec(await currentLrmx(db, auth.institutionId, p, today), today);
      return sendDocument(db, req, reply, { base: `干部任免审批表-${p.name}`, ext, body: ext === 'docx' ? await renderDocx(spec) : await renderPdf(spec), entity: { type: 'person', id: p.id } });
    });
};
