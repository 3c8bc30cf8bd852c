import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { eq } from 'drizzle-orm';
import { sidelineApplication, sidelineDecision } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { todayIso } from '../../../core/shared/dates';
import { decide, type ChainState, type Step } from '../rules/approval-chain';
import { sidelinesPolicy } from '../policy';
import { noticeSubject, tellDecided, tellStepWaiting } from '../notices';
import { visibleApplication } from '../queries/applications';
import type { decideBody } from '../http/sidelines.schema';
import { chainError } from './chain-error';
import { registerApprovedPost } from './register-approved-post';

/**
 * A decision at the current step of the approval chain (第十三条): approve, refuse or return for changes; the 党委 step
 * with its meeting date, the 上级机关 step with its approval number. Nobody decides a step of their own application
 * (回避, access.ts `decide`). The last approval registers the post; the applicant and the next step are told.
 */
export async function decideStep({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: z.infer<typeof decideBody>): Promise<{ id: number; status: string; sidelineId: number | null }> {
  const auth = req.auth!;
  const today = todayIso();
  const a = await visibleApplication(db, auth, id, 'decide');
  const steps = a.steps as Step[];
  const step = steps[a.currentStep];
  let next: ChainState;
  try {
    next = decide({ status: a.status as ChainState['status'], steps, current: a.currentStep, history: [] }, { personId: auth.personId, roles: auth.roles, accountId: auth.accountId }, { decision: b.decision, reason: b.reason ?? undefined, reference: b.reference ?? undefined, meetingDate: b.meetingDate ?? undefined }, today);
  } catch (e) {
    throw chainError(e);
  }
  const waiting = next.status === 'in_review' ? steps[next.current] : undefined;
  return runCommand(db, req, async (tx) => {
    await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: a.currentStep, stepKind: step.kind, decision: b.decision, accountId: auth.accountId, actorName: auth.displayName, reason: b.reason, reference: b.reference, meetingDate: b.meetingDate });
    await tx
      .update(sidelineApplication)
      .set({ status: next.status, currentStep: next.current, stepSince: today, decidedAt: next.status === 'in_review' ? null : new Date(), updatedAt: new Date() })
      .where(eq(sidelineApplication.id, a.id));
    const sidelineId = next.status === 'approved' ? await registerApprovedPost(tx, a, today, b.reference) : null;
    const { policy } = await policyFor(tx, packs, auth.institutionId);
    const citation = policy.maybeParam(sidelinesPolicy, 'sidelines.approval_chain', today)?.source.citation ?? null;
    // Both notices name the applicant and the organization: read once.
    const subject = await noticeSubject(tx, a);
    await tellDecided(tx, packs, auth, a, step, b.decision, b.reason, next.status !== 'in_review', citation, subject);
    if (waiting) await tellStepWaiting(tx, packs, auth, a, waiting, citation, { subject });
    return { result: { id: a.id, status: next.status, sidelineId }, audit: { action: `sideline.${b.decision}`, entityType: 'sideline_application', entityId: a.id, after: { step: step.kind, reason: b.reason, reference: b.reference, meetingDate: b.meetingDate, status: next.status, sidelineId } } };
  });
}
