import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { toleranceRules } from '../rules/rules';
import { reviewSchedule } from '../rules/schedule';
import type { ReviewStatus } from '../rules/procedure';
import type { CaseStage } from '../rules/window';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import type { ToleranceFacts } from '../facts';

/** A step of a tolerance review: the review, its case and the step. */
export type ToleranceStepDetail = DutyDetail & { reviewId: number; caseId: number; step: string };

/**
 * 容错认定各环节期限 (scitc-2025 附件3 第五条, xzcit-2018 第五条, ahzaxy-2020 第12条): acceptance, the investigation
 * report, the determination (or the end of a deferral), feedback, publication of an exemption and filing are duties
 * of the discipline office, each due a number of working days after the step before it.
 */
export const toleranceStepDeriver: Deriver<ToleranceFacts, ToleranceStepDetail> = {
  kind: 'tolerance_step',
  label: '容错认定',
  derive(facts, policy: EffectivePolicy, asOf) {
    const rules = toleranceRules(policy, asOf);
    const duties: DerivedDuty<ToleranceStepDetail>[] = [];
    for (const r of facts.reviews) {
      const c = facts.cases.get(r.caseId);
      if (!c) continue;
      const steps = reviewSchedule({ ...r, origin: r.origin as 'application' | 'ex_officio', status: r.status as ReviewStatus }, { stage: c.stage as CaseStage, startedOn: c.startedOn }, rules, facts.calendar);
      for (const s of steps) {
        if (s.step === 'apply') continue;
        duties.push({
          key: `tolerance:${r.id}:${s.step}${s.step === 'decide_deferred' ? `:${s.due}` : ''}`,
          kind: 'tolerance_step',
          title: `${c.subjectName}容错认定：${s.label}`,
          owner: { type: 'role', role: 'discipline' },
          subjectPersonId: c.subjectPersonId ?? undefined,
          subjectDepartmentId: c.subjectDepartmentId ?? undefined,
          dueDate: s.due,
          since: s.from,
          caseKey: `tolerance:${r.id}`,
          doneDate: s.doneOn ?? undefined,
          dueSoonDays: rules.dueSoonDays,
          citation: s.citation,
          // The step is the article's; where only its period is a system default, the reasons say so.
          isDefaultRule: s.citation === null,
          dueIsDefault: s.isDefault,
          link: `/tolerance/reviews/${r.id}`,
          detail: {
            reasons: [
              `${s.from} 起 ${s.period}${s.isDefault ? '（规定未定期限，期限为系统默认）' : ''}${s.provisional ? '；截止日跨入节假日安排尚未录入的年份，暂按周末推算，录入后自动更正' : ''}`,
              `事由：${c.matter}`,
            ],
            reviewId: r.id,
            caseId: c.id,
            step: s.step,
          },
        });
      }
    }
    return duties;
  },
};
