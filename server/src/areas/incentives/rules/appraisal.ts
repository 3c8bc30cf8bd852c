import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { ErrorCode } from '../../../core/shared/error-codes';
import { incentivesPolicy } from '../policy';
import { talksPolicy } from '../../talks';

/** What a college's packs say about the annual appraisal (ahzaxy-2020 第6条、第12条; labels per college). Pure. */
export interface AppraisalRules {
  /** The scale, best first, and each grade's name in this college. */
  grades: string[];
  labels: Record<string, string>;
  adverse: string[];
  adverseCitation: string | null;
  quotaRatio: number;
  quotaMinimum: number;
  quotaIsDefault: boolean;
  dutyReportRanks: string[];
  /** Ranks the college appraises (the leadership is appraised by the higher Party committee). */
  appraisedRanks: string[];
  dutyReportCitation: string | null;
  /** 第6条 names the distribution of excellent places (年度考核优秀名额分配); the share itself is a pack value. */
  quotaCitation: string | null;
  /** MM-DD the duty reports are due by default. */
  dutyReportDue: string;
  dueSoonDays: number;
  /** Grades that call for a talk (scitc 附件1 第五条（四）), from the talks area. */
  talkGrades: string[];
  talkCitation: string | null;
  /** The grade "the rest" of a department get in one action (a pack value; 系统默认 where the regulation sets none). */
  defaultGrade: string;
  defaultGradeIsDefault: boolean;
}

export const GRADE_ORDER = ['excellent', 'competent', 'basic', 'incompetent'] as const;

export function appraisalRules(policy: EffectivePolicy, asOf: string): AppraisalRules {
  const labels = policy.param(incentivesPolicy, 'incentives.appraisal.grade_labels', asOf).value;
  const adverse = policy.param(incentivesPolicy, 'incentives.appraisal.adverse_grades', asOf);
  const ratio = policy.param(incentivesPolicy, 'incentives.appraisal.excellent_quota_ratio', asOf);
  const ranks = policy.param(incentivesPolicy, 'incentives.appraisal.duty_report_ranks', asOf);
  const talk = policy.maybeParam(talksPolicy, 'talks.weak_appraisal_grades', asOf);
  const defaultGrade = policy.param(incentivesPolicy, 'incentives.appraisal.default_grade', asOf);
  return {
    grades: GRADE_ORDER.filter((g) => labels[g]),
    labels,
    adverse: adverse.value,
    adverseCitation: adverse.source.citation,
    quotaRatio: ratio.value,
    quotaMinimum: policy.value(incentivesPolicy, 'incentives.appraisal.excellent_quota_minimum', asOf),
    quotaIsDefault: ratio.source.isDefault,
    dutyReportRanks: ranks.value,
    appraisedRanks: policy.value(incentivesPolicy, 'incentives.appraisal.appraised_ranks', asOf),
    dutyReportCitation: ranks.source.citation,
    quotaCitation: ranks.source.citation,
    dutyReportDue: policy.param(incentivesPolicy, 'incentives.appraisal.duty_report_due', asOf).value,
    dueSoonDays: policy.value(incentivesPolicy, 'incentives.appraisal.due_soon_days', asOf),
    talkGrades: Array.isArray(talk?.value) ? (talk.value as string[]) : [],
    talkCitation: talk?.source.citation ?? null,
    defaultGrade: defaultGrade.value,
    defaultGradeIsDefault: defaultGrade.source.isDefault,
  };
}

/** Whether a grade counts against the department's excellent quota (第6条): its check depends on the department's other grades. */
export const countsAgainstQuota = (grade: string) => grade === 'excellent';

/** How many excellent grades a department may give: the pack's share of the persons appraised, at least the minimum. */
export function excellentQuota(population: number, rules: Pick<AppraisalRules, 'quotaRatio' | 'quotaMinimum'>): number {
  return population <= 0 ? 0 : Math.max(rules.quotaMinimum, Math.floor(population * rules.quotaRatio + 1e-9));
}

export class AppraisalRuleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly article: string | null,
    readonly status: 400 | 409 = 400,
    readonly field?: string,
  ) {
    super(message);
  }
}

export interface GradeInput {
  grade: string;
  /** What the grade rests on: required for an adverse grade. */
  reason: string | null;
  /** The accountability cases an adverse grade rests on, if any. */
  caseIds: number[];
  /** Why the department goes beyond its excellent quota. */
  quotaReason: string | null;
}

export interface GradeContext {
  name: string;
  year: number;
  /** The grade already recorded for this person and year, if any. */
  existing: string | null;
  population: number;
  excellentSoFar: number;
  /** Cases of this person whose matter was exempted with the annual appraisal protected, with the article. */
  exempted: { caseId: number; matter: string; citation: string | null }[];
}

/**
 * Checks a grade before it is saved: on the scale, one per person and year, within the excellent quota or with a
 * reason (第6条 and the pack's default quota), and an adverse grade stated and not resting on an exempted matter
 * (第12条). Returns what follows: whether the quota was exceeded, whether a talk is owed. Pure.
 */
export function checkGrade(input: GradeInput, ctx: GradeContext, rules: AppraisalRules): { overQuota: boolean; owesTalk: boolean; quota: number } {
  const label = (g: string) => rules.labels[g] ?? g;
  if (!rules.grades.includes(input.grade))
    throw new AppraisalRuleError('APPRAISAL.GRADE', `考核等次应为：${rules.grades.map(label).join('、')}`, null, 400, 'grade');
  if (ctx.existing)
    throw new AppraisalRuleError('APPRAISAL.DUPLICATE', `${ctx.name} ${ctx.year} 年度考核已登记为“${label(ctx.existing)}”，不能重复登记`, null, 409);
  const quota = excellentQuota(ctx.population, rules);
  const overQuota = countsAgainstQuota(input.grade) && ctx.excellentSoFar + 1 > quota;
  if (overQuota && !(input.quotaReason && input.quotaReason.trim().length >= 5))
    throw new AppraisalRuleError(
      'APPRAISAL.QUOTA_EXCEEDED',
      `本部门参加考核 ${ctx.population} 人，优秀名额 ${quota} 个（按不超过 ${Math.round(rules.quotaRatio * 100)}%${rules.quotaIsDefault ? '，系统默认' : ''}），已评优秀 ${ctx.excellentSoFar} 个；超出名额须写明理由`,
      rules.quotaCitation,
      409,
      'quotaReason',
    );
  if (rules.adverse.includes(input.grade)) {
    if (!(input.reason && input.reason.trim().length >= 5))
      throw new AppraisalRuleError('APPRAISAL.REASON_REQUIRED', `评为“${label(input.grade)}”须写明依据的事实（不少于 5 个字）`, rules.adverseCitation, 400, 'reason');
    const covered = ctx.exempted.find((e) => input.caseIds.includes(e.caseId));
    if (covered)
      throw new AppraisalRuleError('APPRAISAL.EXEMPT_MATTER', `事项“${covered.matter}”已经认定免责，年度考核不受影响、不作负面评价，不能作为评为“${label(input.grade)}”的理由`, covered.citation, 409, 'caseIds');
  }
  return { overQuota, owesTalk: rules.talkGrades.includes(input.grade), quota };
}
