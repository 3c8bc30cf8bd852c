import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { decodeUpload, storeFile } from '../../../core/files/files';
import { postFor } from '../queries/posts';
import { SIDELINE_FILE_KINDS, type fileUpload } from '../http/sidelines.schema';

/** 上传兼职单位的说明或证明材料 (e.g. the statement a resignation needs), by the post's holder while it is not ended. */
export async function attachPostFile({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof fileUpload>): Promise<{ id: number; sha256: string }> {
  const auth = req.auth!;
  const row = await postFor(db, packs, auth, id, 'act');
  if (!(SIDELINE_FILE_KINDS as readonly string[]).includes(b.kind)) throw new AppError('FILE.KIND', '材料类别不正确', 400, { field: 'kind' });
  if (row.status === 'ended') throw new AppError('SIDELINE.ENDED', '该兼职已办结', 409);
  const { bytes, mimeType } = await decodeUpload(b.contentBase64);
  return runCommand(db, req, async (tx) => {
    const f = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'sideline', ownerId: row.id, kind: b.kind, fileName: b.fileName, bytes, mimeType, uploadedBy: auth.accountId });
    return { result: f, audit: { action: 'sideline.file_upload', entityType: 'sideline', entityId: row.id, after: { kind: b.kind, fileName: b.fileName, size: bytes.length, sha256: f.sha256 } } };
  });
}
