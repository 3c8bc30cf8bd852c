import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import JSZip from 'jszip';
import type { AppDeps } from '../../../core/services/deps';
import { AppError, notFound } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { buildLrmx, LRMX_LABELS } from '../rules/lrmx';
import { sendDocument } from '../../../core/documents/send';
import { renderDocx } from '../../../core/documents/word';
import { renderPdf } from '../../../core/documents/pdf';
import { appointmentFormSpec } from '../documents/appointment-form';
import { idParam, idQuery } from '../../../core/http/ids';
import { personFor } from '../queries/people.repository';
import { holdersOfRanks } from '../queries/roster';
import { currentLrmx, dossierOf } from '../commands/dossier';
import { importLrmx, MAX_ZIP_BYTES } from '../commands/import-lrmx';
import { lrmxFileOut, lrmxImport } from './people.schema';

/** The ranks whose 任免审批表 an organization department keeps: leaders and middle cadres. */
const CADRE_RANKS = ['principal', 'leader', 'middle_chief', 'middle_deputy'];

/**
 * 干部任免审批表 (LRMX): import one .lrmx or a zip of many, matched to people by ID number, with the differences
 * shown before anything is merged; export a person's .lrmx and the form in Word or PDF. Organization department only.
 */
export const lrmxRoutes = (deps: AppDeps): FastifyPluginAsyncZod => async (app) => {
  const { db } = deps;
  app.post(
    '/api/lrmx/import',
    {
      config: { access: 'roster.write' },
      bodyLimit: Math.ceil((MAX_ZIP_BYTES * 4) / 3) + 64 * 1024,
      schema: {
        tags: ['people'],
        summary: '导入干部任免审批表（.lrmx 或其 zip 压缩包）：按身份证号对应人员，先预览差异；确认后合并所选文件',
        body: lrmxImport,
        response: { 200: z.object({ committed: z.boolean(), merged: z.number(), files: z.array(lrmxFileOut) }) },
      },
    },
    async (req) => importLrmx(deps, req, req.body),
  );

  app.get(
    '/api/lrmx/export.zip',
    { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '批量导出干部任免审批表（zip，每人一份 .lrmx）：一个部门的中层以上干部，或全院', querystring: z.object({ departmentId: idQuery().optional().describe('部门') }) } },
    async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const { held, people } = await holdersOfRanks(db, auth.institutionId, CADRE_RANKS, req.query.departmentId, today);
      if (!held.length) throw new AppError('LRMX.NONE', '所选范围内没有中层以上干部', 404);
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
      const p = await personFor(db, auth, req.params.id, todayIso(), 'readDossier');
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
    const p = await personFor(db, auth, req.params.id, todayIso(), 'readDossier');
    const d = await dossierOf(db, auth.institutionId, p.id);
    if (!d?.photo) throw notFound('照片', 'DOSSIER.NO_PHOTO');
    return reply.header('content-type', d.photoType ?? 'application/octet-stream').header('x-content-type-options', 'nosniff').header('cache-control', 'no-store').send(d.photo);
  });

  app.get('/api/persons/:id/dossier.lrmx', { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: '导出干部任免审批表（.lrmx）', params: idParam } }, async (req, reply) => {
    const auth = req.auth!;
    const p = await personFor(db, auth, req.params.id, todayIso(), 'readDossier');
    const body = buildLrmx(await currentLrmx(db, auth.institutionId, p, todayIso()));
    return sendDocument(db, req, reply, { base: `${p.name}`, ext: 'lrmx', body, entity: { type: 'person', id: p.id } });
  });

  for (const ext of ['docx', 'pdf'] as const)
    app.get(`/api/persons/:id/appointment-form.${ext}`, { config: { access: 'roster.write' }, schema: { tags: ['people'], summary: `导出干部任免审批表（${ext === 'docx' ? 'Word' : 'PDF'}）`, params: idParam } }, async (req, reply) => {
      const auth = req.auth!;
      const today = todayIso();
      const p = await personFor(db, auth, req.params.id, today, 'readDossier');
      const spec = appointmentFormSpec(await currentLrmx(db, auth.institutionId, p, today), today);
      return sendDocument(db, req, reply, { base: `干部任免审批表-${p.name}`, ext, body: ext === 'docx' ? await renderDocx(spec) : await renderPdf(spec), entity: { type: 'person', id: p.id } });
    });
};
