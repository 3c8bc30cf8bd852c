import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { appraisalCycle } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { appraisalContext } from '../queries/appraisal';
import type { cycleCreate } from '../http/appraisal.schema';

/** 启动年度考核 (第6条): one cycle a year, its 述职述廉 due date by default the pack's day of the year. Returns the cycle's id. */
export async function openAppraisalCycle(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof cycleCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const { rules } = await appraisalContext(db, deps, auth.institutionId, todayIso());
  const due = b.dutyReportDue ?? `${b.year}-${rules.dutyReportDue}`;
  if (!due.startsWith(String(b.year)) && !due.startsWith(String(b.year + 1))) throw new AppError('APPRAISAL.DUE', '述职述廉截止日期应在考核年度年末或次年年初', 400, { field: 'dutyReportDue' });
  return runCommand(db, req, async (tx) => {
    const [dup] = await tx.select({ id: appraisalCycle.id }).from(appraisalCycle).where(and(eq(appraisalCycle.institutionId, auth.institutionId), eq(appraisalCycle.year, b.year)));
    if (dup) throw new AppError('APPRAISAL.CYCLE_EXISTS', `${b.year} 年度考核已经启动`, 409, { field: 'year' });
    const [c] = await tx.insert(appraisalCycle).values({ institutionId: auth.institutionId, year: b.year, dutyReportDue: due, createdBy: auth.accountId }).returning({ id: appraisalCycle.id });
    return { result: c.id, audit: { action: 'appraisal.cycle_open', entityType: 'appraisal_cycle', entityId: c.id, after: { year: b.year, dutyReportDue: due } } };
  });
}
