import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { rosterImport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { checkRows, type RawRow } from '../rules/roster-import';
import { countsOf, rowResult } from '../documents/roster-sheet';
import { authorizePerson } from '../access';
import { rosterImportOf } from '../queries/roster-imports';
import { rosterLookup, writeRoster } from './roster-import';

/**
 * 确认导入: a pending preview, checked again against the roster as it is now; all rows or none (with errors, nothing is
 * written unless only the good rows are asked for), updating people by 工号; the uploaded rows are then dropped.
 */
export async function commitRosterImport({ db }: AppDeps, req: FastifyRequest, importId: number, onlyGood: boolean) {
  const auth = req.auth!;
  authorizePerson(auth, 'add', null);
  const imp = await rosterImportOf(db, auth.institutionId, importId);
  if (imp.status !== 'previewed' || !imp.rows) throw new AppError('IMPORT.NOT_PENDING', imp.status === 'committed' ? '该文件已经导入，不能重复导入；如需更新请重新上传' : '该导入已取消或已过期，请重新上传文件', 409);
  // The roster may have changed since the preview: check again against it as it is now.
  const lookup = await rosterLookup(db, auth.institutionId, todayIso());
  const checked = checkRows(imp.rows as RawRow[], lookup);
  const bad = checked.filter((r) => r.problems.length).length;
  if (bad && !onlyGood) throw new AppError('IMPORT.HAS_ERRORS', `有 ${bad} 行有误，未导入任何数据；请修改后重新上传，或选择“只导入正确的行”`, 409, { field: 'onlyGood' });
  const results = checked.map(rowResult).map((r) => (r.result === 'bad' ? { ...r, result: 'skipped' } : r));
  const counts = countsOf(results);
  return runCommand(db, req, async (tx) => {
    const wrote = await writeRoster(tx, auth.institutionId, checked, lookup);
    const [row] = await tx.update(rosterImport).set({ status: 'committed', rows: null, results, counts, onlyGood, finishedAt: new Date() }).where(eq(rosterImport.id, imp.id)).returning();
    return { result: row, audit: { action: 'roster.import', entityType: 'roster_import', entityId: imp.id, detail: { fileName: imp.fileName, counts, onlyGood, ...wrote } } };
  });
}
