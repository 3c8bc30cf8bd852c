import type { EffectivePolicy } from '../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../core/policy/vocabulary';
import { addDays } from '../../core/shared/dates';
import { interviewRules, type InterviewRules } from './rules/rules';
import { quarterEnd, quarterOf, quarterStart, quartersBegun } from './rules/quarters';
import { ofKind, type DerivedDuty, type Deriver, type DutyOwner, type DutyDetail } from '../../core/duties/types';
import type { InterviewFacts } from './facts';
import { departmentPlanOwner, PLAN_OWNER_BASIS_LABELS, type PlanOwnerBasis } from './rules/plan-owner';
import { dutyYears, yearAsOf } from '../../core/duties/years';

/** A duty of one year (a campaign, a quarterly statistics report). */
export type InterviewYearDetail = DutyDetail & { year: number };
/** A department's quarterly plan: the year, and why its owner owes it (chief, deputy, party secretary, gap). */
export type InterviewPlanDetail = InterviewYearDetail & { ownerBasis: PlanOwnerBasis };
/** Narrows a duty to a campaign, and its detail to InterviewYearDetail. */
export const isInterviewCampaign = ofKind<InterviewYearDetail>('interview_campaign');

const discipline: DutyOwner = { type: 'role', role: 'discipline' };
const persons = (chiefs: { personId: number; name: string }[]): { owner: DutyOwner; ownerLabel: string } =>
  chiefs.length === 1
    ? { owner: { type: 'person', personId: chiefs[0].personId }, ownerLabel: chiefs[0].name }
    : { owner: { type: 'persons', personIds: chiefs.map((c) => c.personId) }, ownerLabel: chiefs.map((c) => c.name).join('、') };

/** The years whose yearly interview duties are derived (this year and the carry-over years), each with its rules. */
const years = (policy: EffectivePolicy, asOf: string) => dutyYears(policy, 'interviews', asOf).map((year) => ({ year, r: interviewRules(policy, yearAsOf(year, asOf)) }));

/**
 * Who acts for a department in its interview work (its plans, the interviews it organizes, its statistics): its chief,
 * or whom the pack's strategy names while the chief's post is vacant; the discipline office where nobody is in post.
 */
function departmentOwner(f: InterviewFacts, departmentId: number | null, r: InterviewRules): { owed: { owner: DutyOwner; ownerLabel?: string }; basis: PlanOwnerBasis } {
  const d = f.departments.find((x) => x.id === departmentId);
  const who = departmentPlanOwner(d?.officers ?? [], r.planOwnerStrategy.value, r.departmentSecretaryTitles);
  return { owed: who.basis === 'gap' ? { owner: discipline } : persons(who.persons), basis: who.basis };
}

/**
 * 四（三）: at least N centralized campaigns a year, each planned, approved by the leading group and carried out. The
 * i-th campaign due date (a pack default) is met by the i-th campaign of that year completed (approved, every
 * interview held). A year's campaigns not carried out stay overdue after 31 December (carry-over years).
 */
export const interviewCampaignDeriver: Deriver<InterviewFacts, InterviewYearDetail> = {
  kind: 'interview_campaign',
  label: '集中约谈',
  derive(f, policy: EffectivePolicy, asOf) {
    return years(policy, asOf).flatMap(({ year, r }) => {
      const done = f.campaigns.filter((c) => c.year === year && c.status === 'approved' && c.interviews > 0 && c.pending === 0 && c.lastHeld).map((c) => c.lastHeld!).sort();
      const dates = r.campaignDueDates.value;
      return Array.from({ length: r.campaignsPerYear.value }, (_, i): DerivedDuty<InterviewYearDetail> => ({
        key: `interview_campaign:${year}:${i + 1}`,
        kind: 'interview_campaign',
        title: `${year} 年第 ${i + 1} 次集中约谈`,
        owner: discipline,
        subjectDepartmentId: f.disciplineDepartmentId ?? undefined,
        dueDate: `${year}-${dates[i] ?? dates[dates.length - 1] ?? '12-31'}`,
        doneDate: done[i],
        dueSoonDays: r.campaignDueSoonDays,
        citation: r.campaignsPerYear.citation,
        isDefaultRule: false,
        dueIsDefault: r.campaignDueDates.isDefault,
        link: '/interviews?tab=plans',
        detail: {
          reasons: [
            `集中开展约谈原则上每年不少于 ${r.campaignsPerYear.value} 次：梳理问题线索、甄选对象、制定计划，报学校领导小组批准后组织实施`,
            `完成时间${r.campaignDueDates.isDefault ? '为系统默认（制度未规定）' : ''}；${year} 年已完成 ${done.length} 次`,
          ],
          year,
        },
      }));
    });
  },
};

/**
 * 四（三）: a campaign plan submitted to the leading group waits for its approval — a step of the secretary and the
 * president (the permission to approve, interview.approve, is theirs), within the pack's days from the submission (a
 * default: the regulation sets none). Someone the plan names does not approve it (回避).
 */
export const interviewPlanApprovalDeriver: Deriver<InterviewFacts> = {
  kind: 'interview_plan_approval',
  label: '集中约谈计划审批',
  derive(f, policy: EffectivePolicy, asOf) {
    const r = interviewRules(policy, asOf);
    return f.campaigns
      .filter((c) => c.status === 'submitted' && c.submittedOn)
      .map((c): DerivedDuty => ({
        key: `interview_plan_approval:${c.id}:${c.submittedOn}`,
        kind: 'interview_plan_approval',
        title: `审批集中约谈计划：${c.title}`,
        owner: { type: 'role', role: 'principal' },
        subjectDepartmentId: f.disciplineDepartmentId ?? undefined,
        parties: c.named,
        dueDate: addDays(c.submittedOn!, r.planApprovalDays.value),
        since: c.submittedOn!,
        dueSoonDays: r.holdDueSoonDays,
        citation: r.campaignsPerYear.citation,
        isDefaultRule: false,
        dueIsDefault: r.planApprovalDays.isDefault,
        link: `/interviews/plans/${c.id}`,
        detail: { reasons: [`纪检监察室 ${c.submittedOn} 报学校领导小组审批，计划约谈 ${c.interviews} 次；批准后方可实施`, `${r.planApprovalDays.value} 天内审批${r.planApprovalDays.isDefault ? '（期限为系统默认）' : ''}`] },
      }));
  },
};

/**
 * 四（三）: each department files its interview plan with the discipline office every quarter. Its chief owes it; where
 * the chief's post is vacant the pack's strategy names who does (`interviews.department_plan_owner_strategy`): the
 * deputies in post, else the department's Party secretary, else the discipline office, to fill the gap (四（二）4).
 */
export const interviewPlanDeriver: Deriver<InterviewFacts, InterviewPlanDetail> = {
  kind: 'interview_plan',
  label: '部门季度约谈计划',
  derive(f, policy: EffectivePolicy, asOf) {
    const duties: DerivedDuty<InterviewPlanDetail>[] = [];
    for (const { year, r } of years(policy, asOf)) {
      const strategy = r.planOwnerStrategy;
      for (const d of f.departments) {
        const { owed, basis } = departmentOwner(f, d.id, r);
        const gap = basis === 'gap';
        const why = basis === 'chief' ? [] : [`${PLAN_OWNER_BASIS_LABELS[basis]}（${VALUE_LABELS[strategy.value] ?? strategy.value}${strategy.isDefault ? '，制度未规定，系统默认' : ''}）`];
        for (const q of quartersBegun(year, asOf)) {
          const filed = f.deptPlans.find((p) => p.departmentId === d.id && p.year === year && p.quarter === q && p.filedOn);
          duties.push({
            key: `interview_plan:${d.id}:${year}Q${q}`,
            kind: 'interview_plan',
            title: gap
              ? `${d.name}负责人空缺：落实 ${year} 年第 ${q} 季度约谈计划报备`
              : `${d.name} ${year} 年第 ${q} 季度约谈计划报纪检监察室备案`,
            ...owed,
            subjectDepartmentId: d.id,
            dueDate: addDays(quarterStart(year, q), r.planFilingDueDays.value - 1),
            doneDate: filed?.filedOn ?? undefined,
            dueSoonDays: r.planDueSoonDays,
            citation: r.planCitation,
            isDefaultRule: false,
            dueIsDefault: r.planFilingDueDays.isDefault,
            link: '/interviews?tab=plans',
            detail: {
              reasons: [`各部门约谈计划按季度送纪检监察室备案；季度开始后 ${r.planFilingDueDays.value} 天内${r.planFilingDueDays.isDefault ? '（期限为系统默认）' : ''}`, ...why],
              ownerBasis: basis,
              year,
            },
          });
        }
      }
    }
    return duties;
  },
};

/**
 * 五（二）（三）: interviews in a plan are carried out by their organizer; after the interview each interviewee hands in
 * the material its kind requires. Interviews other areas ask for (a tolerance corrective measure) are owed too.
 */
export const interviewWorkDeriver: Deriver<InterviewFacts> = {
  kind: 'interview_work',
  label: '约谈实施与材料',
  derive(f, policy: EffectivePolicy, asOf) {
    const r = interviewRules(policy, asOf);
    const duties: DerivedDuty[] = [];
    for (const iv of f.interviews) {
      const names = iv.targets.map((t) => t.name).join('、');
      const kind = VALUE_LABELS[iv.kind] ?? iv.kind;
      if (iv.status === 'planned') {
        const organizer = iv.organizerKind === 'department' ? departmentOwner(f, iv.organizerDepartmentId, r).owed : { owner: { type: 'role', role: iv.organizerKind } as DutyOwner };
        duties.push({
          key: `interview_hold:${iv.id}`,
          kind: 'interview_work',
          title: `实施${kind}：${names}（主谈人 ${iv.leadName}）`,
          ...organizer,
          subjectPersonId: iv.targets.length === 1 ? iv.targets[0].personId : undefined,
          subjectDepartmentId: iv.targets[0]?.departmentId ?? undefined,
          dueDate: iv.scheduledOn,
          dueSoonDays: r.holdDueSoonDays,
          citation: r.organizerCitation,
          isDefaultRule: false,
          dueIsDefault: false, // the date the plan set
          link: `/interviews/${iv.id}`,
          detail: { reasons: [`约谈事由：${iv.topic}`, iv.planKind === 'campaign' && iv.planStatus !== 'approved' ? '所在集中约谈计划尚未经领导小组批准' : '按计划时间组织实施，做好约谈记录'] },
        });
      }
      if (iv.heldOn)
        for (const t of iv.targets) {
          if (t.waivedReason) continue;
          duties.push({
            key: `interview_material:${t.id}`,
            kind: 'interview_work',
            title: `提交${VALUE_LABELS[t.material] ?? t.material}（${kind}，${iv.heldOn}）`,
            owner: { type: 'person', personId: t.personId },
            ownerLabel: t.name,
            subjectPersonId: t.personId,
            subjectDepartmentId: t.departmentId ?? undefined,
            dueDate: addDays(iv.heldOn, r.materialDueDays.value),
            since: iv.heldOn,
            doneDate: t.materialOn ?? undefined,
            dueSoonDays: r.materialDueSoonDays,
            citation: r.materials.citation,
            isDefaultRule: false,
            dueIsDefault: r.materialDueDays.isDefault,
            link: `/interviews/${iv.id}`,
            detail: { reasons: [`${kind}后应写出${VALUE_LABELS[t.material] ?? t.material}`, `约谈后 ${r.materialDueDays.value} 天内提交${r.materialDueDays.isDefault ? '（期限为系统默认）' : ''}`] },
          });
        }
    }
    for (const q of f.requests) {
      const wanted = q.interviewKind === 'written_inquiry' ? 'written_inquiry' : q.interviewKind;
      const met = f.met.filter((m) => m.personId === q.personId && m.on >= q.on && (m.kind === wanted || (wanted !== 'written_inquiry' && m.kind !== 'written_inquiry'))).map((m) => m.on).sort()[0];
      duties.push({
        key: `interview_request:${q.id}`,
        kind: 'interview_work',
        title: `${wanted === 'written_inquiry' ? '谈话函询' : (VALUE_LABELS[wanted] ?? '约谈')}：${q.personName}（容错纠错的纠错措施）`,
        owner: discipline,
        subjectPersonId: q.personId,
        subjectDepartmentId: q.departmentId ?? f.disciplineDepartmentId ?? undefined,
        dueDate: q.dueDate ?? addDays(q.on, r.eventInterviewDays.value),
        doneDate: met,
        dueSoonDays: r.holdDueSoonDays,
        citation: r.organizerCitation,
        isDefaultRule: false,
        dueIsDefault: !q.dueDate && r.eventInterviewDays.isDefault,
        link: '/interviews?tab=suggestions',
        detail: { reasons: [`纠错要求：${q.requirement}`, q.dueDate ? `纠错措施的完成期限 ${q.dueDate}` : `${r.eventInterviewDays.value} 天内安排（系统默认）`] },
      });
    }
    return duties;
  },
};

/** 谈话函询: the reply is due in working days from the letter (a pack default). */
export const writtenInquiryDeriver: Deriver<InterviewFacts> = {
  kind: 'written_inquiry',
  label: '谈话函询答复',
  derive(f, policy: EffectivePolicy, asOf) {
    const r = interviewRules(policy, asOf);
    return f.inquiries.map((w): DerivedDuty => ({
      key: `written_inquiry:${w.id}`,
      kind: 'written_inquiry',
      title: `答复谈话函询（${w.sentOn} 发函）`,
      owner: { type: 'person', personId: w.targetPersonId },
      ownerLabel: w.targetName,
      subjectPersonId: w.targetPersonId,
      subjectDepartmentId: w.departmentId ?? undefined,
      dueDate: w.replyDue,
      since: w.sentOn,
      doneDate: w.replyOn ?? undefined,
      dueSoonDays: r.holdDueSoonDays,
      citation: r.planCitation,
      isDefaultRule: false,
      // The reply date was computed from the pack's working days when the letter was sent.
      dueIsDefault: r.inquiryReplyWorkingDays.isDefault,
      link: '/interviews?tab=inquiries',
      detail: {
        reasons: [`自发函之日起 ${r.inquiryReplyWorkingDays.value} 个工作日内书面答复${r.inquiryReplyWorkingDays.isDefault ? '（期限为系统默认，参照监督执纪工作规则）' : ''}${w.replyDueProvisional ? '；跨入尚未公布节假日安排的年份，暂按周末推算' : ''}`],
      },
    }));
  },
};

/** 六（一）: departments report their interview statistics to the discipline office after their interviews, each quarter. */
export const interviewStatisticsDeriver: Deriver<InterviewFacts, InterviewYearDetail> = {
  kind: 'interview_statistics',
  label: '约谈情况统计表报送',
  derive(f, policy: EffectivePolicy, asOf) {
    return years(policy, asOf).flatMap(({ year, r }) => {
      const owed = new Map<string, { departmentId: number; quarter: number; count: number }>();
      for (const iv of f.interviews) {
        if (iv.organizerKind !== 'department' || !iv.organizerDepartmentId || !iv.heldOn || !iv.heldOn.startsWith(String(year))) continue;
        const quarter = quarterOf(iv.heldOn);
        const k = `${iv.organizerDepartmentId}:${quarter}`;
        const cur = owed.get(k) ?? { departmentId: iv.organizerDepartmentId, quarter, count: 0 };
        cur.count += iv.targets.length;
        owed.set(k, cur);
      }
      return [...owed.values()].map(({ departmentId, quarter, count }): DerivedDuty<InterviewYearDetail> => {
        const d = f.departments.find((x) => x.id === departmentId);
        const report = f.statistics.find((s) => s.departmentId === departmentId && s.year === year && s.quarter === quarter);
        return {
          key: `interview_statistics:${departmentId}:${year}Q${quarter}`,
          kind: 'interview_statistics',
          title: `${d?.name ?? ''} ${year} 年第 ${quarter} 季度《党员干部约谈情况统计表》报纪检监察室`,
          ...departmentOwner(f, departmentId, r).owed,
          subjectDepartmentId: departmentId,
          dueDate: addDays(quarterEnd(year, quarter), r.statisticsReportDays.value),
          doneDate: report?.reportedOn,
          dueSoonDays: r.planDueSoonDays,
          citation: r.statisticsCitation,
          isDefaultRule: false,
          dueIsDefault: r.statisticsReportDays.isDefault,
          link: '/interviews?tab=statistics',
          detail: { reasons: [`本季度本部门组织约谈 ${count} 人次，约谈后及时报送统计表`, `季度结束后 ${r.statisticsReportDays.value} 天内${r.statisticsReportDays.isDefault ? '（期限为系统默认）' : ''}`], year },
        };
      });
    });
  },
};
