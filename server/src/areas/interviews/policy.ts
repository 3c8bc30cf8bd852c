import { z } from 'zod';
import { carryOverKeys, count, departmentKinds, escalationKeys, monthDay, words } from '../../core/policy/policy-keys';

export const INTERVIEW_KINDS = ['prevention', 'inquiry', 'admonition', 'accountability'] as const;
export const LEAD_RULES = ['party_chief', 'admin_chief', 'leadership', 'deputy', 'section', 'head_or_key_post'] as const;
export const PLAN_OWNER_STRATEGIES = ['chief_deputy_party_secretary', 'chief_else_discipline'] as const;
const kind = z.enum(INTERVIEW_KINDS);
const leadRule = z.enum(LEAD_RULES);

/**
 * The keys of the interviews area's policy packs (packs/<pack>/interviews.yaml), each with the schema of its value: read them
 * with `policy.value(interviewsPolicy, key, asOf)` or `policy.param(…)` (with the source); every pack is checked against this
 * table at start (areas/index.ts registers it), so a value of the wrong type, or a key not listed here, stops the start.
 */
export const interviewsPolicy = {
  'interviews.admin_chief_department_kinds': departmentKinds,
  'interviews.campaign_due_dates': z.array(monthDay),
  'interviews.campaign_due_soon_days': count,
  'interviews.campaigns_per_year': count,
  'interviews.department_party_secretary_titles': words,
  'interviews.department_plan_owner_strategy': z.enum(PLAN_OWNER_STRATEGIES),
  'interviews.department_plan_period': z.string(),
  'interviews.event_interview_days': count,
  'interviews.hold_due_soon_days': count,
  'interviews.individual_only_kinds': z.array(kind),
  'interviews.inquiry_reply_working_days': count,
  'interviews.kinds': z.array(kind),
  'interviews.lead_interviewer_strategy': z.string(),
  'interviews.lead_precedence': z.record(kind, z.array(leadRule)),
  'interviews.lead_rules': z.array(leadRule),
  'interviews.ledgers': words,
  'interviews.material_due_days': count,
  'interviews.material_due_soon_days': count,
  'interviews.newly_appointed_months': count,
  'interviews.organizer_strategy': z.string(),
  'interviews.party_branch_secretary_titles': words,
  'interviews.plan_due_soon_days': count,
  'interviews.plan_approval_days': count,
  'interviews.plan_filing_due_days': count,
  'interviews.required_materials': z.record(kind, z.enum(['integrity_pledge', 'explanation', 'self_criticism'])),
  'interviews.statistics_report_days': count,
  'interviews.target_lookback_months': count,
  'interviews.target_sources': z.record(kind, words),
  ...carryOverKeys('interviews'),
  ...escalationKeys('interviews'),
} as const;
