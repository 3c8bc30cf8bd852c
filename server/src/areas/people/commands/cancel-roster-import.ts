import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { rosterImport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { rosterImportOf } from '../queries/roster-imports';

/** 取消导入: a preview not yet imported; the uploaded rows are dropped (no fact changes). */
export async function cancelRosterImport({ db }: AppDeps, req: FastifyRequest, importId: number) {
  const auth = req.auth!;
  const imp = await rosterImportOf(db, auth.institutionId, importId);
  if (imp.status !== 'previewed') throw new AppError('IMPORT.NOT_PENDING', '只能取消尚未导入的预览', 409);
  return runCommand(db, req, async (tx) => {
    const [r] = await tx.update(rosterImport).set({ status: 'cancelled', rows: null, finishedAt: new Date() }).where(eq(rosterImport.id, imp.id)).returning();
    return { result: r, audit: { action: 'roster.import_cancel', entityType: 'roster_import', entityId: imp.id, detail: { fileName: imp.fileName } } };
  }, { affects: 'nothing' });
}
