import { addDays } from '../../../core/shared/dates';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { DerivedDuty, Deriver, DutyOwner, DutyDetail } from '../../../core/duties/types';
import type { SidelineFacts } from '../facts';
import { sidelinesPolicy } from '../policy';

/** A step of an application waiting on its owner (the application and the step), or an ended post to register. */
export type SidelineReviewDetail = DutyDetail & ({ applicationId: number; step: string } | { applicationId?: undefined });

/**
 * 兼职审批与登记 (scitc-2025 附件2 第十三条、第十七条): an application waiting at a step is a duty of whoever acts
 * there (the overseeing leader, the foreign affairs department, or the organization department, which also records
 * the committee's and the outside authorities' decisions); a resignation or non-renewal report waits for the
 * organization department's registration.
 */
export const sidelineReviewDeriver: Deriver<SidelineFacts, SidelineReviewDetail> = {
  kind: 'sideline_review',
  label: '兼职审批登记',
  derive(facts, policy: EffectivePolicy, asOf) {
    const days = policy.param(sidelinesPolicy, 'sidelines.review_days', asOf);
    const chain = policy.param(sidelinesPolicy, 'sidelines.approval_chain', asOf);
    const endDays = policy.param(sidelinesPolicy, 'sidelines.end_registration_days', asOf);
    const resignation = policy.param(sidelinesPolicy, 'sidelines.resignation_requirements', asOf);
    const dueSoonDays = policy.value(sidelinesPolicy, 'sidelines.due_soon_days', asOf);
    const duties: DerivedDuty<SidelineReviewDetail>[] = [];
    for (const a of facts.pending) {
      const step = a.steps[a.currentStep];
      if (!step) continue;
      const owner: DutyOwner = step.actor.type === 'persons' ? { type: 'persons', personIds: step.actor.personIds } : { type: 'role', role: step.actor.role };
      duties.push({
        key: `sideline_review:${a.id}:${a.currentStep}`,
        kind: 'sideline_review',
        title: `${a.applicantName}拟任${a.orgName}${a.postTitle}：待${step.outside ? '登记' : ''}${VALUE_LABELS[step.kind] ?? step.kind}${step.outside ? '结果' : ''}`,
        owner,
        ownerLabel: owner.type === 'persons' ? owner.personIds.map((id) => facts.names.get(id) ?? '').join('、') : undefined,
        subjectPersonId: a.applicantId,
        subjectDepartmentId: facts.departments.get(a.applicantId),
        dueDate: addDays(a.stepSince, days.value),
        since: a.stepSince,
        dueSoonDays,
        citation: chain.source.citation,
        // The step is the article's; only its deadline is a system default, said in the reasons and by dueIsDefault.
        isDefaultRule: false,
        dueIsDefault: days.source.isDefault,
        link: `/sidelines/applications/${a.id}`,
        detail: { reasons: [`${a.stepSince} 送达本环节，${days.value} 天内办理${days.source.isDefault ? '（期限为系统默认）' : ''}`], applicationId: a.id, step: step.kind },
      });
    }
    for (const h of facts.held) {
      if (!h.endReportedAt) continue;
      const word = h.endKind === 'not_renewed' ? '任期届满不续任' : '辞去兼职';
      duties.push({
        key: `sideline_end:${h.id}`,
        kind: 'sideline_review',
        title: `登记备案${word}：${h.personName}（${h.org.name}${h.postTitle}）`,
        owner: { type: 'role', role: 'org' },
        subjectPersonId: h.personId,
        subjectDepartmentId: facts.departments.get(h.personId),
        dueDate: addDays(h.endReportedAt, endDays.value),
        since: h.endReportedAt,
        doneDate: h.endRegisteredAt ?? undefined,
        dueSoonDays,
        citation: h.endKind === 'not_renewed' ? policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', asOf).source.citation : resignation.source.citation,
        isDefaultRule: false,
        dueIsDefault: endDays.source.isDefault,
        link: `/sidelines/${h.id}`,
        detail: { reasons: [`${h.endReportedAt} 本人报告${word}，附兼职单位说明材料；${endDays.value} 天内登记备案${endDays.source.isDefault ? '（期限为系统默认）' : ''}`] },
      });
    }
    return duties;
  },
};
