import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import type { HeldPost, Permission } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { incentiveAccess, type IncentiveRecords } from './access';

// Person 1 is the cadre acted on; person 5 an organization-department officer with every incentives permission.
const CADRE = 1, OFFICER = 5;
const ALL: Permission[] = ['appraisal.manage', 'reserve.manage', 'commendation.manage', 'care.manage', 'inaction.manage'] as Permission[];
const who = (personId: number | null, posts: HeldPost[] = []) => ({ personId, permissions: new Set(ALL), posts, roles: ['org'] }) as unknown as AuthContext;
const chief = { rank: 'middle_chief', departmentId: 3, title: '处长' } as HeldPost;
const callers = {
  'the officer, acting on someone else': who(OFFICER),
  'the officer, acting on themselves': who(CADRE),
  'an account with no person': who(null),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;
const outcome = <A extends keyof IncentiveRecords>(caller: Caller | AuthContext, action: A, record: IncentiveRecords[A]): Outcome => {
  const r = verdict(incentiveAccess, typeof caller === 'string' ? callers[caller] : caller, action, record);
  return r === null ? 'allowed' : r.status;
};

describe('激励关怀 access policy: 回避 — nobody grades, nominates, reviews, commends, registers a problem of or visits themselves', () => {
  const me = { personId: CADRE };
  const acts = {
    gradeAppraisal: me,
    visitCare: me,
    closeCare: me,
    nominateCommendation: me,
    decideCommendation: { action: 'decide' as const, nomineeIds: [7, CADRE] },
    registerAward: me,
    registerInaction: me,
    handleInaction: { personId: CADRE, action: 'admonish' as const, label: '诫勉处理' },
    nominateReserve: me,
    reviewReserve: { personId: CADRE, action: 'approve' as const },
    registerReserveFinding: me,
  } satisfies { [A in keyof IncentiveRecords]?: IncentiveRecords[A] };
  const run = (caller: Caller) => Object.fromEntries(Object.entries(acts).map(([a, r]) => [a, outcome(caller, a as keyof typeof acts, r as never)]));
  const every = (o: Outcome) => Object.fromEntries(Object.keys(acts).map((a) => [a, o]));

  it.each<[Caller, Outcome]>([
    ['the officer, acting on someone else', 'allowed'],
    // Whatever permissions they hold, on their own record every step is refused.
    ['the officer, acting on themselves', 403],
    // An administrator's account is nobody's party.
    ['an account with no person', 'allowed'],
  ])('%s → %s on every step', (caller, expected) => expect(run(caller)).toEqual(every(expected)));

  it('the refusal names the step (and the round’s nominees include the caller)', () => {
    expect(verdict(incentiveAccess, callers['the officer, acting on themselves'], 'decideCommendation', { action: 'publish', nomineeIds: [7, CADRE] })).toMatchObject({ status: 403, code: 'PROCEDURE.OWN_CASE', message: expect.stringContaining('公示表彰人选') });
    expect(verdict(incentiveAccess, callers['the officer, acting on themselves'], 'reviewReserve', { personId: CADRE, action: 'remove' })).toMatchObject({ message: expect.stringContaining('办理退出后备干部库') });
    expect(outcome('the officer, acting on themselves', 'decideCommendation', { action: 'decide', nomineeIds: [7, 8] })).toBe('allowed');
  });

  describe('述职述廉 (ahzaxy-2020 第6条: the middle cadres the pack names report, as themselves)', () => {
    const ranks = ['middle_chief', 'middle_deputy'];
    it.each<[string, AuthContext, Outcome, Outcome]>([
      ['a middle chief', who(CADRE, [chief]), 'allowed', 'allowed'],
      ['a staff member with no middle post', who(CADRE), 'allowed', 403],
      ['an administrator’s account', who(null), 403, 403],
    ])('%s: reporting → %s, as a reporting rank → %s', (_name, auth, asPerson, asRank) => {
      expect(outcome(auth, 'reportDuty', null)).toBe(asPerson);
      expect(outcome(auth, 'reportDutyAsRank', { ranks, citation: 'ahzaxy-2020:main:第6条' })).toBe(asRank);
    });
    it('the refusal cites the pack’s article', () =>
      expect(verdict(incentiveAccess, who(CADRE), 'reportDutyAsRank', { ranks, citation: 'ahzaxy-2020:main:第6条' })).toEqual({ status: 403, code: 'DUTY_REPORT.NOT_REQUIRED', message: '述职述廉由中层领导干部进行', article: 'ahzaxy-2020:main:第6条' }));
  });
});
