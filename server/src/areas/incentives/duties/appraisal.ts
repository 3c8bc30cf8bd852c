import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { appraisalRules } from '../rules/appraisal';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import type { AppraisalFacts } from '../facts/appraisal';
import { incentivesPolicy } from '../policy';

/** A duty report of an appraisal year. */
export type DutyReportDetail = DutyDetail & { year: number };

/** ahzaxy-2020 第6条: in the annual appraisal, middle cadres report on their year's work and integrity (述职述廉). */
export const dutyReportDeriver: Deriver<AppraisalFacts, DutyReportDetail> = {
  kind: 'appraisal_duty_report',
  label: '述职述廉',
  derive(f, policy: EffectivePolicy, asOf) {
    const r = appraisalRules(policy, asOf);
    const dueDay = policy.param(incentivesPolicy, 'incentives.appraisal.duty_report_due', asOf);
    return f.cycles.flatMap((c) =>
      f.reporters
        .map((p): DerivedDuty<DutyReportDetail> | null => {
          const done = f.reports.find((x) => x.cycleId === c.id && x.personId === p.personId);
          if (c.status !== 'open' && !done) return null;
          return {
            key: `duty_report:${c.id}:${p.personId}`,
            kind: 'appraisal_duty_report',
            title: `提交 ${c.year} 年度述职述廉报告`,
            owner: { type: 'person', personId: p.personId },
            ownerLabel: p.name,
            subjectPersonId: p.personId,
            subjectDepartmentId: p.departmentId,
            dueDate: c.dutyReportDue,
            doneDate: done?.submittedOn,
            dueSoonDays: r.dueSoonDays,
            citation: r.dutyReportCitation,
            isDefaultRule: false,
            // The cycle's date: the organization department's, or (when it left it blank) the pack's default day.
            dueIsDefault: dueDay.source.isDefault && c.dutyReportDue === `${c.year}-${dueDay.value}`,
            link: '/incentives?tab=report',
            detail: { reasons: ['学院年度考核，组织中层领导干部集中述职述廉，报告全年工作情况'], year: c.year },
          };
        })
        .filter((d): d is DerivedDuty<DutyReportDetail> => d !== null),
    );
  },
};
