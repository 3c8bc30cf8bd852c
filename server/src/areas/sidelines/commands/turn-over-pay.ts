import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { sidelinePay } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { payFor } from '../queries/posts';
import type { turnoverBody } from '../http/sidelines.schema';

/** 登记报酬已上缴财资处, by the post's holder, once, with the receipt number. */
export async function turnOverPay({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof turnoverBody>): Promise<{ id: number }> {
  const { p } = await payFor(db, packs, req.auth!, id, 'actOnPay');
  if (p.turnedOverDate) throw new AppError('SIDELINE.ALREADY_TURNED_OVER', '该笔报酬已登记上缴', 409);
  if (b.turnedOverDate < p.receivedDate || b.turnedOverDate > todayIso()) throw new AppError('SIDELINE.TURNOVER_DATE', '上缴日期应在收到日期之后、今天之前', 400, { field: 'turnedOverDate' });
  return runCommand(db, req, async (tx) => {
    await tx.update(sidelinePay).set(b).where(eq(sidelinePay.id, p.id));
    return { result: { id: p.id }, audit: { action: 'sideline.pay_turnover', entityType: 'sideline_pay', entityId: p.id, after: b } };
  });
}
