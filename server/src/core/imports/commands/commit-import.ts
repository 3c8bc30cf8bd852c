import type { FastifyRequest } from 'fastify';
import { eq, sql } from 'drizzle-orm';
import { importBatch } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import type { Db } from '../../db/client';
import { runCommand } from '../../http/command';
import { lockCollege } from '../../db/college-lock';
import { AppError } from '../../shared/errors';
import { todayIso } from '../../shared/dates';
import { importCounts, importRowResult } from '../report';
import { PREVIEW_LIFETIME_MS, importBatchOf, lockedBatch, templateNamed } from '../queries';
import type { CheckedImportRow, ImportRawRow } from '../template';

/**
 * 确认导入: a pending preview checked again against the facts as they are now; all rows or none (with bad rows nothing
 * is written unless only the good rows are asked for); rows unchanged since an earlier import write nothing, so the same
 * file imported twice changes nothing. The batch keeps what the template wrote, to be withdrawn within the day.
 * `fresh`: the rows as checked a moment ago in the same request (an area's upload staged and committed at once).
 */
export async function commitImport(deps: AppDeps, req: FastifyRequest, id: number, onlyGood: boolean, fresh?: CheckedImportRow[]) {
  const auth = req.auth!;
  const imp = await importBatchOf(deps.db, auth.institutionId, id);
  if (imp.status !== 'previewed' || !imp.rows) throw new AppError('IMPORT.NOT_PENDING', imp.status === 'committed' ? '该文件已经导入，不能重复导入；如需更新请重新上传' : '该导入已取消、撤销或过期，请重新上传文件', 409);
  const template = templateNamed(imp.template);
  const today = todayIso();
  const ctx = { deps, institutionId: auth.institutionId, today, actorPersonId: auth.personId, auth };
  const outcome = (checked: CheckedImportRow[]) => {
    const bad = checked.filter((r) => r.problems.length).length;
    if (bad && !onlyGood) throw new AppError('IMPORT.HAS_ERRORS', `有 ${bad} 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”`, 409, { field: 'onlyGood' });
    const results = checked.map(importRowResult).map((r) => (r.result === 'bad' ? { ...r, result: 'skipped' } : r));
    return { results, counts: importCounts(results), writes: checked.filter((r) => !r.problems.length && (r.action === 'new' || r.action === 'update')) };
  };
  // Checked inside the transaction, the college's row held (core/db/college-lock.ts): a batch's rows are checked against
  // what other batches and commands left (an earlier batch's records it updates, the 优秀 quota), and a commit or undo
  // of another batch of the college waits its turn, so no batch is written on a check another has since made untrue
  // (an undo of the batch this one updates, committing meanwhile, restored what this one's undo would then bring back).
  // `fresh` rows were so checked by the caller, in its transaction, the row held.
  return runCommand(deps.db, req, async (tx) => {
    await lockCollege(tx, auth.institutionId);
    // The batch before the check: a second click, a cancelled or an expired preview is refused without checking.
    const notPending = () => new AppError('IMPORT.NOT_PENDING', '该文件已经导入、取消或过期，不能重复导入；如需更新请重新上传', 409);
    const locked = await lockedBatch(tx, auth.institutionId, imp.id, 'previewed', notPending);
    if (Date.now() - locked.createdAt.getTime() > PREVIEW_LIFETIME_MS) throw new AppError('IMPORT.NOT_PENDING', '该预览已超过一天，已过期；请重新上传文件', 409);
    const { results, counts, writes } = outcome(fresh ?? (await template.check({ ...ctx, deps: { ...deps, db: tx as unknown as Db } }, imp.rows as ImportRawRow[])));
    // committedAt from the database's clock, taken with the college's row held: the order of a college's commits, which
    // an undo compares to the microsecond (undo-import.ts), whatever the application servers' clocks say.
    const undo = writes.length ? await template.write(tx, { ...ctx, batchId: imp.id, accountId: auth.accountId }, writes) : null;
    const [row] = await tx
      .update(importBatch)
      .set({ status: 'committed', rows: null, results, counts, onlyGood, undo, committedBy: auth.accountId, committedByName: auth.displayName, committedOn: today, committedAt: sql`clock_timestamp()`, finishedAt: new Date() })
      .where(eq(importBatch.id, imp.id))
      .returning();
    return { result: row, audit: { action: 'import.commit', entityType: 'import_batch', entityId: imp.id, detail: { template: template.title, fileName: imp.fileName, sha256: imp.sha256, counts, onlyGood, written: writes.length } } };
  }, { affects: 'institution' });
}
