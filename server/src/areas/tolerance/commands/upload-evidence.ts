import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { toleranceStep } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { decodeUpload, storeFile } from '../../../core/files/files';
import type { fileUpload } from '../../sidelines';
import { authorizeTolerance } from '../access';
import { getCase, getReview } from '../queries/cases';

/** 提交证据材料 while the inquiry runs: the subject, or a handler who is not the applicant. */
export async function uploadEvidence(deps: AppDeps, req: FastifyRequest, id: number, b: Omit<z.infer<typeof fileUpload>, 'kind'>) {
  const { db } = deps;
  const auth = req.auth!;
  const r = await getReview(db, auth.institutionId, id);
  const c = await getCase(db, auth.institutionId, r.caseId);
  authorizeTolerance(auth, 'uploadEvidence', { review: r, case: c });
  if (!['submitted', 'investigating'].includes(r.status)) throw new AppError('TOLERANCE.FILES_CLOSED', '调查核实结束后不能再提交证据材料', 409);
  const { bytes, mimeType } = await decodeUpload(b.contentBase64);
  return runCommand(db, req, async (tx) => {
    const f = await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'tolerance_review', ownerId: r.id, kind: 'evidence', fileName: b.fileName, bytes, mimeType, uploadedBy: auth.accountId });
    await tx.insert(toleranceStep).values({ institutionId: auth.institutionId, reviewId: r.id, action: 'upload', on: todayIso(), accountId: auth.accountId, actorName: auth.displayName, summary: b.fileName });
    return { result: f, audit: { action: 'tolerance.file_upload', entityType: 'tolerance_review', entityId: r.id, after: { fileName: b.fileName, size: bytes.length, sha256: f.sha256 } } };
  });
}
