import type { Duty } from '../../../core/duties/types';
import { isTalkQuota, type QuotaTalk, type TalkQuotaDetail } from '../duties/talk-quota';

/** A relationship's talk quota: a talk_quota duty with its required and held counts. */
type QuotaDuty = Duty<Extract<TalkQuotaDetail, { required: number }>>;

/**
 * How a quota owed by a group is read per person, as the organization department reads it (第六条: 部门（单位）干部负责
 * 部门（单位）职工谈心谈话, collectively): 谁谈计谁，未谈共同待谈.
 * - a quota owed by one person (a pair of 第八条（二）（三）, or a staff member the organization department assigned to
 *   one talker under 第六条 特殊情况) is that person's alone;
 * - a quota owed by a department's middle cadres together counts, once met, for each member who held a talk with the
 *   subject that year; a member who held none does not see it (a colleague met it);
 * - while unmet, it stands under every member as 共同待谈: each is answerable for it until one of them holds the talk.
 * A waived quota is owed by nobody.
 */
export const GROUP_QUOTA_STRATEGY = 'held_by_holder_rest_shared' as const;

/** One quota as one talker sees it. */
export interface TalkerQuota {
  dutyKey: string;
  subjectPersonId: number;
  subjectDepartmentId: number | null;
  relation: string;
  required: number;
  /** Talks held with the subject this year (by anyone answerable for the quota), capped at the quota. */
  held: number;
  met: boolean;
  status: Duty['status'];
  /** Owed by the department's middle cadres together, not by this talker alone. */
  shared: boolean;
  /** This talker took part in a talk that counts toward it. */
  heldByMe: boolean;
  talks: QuotaTalk[];
  citation: string | null;
  dueDate: string;
}

/** One talker's year: what they owe and what they met, in talks and in subjects. */
export interface TalkerCompletion {
  personId: number;
  /** Subjects (relationships) they answer for. */
  total: number;
  required: number;
  held: number;
  /** Subjects whose quota is met. */
  done: number;
  /** Subjects still owed (shared ones included). */
  behind: number;
  /** Of those still owed, owed together with the department's other middle cadres. */
  shared: number;
  percent: number;
  quotas: TalkerQuota[];
}

const percentOf = (held: number, required: number) => (required ? Math.round((held / required) * 1000) / 10 : 100);

/** Every talker's share of the year's quota duties, by GROUP_QUOTA_STRATEGY; least complete first. Pure. */
export function talkerCompletion(duties: Duty[]): TalkerCompletion[] {
  const quota = duties.filter(isTalkQuota).filter((d): d is QuotaDuty => d.detail.required !== undefined && d.status !== 'waived');
  const byPerson = new Map<number, TalkerQuota[]>();
  const add = (personId: number, q: TalkerQuota | null) => {
    const list = byPerson.get(personId) ?? [];
    if (q) list.push(q);
    byPerson.set(personId, list);
  };
  for (const d of quota) {
    const talks = d.detail.talks ?? [];
    const met = d.status === 'done';
    const base = {
      dutyKey: d.key,
      subjectPersonId: d.subjectPersonId!,
      subjectDepartmentId: d.subjectDepartmentId ?? null,
      relation: d.detail.relation,
      required: d.detail.required,
      held: Math.min(d.detail.held, d.detail.required),
      met,
      status: d.status,
      talks,
      citation: d.citation,
      dueDate: d.dueDate,
    };
    const byMe = (p: number) => talks.some((t) => t.talkerIds.includes(p));
    if (d.owner.type === 'person') add(d.owner.personId, { ...base, shared: false, heldByMe: byMe(d.owner.personId) });
    else if (d.owner.type === 'persons')
      for (const p of d.owner.personIds) {
        const mine = byMe(p);
        // Met by a colleague: not this member's; they still count as a talker (with nothing of it to show).
        add(p, met && !mine ? null : { ...base, shared: !met, heldByMe: mine });
      }
  }
  return [...byPerson]
    .map(([personId, quotas]) => {
      const required = quotas.reduce((n, q) => n + q.required, 0);
      const held = quotas.reduce((n, q) => n + q.held, 0);
      const behind = quotas.filter((q) => !q.met);
      return { personId, total: quotas.length, required, held, done: quotas.length - behind.length, behind: behind.length, shared: behind.filter((q) => q.shared).length, percent: percentOf(held, required), quotas };
    })
    .sort((a, b) => a.percent - b.percent || b.behind - a.behind || a.personId - b.personId);
}
