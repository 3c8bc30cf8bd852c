import type { EffectivePolicy } from '../../../core/policy/effective-policy';
import { ofKind, type DerivedDuty, type Deriver, type DutyDetail } from '../../../core/duties/types';
import { between, type Responsibility } from '../rules/responsibility';
import { requiredThisYear } from '../rules/prorate';
import type { RegisteredOccasion } from './talk-situation';
import { dutyYears, fromDefault, yearAsOf } from '../../../core/duties/years';
import { talksPolicy } from '../policy';
import type { PolicyKeyOf } from '../../../core/policy/policy-keys';

/** A talk quota's detail: the year, and for a relationship's quota the required and held counts (第八条). */
export type TalkQuotaDetail = DutyDetail & { year: number } & (
  | { required?: undefined }
  | { required: number; perYear: number; held: number; relation: string; assigned?: string; talkerId?: number; talks?: QuotaTalk[] }
);
/** A held talk that counts toward a quota: when, and who talked (a per-talker view credits it to them). */
export interface QuotaTalk {
  id: number;
  talkDate: string;
  talkerIds: number[];
}
const quotaTalks = (held: HeldTalk[]): QuotaTalk[] => held.map((t) => ({ id: t.id, talkDate: t.talkDate, talkerIds: t.talkerIds }));
/** Narrows a duty to a talk quota, and its detail to TalkQuotaDetail. */
export const isTalkQuota = ofKind<TalkQuotaDetail>('talk_quota');

/** A held talk as quota counting needs it. */
export interface HeldTalk {
  id: number;
  kind: string;
  talkDate: string;
  talkerIds: number[];
  subjectIds: number[];
}

export interface TalkFacts {
  year: number;
  /** 第六条 as the roster stands on the reference date: each subject and their responsible talkers. */
  responsibilities: Responsibility[];
  /** The carry-over years before this one (talks.carry_over_years), each with 第六条 as the roster stood on its 31 December. */
  pastYears?: { year: number; responsibilities: Responsibility[] }[];
  /** Talks held in the years derived (and the occasions' look-back). */
  talks: HeldTalk[];
  /** Past cadre-post changes and retirements for occasion duties. */
  occasions: TalkOccasionFact[];
  /** 第五条 situations registered in the talk_occasion table. */
  registered: RegisteredOccasion[];
  names: Map<number, string>;
}

export interface TalkOccasionFact {
  kind: 'appointment' | 'removal' | 'retirement';
  personId: number;
  date: string;
  postTitle: string;
  departmentId: number;
  departmentName: string;
  rank: string;
}

interface Quota {
  param: string;
  perYear: number;
  citation: string | null;
  isDefault: boolean;
}

/**
 * 第八条 (scitc-2025 附件1) annual quotas as duties, for the responsibilities of 第六条:
 * principal ↔ each other leadership member ≥ 2 a year (one duty per pair), leader ↔ each middle cadre overseen ≥ 1,
 * each staff member ≥ 1 with any of the department's middle cadres (or the talker the organization department named).
 * A group talk counts for every subject present. A relationship that began during the year owes a pro-rated quota.
 */
export const talkQuotaDeriver: Deriver<TalkFacts, TalkQuotaDetail> = {
  kind: 'talk_quota',
  label: '年度谈心谈话',
  derive(facts, policy: EffectivePolicy, asOf) {
    // A year's quotas live on after 31 December: unmet, they stay overdue through the carry-over years (系统默认).
    const past = new Map((facts.pastYears ?? []).map((p) => [p.year, p.responsibilities]));
    return dutyYears(policy, 'talks', asOf)
      .filter((y) => y === facts.year || past.has(y))
      .flatMap((y) => quotaDuties(y, y === facts.year ? facts.responsibilities : past.get(y)!, facts, policy, yearAsOf(y, asOf), y === facts.year));
  },
};

/** One year's quota duties, by the rules in force at the year's end (or on the date, while it runs). */
function quotaDuties(year: number, responsibilities: Responsibility[], facts: TalkFacts, policy: EffectivePolicy, asOf: string, current: boolean): DerivedDuty<TalkQuotaDetail>[] {
  if (!policy.maybeParam(talksPolicy, 'talks.middle_to_staff_per_year', asOf)) return []; // the rule was not yet in force that year
  const yearEnd = `${year}-12-31`;
  const quota = (param: PolicyKeyOf<typeof talksPolicy, number>): Quota => {
    const r = policy.param(talksPolicy, param, asOf);
    return { param, perYear: r.value, citation: r.source.citation, isDefault: r.source.isDefault };
  };
  const q = {
    principal_leadership: quota('talks.principal_to_leadership_per_year'),
    leader_middle: quota('talks.leader_to_middle_per_year'),
    middle_staff: quota('talks.middle_to_staff_per_year'),
  };
  const cutoff = policy.param(talksPolicy, 'talks.late_relationship_cutoff', asOf).value;
  const dueSoonDays = policy.value(talksPolicy, 'talks.due_soon_days', asOf);
  const responsibility = policy.param(talksPolicy, 'talks.responsibility', asOf);
  const name = (id: number) => facts.names.get(id) ?? `人员${id}`;
  const duties: DerivedDuty<TalkQuotaDetail>[] = [];
  const seenPairs = new Set<string>();
  // The year's talks, indexed by each subject present (a group talk counts for every subject).
  const bySubject = new Map<number, HeldTalk[]>();
  for (const t of facts.talks)
    if (t.talkDate >= `${year}-01-01` && t.talkDate <= yearEnd)
      for (const s of t.subjectIds) {
        const list = bySubject.get(s);
        if (list) list.push(t);
        else bySubject.set(s, [t]);
      }
  const withSubject = (id: number) => bySubject.get(id) ?? [];

  const push = (d: Omit<DerivedDuty<TalkQuotaDetail>, 'kind' | 'dueDate' | 'dueSoonDays'>) => duties.push({ ...d, kind: 'talk_quota', dueDate: yearEnd, dueSoonDays });

  for (const r of responsibilities) {
    const s = r.subject;
    // 院领导 is where leadership posts live; naming it adds nothing to 党委副书记 or 副院长.
    const where = r.kind === 'principal_leadership' ? s.postTitle : `${s.departmentName}${s.postTitle}`;
    if (r.talkerIds.length === 0) {
      // Nobody is responsible: the organization department must name a talker (第六条) — for the year under way; a
      // past year's missed quota is what remains of it, and names are assigned by year.
      if (!current) continue;
      push({
        key: `talk_responsibility:${year}:${r.subjectId}`,
        title: `为${s.personName}（${s.departmentName}${s.postTitle}）明确谈心谈话责任人`,
        owner: { type: 'role', role: 'org' },
        subjectPersonId: r.subjectId,
        subjectDepartmentId: s.departmentId,
        citation: responsibility.source.citation,
        isDefaultRule: false,
        dueIsDefault: fromDefault(responsibility),
        link: `/talks/assignments?subject=${r.subjectId}`,
        detail: { reasons: [`${s.departmentName}没有分管（联系）院领导，也没有组织部门指定的谈话人`], year },
      });
      continue;
    }
    const spec = q[r.kind];
    const required = requiredThisYear(spec.perYear, r.since, year, cutoff);
    if (required === 0) continue;
    const prorated = required < spec.perYear ? `（${r.since} 起建立关系，本年按比例应谈 ${required} 次）` : '';

    if (r.kind === 'middle_staff') {
      const held = withSubject(r.subjectId)
        .filter((t) => t.talkerIds.some((id) => r.talkerIds.includes(id)))
        .sort((a, b) => (a.talkDate < b.talkDate ? -1 : 1));
      push({
        key: `talk_quota:${year}:staff:${r.subjectId}`,
        title: `与${s.personName}（${s.departmentName}${s.postTitle}）${year} 年度谈心谈话`,
        owner: r.assigned ? { type: 'person', personId: r.assigned.talkerPersonId } : { type: 'persons', personIds: r.talkerIds },
        ownerLabel: r.assigned ? name(r.assigned.talkerPersonId) : `${s.departmentName}中层干部`,
        subjectPersonId: r.subjectId,
        subjectDepartmentId: s.departmentId,
        doneDate: held.length >= required ? held[required - 1].talkDate : undefined,
        citation: spec.citation,
        isDefaultRule: spec.isDefault,
        // The year (and its count) is the quota's own value: a default quota is a default period.
        dueIsDefault: spec.isDefault,
        link: `/talks/new?subject=${r.subjectId}&kind=routine`,
        detail: { reasons: [`本年应谈 ${required} 次，已谈 ${held.length} 次${prorated}`], year, required, perYear: spec.perYear, held: held.length, relation: r.kind, assigned: r.assigned?.reason, talks: quotaTalks(held) },
      });
      continue;
    }
    for (const talker of r.talkerIds) {
      const pair = [talker, r.subjectId].sort((a, b) => a - b).join('-');
      if (seenPairs.has(pair)) continue; // the secretary–president pair is one pair
      seenPairs.add(pair);
      const held = [...withSubject(r.subjectId), ...withSubject(talker)]
        .filter((t, i, all) => between(t, talker, r.subjectId) && all.indexOf(t) === i)
        .sort((a, b) => (a.talkDate < b.talkDate ? -1 : 1));
      push({
        key: `talk_quota:${year}:pair:${pair}`,
        title: `${name(talker)}与${s.personName}（${where}）${year} 年度谈心谈话`,
        owner: { type: 'person', personId: talker },
        ownerLabel: name(talker),
        subjectPersonId: r.subjectId,
        subjectDepartmentId: s.departmentId,
        doneDate: held.length >= required ? held[required - 1].talkDate : undefined,
        citation: spec.citation,
        isDefaultRule: spec.isDefault,
        // The year (and its count) is the quota's own value: a default quota is a default period.
        dueIsDefault: spec.isDefault,
        link: `/talks/new?subject=${r.subjectId}&talker=${talker}&kind=routine`,
        detail: { reasons: [`本年应谈 ${required} 次，已谈 ${held.length} 次${prorated}`], year, required, perYear: spec.perYear, held: held.length, relation: r.kind, talkerId: talker, talks: quotaTalks(held) },
      });
    }
  }
  return duties;
}
