import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { authorizeInterview } from '../access';
import { eq } from 'drizzle-orm';
import { interviewTarget } from '../../../core/db/schema';
import { decodeUpload, storeFile } from '../../../core/files/files';
import type { materialUpload } from '../http/interviews.schema';
import { facts, getInterview } from '../queries/interviews';

/** 五（三）: an interviewee hands in their 廉政承诺 or 说明材料 (text or a scan), or the organizer does it for them. */
export async function handInMaterial(deps: AppDeps, req: FastifyRequest, id: number, targetId: number, b: z.infer<typeof materialUpload>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const r = await getInterview(db, auth, id);
  const t = r.targets.find((x) => x.id === targetId);
  if (!t) throw new AppError('INTERVIEW.TARGET', '约谈对象不存在', 404);
  // 回避: an interviewee hands in their own material, never another interviewee's of the same interview.
  authorizeInterview(auth, 'handInMaterial', { ...facts(r), targetPersonId: t.personId });
  if (r.iv.status !== 'held') throw new AppError('INTERVIEW.STATUS', r.iv.status === 'planned' ? '约谈实施后再提交材料' : '该约谈已办结或已取消', 409);
  if (t.materialOn || t.waivedReason) throw new AppError('INTERVIEW.MATERIAL_DONE', '材料已提交或已免交', 409);
  if (!b.contentBase64 && !(b.text && b.text.length >= 10)) throw new AppError('INTERVIEW.MATERIAL_EMPTY', `请填写${VALUE_LABELS[t.material] ?? '材料'}内容（不少于 10 个字）或上传扫描件`, 400, { field: 'text' });
  const file = b.contentBase64 ? await decodeUpload(b.contentBase64) : null;
  const today = todayIso();
  await runCommand(db, req, async (tx) => {
    const stored = file
      ? await storeFile(tx, { institutionId: auth.institutionId, ownerType: 'interview_target', ownerId: t.id, kind: t.material, fileName: b.fileName ?? `${VALUE_LABELS[t.material] ?? t.material}.pdf`, bytes: file.bytes, mimeType: file.mimeType, uploadedBy: auth.accountId })
      : null;
    await tx.update(interviewTarget).set({ materialText: b.text, materialFileId: stored?.id ?? null, materialOn: today }).where(eq(interviewTarget.id, t.id));
    return { result: null, audit: { action: 'interview.material', entityType: 'interview_target', entityId: t.id, after: { interviewId: r.iv.id, material: t.material, file: stored ? { sha256: stored.sha256, fileName: b.fileName } : null, byInterviewee: t.personId === auth.personId } } };
  });
}
