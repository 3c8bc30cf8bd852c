import { addMonths, addYears, diffDays, minDate } from '../../../core/shared/dates';
import { chains, type Chain } from '../../../core/roster/tenure-chains';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import { incentivesPolicy } from '../policy';

/** A rotation due: which rules (same post, same department) and since when. */
export type RotationDetail = DutyDetail & { rules: string[]; since: string };

/** One tenure as the rotation rule sees it. */
export interface RotationTenure {
  personId: number;
  personName: string;
  postId: number;
  postTitle: string;
  rank: string;
  departmentId: number;
  departmentName: string;
  startDate: string;
  endDate: string | null;
}

export interface RotationFacts {
  tenures: RotationTenure[];
}

interface Reason {
  rule: 'post' | 'department';
  chain: Chain<RotationTenure>;
  due: string;
  /** The years that set the due date are a system default. */
  isDefault: boolean;
  text: string;
}

/**
 * 轮岗交流 (ahzaxy-2020 第8条): a department's leading cadre in the same post for N years, or a cadre in the same
 * department for M years, is in principle due for rotation. The organization department owes the rotation.
 * One duty per person and department; where both rules apply, the earlier due date counts. A duty is done when
 * every chain that made it due has ended (the cadre moved), and the move came within the warning window or later.
 */
export const rotationDeriver: Deriver<RotationFacts, RotationDetail> = {
  kind: 'rotation',
  label: '轮岗交流',
  derive(facts, policy: EffectivePolicy, asOf) {
    const postYears = policy.param(incentivesPolicy, 'incentives.rotation.post_years', asOf);
    const deptYearsRule = policy.param(incentivesPolicy, 'incentives.rotation.department_years', asOf);
    const deptYears = deptYearsRule.value;
    const postRanks = new Set(policy.value(incentivesPolicy, 'incentives.rotation.post_rule_ranks', asOf));
    const deptRanks = new Set(policy.value(incentivesPolicy, 'incentives.rotation.department_rule_ranks', asOf));
    const warningMonths = policy.value(incentivesPolicy, 'incentives.rotation.warning_months', asOf);
    const horizon = addMonths(asOf, policy.value(incentivesPolicy, 'incentives.rotation.horizon_months', asOf));
    const gap = policy.value(incentivesPolicy, 'incentives.rotation.continuity_gap_days', asOf);
    const lookbackStart = addMonths(asOf, -policy.value(incentivesPolicy, 'incentives.rotation.done_lookback_months', asOf));

    const byPersonDept = new Map<string, Reason[]>();
    // A duty cannot fall due before the rule that creates it was in force.
    const notBeforeRule = (d: string) => (d < postYears.since ? postYears.since : d);
    const add = (r: Reason) => {
      r.due = notBeforeRule(r.due);
      if (r.due > horizon) return;
      const ended = r.chain.end;
      // An ended chain matters only as a recent rotation that answered a duty already in view.
      if (ended !== null && (ended < lookbackStart || ended < addMonths(r.due, -warningMonths))) return;
      const k = `${r.chain.personId}:${r.chain.departmentId}`;
      byPersonDept.set(k, [...(byPersonDept.get(k) ?? []), r]);
    };
    for (const c of chains(facts.tenures.filter((t) => postRanks.has(t.rank)), (t) => String(t.postId), gap)) {
      add({ rule: 'post', chain: c, due: addYears(c.start, postYears.value), isDefault: postYears.source.isDefault, text: `自 ${c.start} 起任${c.last.departmentName}${c.last.postTitle}，同一职位满 ${postYears.value} 年` });
    }
    // Time in a department counts whatever the post, for a person whose (last) post there is a cadre post.
    for (const c of chains(facts.tenures, (t) => String(t.departmentId), gap).filter((c) => deptRanks.has(c.last.rank))) {
      add({ rule: 'department', chain: c, due: addYears(c.start, deptYears), isDefault: deptYearsRule.source.isDefault, text: `自 ${c.start} 起在${c.last.departmentName}工作，同一部门满 ${deptYears} 年` });
    }

    const duties: DerivedDuty<RotationDetail>[] = [];
    for (const all of byPersonDept.values()) {
      const current = all.filter((r) => r.chain.end === null);
      const rs = current.length ? current : all;
      const due = rs.map((r) => r.due).reduce(minDate);
      const doneDate = current.length ? undefined : rs.map((r) => r.chain.end as string).reduce((a, b) => (a > b ? a : b));
      const since = rs.map((r) => r.chain.start).reduce(minDate);
      const t = rs.map((r) => r.chain.last).reduce((a, b) => (a.startDate >= b.startDate ? a : b));
      duties.push({
        key: `rotation:${t.personId}:${t.departmentId}:${since}`,
        kind: 'rotation',
        title: `${t.personName}（${t.departmentName}${t.postTitle}）轮岗交流`,
        owner: { type: 'role', role: 'org' },
        subjectPersonId: t.personId,
        subjectDepartmentId: t.departmentId,
        dueDate: due,
        doneDate,
        dueSoonDays: diffDays(addMonths(due, -warningMonths), due),
        citation: postYears.source.citation,
        isDefaultRule: postYears.source.isDefault,
        dueIsDefault: rs.some((r) => r.due === due && r.isDefault),
        link: `/people/${t.personId}`,
        detail: { reasons: rs.map((r) => r.text), rules: rs.map((r) => r.rule), since },
      });
    }
    return duties.sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : a.key < b.key ? -1 : 1));
  },
};
