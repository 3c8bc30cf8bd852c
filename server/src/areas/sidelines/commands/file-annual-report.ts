import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sidelinePay, sidelineReport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { postFor, reportOf } from '../queries/posts';
import type { reportBody } from '../http/sidelines.schema';

/** 年度兼职情况报告 (第十八条), by the post's holder, once a year; pay received is recorded to be turned over (第十一条). */
export async function fileAnnualReport({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof reportBody>): Promise<number> {
  const auth = req.auth!;
  const row = await postFor(db, packs, auth, id, 'act');
  const today = todayIso();
  const thisYear = Number(today.slice(0, 4));
  if (b.year > thisYear || b.year < Number(row.startDate.slice(0, 4))) throw new AppError('SIDELINE.REPORT_YEAR', `报告年度应在 ${row.startDate.slice(0, 4)} 至 ${thisYear} 年之间`, 400, { field: 'year' });
  if (b.payReceived && !b.pay) throw new AppError('SIDELINE.PAY_DETAILS', '已取酬的，请填写报酬金额和收到日期，以便全额上缴财资处', 400, { field: 'pay' });
  if (b.pay && b.pay.receivedDate > today) throw new AppError('SIDELINE.PAY_DATE', '收到报酬的日期不能晚于今天', 400, { field: 'pay' });
  return runCommand(db, req, async (tx) => {
    if (await reportOf(tx, row.id, b.year)) throw new AppError('SIDELINE.REPORT_EXISTS', `${b.year} 年度的兼职情况已报告`, 409, { field: 'year' });
    const [r] = await tx
      .insert(sidelineReport)
      .values({ institutionId: auth.institutionId, sidelineId: row.id, year: b.year, rolePerformed: b.rolePerformed, payReceived: b.payReceived, expenses: b.expenses, submittedBy: auth.accountId, submittedAt: today })
      .returning({ id: sidelineReport.id });
    if (b.pay) await tx.insert(sidelinePay).values({ institutionId: auth.institutionId, sidelineId: row.id, amount: b.pay.amount.toFixed(2), receivedDate: b.pay.receivedDate, description: b.pay.description, createdBy: auth.accountId });
    return { result: r.id, audit: { action: 'sideline.report', entityType: 'sideline', entityId: row.id, after: b } };
  });
}
