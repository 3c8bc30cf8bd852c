import type { FastifyRequest } from 'fastify';
import { and, eq } from 'drizzle-orm';
import { sidelineFile } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { editableApplication } from './application-draft';

/** 删除未送审申请的附件, by the applicant while the application may change. */
export async function removeApplicationFile({ db }: AppDeps, req: FastifyRequest, id: number, fileId: number): Promise<{ id: number }> {
  const a = await editableApplication(db, req.auth!, id);
  return runCommand(db, req, async (tx) => {
    const [f] = await tx
      .delete(sidelineFile)
      .where(and(eq(sidelineFile.ownerType, 'application'), eq(sidelineFile.ownerId, a.id), eq(sidelineFile.id, fileId)))
      .returning({ id: sidelineFile.id, fileName: sidelineFile.fileName, sha256: sidelineFile.sha256 });
    if (!f) throw new AppError('FILE.NOT_FOUND', '附件不存在', 404);
    return { result: { id: f.id }, audit: { action: 'sideline.file_delete', entityType: 'sideline_application', entityId: a.id, before: f } };
  });
}
