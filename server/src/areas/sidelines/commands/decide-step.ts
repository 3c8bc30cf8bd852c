import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../../core/db/client';
import { sidelineApplication, sidelineDecision } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import { runCommand } from '../../../core/http/command';
import { tellAll } from '../../../core/reminders/tell';
import { todayIso } from '../../../core/shared/dates';
import { AppError } from '../../../core/shared/errors';
import { decide, type ChainState, type Step } from '../rules/approval-chain';
import { sidelinesPolicy } from '../policy';
import { decidedNotice, stepWaitingNotice } from '../notices';
import { decisionContext } from '../queries/decision-context';
import type { Application } from '../queries/applications';
import type { decideBody } from '../http/sidelines.schema';
import { chainError } from './chain-error';
import { registerApprovedPost } from './register-approved-post';

type DecideBody = z.infer<typeof decideBody>;

/**
 * A decision at the current step of the approval chain (第十三条): approve, refuse or return for changes; the 党委 step
 * with its meeting date, the 上级机关 step with its approval number. Nobody decides a step of their own application
 * (回避, access.ts `decide`). The last approval registers the post; the applicant and the next step are told.
 */
export async function decideStep({ db, packs }: AppDeps, req: FastifyRequest, id: number, b: DecideBody): Promise<{ id: number; status: string; sidelineId: number | null }> {
  const auth = req.auth!;
  const today = todayIso();
  const { application: a, round, subject, actorsOf } = await decisionContext(db, auth, id, b.decision === 'approve');
  const steps = a.steps as Step[];
  const step = steps[a.currentStep];
  let next: ChainState;
  try {
    next = decide({ status: a.status as ChainState['status'], steps, current: a.currentStep, history: [] }, { personId: auth.personId, roles: auth.roles, accountId: auth.accountId }, { decision: b.decision, reason: b.reason ?? undefined, reference: b.reference ?? undefined, meetingDate: b.meetingDate ?? undefined }, today);
  } catch (e) {
    throw chainError(e);
  }
  const waiting = next.status === 'in_review' ? steps[next.current] : undefined;
  const { policy } = await policyFor(db, packs, auth.institutionId, auth.factsVersion);
  const citation = policy.maybeParam(sidelinesPolicy, 'sidelines.approval_chain', today)?.source.citation ?? null;
  return runCommand(db, req, async (tx) => {
    await recordDecision(tx, a, round, step, next, b, auth, today);
    const sidelineId = next.status === 'approved' ? await registerApprovedPost(tx, a, today, b.reference) : null;
    await tellAll(tx, packs, [
      decidedNotice(auth, a, step, b.decision, b.reason, next.status !== 'in_review', citation, subject),
      ...(waiting ? [stepWaitingNotice(auth, a, waiting, citation, subject, actorsOf(waiting))] : []),
    ]);
    return { result: { id: a.id, status: next.status, sidelineId }, audit: { action: `sideline.${b.decision}`, entityType: 'sideline_application', entityId: a.id, after: { step: step.kind, reason: b.reason, reference: b.reference, meetingDate: b.meetingDate, status: next.status, sidelineId } } };
  });
}

/**
 * Moves the application on and records the decision, in one statement — only while the step decided is still the one
 * waiting, in the round that was read: of two deciders of one step at once, the second finds the row moved on (the
 * update waits for the first's commit, then sees the new row) and is refused, nothing written; so is a decision read
 * before the application was returned and resubmitted (the same step waiting again, in a new round).
 */
async function recordDecision(tx: Tx, a: Application, round: string | null, step: Step, next: ChainState, b: DecideBody, auth: { institutionId: number; accountId: number; displayName: string }, today: string) {
  const { rows } = await tx.execute(sql`
    WITH moved AS (
      UPDATE ${sidelineApplication}
      SET status = ${next.status}, current_step = ${next.current}, step_since = ${today}, decided_at = ${next.status === 'in_review' ? null : sql`now()`}, updated_at = now()
      WHERE id = ${a.id} AND institution_id = ${auth.institutionId} AND status = 'in_review' AND current_step = ${a.currentStep}
        AND submitted_at::text IS NOT DISTINCT FROM ${round}
      RETURNING id
    )
    INSERT INTO ${sidelineDecision} (institution_id, application_id, step_index, step_kind, decision, account_id, actor_name, reason, reference, meeting_date)
    SELECT ${auth.institutionId}, id, ${a.currentStep}, ${step.kind}, ${b.decision}, ${auth.accountId}, ${auth.displayName}, ${b.reason ?? null}, ${b.reference ?? null}, ${b.meetingDate ?? null} FROM moved
    RETURNING id`);
  if (!rows.length) throw new AppError('SIDELINE.NOT_YOUR_STEP', '该审批环节已经办理，请刷新后查看', 409);
}
