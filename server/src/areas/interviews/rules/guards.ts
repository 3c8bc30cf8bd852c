import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { LeadCandidate } from './lead';
import type { InterviewKind, InterviewRules, Material } from './rules';
import type { ErrorCode } from '../../../core/shared/error-codes';

/** A rule of tongren-2016 that forbids what was asked, with its section. */
export class InterviewRuleError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly article: string | null,
  ) {
    super(message);
  }
}

const kindLabel = (k: string) => VALUE_LABELS[k] ?? k;

/** 三（二）（三）（四）: inquiry, admonition and accountability interviews are individual; a group record needs a reason. */
export function checkForm(kind: InterviewKind, form: 'individual' | 'group', targetCount: number, groupReason: string | null, rules: Pick<InterviewRules, 'individualOnly' | 'kinds'>): void {
  if (!rules.kinds.includes(kind)) throw new InterviewRuleError('INTERVIEW.KIND', `约谈形式应为：${rules.kinds.map(kindLabel).join('、')}`, null);
  if (targetCount < 1) throw new InterviewRuleError('INTERVIEW.NO_TARGET', '请选择约谈对象', null);
  if (form === 'individual' && targetCount > 1) throw new InterviewRuleError('INTERVIEW.INDIVIDUAL_ONE', '个别约谈只能有一名约谈对象；多人请选择集体约谈', null);
  if (form === 'group' && rules.individualOnly.value.includes(kind) && !(groupReason && groupReason.trim().length >= 5))
    throw new InterviewRuleError('INTERVIEW.GROUP_REASON', `${kindLabel(kind)}一般采取个别约谈的方式，集体约谈须写明理由（不少于 5 个字）`, rules.individualOnly.citation);
}

/** 五（一）: the lead is one of the candidates the rules name, or another person with a stated reason. */
export function checkLead(leadPersonId: number, candidates: LeadCandidate[], reason: string | null, leadCitation: string | null): LeadCandidate | null {
  const chosen = candidates.find((c) => c.personId === leadPersonId) ?? null;
  if (!chosen && !(reason && reason.trim().length >= 5))
    throw new InterviewRuleError(
      'INTERVIEW.LEAD_NOT_CANDIDATE',
      `所选主谈人不是制度规定的主谈人（${candidates.length ? candidates.map((c) => c.name).join('、') : '无'}），改由他人主谈须写明理由（不少于 5 个字）`,
      leadCitation,
    );
  return chosen;
}

export interface TargetMaterial {
  name: string;
  material: Material;
  submittedOn: string | null;
  waivedReason: string | null;
}

/** 五（三）: an interview is closed only when every interviewee has handed in the material its kind requires, or it was waived. */
export function checkClose(status: string, targets: TargetMaterial[], materialsCitation: string | null): void {
  if (status !== 'held') throw new InterviewRuleError('INTERVIEW.NOT_HELD', status === 'closed' ? '该约谈已办结' : '约谈尚未实施，不能办结', null);
  const missing = targets.filter((t) => !t.submittedOn && !t.waivedReason);
  if (missing.length)
    throw new InterviewRuleError('INTERVIEW.MATERIAL_MISSING', `${missing.map((t) => `${t.name}尚未提交${kindLabel(t.material)}`).join('；')}，不能办结（确需免交的，须登记理由）`, materialsCitation);
}

/** Dates of a written inquiry in order: the letter, then the reply. */
export function checkReplyDate(sentOn: string | null, replyOn: string, today: string): void {
  if (!sentOn) throw new InterviewRuleError('INQUIRY.NOT_SENT', '函询尚未发出，不能登记答复', null);
  if (replyOn < sentOn) throw new InterviewRuleError('INQUIRY.REPLY_BEFORE_LETTER', `答复日期不能早于函询发出日期（${sentOn}）`, null);
  if (replyOn > today) throw new InterviewRuleError('INQUIRY.REPLY_FUTURE', '答复日期不能晚于今天', null);
}

/** 四（三）, 五（二）1: a campaign's interviews and the written inquiries in a plan go ahead only once the leading group approved the plan. */
export function checkPlanApproved(plan: { kind: string; status: string } | null, what: string, planCitation: string | null): void {
  if (plan && plan.kind === 'campaign' && plan.status !== 'approved')
    throw new InterviewRuleError('INTERVIEW.PLAN_NOT_APPROVED', `约谈计划尚未经学校领导小组批准，${what}`, planCitation);
}
