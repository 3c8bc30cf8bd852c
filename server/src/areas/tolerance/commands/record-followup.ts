import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { and, eq } from 'drizzle-orm';
import { accountabilityCase, toleranceFollowup, toleranceReview } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { found } from '../../../core/http/authorize';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { followupPriors } from '../rules/step-dates';
import { authorizeTolerance, REVIEW_HIDDEN } from '../access';
import { checkDate, rulesAndCalendar } from '../context';
import type { followupCreate } from '../http/corrections.schema';

/** 跟踪回访 of a cadre found exempt (the pack's `tolerance.exempt_followup_months`); not by a party to the case. */
export async function recordFollowup(deps: AppDeps, req: FastifyRequest, reviewId: number, b: z.infer<typeof followupCreate>): Promise<number> {
  const { db } = deps;
  const auth = req.auth!;
  const today = todayIso();
  const { rules } = await rulesAndCalendar(db, deps, auth.institutionId, today);
  const citation = rules.followup?.citation ?? null;
  return runCommand(db, req, async (tx) => {
    const [row] = await tx.select().from(toleranceReview).where(and(eq(toleranceReview.institutionId, auth.institutionId), eq(toleranceReview.id, reviewId)));
    const r = found(row, REVIEW_HIDDEN);
    const [c] = await tx.select().from(accountabilityCase).where(eq(accountabilityCase.id, r.caseId));
    authorizeTolerance(auth, 'recordFollowup', { review: r, case: c, citation });
    if (r.outcome !== 'exempt' || !r.decidedOn) throw new AppError('FOLLOWUP.NOT_EXEMPT', '跟踪回访针对经认定免责的干部');
    checkDate('FOLLOWUP', '跟踪回访', b.on, followupPriors({ caseStartedOn: c.startedOn, filedOn: r.filedOn, decidedOn: r.decidedOn }), today, citation);
    const [f] = await tx.insert(toleranceFollowup).values({ institutionId: auth.institutionId, reviewId: r.id, on: b.on, note: b.note, recordedBy: auth.accountId }).returning({ id: toleranceFollowup.id });
    return { result: f.id, audit: { action: 'tolerance.followup', entityType: 'tolerance_review', entityId: r.id, after: b } };
  });
}
