import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { finalize } from '../../../core/duties/status';
import { talkQuotaDeriver, type HeldTalk, type TalkFacts, type TalkOccasionFact } from './talk-quota';
import { talkOccasionDeriver } from './talk-occasion';
import { talkSituationDeriver } from './talk-situation';
import { requiredThisYear } from '../rules/prorate';
import { responsibilities, type RosterTenure, type TalkAssignmentFact } from '../rules/responsibility';

const packs = loadAllPacks();
const scitc = new EffectivePolicy('scitc-2025', packs.get('scitc-2025')!.suggestedAdoptions, packs);
const AS_OF = '2026-11-22';

const t = (personId: number, rank: string, departmentId: number, since: string, departmentSince = since): RosterTenure => ({
  personId, personName: `P${personId}`, postId: personId * 10, postTitle: `职务${personId}`, rank, departmentId, departmentName: `部门${departmentId}`, isHead: false, postSince: since, departmentSince,
});

const roster: RosterTenure[] = [
  t(1, 'principal', 1, '2020-01-01'), // 党委书记
  t(2, 'principal', 1, '2022-03-01'), // 院长
  t(3, 'leader', 1, '2019-01-01'), // 副院长, oversees 10
  t(4, 'leader', 1, '2026-07-15'), // 纪委书记, new this July
  t(10, 'middle_chief', 10, '2018-01-01'),
  t(11, 'middle_deputy', 10, '2026-10-15'), // appointed after the 10-01 cut-off
  t(20, 'staff', 10, '2010-01-01'),
  t(21, 'section', 10, '2015-01-01'),
  t(30, 'middle_chief', 30, '2017-01-01'), // department 30 has no overseeing leader
  t(31, 'staff', 30, '2012-01-01'),
];
const oversights = [{ leaderPersonId: 3, departmentId: 10, startDate: '2019-01-01' }];
let nextTalk = 1;
const held = (talkers: number[], subjects: number[], talkDate = '2026-05-10', kind = 'routine'): HeldTalk => ({ id: nextTalk++, kind, talkDate, talkerIds: talkers, subjectIds: subjects });

function facts(talks: HeldTalk[], extra: Partial<TalkFacts> & { assignments?: TalkAssignmentFact[] } = {}): TalkFacts {
  const { assignments = [], ...rest } = extra;
  return {
    year: 2026,
    responsibilities: responsibilities(roster, oversights, assignments),
    talks,
    occasions: [],
    registered: [],
    names: new Map(roster.map((r) => [r.personId, r.personName])),
    ...rest,
  };
}
const quota = (f: TalkFacts) => finalize(1, talkQuotaDeriver.derive(f, scitc, AS_OF), [], AS_OF);
const pair = (ds: ReturnType<typeof quota>, a: number, b: number) => ds.find((d) => d.key === `talk_quota:2026:pair:${[a, b].sort((x, y) => x - y).join('-')}`);
const staffDuty = (ds: ReturnType<typeof quota>, id: number) => ds.find((d) => d.key === `talk_quota:2026:staff:${id}`);

describe('年度谈心谈话 (scitc-2025 附件1 第六条、第八条)', () => {
  it.each<[string, HeldTalk[], (ds: ReturnType<typeof quota>) => unknown, unknown]>([
    ['第八条（二）: the secretary owes a vice-president 2 talks; one held leaves it open', [held([1], [3])], (ds) => [pair(ds, 1, 3)?.status, pair(ds, 1, 3)?.detail.required], ['due_soon', 2]],
    ['第八条（二）: two talks meet it, done on the second', [held([1], [3], '2026-03-01'), held([3], [1], '2026-09-01')], (ds) => [pair(ds, 1, 3)?.status, pair(ds, 1, 3)?.doneDate], ['done', '2026-09-01']],
    ['第八条（二）: the secretary–president pair is one duty', [], (ds) => ds.filter((d) => d.key.endsWith(':pair:1-2')).length, 1],
    ['第八条（二）: the president owes each other member 2 talks too', [], (ds) => pair(ds, 2, 3)?.detail.required, 2],
    ['第八条（二） pro-rated: a member since 07-15 is owed ceil(2×6/12) = 1 this year', [], (ds) => pair(ds, 1, 4)?.detail.required, 1],
    ['第八条（三）: a leader owes each middle cadre overseen 1 talk; a group talk counts for every subject', [held([3], [10, 11])], (ds) => pair(ds, 3, 10)?.status, 'done'],
    ['第八条（三） deferred: a deputy appointed after 10-01 owes no quota this year', [], (ds) => pair(ds, 3, 11), undefined],
    ['第八条（四）: a staff member talked with by a middle cadre of the department is done', [held([10], [20])], (ds) => staffDuty(ds, 20)?.status, 'done'],
    ['第八条（四）: any of the department\'s middle cadres may talk; one not yet talked with stays open', [held([10], [20])], (ds) => [staffDuty(ds, 21)?.status, staffDuty(ds, 21)?.owner], ['due_soon', { type: 'persons', personIds: [10, 11] }]],
    ['第七条: a group talk counts for every staff member present', [held([11], [20, 21], '2026-11-01')], (ds) => [staffDuty(ds, 20)?.status, staffDuty(ds, 21)?.status], ['done', 'done']],
    ['第六条: a talk by someone without responsibility does not count', [held([3], [20])], (ds) => staffDuty(ds, 20)?.status, 'due_soon'],
    ['第六条: a middle cadre with no overseeing leader makes the organization department name a talker', [], (ds) => ds.find((d) => d.key === 'talk_responsibility:2026:30')?.owner, { type: 'role', role: 'org' }],
    ['第八条: a talk held last year does not count this year', [held([10], [20], '2025-12-20')], (ds) => staffDuty(ds, 20)?.status, 'due_soon'],
  ])('%s', (_, talks, pick, expected) => {
    expect(pick(quota(facts(talks)))).toEqual(expected);
  });

  it('第六条 特殊情况: a talker named by the organization department is responsible and counts', () => {
    const f = facts([held([3], [30], '2026-06-01')], { assignments: [{ talkerPersonId: 3, subjectPersonId: 30, reason: '部门暂无分管院领导' }] });
    const ds = quota(f);
    expect(ds.find((d) => d.key === 'talk_responsibility:2026:30')).toBeUndefined();
    expect(pair(ds, 3, 30)).toMatchObject({ status: 'done', citation: 'scitc-2025 附件1 第八条（三）' });
  });

  it.each<[string, RosterTenure[], number, number[]]>([
    // 50 holds two 副职 posts: in department 30 (entered first) and 10. Neither heads its unit: the lower department id.
    ['neither post heads its unit: the lower department id, however the posts are read', [t(50, 'middle_deputy', 30, '2024-01-01'), t(50, 'middle_deputy', 10, '2021-01-01')], 10, [3]],
    ['the same two posts read the other way round', [t(50, 'middle_deputy', 10, '2021-01-01'), t(50, 'middle_deputy', 30, '2024-01-01')], 10, [3]],
    ['at equal rank the post heading its unit (主持工作) decides', [t(50, 'middle_deputy', 10, '2021-01-01'), { ...t(50, 'middle_deputy', 30, '2024-01-01'), isHead: true }], 30, []],
  ])('第六条, two middle posts of equal rank (系统默认 main post): %s', (_, posts, department, talkers) => {
    const r = responsibilities([...roster, ...posts], oversights, []).find((x) => x.subjectId === 50);
    expect([r?.subject.departmentId, r?.talkerIds]).toEqual([department, talkers]);
  });

  it('cites the clause of each quota', () => {
    const ds = quota(facts([]));
    expect(pair(ds, 1, 3)?.citation).toBe('scitc-2025 附件1 第八条（二）');
    expect(staffDuty(ds, 20)?.citation).toBe('scitc-2025 附件1 第八条（四）');
    expect(ds.find((d) => d.key === 'talk_responsibility:2026:30')?.citation).toBe('scitc-2025 附件1 第六条');
  });
});

describe('年度谈心谈话 outlive 31 December (第八条; talks.carry_over_years, 系统默认 1 年)', () => {
  const JAN = '2027-01-05';
  // Reopened on 2027-01-05: the 2026 roster (as at 2026-12-31) is carried beside this year's.
  const reopened = (talks: HeldTalk[]) => {
    const f = facts(talks);
    return finalize(1, talkQuotaDeriver.derive({ ...f, year: 2027, pastYears: [{ year: 2026, responsibilities: f.responsibilities }] }, scitc, JAN), [], JAN);
  };
  const find = (ds: ReturnType<typeof reopened>, key: string) => ds.find((d) => d.key === key);
  it.each<[string, HeldTalk[], string, unknown]>([
    ['第八条（四）: a 2026 staff quota not met is overdue (已逾期) in January, under the same key', [], 'talk_quota:2026:staff:20', 'overdue'],
    ['第八条（四）: a 2026 staff quota met in December stays done', [held([10], [20], '2026-12-15')], 'talk_quota:2026:staff:20', 'done'],
    ['第八条（二）: a 2026 pair with one of two talks held stays overdue', [held([1], [3], '2026-12-01')], 'talk_quota:2026:pair:1-3', 'overdue'],
    ['第八条: a talk held in January 2027 does not meet the 2026 quota', [held([10], [20], '2027-01-04')], 'talk_quota:2026:staff:20', 'overdue'],
    ['第八条: … it counts for 2027', [held([10], [20], '2027-01-04')], 'talk_quota:2027:staff:20', 'done'],
    ['第六条: naming a talker is a duty of the year under way only', [], 'talk_responsibility:2026:30', undefined],
  ])('%s', (_a, talks, key, expected) => {
    expect(find(reopened(talks), key)?.status).toBe(expected);
  });

  it('a waiver recorded in December on a 2026 quota still applies in January', () => {
    const f = facts([]);
    const derived = talkQuotaDeriver.derive({ ...f, year: 2027, pastYears: [{ year: 2026, responsibilities: f.responsibilities }] }, scitc, JAN);
    const [d] = finalize(1, derived, [{ dutyKey: 'talk_quota:2026:staff:21', reason: '本人长期病休', waivedBy: 1, waivedAt: '2026-12-18T02:00:00Z' }], JAN).filter((x) => x.key === 'talk_quota:2026:staff:21');
    expect(d.status).toBe('waived');
  });

  it('a year older than the carry-over horizon is no longer derived (viewed with ?year=)', () => {
    const f = facts([]);
    const derived = talkQuotaDeriver.derive({ ...f, year: 2028, pastYears: [{ year: 2026, responsibilities: f.responsibilities }] }, scitc, '2028-01-05');
    expect(derived.some((d) => d.key.startsWith('talk_quota:2026:'))).toBe(false);
  });
});

describe('pro-rating a relationship begun during the year (系统默认 talks.late_relationship_cutoff)', () => {
  it.each([
    [2, '2025-05-01', 2, 'existed on 1 January: full quota'],
    [2, '2026-02-01', 2, '11 months left: ceil(1.83)'],
    [2, '2026-07-15', 1, '6 months left'],
    [1, '2026-09-30', 1, 'quota 1 rounds up'],
    [1, '2026-10-01', 0, 'on the cut-off: deferred to next year'],
    [2, '2027-01-05', 0, 'not yet begun'],
  ])('quota %i, since %s → %i (%s)', (perYear, since, expected) => {
    expect(requiredThisYear(perYear, since, 2026, '10-01')).toBe(expected);
  });
});

describe('时点谈话 (scitc-2025 附件1 第五条（二）; ahzaxy-2020 第10条)', () => {
  const occ = (kind: TalkOccasionFact['kind'], personId: number, date: string, rank = 'middle_deputy'): TalkOccasionFact => ({ kind, personId, date, postTitle: '副处长', departmentId: 10, departmentName: '部门10', rank });
  const occasions = (o: TalkOccasionFact[], talks: HeldTalk[] = [], policy = scitc) => finalize(1, talkOccasionDeriver.derive(facts(talks, { occasions: o }), policy, AS_OF), [], AS_OF);

  it.each<[string, TalkOccasionFact[], HeldTalk[], unknown]>([
    ['第五条（二）: a new middle post creates an appointment talk owed by the overseeing leader within 30 days', [occ('appointment', 11, '2026-10-15')], [], { status: 'overdue', dueDate: '2026-11-14', owner: { type: 'persons', personIds: [3] } }],
    ['第五条（二）: a talk before taking up the post (任前谈话) counts', [occ('appointment', 11, '2026-10-15')], [held([3], [11], '2026-10-08', 'appointment')], { status: 'done' }],
    ['第五条（二）: a routine talk is not an appointment talk', [occ('appointment', 11, '2026-10-15')], [held([3], [11], '2026-10-20', 'routine')], { status: 'overdue' }],
    ['第五条（二）: a retirement creates a retirement talk; with no talker left, the organization department owes it', [occ('retirement', 99, '2026-11-01', 'middle_chief')], [], { status: 'due_soon', owner: { type: 'role', role: 'org' }, dueDate: '2026-12-01' }],
    ['第五条（二）: a removal creates a removal talk', [occ('removal', 21, '2026-08-01', 'section')], [], { status: 'overdue' }],
  ])('%s', (_, o, talks, expected) => {
    const ds = occasions(o, talks);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject(expected as object);
  });

  it('an occasion older than the look-back window creates nothing', () => {
    expect(occasions([occ('appointment', 11, '2026-03-01')])).toEqual([]);
  });
  it('staff-rank posts are not cadre post changes', () => {
    expect(occasions([occ('appointment', 20, '2026-10-15', 'staff')])).toEqual([]);
  });
  it('ahzaxy-2020 第10条 is cited where the college runs on that pack', () => {
    const ahz = new EffectivePolicy('ahzaxy-2020', packs.get('ahzaxy-2020')!.suggestedAdoptions, packs);
    expect(occasions([occ('appointment', 11, '2026-10-15')], [], ahz)[0].citation).toBe('ahzaxy-2020 第10条');
  });
});

describe('情形谈话 registered under 第五条 (scitc-2025 附件1)', () => {
  const reg = (kind: string, subjectPersonId: number | null, occasionDate = '2026-11-10', id = 1) => ({ id, kind, subjectPersonId, occasionDate, note: '组织部登记' });
  const situations = (registered: ReturnType<typeof reg>[], talks: HeldTalk[] = []) =>
    finalize(1, talkSituationDeriver.derive(facts(talks, { registered }), scitc, AS_OF), [], AS_OF);

  it.each<[string, ReturnType<typeof reg>, object]>([
    ['第五条（一）: a deviation → a reminder talk owed by the responsible talker', reg('deviation', 20), { citation: 'scitc-2025 附件1 第五条（一）', owner: { type: 'persons', personIds: [10, 11] }, dueDate: '2026-12-10' }],
    ['第五条（三）: a conflict in the team → a talk', reg('team_conflict', 10), { citation: 'scitc-2025 附件1 第五条（三）', owner: { type: 'persons', personIds: [3] } }],
    ['第五条（四）: a 基本合格/不合格 grade (the appraisal module registers it) → a talk', reg('weak_appraisal', 21), { citation: 'scitc-2025 附件1 第五条（四）' }],
    ['第五条（五）: a worrying tendency → a reminder talk', reg('tendency', 10), { citation: 'scitc-2025 附件1 第五条（五）' }],
    ['第五条（七）: a staff member\'s own request → a talk by their responsible talker', reg('own_request', 31), { citation: 'scitc-2025 附件1 第五条（七）', owner: { type: 'persons', personIds: [30] } }],
    ['第五条（八）: a major project → a talk with its lead', reg('major_project', 30), { citation: 'scitc-2025 附件1 第五条（八）', owner: { type: 'role', role: 'org' } }],
  ])('%s', (_, o, expected) => {
    const ds = situations([o]);
    expect(ds).toHaveLength(1);
    expect(ds[0]).toMatchObject({ kind: 'talk_situation', status: 'due_soon', ...expected });
  });

  it('第五条（一）: a talk with the subject after the occasion meets the duty', () => {
    expect(situations([reg('deviation', 20)], [held([10], [20], '2026-11-15', 'reminder_talk')])[0].status).toBe('done');
    expect(situations([reg('deviation', 20)], [held([10], [20], '2026-11-01', 'reminder_talk')])[0].status).toBe('due_soon');
  });

  it('第五条（六）: a 民主生活会 makes each principal owe each other leadership member a talk before it', () => {
    const ds = situations([reg('life_meeting', null, '2026-12-20')], [held([1], [3], '2026-11-01'), held([2], [4], '2026-08-01')]);
    expect(ds.map((d) => d.key.split(':')[2]).sort()).toEqual(['1-2', '1-3', '1-4', '2-3', '2-4']);
    for (const d of ds) expect(d).toMatchObject({ dueDate: '2026-12-20', citation: 'scitc-2025 附件1 第五条（六）' });
    expect(ds.find((d) => d.key.endsWith(':1-3'))?.status).toBe('done'); // within 60 days before the meeting
    expect(ds.find((d) => d.key.endsWith(':2-4'))?.status).not.toBe('done'); // too long before it
  });
});
