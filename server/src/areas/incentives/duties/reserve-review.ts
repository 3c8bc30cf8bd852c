import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { addDays } from '../../../core/shared/dates';
import type { DerivedDuty, Deriver } from '../../../core/duties/types';
import type { ReserveFacts } from '../facts/reserve';
import { incentivesPolicy } from '../policy';

/**
 * ahzaxy-2020 第4条 (“及时按规定程序纳入后备干部管理”): a nomination waits for the organization department's review —
 * 入库 or 不通过 — within the pack's days (a system default: the article sets none); done when reviewed. A step of a
 * procedure, so it is in 待我办理; the nominee never reviews their own nomination (回避, core/inbox).
 */
export const reserveReviewDeriver: Deriver<ReserveFacts> = {
  kind: 'reserve_review',
  label: '后备干部审核',
  derive(f, policy: EffectivePolicy, asOf) {
    const days = policy.maybeParam(incentivesPolicy, 'incentives.reserve.review_days', asOf);
    if (!days) return []; // the college's rules have no reserve review
    const target = policy.param(incentivesPolicy, 'incentives.reserve.target_ranks', asOf);
    const dueSoonDays = policy.value(incentivesPolicy, 'incentives.reserve.review_due_soon_days', asOf);
    const fallback = days.source.isDefault ? '（期限为系统默认）' : '';
    return f.nominations.map((n): DerivedDuty => {
      const rank = VALUE_LABELS[n.targetRank] ?? n.targetRank;
      return {
        key: `reserve_review:${n.id}`,
        kind: 'reserve_review',
        title: `审核后备干部推荐：${n.name}（拟任${rank}）`,
        owner: { type: 'role', role: 'org' },
        subjectPersonId: n.personId,
        subjectDepartmentId: n.departmentId ?? undefined,
        dueDate: addDays(n.nominatedOn, days.value),
        since: n.nominatedOn,
        doneDate: n.reviewedOn ?? undefined,
        dueSoonDays,
        citation: target.source.citation,
        // The review is the article's; only its deadline is a system default.
        isDefaultRule: false,
        dueIsDefault: days.source.isDefault,
        link: `/incentives?tab=reserve&status=nominated`,
        detail: { reasons: [`${n.nominatedOn} 推荐为后备干部（拟任${rank}），${days.value} 天内审核入库或不通过${fallback}`] },
      };
    });
  },
};
