import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { accountabilityCase, correctionMeasure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { measureVerifiedPriors } from '../rules/step-dates';
import { authorizeTolerance, MEASURE_HIDDEN } from '../access';
import { checkDate, rulesAndCalendar } from '../context';
import type { measureVerify } from '../http/corrections.schema';

/** 核实纠错措施的完成情况 (the discipline office, org): not by its responsible person nor by a party to the case. */
export async function verifyCorrection(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof measureVerify>): Promise<{ id: number }> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  const article = rules.correctionCitation ?? undefined;
  return runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(correctionMeasure).where(and(eq(correctionMeasure.institutionId, auth.institutionId), eq(correctionMeasure.id, id))).for('update');
    const m = found(row, MEASURE_HIDDEN);
    const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, m.caseId));
    authorizeTolerance(auth, 'verifyCorrection', { measure: m, case: c, citation: rules.correctionCitation });
    if (m.status !== 'closed') throw new AppError('CORRECTION.NOT_DONE', '责任人尚未登记整改完成情况，不能核实', 409, { article });
    if (m.verifiedOn) throw new AppError('CORRECTION.VERIFIED', '该纠错措施已核实', 409);
    checkDate('CORRECTION', '核实整改情况', b.on, measureVerifiedPriors({ caseStartedOn: c.startedOn, assignedOn: m.assignedOn, closedOn: m.closedOn }), today, rules.correctionCitation);
    await tx.update(correctionMeasure).set({ verifiedOn: b.on, verifiedBy: auth.accountId, verification: b.note }).where(eq(correctionMeasure.id, m.id));
    return { result: { id: m.id }, audit: { action: 'correction.verify', entityType: 'correction_measure', entityId: m.id, after: b } };
  });
}
