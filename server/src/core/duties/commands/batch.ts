import { z } from 'zod';
import type { ErrorCode } from '../../shared/error-codes';
import type { DutyRefusal } from '../refusals';
import type { Duty } from '../types';

/** The duties a batch acts on, by key (as GET /api/duties lists them); a key given twice counts once. */
export const batchKeys = z
  .array(z.string().min(1).max(200), '请选择应办事项')
  .min(1, '请至少选择一项应办事项')
  .max(1000, '一次最多办理 1000 项应办事项')
  .describe('应办事项的 key（GET /api/duties 所列）');

export const batchItemOut = z.object({
  key: z.string(),
  title: z.string().nullable().describe('事项（不存在的 key 为空）'),
  ok: z.boolean().describe('已办理；否则见 code 和 message，未作任何修改'),
  code: z.string().optional(),
  message: z.string().optional().describe('未办理的原因'),
});
export const batchReportOut = z.object({
  done: z.number().describe('已办理的项数'),
  refused: z.number().describe('未办理的项数'),
  items: z.array(batchItemOut),
});
export type BatchItem = z.infer<typeof batchItemOut>;
export type BatchReport = z.infer<typeof batchReportOut>;

export const okItem = (d: Duty): BatchItem => ({ key: d.key, title: d.title, ok: true });
export const refusedItem = (key: string, d: Duty | undefined, r: { code: ErrorCode; message: string }): BatchItem => ({ key, title: d?.title ?? null, ok: false, code: r.code, message: r.message });

/**
 * Each distinct key with its duty and the rule's refusal (null: accepted), in the order given. `check` is the same
 * rule a single request follows (refusals.ts).
 */
export function sortOut(keys: readonly string[], byKey: ReadonlyMap<string, Duty>, check: (d: Duty | undefined) => DutyRefusal | null) {
  return [...new Set(keys)].map((key) => {
    const duty = byKey.get(key);
    return { key, duty, refusal: check(duty) };
  });
}

export function report(items: BatchItem[]): BatchReport {
  const done = items.filter((i) => i.ok).length;
  return { done, refused: items.length - done, items };
}

/** How a batch is named in the audit log: its one key, or the first and how many. */
export const batchEntity = (keys: readonly string[]) => (keys.length === 1 ? keys[0] : `${keys[0]} 等 ${keys.length} 项`);

/** The refused items as the audit event keeps them. */
export const refusedForAudit = (items: BatchItem[]) => items.filter((i) => !i.ok).map((i) => ({ key: i.key, code: i.code }));
