import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, desc, eq, inArray, isNotNull } from 'drizzle-orm';
import { accountabilityCase, toleranceReview } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { todayIso } from '../../../core/shared/dates';
import { advanceCase as advanced } from '../rules/case-stage';
import type { CaseStage } from '../rules/window';
import { authorizeTolerance, CASE_HIDDEN } from '../access';
import { procedureError, rulesAndCalendar } from '../context';
import type { caseAdvance } from '../http/tolerance.schema';
import { OPEN_STATUSES } from '../queries/cases';

/** A case moves on: investigation, handling carried out, closed (a party to it does none of these, 回避). */
export async function advanceCase(deps: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof caseAdvance>): Promise<void> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  await runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(accountabilityCase).where(and(eq(accountabilityCase.institutionId, auth.institutionId), eq(accountabilityCase.id, id))).for('update');
    const c = found(row, CASE_HIDDEN);
    authorizeTolerance(auth, 'advanceCase', { case: c, action: b.action });
    const [determined] = await tx
      .select({ on: toleranceReview.decidedOn })
      .from(toleranceReview)
      .where(and(eq(toleranceReview.caseId, c.id), inArray(toleranceReview.status, ['decided', 'closed']), isNotNull(toleranceReview.decidedOn)))
      .orderBy(desc(toleranceReview.decidedOn))
      .limit(1);
    const open = await tx.select({ id: toleranceReview.id }).from(toleranceReview).where(and(eq(toleranceReview.caseId, c.id), inArray(toleranceReview.status, OPEN_STATUSES)));
    let stage: CaseStage;
    try {
      stage = advanced(
        { stage: c.stage as CaseStage, startedOn: c.startedOn, openReviews: open.length, investigatingSince: c.investigatingSince, carriedOutOn: c.carriedOutOn, determinedOn: determined?.on ?? null },
        b.action, b, today, rules.procedure.collectiveCitation,
      );
    } catch (e) {
      throw procedureError(e);
    }
    const set = b.action === 'investigate' ? { investigatingSince: b.on } : b.action === 'carry_out' ? { carriedOutOn: b.on, handling: b.handling } : { closedOn: b.on };
    await tx.update(accountabilityCase).set({ ...set, stage, updatedAt: new Date() }).where(eq(accountabilityCase.id, c.id));
    return { result: null, audit: { action: `accountability.${b.action}`, entityType: 'accountability_case', entityId: c.id, before: { stage: c.stage }, after: { stage, ...set } } };
  });
}
