import type { FastifyRequest } from 'fastify';
import { and, eq, sql } from 'drizzle-orm';
import { importBatch } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { lockCollege } from '../../db/college-lock';
import { AppError } from '../../shared/errors';
import { diffDays, todayIso } from '../../shared/dates';
import { importBatchOf, lockedBatch, templateNamed } from '../queries';

/** A committed batch may be withdrawn on the day it was imported (the app's date), not later: a product rule, not a regulation's. */
export const IMPORT_UNDO_DAYS = 1;

export const undoableOn = (committedOn: string | null, today: string) => committedOn !== null && diffDays(committedOn, today) < IMPORT_UNDO_DAYS;

/**
 * 撤销导入批次: within the day, the latest committed batch of its template, and only while nothing written has been
 * used since (the template refuses otherwise); what the batch wrote is removed and what it replaced restored, audited.
 */
export async function undoImport(deps: AppDeps, req: FastifyRequest, id: number, reason: string) {
  const auth = req.auth!;
  const imp = await importBatchOf(deps.db, auth.institutionId, id);
  if (imp.status !== 'committed') throw new AppError('IMPORT.NOT_COMMITTED', imp.status === 'undone' ? '该批次已经撤销' : '只能撤销已导入的批次', 409);
  const today = todayIso();
  if (!undoableOn(imp.committedOn, today)) throw new AppError('IMPORT.UNDO_LATE', `该批次导入于 ${imp.committedOn}，只能在导入当天撤销；如需更正，请修改后重新导入（按记录更新）`, 409);
  const template = templateNamed(imp.template);
  return runCommand(deps.db, req, async (tx) => {
    // The college's row first, as a commit takes it (commit-import.ts): a batch of the same template committing at this
    // moment either committed before (and is found below) or checks its rows after this undo.
    await lockCollege(tx, auth.institutionId);
    await lockedBatch(tx, auth.institutionId, imp.id, 'committed', () => new AppError('IMPORT.NOT_COMMITTED', '该批次已经撤销', 409));
    // Later by commit, not by number: a file previewed earlier may be committed after this one, over what it wrote.
    // Compared in the database, to the microsecond of its clock (commit-import.ts), the id breaking a tie.
    const [later] = await tx
      .select({ id: importBatch.id, fileName: importBatch.fileName })
      .from(importBatch)
      .where(and(
        eq(importBatch.institutionId, auth.institutionId), eq(importBatch.template, imp.template), eq(importBatch.status, 'committed'),
        sql`(${importBatch.committedAt}, ${importBatch.id}) > (SELECT b.committed_at, b.id FROM import_batch b WHERE b.id = ${imp.id})`,
      ))
      .limit(1);
    if (later) throw new AppError('IMPORT.UNDO_LATER_BATCH', `之后还有同一模板的导入批次（编号 ${later.id}，文件“${later.fileName}”），请先撤销它`, 409);
    const done = imp.undo ? await template.undo(tx, { deps, institutionId: auth.institutionId, today }, imp.undo) : { removed: 0, restored: 0 };
    const [row] = await tx
      .update(importBatch)
      .set({ status: 'undone', undo: null, undoneBy: auth.accountId, undoneByName: auth.displayName, undoneOn: today, undoReason: reason })
      .where(eq(importBatch.id, imp.id))
      .returning();
    return { result: row, audit: { action: 'import.undo', entityType: 'import_batch', entityId: imp.id, detail: { template: template.title, fileName: imp.fileName, committedOn: imp.committedOn, reason, ...done } } };
  }, { affects: imp.undo ? 'institution' : 'nothing' });
}
