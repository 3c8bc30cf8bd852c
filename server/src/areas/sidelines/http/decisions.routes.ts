import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sideline, sidelineApplication, sidelineDecision } from '../../../core/db/schema';
import type { Tx } from '../../../core/db/client';
import type { AppDeps } from '../../../core/services/deps';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { ChainError, decide, type ChainState, type Step } from '../rules/approval-chain';
import { isSamePost } from '../rules/terms';
import { idParam } from '../../../core/http/ids';
import { visibleApplication, type Application } from '../queries/applications';
import { decideBody } from './sidelines.schema';
import { tellDecided, tellStepWaiting } from '../notices';
import { policyFor } from '../../../core/services/policy.service';
import { sidelinesPolicy } from '../policy';

const chainError = (e: unknown) => (e instanceof ChainError ? new AppError(e.code, e.message, 409) : e);

/**
 * The approval chain's decisions (第十三条): each stage, the 党委 and 上级机关 registrations and the 备案, and the 外事 opinion
 * (第九条). Nobody decides a step of their own application (回避).
 */
export const sidelineDecisionRoutes = ({ db, packs }: AppDeps): FastifyPluginAsyncZod => async (app) => {
  app.post(
    '/api/sideline-applications/:id/decide',
    { config: { access: 'sideline.review' }, schema: { tags: ['sidelines'], summary: '审批：同意、不同意或退回修改（党委环节登记会议日期和纪要编号，上级机关环节登记批准文号）', params: idParam, body: decideBody, response: { 200: z.object({ id: z.number(), status: z.string(), sidelineId: z.number().nullable() }) } } },
    async (req) => {
      const auth = req.auth!;
      const today = todayIso();
      // 回避 (access.ts `decide`): whatever roles they hold, the applicant acts at no step of their own application.
      const a = await visibleApplication(db, auth, req.params.id, 'decide');
      const steps = a.steps as Step[];
      const step = steps[a.currentStep];
      const b = req.body;
      if (b.decision === 'approve' && step?.kind === 'party_committee') {
        if (!b.meetingDate) throw new AppError('SIDELINE.MEETING_DATE', '请登记审批的党委会议日期', 400, { field: 'meetingDate' });
        if (b.meetingDate > today) throw new AppError('SIDELINE.MEETING_DATE', '党委会议日期不能晚于今天', 400, { field: 'meetingDate' });
      }
      let next: ChainState;
      try {
        next = decide({ status: a.status as ChainState['status'], steps, current: a.currentStep, history: [] }, { personId: auth.personId, roles: auth.roles, accountId: auth.accountId }, { decision: b.decision, reason: b.reason ?? undefined, reference: b.reference ?? undefined }, today);
      } catch (e) {
        throw chainError(e);
      }
      return runCommand(db, req, async (tx) => {
        await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: a.currentStep, stepKind: step.kind, decision: b.decision, accountId: auth.accountId, actorName: auth.displayName, reason: b.reason, reference: b.reference, meetingDate: b.meetingDate });
        await tx
          .update(sidelineApplication)
          .set({ status: next.status, currentStep: next.current, stepSince: today, decidedAt: next.status === 'in_review' ? null : new Date(), updatedAt: new Date() })
          .where(eq(sidelineApplication.id, a.id));
        const sidelineId = next.status === 'approved' ? await register(tx, a, today, b.reference) : null;
        const { policy } = await policyFor(tx, packs, auth.institutionId);
        const citation = policy.maybeParam(sidelinesPolicy, 'sidelines.approval_chain', today)?.source.citation ?? null;
        await tellDecided(tx, packs, auth, a, step, b.decision, b.reason, next.status !== 'in_review', citation);
        if (next.status === 'in_review') await tellStepWaiting(tx, packs, auth, a, steps[next.current], citation);
        return { result: { id: a.id, status: next.status, sidelineId }, audit: { action: `sideline.${b.decision}`, entityType: 'sideline_application', entityId: a.id, after: { step: step.kind, reason: b.reason, reference: b.reference, meetingDate: b.meetingDate, status: next.status, sidelineId } } };
      });
    },
  );

  /** 组织部登记备案: the approved post becomes a held post; a renewal or re-approval ends the post it continues. */
  async function register(tx: Tx, a: Application, today: string, reference: string | null): Promise<number> {
    let firstHeldSince = a.firstHeldSince ?? a.startDate;
    if (a.continuesSidelineId) {
      const [old] = await tx.select().from(sideline).where(eq(sideline.id, a.continuesSidelineId));
      if (old) {
        firstHeldSince = old.firstHeldSince;
        await tx
          .update(sideline)
          .set({ status: 'ended', endKind: isSamePost(old, a) && a.termNumber > old.termNumber ? 'renewed' : 'reapproved', endedOn: a.startDate < today ? a.startDate : today })
          .where(eq(sideline.id, old.id));
      }
    }
    const [row] = await tx
      .insert(sideline)
      .values({
        institutionId: a.institutionId, personId: a.applicantPersonId, orgId: a.orgId, applicationId: a.id, postTitle: a.postTitle, associationLeadershipPost: a.associationLeadershipPost,
        legalRepresentative: a.legalRepresentative, hasTerms: a.hasTerms, termNumber: a.termNumber, startDate: a.startDate, endDate: a.endDate, firstHeldSince,
        approvedRank: a.rank ?? 'middle_deputy', justification: a.justification, registeredAt: today, registrationNo: reference,
      })
      .returning({ id: sideline.id });
    return row.id;
  }

};
