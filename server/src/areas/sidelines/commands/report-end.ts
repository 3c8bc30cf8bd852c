import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { sideline } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { hasFile, postFor } from '../queries/posts';
import { sidelinesPolicy } from '../policy';
import type { endReportBody } from '../http/sidelines.schema';

/** 报告辞去兼职 (第十七条) or 任期届满不续任 (第十四条), by the holder, with the organization's written statement on file. */
export async function reportEnd({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof endReportBody>): Promise<{ id: number }> {
  const auth = req.auth!;
  const row = await postFor(db, packs, auth, id, 'act');
  if (row.status !== 'active') throw new AppError('SIDELINE.NOT_ACTIVE', '该兼职已报告辞去或已办结', 409);
  const today = todayIso();
  const { policy } = await policyFor(db, packs, auth.institutionId);
  const article = policy.param(sidelinesPolicy, 'sidelines.resignation_requirements', today).source.citation ?? undefined;
  if (b.endedOn < row.startDate) throw new AppError('SIDELINE.END_DATE', '辞去日期不能早于任职开始日期', 400, { field: 'endedOn' });
  if (!(await hasFile(db, row.id, 'end_statement'))) throw new AppError('SIDELINE.STATEMENT_REQUIRED', '请先上传兼职单位出具的辞去（不续任）书面说明材料', 400, { field: 'files', article });
  return runCommand(db, req, async (tx) => {
    await tx.update(sideline).set({ status: 'ending_reported', endKind: b.kind, endedOn: b.endedOn, endReport: b.report, endReportedAt: today }).where(eq(sideline.id, row.id));
    return { result: { id: row.id }, audit: { action: 'sideline.end_report', entityType: 'sideline', entityId: row.id, after: b } };
  });
}
