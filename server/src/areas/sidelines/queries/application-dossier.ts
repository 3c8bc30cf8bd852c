import type { z } from 'zod';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { stepChoices, type Step } from '../rules/approval-chain';
import { checklist } from '../rules/checklist';
import type { dossierOut } from '../http/sidelines.schema';
import { checkApplication, getOrg, mayDecide, presentApplication, stepLabel, type Application } from './applications';

/** Statuses whose checks are run again on the decider's day (a closed application keeps its findings of submission). */
const OPEN = new Set(['draft', 'returned', 'in_review']);

/**
 * 一页审批: everything a decider needs on one page — the application with its attachments and history, the 附件2 checks
 * run again today on its facts (eligibility, counts, pay, terms, each with its article), and the caller's own step with
 * the choices it offers (null for whoever only reads it, the applicant included: 回避).
 */
export async function applicationDossier(ex: Executor, auth: AuthContext, a: Application, policy: EffectivePolicy, asOf: string): Promise<z.infer<typeof dossierOut>> {
  const application = await presentApplication(ex, auth, a, policy, asOf);
  const checks = OPEN.has(a.status) ? await checksNow(ex, a, policy, asOf) : null;
  const steps = a.steps as Step[];
  const step = steps[a.currentStep];
  const current = a.status === 'in_review' && step ? application.steps[a.currentStep] : null;
  return {
    application,
    checks,
    history: application.decisions,
    current: current ? { index: current.index, kind: current.kind, label: current.label, actorLabel: current.actorLabel, outside: current.outside } : null,
    myStep: current && mayDecide(auth, a) ? { index: current.index, kind: current.kind, label: stepLabel(step.kind), outside: step.outside, ...stepChoices(step) } : null,
  };
}

async function checksNow(ex: Executor, a: Application, policy: EffectivePolicy, asOf: string) {
  const org = await getOrg(ex, a.institutionId, a.orgId);
  const fields = {
    orgId: a.orgId,
    postTitle: a.postTitle,
    associationLeadershipPost: a.associationLeadershipPost,
    legalRepresentative: a.legalRepresentative,
    willReceivePay: a.willReceivePay,
    hasTerms: a.hasTerms,
    termYears: a.termYears,
    termNumber: a.termNumber,
    startDate: a.startDate,
    endDate: a.endDate,
    firstHeldSince: a.firstHeldSince,
    continuesSidelineId: a.continuesSidelineId,
    reason: a.reason,
    justification: a.justification,
    commitment: a.committedAt !== null,
  };
  const { findings, rank } = await checkApplication(ex, a.institutionId, policy, a.applicantPersonId, fields, org, asOf, a.id);
  return { asOf, findings, items: checklist(findings, rank, a.hasTerms, policy, asOf) };
}
