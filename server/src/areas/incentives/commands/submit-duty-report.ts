import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { dutyReport } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { authorizeIncentive } from '../access';
import { appraisalContext, getCycle } from '../queries/appraisal';
import type { dutyReportCreate } from '../http/appraisal.schema';

/** 提交述职述廉报告 (第6条): by a person of the ranks the pack names, once a cycle, while the cycle is open. Returns the report's id. */
export async function submitDutyReport(deps: AppDeps, req: FastifyRequest, b: z.infer<typeof dutyReportCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  authorizeIncentive(auth, 'reportDuty', null);
  const c = await getCycle(db, auth.institutionId, b.cycleId);
  const { rules } = await appraisalContext(db, deps, auth.institutionId, today);
  if (c.status !== 'open') throw new AppError('DUTY_REPORT.CLOSED', `${c.year} 年度考核已结束`, 409);
  authorizeIncentive(auth, 'reportDutyAsRank', { ranks: rules.dutyReportRanks, citation: rules.dutyReportCitation });
  return runCommand(db, req, async (tx) => {
    const [dup] = await tx.select({ id: dutyReport.id }).from(dutyReport).where(and(eq(dutyReport.cycleId, c.id), eq(dutyReport.personId, auth.personId!)));
    if (dup) throw new AppError('DUTY_REPORT.DUPLICATE', `${c.year} 年度述职述廉报告已经提交`, 409);
    const [r] = await tx.insert(dutyReport).values({ institutionId: auth.institutionId, cycleId: c.id, personId: auth.personId!, content: b.content, submittedOn: today }).returning({ id: dutyReport.id });
    return { result: r.id, audit: { action: 'duty_report.submit', entityType: 'duty_report', entityId: r.id, after: { cycleId: c.id, year: c.year } } };
  });
}
