import type { z } from 'zod';
import type { AuthContext } from '../../../core/auth/context';
import type { Executor } from '../../../core/db/client';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { Pack } from '../../../core/policy/pack-schema';
import { policyFor } from '../../../core/services/policy.service';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { rankScope } from '../../../core/roster/rank-scope';
import { citationName } from '../../../core/policy/citation-names';
import { AppError } from '../../../core/shared/errors';
import { chainFor } from '../rules/approval-chain';
import { rankGroup } from '../rules/eligibility';
import { termRuleOf } from '../rules/terms';
import { sidelinesPolicy } from '../policy';
import type { applicationFields } from '../http/sidelines.schema';
import { applicantContext, checkApplication, getOrg, stepLabel, termNote } from './applications';

/** What the application form shows before anything is typed: required files, the term limits, with their articles. */
export function applicationRules(policy: EffectivePolicy, asOf: string) {
  const files = policy.param(sidelinesPolicy, 'sidelines.required_attachments', asOf);
  const terms = policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', asOf);
  return {
    requiredFiles: files.value.map((kind) => ({ kind, label: VALUE_LABELS[kind] ?? kind })),
    filesArticle: files.source.citation,
    maxTerms: terms.value,
    maxYears: policy.value(sidelinesPolicy, 'sidelines.max_years_without_term', asOf),
    termsArticle: terms.source.citation,
  };
}

/**
 * Whether the caller may apply at all (sidelines.scope_ranks, 第二条): asked before the form is shown, so that a staff
 * member who is no leading cadre is told at once — with the article — instead of on the form's last step.
 */
export async function applicantScope(ex: Executor, policy: EffectivePolicy, auth: AuthContext, asOf: string) {
  const scope = policy.param(sidelinesPolicy, 'sidelines.scope_ranks', asOf);
  if (auth.personId === null) return { applies: false, reason: '当前账号未关联干部，不能申请兼职', article: null };
  const { rank } = await applicantContext(ex, auth.institutionId, auth.personId, asOf);
  const { covered, whom, now } = rankScope(scope.value, rank);
  if (covered && rankGroup(rank)) return { applies: true, reason: null, article: scope.source.citation };
  return { applies: false, reason: `领导干部兼职审批适用于${whom}；您${now}，在校外兼职无需按本办法申请审批`, article: scope.source.citation };
}

/** The caller's person, or the refusal of an account that is no cadre (it cannot apply). */
export function applicantOf(auth: AuthContext): number {
  if (auth.personId === null) throw new AppError('SIDELINE.NO_PERSON', '当前账号未关联干部，不能申请兼职', 403);
  return auth.personId;
}

/** 即时检查 of a proposed post (nothing stored): the findings, the applicant's rank, the steps it would take, its term. */
export async function checkProposal(ex: Executor, packs: ReadonlyMap<string, Pack>, auth: AuthContext, f: z.infer<typeof applicationFields>, asOf: string) {
  const personId = applicantOf(auth);
  const { policy } = await policyFor(ex, packs, auth.institutionId);
  const org = await getOrg(ex, auth.institutionId, f.orgId);
  const { findings, rank, term } = await checkApplication(ex, auth.institutionId, policy, personId, f, org, asOf);
  const group = rankGroup(rank);
  const chains = policy.param(sidelinesPolicy, 'sidelines.approval_chain', asOf).value;
  const steps = group ? chainFor(chains, group, findings.some((x) => x.severity === 'extra_step'), []).map((s) => ({ kind: s.kind, label: stepLabel(s.kind) })) : [];
  return { findings, rank, steps, termNumber: term.termNumber, termNote: termNote(term, citationName(packs, termRuleOf(policy, asOf).article)) };
}
