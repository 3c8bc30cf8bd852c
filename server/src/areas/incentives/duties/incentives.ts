import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { addDays } from '../../../core/shared/dates';
import { trainingRules, yearProgress } from '../rules/training';
import { proposalAfterVerification, type InactionStatus } from '../rules/inaction';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import type { IncentiveFacts } from '../facts/incentives';
import { dutyYears, yearAsOf } from '../../../core/duties/years';
import { incentivesPolicy } from '../policy';

/** A year's training hours. */
export type TrainingHoursDetail = DutyDetail & { year: number };

/**
 * ahzaxy-2020 第9条: each cadre's training hours in a year against the pack's requirement for their rank (at the year's
 * end). A year's shortfall stays overdue after 31 December, through the carry-over years (incentives.carry_over_years).
 */
export const trainingHoursDeriver: Deriver<IncentiveFacts, TrainingHoursDetail> = {
  kind: 'training_hours',
  label: '年度培训学时',
  derive(f, policy: EffectivePolicy, asOf) {
    const past = new Map((f.pastYears ?? []).map((p) => [p.year, p.people]));
    return dutyYears(policy, 'incentives', asOf)
      .filter((y) => y === f.year || past.has(y))
      .flatMap((y) => trainingDuties(y, y === f.year ? f.people : past.get(y)!, f, policy, yearAsOf(y, asOf)));
  },
};

function trainingDuties(year: number, people: IncentiveFacts['people'], f: IncentiveFacts, policy: EffectivePolicy, asOf: string): DerivedDuty<TrainingHoursDetail>[] {
  if (!policy.maybeParam(incentivesPolicy, 'incentives.training.annual_hours', asOf)) return []; // not yet in force that year
  const r = trainingRules(policy, asOf);
  const byPerson = new Map<number, { endDate: string; hours: number }[]>();
  for (const t of f.training) if (t.endDate.startsWith(String(year))) byPerson.set(t.personId, [...(byPerson.get(t.personId) ?? []), t]);
  return people
    .filter((p) => r.annualHours[p.rank] !== undefined)
    .map((p): DerivedDuty<TrainingHoursDetail> => {
      const prog = yearProgress(r.annualHours[p.rank], byPerson.get(p.personId) ?? []);
      return {
        key: `training_hours:${year}:${p.personId}`,
        kind: 'training_hours',
        title: `${year} 年度培训学时达到 ${prog.required}（已完成 ${prog.total}）`,
        owner: { type: 'person', personId: p.personId },
        ownerLabel: p.name,
        subjectPersonId: p.personId,
        subjectDepartmentId: p.departmentId,
        dueDate: `${year}-12-31`,
        doneDate: prog.metOn ?? undefined,
        dueSoonDays: r.dueSoonDays,
        citation: r.kindsCitation,
        isDefaultRule: r.hoursIsDefault,
        // The yearly requirement is the hours value: a default requirement is a default period.
        dueIsDefault: r.hoursIsDefault,
        link: `/people/${p.personId}`,
        detail: { reasons: [`按职级每年应参加培训 ${prog.required} 学时${r.hoursIsDefault ? '（学时要求为系统默认）' : ''}，${year} 年已登记 ${prog.total} 学时`], year },
      };
    });
}

/** ahzaxy-2020 第10条: a registered hardship or misfortune is visited within the pack's days. */
export const careVisitDeriver: Deriver<IncentiveFacts> = {
  kind: 'care_visit',
  label: '走访慰问',
  derive(f, policy: EffectivePolicy, asOf) {
    const days = policy.param(incentivesPolicy, 'incentives.care.visit_days', asOf);
    const situations = policy.param(incentivesPolicy, 'incentives.care.situations', asOf);
    const dueSoon = policy.value(incentivesPolicy, 'incentives.care.due_soon_days', asOf);
    return f.care
      .filter((c) => c.firstVisit || c.status === 'open')
      .map((c): DerivedDuty => ({
        key: `care_visit:${c.id}`,
        kind: 'care_visit',
        title: `走访慰问${c.name}（${VALUE_LABELS[c.situation] ?? c.situation}）`,
        owner: { type: 'role', role: 'org' },
        subjectPersonId: c.personId,
        subjectDepartmentId: c.departmentId ?? undefined,
        dueDate: addDays(c.registeredOn, days.value),
        doneDate: c.firstVisit ?? undefined,
        dueSoonDays: dueSoon,
        citation: situations.source.citation,
        isDefaultRule: false,
        dueIsDefault: days.source.isDefault,
        link: '/incentives?tab=care',
        detail: { reasons: [`${c.registeredOn} 登记，遇到家庭生活困难或重大变故的，及时走访慰问、帮扶救助；${days.value} 天内${days.source.isDefault ? '（期限为系统默认）' : ''}`] },
      }));
  },
};

/**
 * ahzaxy-2020 第14条: a reminder's (or admonition's) deadline is checked; a verification finding the matter not corrected
 * calls on the organization department to propose an adjustment (调离岗位、改任非领导职务、免职、降职) within the pack's
 * days, done when the proposal is recorded; a proposed adjustment is decided collectively (pack default days).
 */
export const inactionDeriver: Deriver<IncentiveFacts> = {
  kind: 'inaction_followup',
  label: '为官不为处置',
  derive(f, policy: EffectivePolicy, asOf) {
    const signals = policy.param(incentivesPolicy, 'incentives.inaction.signals', asOf);
    const adjustments = policy.param(incentivesPolicy, 'incentives.inaction.adjustments', asOf);
    const days = policy.param(incentivesPolicy, 'incentives.inaction.decision_days', asOf);
    const proposalDays = policy.param(incentivesPolicy, 'incentives.inaction.proposal_days', asOf);
    const dueSoon = policy.value(incentivesPolicy, 'incentives.inaction.due_soon_days', asOf);
    const base = (c: IncentiveFacts['inaction'][number]) => ({
      kind: 'inaction_followup',
      owner: { type: 'role' as const, role: 'org' },
      subjectPersonId: c.personId,
      subjectDepartmentId: c.departmentId ?? undefined,
      dueSoonDays: dueSoon,
      link: '/incentives?tab=inaction',
    });
    const out: DerivedDuty[] = [];
    for (const c of f.inaction) {
      const proposal = proposalAfterVerification(c.status as InactionStatus, c.steps);
      if (proposal) {
        const ways = adjustments.value.map((a) => VALUE_LABELS[a] ?? a).join('、');
        out.push({
          ...base(c),
          key: `inaction_proposal:${c.id}:${proposal.verifiedOn}`,
          title: `对${c.name}提出组织调整建议（${ways}）`,
          dueDate: addDays(proposal.verifiedOn, proposalDays.value),
          doneDate: proposal.proposedOn ?? undefined,
          citation: adjustments.source.citation,
          isDefaultRule: false,
          dueIsDefault: proposalDays.source.isDefault,
          detail: { reasons: [`${proposal.verifiedOn} 核查未改正；经教育提醒、诫勉处理没有改正的，采取${ways}等方式进行组织处理，${proposalDays.value} 天内提出建议${proposalDays.source.isDefault ? '（期限为系统默认）' : ''}`] },
        });
      }
      if (c.status !== 'reminded' && c.status !== 'admonished' && c.status !== 'proposed') continue;
      const proposed = c.status === 'proposed';
      out.push({
        ...base(c),
        key: `inaction:${c.id}:${c.status}`,
        title: proposed ? `集体研究对${c.name}的组织调整建议` : `核查${c.name}不作为问题的整改情况`,
        dueDate: proposed ? addDays(c.proposedOn!, days.value) : c.deadline!,
        citation: signals.source.citation,
        isDefaultRule: false,
        // A reminder's deadline is set with it; a proposal is decided within the pack's days.
        dueIsDefault: proposed && days.source.isDefault,
        detail: { reasons: [proposed ? `提出建议后 ${days.value} 天内集体研究决定${days.source.isDefault ? '（期限为系统默认）' : ''}` : `整改期限 ${c.deadline}，到期核查是否改正；经提醒、诫勉仍未改正的，进行组织调整`] },
      });
    }
    return out;
  },
};
