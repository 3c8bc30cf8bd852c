import type { FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { sidelineApplication, sidelineDecision } from '../../../core/db/schema';
import type { AppDeps } from '../../../core/services/deps';
import { policyFor } from '../../../core/services/policy.service';
import type { PolicyKey } from '../../../core/policy/policy-keys';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { runCommand } from '../../../core/http/command';
import { AppError } from '../../../core/shared/errors';
import { todayIso } from '../../../core/shared/dates';
import { chainFor, submit, type ChainState } from '../rules/approval-chain';
import { rankGroup, type Finding } from '../rules/eligibility';
import { sidelinesPolicy } from '../policy';
import { tellStepWaiting } from '../notices';
import { applicantContext, blockingError, checkApplication, firstHeldOf, getOrg } from '../queries/applications';
import { applicationFileKinds, samePostHeld, samePostInReview } from '../queries/submission';
import { editableApplication } from './application-draft';
import { chainError } from './chain-error';

/**
 * 提交兼职申请: the written commitment and the required files (第十三条), no second application for the same post, the
 * 附件2 checks; then the chain for the applicant's rank (with their overseeing leaders) starts and its first step is told.
 */
export async function submitApplication({ db, packs }: AppDeps, req: FastifyRequest, id: number): Promise<{ id: number; findings: Finding[]; termNumber: number }> {
  const auth = req.auth!;
  const a = await editableApplication(db, auth, id);
  const today = todayIso();
  const { policy } = await policyFor(db, packs, auth.institutionId);
  const cite = (k: PolicyKey<typeof sidelinesPolicy>) => policy.param(sidelinesPolicy, k, today).source.citation ?? undefined;
  if (!a.committedAt) throw new AppError('SIDELINE.COMMITMENT', '须作出书面承诺（兼职符合本办法规定、不领取薪酬）后才能提交', 400, { field: 'commitment', article: cite('sidelines.required_attachments') });
  const kinds = await applicationFileKinds(db, a.id);
  const missing = policy.value(sidelinesPolicy, 'sidelines.required_attachments', today).filter((k) => !kinds.includes(k));
  if (missing.length) throw new AppError('SIDELINE.ATTACHMENTS_MISSING', `缺少附件：${missing.map((k) => VALUE_LABELS[k] ?? k).join('、')}`, 400, { field: 'files', article: cite('sidelines.required_attachments') });
  // The same post (same organization, same title as written without spaces: 第十四条) in review, or already held.
  const dup = await samePostInReview(db, auth.institutionId, a);
  if (dup) throw new AppError('SIDELINE.DUPLICATE', `同一单位同一职务已有在审申请（编号 ${dup.id}），不能重复申请`, 409);
  if (!a.continuesSidelineId && (await samePostHeld(db, auth.institutionId, a)))
    throw new AppError('SIDELINE.ALREADY_HELD', '已在该单位担任该职务；任期届满续任请从“我的兼职”发起续任申请', 409, { article: cite('sidelines.max_terms_same_post') });
  const org = await getOrg(db, auth.institutionId, a.orgId);
  const { findings, rank, term } = await checkApplication(db, auth.institutionId, policy, a.applicantPersonId, { ...a, commitment: true }, org, today, a.id);
  const blocked = blockingError(findings);
  if (blocked) throw blocked;
  const ctx = await applicantContext(db, auth.institutionId, a.applicantPersonId, today);
  const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', today).value;
  const steps = chainFor(chains, rankGroup(rank)!, findings.some((f) => f.severity === 'extra_step'), ctx.overseeingLeaderIds);
  let state: ChainState;
  try {
    state = submit({ status: a.status as ChainState['status'], steps, current: 0, history: [] });
  } catch (e) {
    throw chainError(e);
  }
  await runCommand(db, req, async (tx) => {
    await tx
      .update(sidelineApplication)
      .set({ status: state.status, steps, currentStep: 0, stepSince: today, findings, rank, departmentId: ctx.departmentId, termNumber: term.termNumber, firstHeldSince: firstHeldOf(a.firstHeldSince, term), submittedAt: new Date(), updatedAt: new Date() })
      .where(eq(sidelineApplication.id, a.id));
    await tx.insert(sidelineDecision).values({ institutionId: auth.institutionId, applicationId: a.id, stepIndex: -1, stepKind: 'applicant', decision: 'submit', accountId: auth.accountId, actorName: auth.displayName });
    await tellStepWaiting(tx, packs, auth, a, steps[state.current], policy.maybeParam(sidelinesPolicy, 'sidelines.approval_chain', today)?.source.citation ?? null);
    return { result: null, audit: { action: 'sideline.submit', entityType: 'sideline_application', entityId: a.id, after: { rank, termNumber: term.termNumber, steps: steps.map((s) => s.kind), findings: findings.map((f) => f.code) } } };
  });
  return { id: a.id, findings, termNumber: term.termNumber };
}
