import { addDays } from '../../../core/shared/dates';
import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import type { DerivedDuty, Deriver, DutyDetail } from '../../../core/duties/types';
import { between } from '../rules/responsibility';
import type { TalkFacts } from './talk-quota';
import { talksPolicy } from '../policy';

/** A talk an occasion calls for: the occasion it answers. */
export type TalkSituationDetail = DutyDetail & { occasionId: number };

/** A 第五条 occasion registered as a fact (see the talk_occasion table). */
export interface RegisteredOccasion {
  id: number;
  kind: string;
  subjectPersonId: number | null;
  occasionDate: string;
  note: string;
}

/**
 * 第五条 situations that call for a talk (scitc-2025 附件1 第五条（一）（三）—（八）): each registered occasion becomes a
 * duty of the subject's responsible talker (第六条), due within the pack's response period; a 民主生活会 becomes a
 * talk duty for each principal with each other leadership member, due by the meeting date. A held talk with the
 * subject on or after the occasion (for a 民主生活会: within the window before it) meets the duty.
 */
export const talkSituationDeriver: Deriver<TalkFacts, TalkSituationDetail> = {
  kind: 'talk_situation',
  label: '情形谈话',
  derive(facts, policy: EffectivePolicy, asOf) {
    const clauses = policy.param(talksPolicy, 'talks.registered_occasions', asOf);
    const response = policy.param(talksPolicy, 'talks.occasion_response_days', asOf);
    const days = response.value;
    const windowDays = policy.value(talksPolicy, 'talks.life_meeting_window_days', asOf);
    const dueSoonDays = policy.value(talksPolicy, 'talks.due_soon_days', asOf);
    const resp = facts.responsibilities;
    const byId = new Map(resp.map((r) => [r.subjectId, r]));
    const name = (id: number) => facts.names.get(id) ?? `人员${id}`;
    const sorted = [...facts.talks].sort((a, b) => (a.talkDate < b.talkDate ? -1 : 1));
    const duties: DerivedDuty<TalkSituationDetail>[] = [];
    for (const o of facts.registered) {
      const clause = clauses.value[o.kind];
      if (!clause) continue;
      const citation = clauses.source.citation ? `${clauses.source.citation}${clause}` : null;
      const label = VALUE_LABELS[o.kind] ?? o.kind;
      if (o.kind === 'life_meeting') {
        const principals = resp.filter((r) => r.subject.rank === 'principal').map((r) => r.subjectId);
        const seen = new Set<string>();
        for (const r of resp.filter((x) => x.kind === 'principal_leadership')) {
          for (const p of principals) {
            if (p === r.subjectId) continue;
            const pair = [p, r.subjectId].sort((a, b) => a - b).join('-');
            if (seen.has(pair)) continue;
            seen.add(pair);
            const held = sorted.find((t) => between(t, p, r.subjectId) && t.talkDate <= o.occasionDate && t.talkDate >= addDays(o.occasionDate, -windowDays));
            duties.push({
              key: `talk_situation:${o.id}:${pair}`,
              kind: 'talk_situation',
              title: `${o.occasionDate} 民主生活会前：${name(p)}与${name(r.subjectId)}谈心谈话`,
              owner: { type: 'person', personId: p },
              ownerLabel: name(p),
              subjectPersonId: r.subjectId,
              subjectDepartmentId: r.subject.departmentId,
              dueDate: o.occasionDate,
              doneDate: held?.talkDate,
              dueSoonDays,
              citation,
              isDefaultRule: false,
              dueIsDefault: false, // due by the meeting itself
              link: `/talks/new?subject=${r.subjectId}&talker=${p}&kind=routine&occasion=before_life_meeting`,
              detail: { reasons: [o.note], occasionId: o.id },
            });
          }
        }
        continue;
      }
      if (o.subjectPersonId === null) continue;
      const r = byId.get(o.subjectPersonId);
      const held = sorted.find((t) => t.subjectIds.includes(o.subjectPersonId!) && t.talkDate >= o.occasionDate);
      const owner = r && r.talkerIds.length ? { type: 'persons' as const, personIds: r.talkerIds } : { type: 'role' as const, role: 'org' };
      const kind = o.kind === 'deviation' || o.kind === 'tendency' || o.kind === 'team_conflict' ? 'reminder_talk' : 'routine';
      duties.push({
        key: `talk_situation:${o.id}`,
        kind: 'talk_situation',
        title: `与${name(o.subjectPersonId)}谈心谈话：${label}`,
        owner,
        ownerLabel: owner.type === 'persons' ? owner.personIds.map(name).join('、') : undefined,
        subjectPersonId: o.subjectPersonId,
        subjectDepartmentId: r?.subject.departmentId,
        dueDate: addDays(o.occasionDate, days),
        doneDate: held?.talkDate,
        dueSoonDays,
        citation,
        isDefaultRule: false,
        dueIsDefault: response.source.isDefault,
        link: `/talks/new?subject=${o.subjectPersonId}&kind=${kind}&occasion=${o.kind}`,
        // An own request's words stay with the request: the duty, seen more widely, says only that it was made.
        detail: {
          reasons: [
            o.kind === 'own_request' ? `${o.occasionDate} 本人主动要求谈心谈话` : `${o.occasionDate} ${label}：${o.note}`,
            `应在 ${days} 天内谈话${response.source.isDefault ? '（规定为“及时”，期限为系统默认）' : ''}`,
          ],
          occasionId: o.id,
        },
      });
    }
    return duties;
  },
};
