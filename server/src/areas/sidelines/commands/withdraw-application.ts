import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { sidelineApplication, sidelineDecision } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { visibleApplication } from '../queries/applications';

/** 申请人撤回申请: a draft, a returned one or one in review; a decided one stays as decided. */
export async function withdrawApplication({ db }: AppDeps, req: FastifyRequest, id: number): Promise<{ id: number }> {
  const auth = req.auth!;
  const a = await visibleApplication(db, auth, id, 'withdrawApplication');
  if (!['draft', 'returned', 'in_review'].includes(a.status)) throw new AppError('SIDELINE.NOT_WITHDRAWABLE', '申请已办结，不能撤回', 409);
  return runCommand(db, req, async (tx) => {
    await tx.update(sidelineApplication).set({ status: 'withdrawn', updatedAt: new Date() }).where(eq(sidelineApplication.id, a.id));
    await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: a.currentStep, stepKind: 'applicant', decision: 'withdraw', accountId: auth.accountId, actorName: auth.displayName });
    return { result: { id: a.id }, audit: { action: 'sideline.withdraw', entityType: 'sideline_application', entityId: a.id, before: { status: a.status } } };
  });
}
