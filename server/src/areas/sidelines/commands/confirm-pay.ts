import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { sidelinePay } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { payFor } from '../queries/posts';

/** 财资处确认收到上缴的兼职报酬 — never of its own pay (回避, access.ts `confirmPay`). */
export async function confirmPay({ db, packs }: AppDeps, req: FastifyRequest, id: number): Promise<{ id: number }> {
  const auth = req.auth!;
  const { p } = await payFor(db, packs, auth, id, 'confirmPay');
  if (!p.turnedOverDate) throw new AppError('SIDELINE.NOT_TURNED_OVER', '本人尚未登记上缴，不能确认', 409);
  if (p.confirmedAt) throw new AppError('SIDELINE.ALREADY_CONFIRMED', '该笔报酬已确认收到', 409);
  return runCommand(db, req, async (tx) => {
    await tx.update(sidelinePay).set({ confirmedBy: auth.accountId, confirmedAt: todayIso() }).where(eq(sidelinePay.id, p.id));
    return { result: { id: p.id }, audit: { action: 'sideline.pay_confirm', entityType: 'sideline_pay', entityId: p.id, after: { amount: p.amount, receiptNo: p.receiptNo } } };
  });
}
