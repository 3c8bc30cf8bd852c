import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { ProcedureRules } from './procedure';
import type { ApplicationStrategy, FilingRule } from './window';
import type { ClearanceRules } from './clearance';
import { tolerancePolicy } from '../policy';
import type { PolicyKey, PolicyKeyOf } from '../../../core/policy/policy-keys';

/** A number of working days with where it comes from. */
export interface DayRule {
  days: number;
  citation: string | null;
  isDefault: boolean;
}

/** Everything a college's pack says about tolerance, read once for a date. Pure. */
export interface ToleranceRules {
  strategy: ApplicationStrategy;
  filing: FilingRule;
  procedure: ProcedureRules;
  grounds: string[];
  groundsCitation: string | null;
  /** Ranks the procedure applies to (scitc 第二条: middle cadres); null where the pack sets none. */
  subjectScope: { ranks: string[]; citation: string | null } | null;
  protections: string[];
  protectionsCitation: string | null;
  acceptance: DayRule | null;
  investigation: DayRule;
  determination: DayRule;
  feedback: DayRule;
  publication: DayRule;
  recordFiling: DayRule;
  correctionMeasures: string[];
  correctionCitation: string | null;
  clearance: ClearanceRules;
  clearanceDays: DayRule;
  referralDays: DayRule;
  /** Days before a deadline that a duty shows as due soon: procedure steps and clearances, corrective measures. */
  dueSoonDays: number;
  measureDueSoonDays: number;
  /** xzcit 第八条（七）: follow-up of exempted cadres. */
  followup: { months: number; count: number; citation: string | null; isDefault: boolean; dueSoonDays: number } | null;
}

export function toleranceRules(policy: EffectivePolicy, asOf: string): ToleranceRules {
  const cite = (key: PolicyKey<typeof tolerancePolicy>) => policy.maybeParam(tolerancePolicy, key, asOf)?.source.citation ?? null;
  const day = (key: PolicyKeyOf<typeof tolerancePolicy, number>): DayRule => {
    const p = policy.param(tolerancePolicy, key, asOf);
    return { days: p.value, citation: p.source.citation, isDefault: p.source.isDefault };
  };
  const strategy = policy.param(tolerancePolicy, 'tolerance.application_strategy', asOf);
  const grounds = policy.param(tolerancePolicy, 'tolerance.grounds', asOf);
  const protections = policy.param(tolerancePolicy, 'tolerance.exempt_protections', asOf);
  const scope = policy.maybeParam(tolerancePolicy, 'tolerance.subject_scope', asOf);
  const filingRoles = policy.param(tolerancePolicy, 'tolerance.record_filing_roles', asOf);
  const deferral = policy.param(tolerancePolicy, 'tolerance.max_deferral_months', asOf);
  const followup = policy.maybeParam(tolerancePolicy, 'tolerance.exempt_followup_months', asOf);
  const window = policy.maybeParam(tolerancePolicy, 'tolerance.application_working_days', asOf);
  const stages = policy.maybeParam(tolerancePolicy, 'tolerance.application_stages', asOf);
  return {
    strategy: strategy.value,
    filing: {
      strategy: strategy.value,
      citation: strategy.source.citation,
      workingDays: typeof window?.value === 'number' ? window.value : undefined,
      stages: Array.isArray(stages?.value) ? (stages.value as string[]) : undefined,
    },
    procedure: {
      applicationCitation: strategy.source.citation,
      collectiveCitation: cite('tolerance.collective_decision'),
      privateGainBarsExemption: policy.param(tolerancePolicy, 'tolerance.private_gain_bars_exemption', asOf).value,
      privateGainCitation: cite('tolerance.private_gain_bars_exemption'),
      maxDeferralMonths: deferral.value,
      deferralCitation: deferral.source.citation,
      hearingCitation: cite('tolerance.hearing_before_report'),
      recusalCitation: cite('tolerance.applicant_recusal'),
      feedbackCitation: cite('tolerance.feedback_working_days') ?? cite('tolerance.collective_decision'),
      filingRoles: filingRoles.value,
      filingCitation: filingRoles.source.citation,
      publicationCitation: cite('tolerance.exempt_publication'),
    },
    grounds: grounds.value,
    groundsCitation: grounds.source.citation,
    subjectScope: scope ? { ranks: scope.value as string[], citation: scope.source.citation } : null,
    protections: protections.value,
    protectionsCitation: protections.source.citation,
    acceptance: strategy.value === 'investigate_with_accountability' ? null : day('tolerance.acceptance_working_days'),
    investigation: day('tolerance.investigation_working_days'),
    determination: day('tolerance.determination_working_days'),
    feedback: day('tolerance.feedback_working_days'),
    publication: day('tolerance.publication_working_days'),
    recordFiling: day('tolerance.record_filing_working_days'),
    correctionMeasures: policy.value(tolerancePolicy, 'tolerance.correction_measures', asOf),
    correctionCitation: cite('tolerance.correction_measures'),
    clearance: {
      scopes: policy.value(tolerancePolicy, 'tolerance.clearance_scopes', asOf),
      scopesCitation: cite('tolerance.clearance_scopes'),
      dispositions: policy.value(tolerancePolicy, 'tolerance.minor_dispositions', asOf),
      dispositionsCitation: cite('tolerance.minor_dispositions'),
      referralCitation: cite('tolerance.malicious_referral'),
    },
    clearanceDays: day('tolerance.clearance_working_days'),
    referralDays: day('tolerance.referral_working_days'),
    dueSoonDays: policy.value(tolerancePolicy, 'tolerance.due_soon_days', asOf),
    measureDueSoonDays: policy.value(tolerancePolicy, 'tolerance.measure_due_soon_days', asOf),
    followup: followup
      ? {
          months: followup.value as number, count: policy.value(tolerancePolicy, 'tolerance.exempt_followup_count', asOf), citation: followup.source.citation, isDefault: followup.source.isDefault,
          dueSoonDays: policy.value(tolerancePolicy, 'tolerance.followup_due_soon_days', asOf),
        }
      : null,
  };
}
