import { addDays, addYears } from '../../../core/shared/dates';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { holderRank, postChangeDue, recheckAfterPostChange } from '../rules/post-change';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import { dutyYears } from '../../../core/duties/years';
import type { HeldPost, SidelineFacts } from '../facts';
import { sidelinesPolicy } from '../policy';

/** A held sideline post a duty is about (term and year limits, post changes). */
export type SidelinePostDetail = DutyDetail & { sidelineId: number; verdict?: 'resign' | 'reapprove' };
/** A sideline's annual report of a year. */
export type SidelineReportDetail = DutyDetail & { sidelineId: number; year: number };
/** A payment to turn over, or a turn-over to confirm. */
export type SidelinePayDetail = DutyDetail & { payId: number };

/** Posts held are watched (scitc-2025 附件2 第十一条、第十四条、第十六条、第十八条): each rule is a deriver over the same facts. */

const what = (h: HeldPost) => `${h.org.name}${h.postTitle}`;
const link = (h: HeldPost) => `/sidelines/${h.id}`;

/**
 * 第十四条: a term ends (renew through a new application, or report non-renewal); a post without terms reaches ten years;
 * a term beyond the limit of terms is due from its start.
 */
export const sidelineTermDeriver: Deriver<SidelineFacts, SidelinePostDetail> = {
  kind: 'sideline_term',
  label: '兼职任期届满',
  derive(facts, policy: EffectivePolicy, asOf) {
    const maxTerms = policy.param(sidelinesPolicy, 'sidelines.max_terms_same_post', asOf);
    const maxYears = policy.param(sidelinesPolicy, 'sidelines.max_years_without_term', asOf);
    const warning = policy.value(sidelinesPolicy, 'sidelines.term_end_warning_days', asOf);
    const duties: DerivedDuty<SidelinePostDetail>[] = [];
    for (const h of facts.held) {
      // A term beyond the limit (a history imported at go-live, or an error of the past) shows at once: resign.
      if (h.hasTerms && h.status === 'active' && h.termNumber > maxTerms.value)
        duties.push({
          key: `sideline_term:${h.id}:over:${h.termNumber}`,
          kind: 'sideline_term',
          title: `兼职超过 ${maxTerms.value} 届（第 ${h.termNumber} 届）：${what(h)}`,
          owner: { type: 'person', personId: h.personId },
          ownerLabel: h.personName,
          subjectPersonId: h.personId,
          subjectDepartmentId: facts.departments.get(h.personId),
          dueDate: h.startDate,
          dueSoonDays: warning,
          citation: maxTerms.source.citation,
          isDefaultRule: false,
          dueIsDefault: false,
          link: link(h),
          detail: { reasons: [`自 ${h.startDate} 起任第 ${h.termNumber} 届，在同一职位兼职不得超过 ${maxTerms.value} 届，请辞去并报告`], sidelineId: h.id },
        });
      const due = h.hasTerms ? h.endDate : addYears(h.firstHeldSince, maxYears.value);
      if (!due) continue;
      const doneDate = h.status === 'active' ? undefined : (h.endReportedAt ?? h.endedOn ?? undefined);
      // Only what is in view: due within the warning window, or already met close to it.
      if (due > addDays(doneDate ?? asOf, warning)) continue;
      const renewal = facts.continuing.find((c) => c.sidelineId === h.id);
      const reasons = h.hasTerms
        ? [
            `第 ${h.termNumber} 届任期至 ${h.endDate}`,
            h.termNumber >= maxTerms.value ? `已任满 ${maxTerms.value} 届，不得续任：请向学院党委报告不续任并提供兼职单位说明材料` : '拟续任的须重新履行审批手续；不续任的须报告并提供兼职单位说明材料',
          ]
        : [`自 ${h.firstHeldSince} 起兼任，未实行任期制的兼职最长不得超过 ${maxYears.value} 年，请按期辞去`];
      if (renewal) reasons.push(`续任申请（编号 ${renewal.applicationId}）正在审批`);
      duties.push({
        key: `sideline_term:${h.id}:${due}`,
        kind: 'sideline_term',
        title: h.hasTerms ? `兼职任期届满（${due}）：${what(h)}` : `兼职满 ${maxYears.value} 年（${due}）：${what(h)}`,
        owner: { type: 'person', personId: h.personId },
        ownerLabel: h.personName,
        subjectPersonId: h.personId,
        subjectDepartmentId: facts.departments.get(h.personId),
        dueDate: due,
        doneDate,
        dueSoonDays: warning,
        citation: (h.hasTerms ? maxTerms : maxYears).source.citation,
        isDefaultRule: false,
        // A term ends on its own date; a post without terms reaches the pack's years.
        dueIsDefault: !h.hasTerms && maxYears.source.isDefault,
        link: link(h),
        detail: { reasons, sidelineId: h.id },
      });
    }
    return duties;
  },
};

/** 第十八条: a yearly report on each post held during the year, by the pack's date of the next year. */
export const sidelineReportDeriver: Deriver<SidelineFacts, SidelineReportDetail> = {
  kind: 'sideline_report',
  label: '兼职年度报告',
  derive(facts, policy: EffectivePolicy, asOf) {
    const dueDay = policy.param(sidelinesPolicy, 'sidelines.annual_report_due', asOf);
    const contents = policy.param(sidelinesPolicy, 'sidelines.annual_report_contents', asOf);
    const notice = policy.value(sidelinesPolicy, 'sidelines.annual_report_notice_days', asOf);
    const dueSoonDays = policy.value(sidelinesPolicy, 'sidelines.due_soon_days', asOf);
    // The report on a year is due the next year; a report due in a carry-over year is still owed (系统默认).
    const years = dutyYears(policy, 'sidelines', asOf);
    const duties: DerivedDuty<SidelineReportDetail>[] = [];
    for (const year of [years[0] - 1, ...years]) {
      const due = `${year + 1}-${dueDay.value}`;
      if (addDays(due, -notice) > asOf) continue;
      for (const h of facts.held) {
        const heldInYear = h.startDate <= `${year}-12-31` && (h.endedOn === null || h.endedOn >= `${year}-01-01`);
        if (!heldInYear) continue;
        const report = facts.reports.find((r) => r.sidelineId === h.id && r.year === year);
        duties.push({
          key: `sideline_report:${h.id}:${year}`,
          kind: 'sideline_report',
          title: `报告 ${year} 年度兼职情况：${what(h)}`,
          owner: { type: 'person', personId: h.personId },
          ownerLabel: h.personName,
          subjectPersonId: h.personId,
          subjectDepartmentId: facts.departments.get(h.personId),
          dueDate: due,
          doneDate: report?.submittedAt,
          dueSoonDays,
          citation: contents.source.citation,
          isDefaultRule: false,
          dueIsDefault: dueDay.source.isDefault,
          link: `${link(h)}?report=${year}`,
          detail: { reasons: ['如实报告兼职发挥作用情况、是否取酬、职务消费和报销有关工作费用情况，并提供兼职单位相关证明材料', `截止日 ${due}${dueDay.source.isDefault ? '（规定为“每年定期”，日期为系统默认）' : ''}`], sidelineId: h.id, year },
        });
      }
    }
    return duties;
  },
};

/** 第十一条: pay received is turned over in full to 财资处, which confirms receiving it. */
export const sidelinePayDeriver: Deriver<SidelineFacts, SidelinePayDetail> = {
  kind: 'sideline_pay',
  label: '兼职报酬上缴',
  derive(facts, policy: EffectivePolicy, asOf) {
    const rule = policy.param(sidelinesPolicy, 'sidelines.pay_allowed', asOf);
    const turnover = policy.param(sidelinesPolicy, 'sidelines.pay_turnover_days', asOf);
    const confirmDays = policy.param(sidelinesPolicy, 'sidelines.pay_confirm_days', asOf);
    const confirm = confirmDays.value;
    const dueSoonDays = policy.value(sidelinesPolicy, 'sidelines.due_soon_days', asOf);
    const duties: DerivedDuty<SidelinePayDetail>[] = [];
    for (const p of facts.pays) {
      const h = facts.held.find((x) => x.id === p.sidelineId);
      if (!h) continue;
      const base = { kind: 'sideline_pay', subjectPersonId: h.personId, subjectDepartmentId: facts.departments.get(h.personId), dueSoonDays, citation: rule.source.citation, isDefaultRule: false, link: link(h) };
      const dflt = turnover.source.isDefault ? '（期限为系统默认）' : '';
      duties.push({
        ...base,
        key: `sideline_pay:${p.id}:turnover`,
        title: `上缴兼职报酬 ${p.amount} 元：${what(h)}`,
        owner: { type: 'person', personId: h.personId },
        ownerLabel: h.personName,
        dueDate: addDays(p.receivedDate, turnover.value),
        dueIsDefault: turnover.source.isDefault,
        doneDate: p.turnedOverDate ?? undefined,
        detail: { reasons: [`${p.receivedDate} 收到，应在 ${turnover.value} 天内全额上缴学院财资处${dflt}`], payId: p.id },
      });
      if (p.turnedOverDate)
        duties.push({
          ...base,
          key: `sideline_pay:${p.id}:confirm`,
          title: `确认收到${h.personName}上缴的兼职报酬 ${p.amount} 元`,
          owner: { type: 'role', role: 'finance' },
          dueDate: addDays(p.turnedOverDate, confirm),
          dueIsDefault: confirmDays.source.isDefault,
          doneDate: p.confirmedAt ?? undefined,
          detail: { reasons: [`${p.turnedOverDate} 本人登记已上缴（${what(h)}），${confirm} 天内确认${confirmDays.source.isDefault ? '（期限为系统默认）' : ''}`], payId: p.id },
        });
    }
    return duties;
  },
};

/** 第十六条: after a change of the holder's own post, posts now forbidden are resigned within months; posts now approved higher up are approved again. */
export const sidelinePostChangeDeriver: Deriver<SidelineFacts, SidelinePostDetail> = {
  kind: 'sideline_post_change',
  label: '职务变动兼职处理',
  derive(facts, policy: EffectivePolicy, asOf) {
    const dueSoonDays = policy.value(sidelinesPolicy, 'sidelines.due_soon_days', asOf);
    const duties: DerivedDuty<SidelinePostDetail>[] = [];
    const byPerson = new Map<number, HeldPost[]>();
    for (const h of facts.held) if (h.status === 'active') byPerson.set(h.personId, [...(byPerson.get(h.personId) ?? []), h]);
    for (const [personId, posts] of byPerson) {
      const { rank, since } = holderRank(facts.tenures.get(personId) ?? [], asOf);
      const verdicts = recheckAfterPostChange(posts, rank, policy, asOf);
      for (const h of posts) {
        const v = verdicts.get(h.id);
        if (!v || (v.kind !== 'resign' && v.kind !== 'reapprove')) continue;
        const { from, due, months, isDefault } = postChangeDue(v.kind, since, h.registeredAt, policy, asOf);
        const pending = facts.continuing.find((c) => c.sidelineId === h.id);
        const reasons =
          v.kind === 'resign'
            ? [`${from} 职务变动，按新任职务的规定不得兼任：${v.findings.map((f) => f.message).join('；')}；应在 ${months} 个月内辞去${isDefault ? '（期限为系统默认）' : ''}`]
            : [`${from} 职务变动：${v.reason}；${months} 个月内办理${isDefault ? '（期限为系统默认）' : ''}`];
        if (pending) reasons.push(`重新审批申请（编号 ${pending.applicationId}）正在审批`);
        duties.push({
          key: `sideline_post_change:${h.id}:${v.kind}:${from}`,
          kind: 'sideline_post_change',
          title: v.kind === 'resign' ? `职务变动后辞去兼职：${what(h)}` : `职务变动后重新履行兼职审批：${what(h)}`,
          owner: { type: 'person', personId },
          ownerLabel: h.personName,
          subjectPersonId: personId,
          subjectDepartmentId: facts.departments.get(personId),
          dueDate: due,
          dueSoonDays,
          citation: v.article,
          isDefaultRule: false,
          dueIsDefault: isDefault,
          link: v.kind === 'resign' ? link(h) : `/sidelines/apply?continues=${h.id}`,
          detail: { reasons, sidelineId: h.id, verdict: v.kind },
        });
      }
    }
    return duties;
  },
};
