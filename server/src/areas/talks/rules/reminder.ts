import type { Duty } from '../../../core/duties/types';
import { isTalkQuota } from '../duties/talk-quota';

/**
 * The reminder of 第十一条 (scitc-2025 附件1: 对谈心谈话开展不到位的干部要及时提醒): for each talker, the people they
 * still owe this year's talks with, by relationship. Pure.
 */

/** The relationships of 第六条/第八条 as a talker reads them in a reminder. */
export const OWED_RELATION_LABELS: Record<string, string> = {
  principal_leadership: '班子成员',
  leader_middle: '分管（联系）部门的中层干部',
  middle_staff: '本部门职工',
};
const RELATION_ORDER = Object.keys(OWED_RELATION_LABELS);

export interface OwedTalk {
  relation: string;
  subjectPersonId: number;
  name: string;
  required: number;
  held: number;
}

/** Each talker's unfinished talk quotas (第八条): a department's staff are owed by each of its middle cadres. */
export function owedByTalker(duties: readonly Duty[], nameOf: (personId: number) => string): Map<number, OwedTalk[]> {
  const out = new Map<number, OwedTalk[]>();
  for (const d of duties) {
    if (!isTalkQuota(d) || d.detail.required === undefined || d.status === 'done' || d.status === 'waived' || d.subjectPersonId === undefined) continue;
    const talkers = d.owner.type === 'person' ? [d.owner.personId] : d.owner.type === 'persons' ? d.owner.personIds : [];
    const owed: OwedTalk = { relation: d.detail.relation, subjectPersonId: d.subjectPersonId, name: nameOf(d.subjectPersonId), required: d.detail.required, held: d.detail.held };
    for (const t of talkers) out.set(t, [...(out.get(t) ?? []), owed]);
  }
  return out;
}

/** The one notice a talker gets, and the line the organization department's record keeps of it. */
export function composeTalkReminder(year: number, owed: readonly OwedTalk[], citation: string | null): { title: string; body: string; note: string } {
  const groups = RELATION_ORDER.concat([...new Set(owed.map((o) => o.relation))].filter((r) => !RELATION_ORDER.includes(r)))
    .map((r) => ({ r, list: owed.filter((o) => o.relation === r) }))
    .filter((g) => g.list.length > 0);
  const who = (o: OwedTalk) => (o.required > 1 ? `${o.name}（应谈 ${o.required} 次，已谈 ${o.held} 次）` : o.name);
  const lines = groups.map((g) => `${OWED_RELATION_LABELS[g.r] ?? g.r}（${g.list.length} 人）：${g.list.map(who).join('、')}`);
  return {
    title: `谈心谈话提醒：${year} 年尚有 ${owed.length} 人未谈`,
    body: [`党委组织部提醒：您 ${year} 年还未完成与以下人员的谈心谈话，请在年底前完成并做好记录。`, ...lines, citation ? `依据：${citation}。` : ''].filter(Boolean).join('\n'),
    note: `一键提醒：尚未完成与 ${owed.length} 人的谈心谈话——${lines.join('；')}`,
  };
}
