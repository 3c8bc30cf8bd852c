import type { AuthContext } from '../../core/auth/context';
import { allows, authorizer, hidden, notOwnCase, type AccessPolicy } from '../../core/http/authorize';

/**
 * Who may act on whom in the incentives area (object level; the permission a route needs at all is its `config.access`:
 * appraisal, reserve, commendation, care, inaction each have their managers). The rule these records share is 回避:
 * nobody grades, nominates, reviews, commends, registers a problem of, or visits themselves — whatever roles they hold
 * (core/http/own-case.ts). 述职述廉 is made by the middle cadres the pack names (`incentives.appraisal.duty_report_ranks`,
 * 第6条), as themselves.
 */
export type InactionStep = 'signal' | 'remind' | 'verify' | 'admonish' | 'propose' | 'decide';
export type ReserveStep = 'approve' | 'reject' | 'remove';

export interface IncentiveRecords {
  /** 登记年度考核等次 of this person. */
  gradeAppraisal: { personId: number };
  /** 述职述廉: by a person, not an administrator's account. */
  reportDuty: null;
  /** …and by the ranks the pack names. */
  reportDutyAsRank: { ranks: readonly string[]; citation: string | null };
  visitCare: { personId: number };
  closeCare: { personId: number };
  nominateCommendation: { personId: number };
  /** Deciding or publishing a round's awards, in which these people are nominated. */
  decideCommendation: { action: 'decide' | 'publish'; nomineeIds: number[] };
  registerAward: { personId: number };
  registerInaction: { personId: number };
  handleInaction: { personId: number; action: InactionStep; label: string };
  nominateReserve: { personId: number };
  reviewReserve: { personId: number; action: ReserveStep };
  registerReserveFinding: { personId: number };
}

export const CARE_HIDDEN = hidden('帮扶登记', 'CARE.NOT_FOUND');
export const ROUND_HIDDEN = hidden('评选', 'ROUND.NOT_FOUND');
export const INACTION_HIDDEN = hidden('为官不为问题', 'INACTION.NOT_FOUND');
export const NOMINATION_HIDDEN = hidden('后备干部推荐', 'RESERVE.NOT_FOUND');

const notSelf = (step: string) => notOwnCase<{ personId: number }>((r) => [r.personId], step);

export const incentiveAccess: AccessPolicy<IncentiveRecords> = {
  gradeAppraisal: [notSelf('登记年度考核等次')],
  reportDuty: [{ allow: (a) => !!a.personId, refuse: { status: 403, code: 'DUTY_REPORT.NO_PERSON', message: '管理员账号不提交述职述廉报告' } }],
  reportDutyAsRank: [
    {
      allow: (a, r) => a.posts.some((p) => r.ranks.includes(p.rank)),
      refuse: (_a, r) => ({ status: 403, code: 'DUTY_REPORT.NOT_REQUIRED', message: '述职述廉由中层领导干部进行', ...(r.citation ? { article: r.citation } : {}) }),
    },
  ],
  visitCare: [notSelf('登记对本人的走访慰问')],
  closeCare: [notSelf('结束对本人的帮扶')],
  nominateCommendation: [notSelf('推荐“担当作为好干部”人选')],
  decideCommendation: [notOwnCase((r) => r.nomineeIds, (r) => (r.action === 'decide' ? '集体研究决定表彰人选' : '公示表彰人选'))],
  registerAward: [notSelf('登记表彰奖励')],
  registerInaction: [notSelf('登记为官不为问题')],
  handleInaction: [notOwnCase((r) => [r.personId], (r) => r.label)],
  nominateReserve: [notSelf('推荐后备干部')],
  reviewReserve: [notOwnCase((r) => [r.personId], (r) => (r.action === 'remove' ? '办理退出后备干部库' : '审核后备干部推荐'))],
  registerReserveFinding: [notSelf('登记后备干部否决情形')],
};

/** Refuses (403 for what the caller may not do, with the step named) unless the caller may. */
export const authorizeIncentive = authorizer(incentiveAccess);
export const mayIncentive = <A extends keyof IncentiveRecords>(auth: AuthContext, action: A, record: IncentiveRecords[A]) => allows(incentiveAccess, auth, action, record);
