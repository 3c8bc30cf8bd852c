import { describe, expect, it } from 'vitest';
import type { Duty } from '../../../core/duties/types';
import type { QuotaTalk, TalkQuotaDetail } from '../duties/talk-quota';
import { talkerCompletion, type TalkerCompletion } from './talker-completion';

let n = 0;
const duty = (owner: Duty['owner'], subject: number, required: number, talks: QuotaTalk[], status: Duty['status'], relation = 'middle_staff'): Duty<TalkQuotaDetail> => ({
  key: `k${++n}`, kind: 'talk_quota', title: '', owner, subjectPersonId: subject, subjectDepartmentId: 5, dueDate: '2026-12-31', dueSoonDays: 45,
  citation: 'scitc-2025 附件1 第八条（四）', isDefaultRule: false, dueIsDefault: false, link: '',
  detail: { reasons: [], year: 2026, required, perYear: required, held: talks.length, relation, talks }, institutionId: 1, status,
});
const talk = (id: number, ...talkerIds: number[]): QuotaTalk => ({ id, talkDate: '2026-03-01', talkerIds });
const group: Duty['owner'] = { type: 'persons', personIds: [10, 11] };

/** What a case checks of one talker: subjects owed (shared marked *), subjects met, talks held/required, percent. */
const view = (rows: TalkerCompletion[], personId: number) => {
  const r = rows.find((x) => x.personId === personId);
  if (!r) return null;
  return {
    owed: r.quotas.filter((q) => !q.met).map((q) => `${q.subjectPersonId}${q.shared ? '*' : ''}`),
    met: r.quotas.filter((q) => q.met).map((q) => q.subjectPersonId),
    count: `${r.held}/${r.required}`,
    percent: r.percent,
  };
};

describe('a talker\'s share of the year\'s quotas (scitc-2025 附件1 第六条 who, 第八条 how often; 谁谈计谁，未谈共同待谈)', () => {
  const cases: [string, Duty[], number, ReturnType<typeof view>][] = [
    ['第八条（二）: a pair quota is the talker\'s alone; one of two talks held is 50%', [duty({ type: 'person', personId: 1 }, 3, 2, [talk(1, 1)], 'due_soon', 'principal_leadership')], 1, { owed: ['3'], met: [], count: '1/2', percent: 50 }],
    ['第八条（三）: a met pair quota is done, extra talks capped at the quota', [duty({ type: 'person', personId: 2 }, 7, 1, [talk(1, 2), talk(2, 2)], 'done', 'leader_middle')], 2, { owed: [], met: [7], count: '1/1', percent: 100 }],
    ['第八条（四）: a group quota met by a member counts for that member', [duty(group, 20, 1, [talk(1, 10)], 'done')], 10, { owed: [], met: [20], count: '1/1', percent: 100 }],
    ['第八条（四）: a group quota met by a colleague is not the other member\'s (still a talker, nothing owed)', [duty(group, 20, 1, [talk(1, 10)], 'done')], 11, { owed: [], met: [], count: '0/0', percent: 100 }],
    ['第八条（四）: a group quota unmet stands under every member as 共同待谈', [duty(group, 21, 1, [], 'due_soon')], 11, { owed: ['21*'], met: [], count: '0/1', percent: 0 }],
    ['第八条（四）: a group talk held by both members counts for both', [duty(group, 22, 1, [talk(1, 10, 11)], 'done')], 11, { owed: [], met: [22], count: '1/1', percent: 100 }],
    [
      '第六条 特殊情况: a staff member assigned to one talker is that talker\'s alone, not shared',
      [duty({ type: 'person', personId: 10 }, 23, 1, [], 'overdue'), duty(group, 24, 1, [], 'overdue')],
      10,
      { owed: ['23', '24*'], met: [], count: '0/2', percent: 0 },
    ],
    ['a waived quota is owed by nobody', [duty({ type: 'person', personId: 1 }, 3, 2, [], 'waived', 'principal_leadership')], 1, null],
    [
      'a middle cadre owing three staff, one met by them, one by a colleague, one not yet: 1 of 2',
      [duty(group, 30, 1, [talk(1, 10)], 'done'), duty(group, 31, 1, [talk(2, 11)], 'done'), duty(group, 32, 1, [], 'due_soon')],
      10,
      { owed: ['32*'], met: [30], count: '1/2', percent: 50 },
    ],
  ];
  it.each(cases)('%s', (_name, duties, personId, expected) => {
    expect(view(talkerCompletion(duties), personId)).toEqual(expected);
  });

  it('lists the least complete first, then the most behind', () => {
    const rows = talkerCompletion([duty({ type: 'person', personId: 1 }, 3, 2, [talk(1, 1)], 'due_soon', 'principal_leadership'), duty(group, 21, 1, [], 'due_soon'), duty(group, 22, 1, [], 'due_soon')]);
    expect(rows.map((r) => [r.personId, r.percent, r.behind, r.shared])).toEqual([[10, 0, 2, 2], [11, 0, 2, 2], [1, 50, 1, 0]]);
  });
});
