import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { toleranceRules } from '../rules/rules';
import { followupDates, petitionDeadlines, type PetitionOutcome } from '../rules/clearance';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import type { ToleranceFacts } from '../facts';

/** A follow-through duty: a correction measure's, or a follow-up visit or clearance (no measure). */
export type ToleranceFollowThroughDetail = DutyDetail & { measureId?: number };

/**
 * What follows a determination and a report (scitc-2025 附件3 第七条、第八条, xzcit-2018 第七条、第八条, ahzaxy-2020
 * 第12条、第13条): each corrective measure is a duty of its responsible person by its deadline; an exempted cadre is
 * visited at the pack's interval (xzcit 第八条（七）); an untrue report owes a clearance, a malicious one a referral.
 */
export const toleranceFollowThroughDeriver: Deriver<ToleranceFacts, ToleranceFollowThroughDetail> = {
  kind: 'tolerance_followthrough',
  label: '纠错与澄清',
  derive(facts, policy: EffectivePolicy, asOf) {
    const rules = toleranceRules(policy, asOf);
    const duties: DerivedDuty<ToleranceFollowThroughDetail>[] = [];
    for (const m of facts.measures) {
      const c = facts.cases.get(m.caseId);
      duties.push({
        key: `correction:${m.id}`,
        kind: 'tolerance_followthrough',
        title: `纠错：${VALUE_LABELS[m.kind] ?? m.kind}（${c?.subjectName ?? ''}）`,
        owner: { type: 'person', personId: m.responsiblePersonId },
        ownerLabel: m.responsibleName,
        subjectPersonId: c?.subjectPersonId ?? undefined,
        subjectDepartmentId: c?.subjectDepartmentId ?? undefined,
        dueDate: m.dueDate,
        doneDate: m.closedOn ?? undefined,
        dueSoonDays: rules.measureDueSoonDays,
        citation: rules.correctionCitation,
        isDefaultRule: false,
        dueIsDefault: false, // the deadline set with the measure
        link: '/tolerance?tab=corrections',
        detail: { reasons: [m.requirement, c ? `事由：${c.matter}` : ''].filter(Boolean), measureId: m.id },
      });
    }
    if (rules.followup) {
      const f = rules.followup;
      for (const r of facts.exempted) {
        const c = facts.cases.get(r.caseId);
        if (!r.decidedOn || !c) continue;
        const visits = facts.followups.filter((x) => x.reviewId === r.id).map((x) => x.on).sort();
        // The i-th check-in is met by the i-th visit recorded, whenever it happened.
        for (const [i, due] of followupDates(r.decidedOn, f.months, f.count).entries()) {
          const done = visits[i];
          duties.push({
            key: `tolerance_followup:${r.id}:${i + 1}`,
            kind: 'tolerance_followthrough',
            title: `跟踪回访免责干部：${c.subjectName}（第 ${i + 1} 次）`,
            owner: { type: 'role', role: 'org' },
            subjectPersonId: c.subjectPersonId ?? undefined,
            subjectDepartmentId: c.subjectDepartmentId ?? undefined,
            dueDate: due,
            doneDate: done,
            dueSoonDays: f.dueSoonDays,
            citation: f.citation,
            isDefaultRule: f.citation === null,
            dueIsDefault: f.isDefault,
            link: `/tolerance/reviews/${r.id}`,
            detail: { reasons: [`${r.decidedOn} 经认定免责，每 ${f.months} 个月回访一次，共 ${f.count} 次${f.isDefault ? '（间隔和次数为系统默认）' : ''}`, `事由：${c.matter}`] },
          });
        }
      }
    }
    for (const p of facts.petitions) {
      const o = p.outcome as PetitionOutcome;
      const { clearanceDue, referralDue } = petitionDeadlines({ outcome: o, concludedOn: p.concludedOn }, { clearance: rules.clearanceDays.days, referral: rules.referralDays.days }, facts.calendar);
      const duty = (key: string, title: string, dueDate: string, doneDate: string | null, citation: string | null, reason: string, dueIsDefault: boolean): DerivedDuty<ToleranceFollowThroughDetail> => ({
        key, kind: 'tolerance_followthrough', title, owner: { type: 'role', role: 'discipline' },
        subjectPersonId: p.reportedPersonId ?? undefined, subjectDepartmentId: p.reportedDepartmentId ?? undefined,
        dueDate, doneDate: doneDate ?? undefined, dueSoonDays: rules.dueSoonDays, citation, isDefaultRule: false, dueIsDefault, link: '/tolerance?tab=petitions', detail: { reasons: [reason] },
      });
      if (clearanceDue)
        duties.push(duty(
          `clearance:${p.id}`, `为${p.reportedName}澄清正名（反映问题${o === 'malicious' ? '系诬告' : o === 'mistaken' ? '系错告' : '失实'}）`, clearanceDue, p.clearedOn, rules.clearance.scopesCitation,
          `${p.concludedOn} 核查认定，${rules.clearanceDays.days} 个工作日内在一定范围内澄清${rules.clearanceDays.isDefault ? '（规定要求及时澄清，期限为系统默认）' : ''}`,
          rules.clearanceDays.isDefault,
        ));
      if (referralDue)
        duties.push(duty(
          `referral:${p.id}`, `移送查处诬告${p.reportedName}的行为`, referralDue, p.referredOn, rules.clearance.referralCitation,
          `${p.concludedOn} 认定为诬告，依纪依法查处${rules.referralDays.isDefault ? '（期限为系统默认）' : ''}`,
          rules.referralDays.isDefault,
        ));
    }
    return duties;
  },
};
