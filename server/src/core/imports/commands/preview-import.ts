import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { importBatch } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/dates';
import { readImportSheet } from '../sheet';
import { importCounts, importRowResult } from '../report';
import { expireStaleImportPreviews, templateNamed } from '../queries';

/**
 * 上传并预览: the file checked before it is opened, every row checked by the template against the facts as they are;
 * the upload is kept as a preview (no fact changes) until committed or cancelled, a day at most.
 */
export async function previewImport(deps: AppDeps, req: FastifyRequest, templateKey: string, b: { fileName: string; contentBase64: string }) {
  const auth = req.auth!;
  const template = templateNamed(templateKey);
  const ctx = { deps, institutionId: auth.institutionId, today: todayIso(), actorPersonId: auth.personId };
  const rows = await readImportSheet(b.contentBase64, b.fileName, await template.columns(ctx), template.headerKeys);
  if (!rows.length) throw new AppError('IMPORT.EMPTY', `文件“${b.fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
  const results = (await template.check(ctx, rows)).map(importRowResult);
  const sha256 = createHash('sha256').update(Buffer.from(b.contentBase64, 'base64')).digest('hex');
  return runCommand(deps.db, req, async (tx) => {
    await expireStaleImportPreviews(tx, auth.institutionId);
    const [row] = await tx
      .insert(importBatch)
      .values({ institutionId: auth.institutionId, template: template.key, fileName: b.fileName, sha256, status: 'previewed', totalRows: rows.length, rows, results, counts: importCounts(results), createdBy: auth.accountId, createdByName: auth.displayName })
      .returning();
    return { result: row, audit: { action: 'import.preview', entityType: 'import_batch', entityId: row.id, detail: { template: template.title, fileName: b.fileName, sha256, counts: row.counts } } };
  }, { affects: 'nothing' });
}
