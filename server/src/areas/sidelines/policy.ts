import { z } from 'zod';
import { carryOverKeys, count, escalationKeys, monthDay, ranks, words } from '../../core/policy/policy-keys';

const rankGroup = z.enum(['principal', 'leader', 'middle']);
const approvalStep = z.enum(['overseeing_leader', 'foreign_affairs_opinion', 'party_committee', 'provincial_department_party_group', 'provincial_org_department', 'org_registration']);

/**
 * The keys of the sidelines area's policy packs (packs/<pack>/sidelines.yaml), each with the schema of its value: read them
 * with `policy.value(sidelinesPolicy, key, asOf)` or `policy.param(…)` (with the source); every pack is checked against this
 * table at start (areas/index.ts registers it), so a value of the wrong type, or a key not listed here, stops the start.
 */
export const sidelinesPolicy = {
  'sidelines.annual_report_contents': words,
  'sidelines.annual_report_due': monthDay,
  'sidelines.annual_report_notice_days': count,
  'sidelines.approval_chain': z.record(rankGroup, z.array(approvalStep)),
  'sidelines.due_soon_days': count,
  'sidelines.end_registration_days': count,
  'sidelines.foreign_background_opinion_role': z.string(),
  'sidelines.hostile_background_allowed': z.boolean(),
  'sidelines.leadership_association_leader_post_allowed': z.boolean(),
  'sidelines.legal_representative_rule_ranks': ranks,
  'sidelines.max_enterprise_posts_leader': count,
  'sidelines.max_posts_leader': count,
  'sidelines.max_posts_middle': count,
  'sidelines.max_posts_principal': count,
  'sidelines.max_terms_same_post': count,
  'sidelines.max_years_without_term': count,
  'sidelines.not_managed_after_leaving_leadership': z.boolean(),
  'sidelines.pay_allowed': z.boolean(),
  'sidelines.pay_confirm_days': count,
  'sidelines.pay_turnover_days': count,
  'sidelines.reapproval_months': count,
  'sidelines.related_field_required': z.boolean(),
  'sidelines.relaxed_org_kinds': words,
  'sidelines.required_attachments': words,
  'sidelines.resign_after_post_change_months': count,
  'sidelines.resignation_requirements': words,
  'sidelines.review_days': count,
  'sidelines.scope_ranks': ranks,
  'sidelines.term_counting': z.enum(['same_post_all_terms', 'consecutive_terms']),
  'sidelines.term_end_warning_days': count,
  'sidelines.term_gap_reset_days': count,
  ...carryOverKeys('sidelines'),
  ...escalationKeys('sidelines'),
} as const;
