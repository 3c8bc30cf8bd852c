import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { importBatch } from '../../db/schema';
import type { AppDeps } from '../../services/deps';
import { runCommand } from '../../http/command';
import { AppError } from '../../shared/errors';
import { importBatchOf, lockedBatch, templateNamed } from '../queries';

/** 取消导入: a preview not yet imported; the uploaded rows are dropped (no fact changes). */
export async function cancelImport({ db }: AppDeps, req: FastifyRequest, id: number) {
  const auth = req.auth!;
  const imp = await importBatchOf(db, auth.institutionId, id);
  if (imp.status !== 'previewed') throw new AppError('IMPORT.NOT_PENDING', '只能取消尚未导入的预览', 409);
  const template = templateNamed(imp.template);
  return runCommand(db, req, async (tx) => {
    await lockedBatch(tx, auth.institutionId, imp.id, 'previewed', () => new AppError('IMPORT.NOT_PENDING', '只能取消尚未导入的预览', 409));
    const [r] = await tx.update(importBatch).set({ status: 'cancelled', rows: null, finishedAt: new Date() }).where(eq(importBatch.id, imp.id)).returning();
    return { result: r, audit: { action: 'import.cancel', entityType: 'import_batch', entityId: imp.id, detail: { template: template.title, fileName: imp.fileName } } };
  }, { affects: 'nothing' });
}
