import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { accountabilityCase, correctionMeasure } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { measureDonePriors } from '../rules/step-dates';
import { authorizeTolerance, MEASURE_HIDDEN } from '../access';
import { checkDate, rulesAndCalendar } from '../context';
import type { measureClose } from '../http/corrections.schema';

/** 纠错措施完成: the responsible person (or a handler who is no party to the case) registers how it was done. */
export async function closeCorrection(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof measureClose>): Promise<{ id: number }> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  return runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(correctionMeasure).where(and(eq(correctionMeasure.institutionId, auth.institutionId), eq(correctionMeasure.id, id))).for('update');
    const m = found(row, MEASURE_HIDDEN);
    const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, m.caseId));
    authorizeTolerance(auth, 'closeCorrection', { measure: m, case: c });
    if (m.status !== 'open') throw new AppError('CORRECTION.CLOSED', '该纠错措施已完成', 409);
    checkDate('CORRECTION', '纠错措施完成', b.on, measureDonePriors({ caseStartedOn: c.startedOn, assignedOn: m.assignedOn }), today, rules.correctionCitation);
    await tx.update(correctionMeasure).set({ status: 'closed', closedOn: b.on, evidence: b.evidence }).where(eq(correctionMeasure.id, m.id));
    return { result: { id: m.id }, audit: { action: 'correction.close', entityType: 'correction_measure', entityId: m.id, before: { status: 'open' }, after: b } };
  });
}
