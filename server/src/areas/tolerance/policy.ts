import { z } from 'zod';
import { count, escalationKeys, ranks, words } from '../../core/policy/policy-keys';

/**
 * The keys of the tolerance area's policy packs (packs/<pack>/tolerance.yaml), each with the schema of its value: read them
 * with `policy.value(tolerancePolicy, key, asOf)` or `policy.param(…)` (with the source); every pack is checked against this
 * table at start (areas/index.ts registers it), so a value of the wrong type, or a key not listed here, stops the start.
 */
export const tolerancePolicy = {
  'tolerance.acceptance_working_days': count,
  'tolerance.accountability_kinds': words,
  'tolerance.applicant_recusal': z.boolean(),
  'tolerance.application_stages': words,
  'tolerance.application_strategy': z.enum(['apply_to_accountable_department_during_investigation', 'apply_to_party_committee_within_working_days', 'investigate_with_accountability']),
  'tolerance.application_working_days': count,
  'tolerance.clearance_scopes': words,
  'tolerance.clearance_working_days': count,
  'tolerance.collective_decision': z.string(),
  'tolerance.correction_measures': words,
  'tolerance.determination_working_days': count,
  'tolerance.due_soon_days': count,
  'tolerance.exempt_followup_count': count,
  'tolerance.exempt_followup_months': count,
  'tolerance.exempt_protections': words,
  'tolerance.exempt_publication': z.boolean(),
  'tolerance.feedback_working_days': count,
  'tolerance.followup_due_soon_days': count,
  'tolerance.grounds': words,
  'tolerance.hearing_before_report': z.boolean(),
  'tolerance.investigation_working_days': count,
  'tolerance.malicious_referral': z.boolean(),
  'tolerance.max_deferral_months': count,
  'tolerance.measure_due_soon_days': count,
  'tolerance.minor_dispositions': words,
  'tolerance.private_gain_bars_exemption': z.boolean(),
  'tolerance.publication_working_days': count,
  'tolerance.record_filing_roles': words,
  'tolerance.record_filing_working_days': count,
  'tolerance.referral_working_days': count,
  'tolerance.subject_scope': ranks,
  ...escalationKeys('tolerance'),
} as const;
