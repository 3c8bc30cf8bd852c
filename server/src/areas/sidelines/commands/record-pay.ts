import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sidelinePay } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { postFor } from '../queries/posts';
import type { payBody } from '../http/sidelines.schema';

/** 登记兼职报酬 (第十一条: turned over in full to finance), by the post's holder; with its receipt if already turned over. */
export async function recordPay({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof payBody>): Promise<number> {
  const auth = req.auth!;
  const row = await postFor(db, packs, auth, id, 'act');
  const today = todayIso();
  if (b.receivedDate > today) throw new AppError('SIDELINE.PAY_DATE', '收到报酬的日期不能晚于今天', 400, { field: 'receivedDate' });
  if (b.turnedOverDate && (b.turnedOverDate < b.receivedDate || b.turnedOverDate > today)) throw new AppError('SIDELINE.TURNOVER_DATE', '上缴日期应在收到日期之后、今天之前', 400, { field: 'turnedOverDate' });
  if (b.turnedOverDate && !b.receiptNo) throw new AppError('SIDELINE.RECEIPT_REQUIRED', '已上缴的，请填写财资处收据号', 400, { field: 'receiptNo' });
  return runCommand(db, req, async (tx) => {
    const [r] = await tx.insert(sidelinePay).values({ ...b, amount: b.amount.toFixed(2), institutionId: auth.institutionId, sidelineId: row.id, createdBy: auth.accountId }).returning({ id: sidelinePay.id });
    return { result: r.id, audit: { action: 'sideline.pay', entityType: 'sideline', entityId: row.id, after: b } };
  });
}
