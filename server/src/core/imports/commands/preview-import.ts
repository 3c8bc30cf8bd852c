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
import type { CheckedImportRow, ImportRawRow, ImportTemplate } from '../template';

export const fileSha256 = (contentBase64: string) => createHash('sha256').update(Buffer.from(contentBase64, 'base64')).digest('hex');

/**
 * 上传并预览: the file checked before it is opened, every row checked by the template against the facts as they are;
 * the upload is kept as a preview (no fact changes) until committed or cancelled, a day at most.
 */
export async function previewImport(deps: AppDeps, req: FastifyRequest, templateKey: string, b: { fileName: string; contentBase64: string }) {
  const auth = req.auth!;
  const template = templateNamed(templateKey);
  const ctx = { deps, institutionId: auth.institutionId, today: todayIso(), actorPersonId: auth.personId, auth };
  const rows = await readImportSheet(b.contentBase64, b.fileName, await template.columns(ctx), template.headerKeys);
  if (!rows.length) throw new AppError('IMPORT.EMPTY', `文件“${b.fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
  return stageImport(deps, req, template, { fileName: b.fileName, sha256: fileSha256(b.contentBase64), rows });
}

/**
 * Keeps rows already read from a file as a preview of the template (each row checked, no fact changes): the upload of
 * the go-live page, and an area's own upload in another layout (the appraisal page's results of one year). `checked`:
 * the rows as the caller checked them in this request (not checked again).
 */
export async function stageImport(deps: AppDeps, req: FastifyRequest, template: ImportTemplate, b: { fileName: string; sha256: string; rows: ImportRawRow[] }, checked?: CheckedImportRow[]) {
  const auth = req.auth!;
  const { fileName, sha256, rows } = b;
  const ctx = { deps, institutionId: auth.institutionId, today: todayIso(), actorPersonId: auth.personId, auth };
  const results = (checked ?? (await template.check(ctx, rows))).map(importRowResult);
  return runCommand(deps.db, req, async (tx) => {
    await expireStaleImportPreviews(tx, auth.institutionId);
    const [row] = await tx
      .insert(importBatch)
      .values({ institutionId: auth.institutionId, template: template.key, fileName, sha256, status: 'previewed', totalRows: rows.length, rows, results, counts: importCounts(results), createdBy: auth.accountId, createdByName: auth.displayName })
      .returning();
    return { result: row, audit: { action: 'import.preview', entityType: 'import_batch', entityId: row.id, detail: { template: template.title, fileName, sha256, counts: row.counts } } };
  }, { affects: 'nothing' });
}
