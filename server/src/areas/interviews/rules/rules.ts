import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { PlanOwnerStrategy } from './plan-owner';
import type { PolicyKey, PolicyValue } from '../../../core/policy/policy-keys';
import { INTERVIEW_KINDS, LEAD_RULES, interviewsPolicy } from '../policy';

export { INTERVIEW_KINDS, LEAD_RULES };
export type InterviewKind = (typeof INTERVIEW_KINDS)[number];
export type Material = 'integrity_pledge' | 'explanation' | 'self_criticism';
export type LeadRule = (typeof LEAD_RULES)[number];

/** A number with where it comes from. */
export interface Cited<T> {
  value: T;
  citation: string | null;
  isDefault: boolean;
}

/** Everything a college's pack says about interviews, read once for a date. Pure. */
export interface InterviewRules {
  kinds: InterviewKind[];
  kindsCitation: string | null;
  individualOnly: Cited<InterviewKind[]>;
  materials: Cited<Record<InterviewKind, Material>>;
  leadRules: Cited<LeadRule[]>;
  leadPrecedence: Cited<Record<InterviewKind, LeadRule[]>>;
  adminChiefDepartmentKinds: string[];
  branchSecretaryTitles: string[];
  /** Citation of 五（一） with the number of each rule, e.g. `tongren-2016 五（一）`. */
  leadCitation: string | null;
  organizerCitation: string | null;
  newlyAppointedMonths: Cited<number>;
  campaignsPerYear: Cited<number>;
  campaignDueDates: Cited<string[]>;
  campaignDueSoonDays: number;
  planFilingDueDays: Cited<number>;
  /** How long the leading group takes to approve a campaign plan submitted to it. */
  planApprovalDays: Cited<number>;
  planDueSoonDays: number;
  planCitation: string | null;
  /** Who owes a department's quarterly plan when its chief's post is vacant (a named strategy). */
  planOwnerStrategy: Cited<PlanOwnerStrategy>;
  departmentSecretaryTitles: string[];
  materialDueDays: Cited<number>;
  inquiryReplyWorkingDays: Cited<number>;
  statisticsReportDays: Cited<number>;
  holdDueSoonDays: number;
  eventInterviewDays: Cited<number>;
  /** 三: the sources of targets of each kind. */
  targetSources: Cited<Record<InterviewKind, string[]>>;
  /** 六（一）: the register form, ledger and statistics table. */
  statisticsCitation: string | null;
  targetLookbackMonths: number;
  materialDueSoonDays: number;
}

export function interviewRules(policy: EffectivePolicy, asOf: string): InterviewRules {
  const cited = <N extends PolicyKey<typeof interviewsPolicy>>(key: N): Cited<PolicyValue<typeof interviewsPolicy, N>> => {
    const p = policy.param(interviewsPolicy, key, asOf);
    return { value: p.value, citation: p.source.citation, isDefault: p.source.isDefault };
  };
  const lead = cited('interviews.lead_rules');
  const plan = cited('interviews.department_plan_period');
  return {
    kinds: policy.value(interviewsPolicy, 'interviews.kinds', asOf),
    kindsCitation: policy.param(interviewsPolicy, 'interviews.kinds', asOf).source.citation,
    individualOnly: cited('interviews.individual_only_kinds'),
    materials: cited('interviews.required_materials'),
    leadRules: lead,
    leadPrecedence: cited('interviews.lead_precedence'),
    adminChiefDepartmentKinds: policy.value(interviewsPolicy, 'interviews.admin_chief_department_kinds', asOf),
    branchSecretaryTitles: policy.value(interviewsPolicy, 'interviews.party_branch_secretary_titles', asOf),
    leadCitation: lead.citation,
    organizerCitation: policy.param(interviewsPolicy, 'interviews.organizer_strategy', asOf).source.citation,
    newlyAppointedMonths: cited('interviews.newly_appointed_months'),
    campaignsPerYear: cited('interviews.campaigns_per_year'),
    campaignDueDates: cited('interviews.campaign_due_dates'),
    campaignDueSoonDays: policy.value(interviewsPolicy, 'interviews.campaign_due_soon_days', asOf),
    planFilingDueDays: cited('interviews.plan_filing_due_days'),
    planApprovalDays: cited('interviews.plan_approval_days'),
    planDueSoonDays: policy.value(interviewsPolicy, 'interviews.plan_due_soon_days', asOf),
    planCitation: plan.citation,
    planOwnerStrategy: cited('interviews.department_plan_owner_strategy'),
    departmentSecretaryTitles: policy.value(interviewsPolicy, 'interviews.department_party_secretary_titles', asOf),
    materialDueDays: cited('interviews.material_due_days'),
    inquiryReplyWorkingDays: cited('interviews.inquiry_reply_working_days'),
    statisticsReportDays: cited('interviews.statistics_report_days'),
    holdDueSoonDays: policy.value(interviewsPolicy, 'interviews.hold_due_soon_days', asOf),
    eventInterviewDays: cited('interviews.event_interview_days'),
    targetSources: cited('interviews.target_sources'),
    statisticsCitation: policy.param(interviewsPolicy, 'interviews.ledgers', asOf).source.citation,
    targetLookbackMonths: policy.value(interviewsPolicy, 'interviews.target_lookback_months', asOf),
    materialDueSoonDays: policy.value(interviewsPolicy, 'interviews.material_due_soon_days', asOf),
  };
}

/** The article of one 五（一） rule: `tongren-2016 五（一）` + its item number. */
export function leadRuleArticle(rules: Pick<InterviewRules, 'leadCitation' | 'leadRules'>, rule: LeadRule): string | null {
  if (!rules.leadCitation) return null;
  const i = rules.leadRules.value.indexOf(rule);
  return i < 0 ? rules.leadCitation : `${rules.leadCitation}${i + 1}`;
}
