import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { decodeUpload, storeFile } from '../../../core/files/files';
import { sidelinesPolicy } from '../policy';
import type { fileUpload } from '../http/sidelines.schema';
import { editableApplication } from './application-draft';

/** 上传申请附件: one of the materials the pack requires (第十三条), by the applicant while the application may change. */
export async function attachApplicationFile({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof fileUpload>): Promise<{ id: number; sha256: string }> {
  const auth = req.auth!;
  const a = await editableApplication(db, auth, id);
  const { policy } = await policyFor(db, packs, auth.institutionId);
  if (!policy.value(sidelinesPolicy, 'sidelines.required_attachments', todayIso()).includes(b.kind)) throw new AppError('FILE.KIND', '材料类别不正确', 400, { field: 'kind' });
  const { bytes, mimeType } = await decodeUpload(b.contentBase64);
  return runCommand(db, req, async (tx) => {
    const r = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'application', ownerId: a.id, kind: b.kind, fileName: b.fileName, bytes, mimeType, uploadedBy: auth.accountId });
    return { result: r, audit: { action: 'sideline.file_upload', entityType: 'sideline_application', entityId: a.id, after: { kind: b.kind, fileName: b.fileName, size: bytes.length, sha256: r.sha256 } } };
  });
}
