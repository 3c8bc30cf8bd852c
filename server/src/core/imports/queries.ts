import { and, desc, eq, lt } from 'drizzle-orm';
import type { Executor } from '../db/client';
import { importBatch } from '../db/schema';
import { AppError } from '../shared/errors';
import { importTemplateOf, type ImportTemplate } from './template';

export type ImportBatch = typeof importBatch.$inferSelect;

export async function importBatchOf(ex: Executor, institutionId: number, id: number): Promise<ImportBatch> {
  const [b] = await ex.select().from(importBatch).where(and(eq(importBatch.id, id), eq(importBatch.institutionId, institutionId)));
  if (!b) throw new AppError('IMPORT.NOT_FOUND', '导入记录不存在或无权查看', 404);
  return b;
}

export function templateNamed(key: string): ImportTemplate {
  const t = importTemplateOf(key);
  if (!t) throw new AppError('IMPORT.TEMPLATE_UNKNOWN', `没有名为“${key}”的导入模板`, 404);
  return t;
}

/** The college's batches, newest first (without the rows held between preview and commit). */
export async function importBatchesOf(ex: Executor, institutionId: number) {
  return ex.select().from(importBatch).where(eq(importBatch.institutionId, institutionId)).orderBy(desc(importBatch.createdAt), desc(importBatch.id));
}

/** Previews older than a day are dropped with the personal data they hold. */
export async function expireStaleImportPreviews(ex: Executor, institutionId: number) {
  await ex
    .update(importBatch)
    .set({ status: 'expired', rows: null, finishedAt: new Date() })
    .where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.status, 'previewed'), lt(importBatch.createdAt, new Date(Date.now() - 24 * 3600 * 1000))));
}
