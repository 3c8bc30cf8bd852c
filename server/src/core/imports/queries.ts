import { and, desc, eq, getTableColumns, lt } from 'drizzle-orm';
import type { Executor, Tx } from '../db/client';
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

/**
 * The batch, locked for the rest of the caller's transaction, its status as it is now: a second click on 确认导入 or 撤销
 * waits for the first and then finds the batch no longer in the state it acts on (409), instead of writing twice.
 */
export async function lockedBatch(tx: Tx, institutionId: number, id: number, expected: ImportBatch['status'], refusal: () => AppError): Promise<ImportBatch> {
  const [b] = await tx.select().from(importBatch).where(and(eq(importBatch.id, id), eq(importBatch.institutionId, institutionId))).for('update');
  if (!b || b.status !== expected) throw refusal();
  return b;
}

/** How long a preview waits for 确认导入 before it is dropped with the personal data it holds. */
export const PREVIEW_LIFETIME_MS = 24 * 3600 * 1000;

/** The college's batches, newest first, without the rows held between preview and commit nor the per-row results. */
export async function importBatchesOf(ex: Executor, institutionId: number) {
  const { rows: _rows, results: _results, undo: _undo, ...listed } = getTableColumns(importBatch);
  return ex.select(listed).from(importBatch).where(eq(importBatch.institutionId, institutionId)).orderBy(desc(importBatch.createdAt), desc(importBatch.id));
}

/** Previews older than a day are dropped with the personal data they hold. */
export async function expireStaleImportPreviews(ex: Executor, institutionId: number) {
  await ex
    .update(importBatch)
    .set({ status: 'expired', rows: null, finishedAt: new Date() })
    .where(and(eq(importBatch.institutionId, institutionId), eq(importBatch.status, 'previewed'), lt(importBatch.createdAt, new Date(Date.now() - PREVIEW_LIFETIME_MS))));
}

export type ListedBatch = Awaited<ReturnType<typeof importBatchesOf>>[number];
