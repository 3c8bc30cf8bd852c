import { addDays, diffDays } from '../../../core/shared/dates';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import type { DerivedDuty, Deriver } from '../../../core/duties/types';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { TalkFacts } from './talk-quota';
import { talksPolicy } from '../policy';

/**
 * Occasions that call for a talk (scitc-2025 附件1 第五条（二）: 职务发生变动和退休时; ahzaxy-2020 第10条: 提拔任职、
 * 轮岗交流、免职退休): a new cadre post → an appointment talk, a removal → a removal talk, a retirement → a retirement
 * talk, each owed by the subject's responsible talker (第六条) within a pack period. A talk of that kind with the
 * subject held from shortly before the occasion (任前谈话) counts.
 */
export const talkOccasionDeriver: Deriver<TalkFacts> = {
  kind: 'talk_occasion',
  label: '时点谈话',
  derive(facts, policy: EffectivePolicy, asOf) {
    const kinds = policy.param(talksPolicy, 'talks.occasion_kinds', asOf);
    const response = policy.param(talksPolicy, 'talks.occasion_response_days', asOf);
    const days = response.value;
    const early = policy.value(talksPolicy, 'talks.occasion_early_days', asOf);
    const lookback = policy.value(talksPolicy, 'talks.occasion_lookback_days', asOf);
    const ranks = new Set(policy.value(talksPolicy, 'talks.occasion_ranks', asOf));
    const dueSoonDays = policy.value(talksPolicy, 'talks.due_soon_days', asOf);
    const resp = new Map(facts.responsibilities.map((r) => [r.subjectId, r]));
    const duties: DerivedDuty[] = [];
    for (const o of facts.occasions) {
      if (!kinds.value.includes(o.kind) || !ranks.has(o.rank)) continue;
      if (diffDays(o.date, asOf) > lookback || o.date > asOf) continue;
      const name = facts.names.get(o.personId) ?? `人员${o.personId}`;
      const held = facts.talks
        .filter((t) => t.subjectIds.includes(o.personId) && t.kind === o.kind && t.talkDate >= addDays(o.date, -early))
        .sort((a, b) => (a.talkDate < b.talkDate ? -1 : 1));
      // Who talks: the person's responsible talker now; for someone who left or retired, the organization department.
      const r = resp.get(o.personId);
      const owner = r && r.talkerIds.length ? { type: 'persons' as const, personIds: r.talkerIds } : { type: 'role' as const, role: 'org' };
      duties.push({
        key: `talk_occasion:${o.kind}:${o.personId}:${o.date}`,
        kind: 'talk_occasion',
        title: `与${name}${VALUE_LABELS[o.kind]}（${o.departmentName}${o.postTitle}，${o.date}）`,
        owner,
        ownerLabel: owner.type === 'persons' ? owner.personIds.map((id) => facts.names.get(id) ?? '').join('、') : undefined,
        subjectPersonId: o.personId,
        subjectDepartmentId: o.departmentId,
        dueDate: addDays(o.date, days),
        doneDate: held[0]?.talkDate,
        dueSoonDays,
        citation: kinds.source.citation,
        isDefaultRule: kinds.source.isDefault,
        dueIsDefault: response.source.isDefault,
        link: `/talks/new?subject=${o.personId}&kind=${o.kind}&occasion=post_change`,
        detail: { reasons: [`${o.date} ${o.kind === 'appointment' ? '任' : o.kind === 'removal' ? '免去' : '退休，原任'}${o.departmentName}${o.postTitle}，应在 ${days} 天内谈话${response.source.isDefault ? '（规定为“及时”，期限为系统默认）' : ''}`] },
      });
    }
    return duties;
  },
};
