import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { rosterImport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { checkRows } from '../rules/roster-import';
import { countsOf, readRosterSheet, rowResult } from '../documents/roster-sheet';
import { authorizePerson } from '../access';
import { expireStalePreviews, rosterLookup } from './roster-import';

/**
 * 上传花名册并预览: every row checked against the roster as it is (rules/roster-import.ts); the upload is kept as a
 * preview (no fact changes) for a day at most, stale previews being dropped with the personal data they hold.
 */
export async function previewRosterImport({ db }: AppDeps, req: FastifyRequest, b: { fileName: string; contentBase64: string }) {
  const auth = req.auth!;
  authorizePerson(auth, 'add', null);
  const { fileName, contentBase64 } = b;
  const rows = await readRosterSheet(contentBase64, fileName);
  if (!rows.length) throw new AppError('IMPORT.EMPTY', `文件“${fileName}”表头下没有数据行`, 400, { field: 'contentBase64' });
  const checked = checkRows(rows, await rosterLookup(db, auth.institutionId, todayIso()));
  const results = checked.map(rowResult);
  const sha256 = createHash('sha256').update(contentBase64).digest('hex');
  return runCommand(db, req, async (tx) => {
    await expireStalePreviews(tx, auth.institutionId);
    const [row] = await tx
      .insert(rosterImport)
      .values({ institutionId: auth.institutionId, fileName, sha256, status: 'previewed', totalRows: rows.length, rows, results, counts: countsOf(results), createdBy: auth.accountId })
      .returning();
    return { result: row, audit: { action: 'roster.import_preview', entityType: 'roster_import', entityId: row.id, detail: { fileName, sha256, counts: row.counts } } };
  }, { affects: 'nothing' });
}
