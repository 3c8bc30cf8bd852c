import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import type { Permission, Role } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { sidelineAccess, type SidelineRecords } from './access';
import type { LedgerRow } from './queries/ledger';
import type { Application } from './queries/applications';

// Person 5 holds the post and applied for it; person 6 is the overseeing leader named at the first step; 8 is in finance.
const HOLDER = 5, OVERSEER = 6, FINANCE = 8, STRANGER = 9;
const post = { id: 30, person: { id: HOLDER, name: '丙' } } as LedgerRow;
const application = {
  id: 12,
  applicantPersonId: HOLDER,
  currentStep: 0,
  steps: [
    { kind: 'overseeing_leader', actor: { type: 'persons', personIds: [OVERSEER] } },
    { kind: 'party_committee', actor: { type: 'role', role: 'org' } },
  ],
} as unknown as Application;

const who = (personId: number | null, roles: Role[], permissions: Permission[] = []) => ({ personId, roles, permissions: new Set(permissions) }) as unknown as AuthContext;
const callers = {
  holder: who(HOLDER, ['staff']),
  'holder who also works in the organization department': who(HOLDER, ['org'], ['sideline.ledger', 'sideline.manage']),
  'overseeing leader (current step)': who(OVERSEER, ['leader']),
  'organization department': who(STRANGER, ['org'], ['sideline.ledger', 'sideline.manage']),
  finance: who(FINANCE, ['finance'], ['sideline.pay_confirm']),
  stranger: who(STRANGER, ['staff']),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;

function outcome<A extends keyof SidelineRecords>(caller: Caller, action: A, record: SidelineRecords[A]): Outcome {
  const r = verdict(sidelineAccess, callers[caller], action, record);
  return r === null ? 'allowed' : r.status;
}

describe('兼职 access policy: a post is its holder’s to report on; the ledger keepers and finance see it; 回避 at every step of one’s own case', () => {
  const postActions = ['see', 'act', 'actOnPay', 'confirmPay', 'registerEnd'] as const;
  const postTable: [Caller, Record<(typeof postActions)[number], Outcome>][] = [
    // 第十一条 (pay), 第十七条/第十四条 (resignation), 第十八条 (annual report): the holder reports; they confirm and file nothing of their own.
    ['holder', { see: 'allowed', act: 'allowed', actOnPay: 'allowed', confirmPay: 403, registerEnd: 403 }],
    ['holder who also works in the organization department', { see: 'allowed', act: 'allowed', actOnPay: 'allowed', confirmPay: 403, registerEnd: 403 }],
    ['organization department', { see: 'allowed', act: 403, actOnPay: 403, confirmPay: 'allowed', registerEnd: 'allowed' }],
    ['finance', { see: 'allowed', act: 403, actOnPay: 403, confirmPay: 'allowed', registerEnd: 'allowed' }],
    // Someone else's post answers as an unknown id (no existence oracle).
    ['stranger', { see: 404, act: 404, actOnPay: 404, confirmPay: 404, registerEnd: 404 }],
    ['overseeing leader (current step)', { see: 404, act: 404, actOnPay: 404, confirmPay: 404, registerEnd: 404 }],
  ];
  for (const [caller, expected] of postTable)
    it(`post: ${caller}`, () => expect(Object.fromEntries(postActions.map((a) => [a, outcome(caller, a, post)]))).toEqual(expected));

  it('refusals carry the codes the API has always sent', () => {
    expect(verdict(sidelineAccess, callers.stranger, 'see', post)).toEqual({ status: 404, code: 'SIDELINE.NOT_FOUND', message: '兼职不存在或无权查看' });
    expect(verdict(sidelineAccess, callers.stranger, 'actOnPay', post)).toEqual({ status: 404, code: 'SIDELINE.PAY_NOT_FOUND', message: '报酬记录不存在或无权查看' });
    expect(verdict(sidelineAccess, callers.finance, 'act', post)).toMatchObject({ status: 403, code: 'SIDELINE.NOT_HOLDER' });
    expect(verdict(sidelineAccess, callers.holder, 'confirmPay', post)).toMatchObject({ status: 403, code: 'PROCEDURE.OWN_CASE', message: expect.stringContaining('确认本人兼职报酬的上缴') });
  });

  const appActions = ['seeApplication', 'editApplication', 'withdrawApplication', 'decide'] as const;
  const appTable: [Caller, Record<(typeof appActions)[number], Outcome>][] = [
    // 回避: the applicant decides no step of their own application (第十三条 chain), whatever roles they hold.
    ['holder', { seeApplication: 'allowed', editApplication: 'allowed', withdrawApplication: 'allowed', decide: 403 }],
    ['holder who also works in the organization department', { seeApplication: 'allowed', editApplication: 'allowed', withdrawApplication: 'allowed', decide: 403 }],
    // Those who act at a step (第十三条) see the application; the chain itself (rules/approval-chain) decides whose step it is.
    ['overseeing leader (current step)', { seeApplication: 'allowed', editApplication: 403, withdrawApplication: 403, decide: 'allowed' }],
    ['organization department', { seeApplication: 'allowed', editApplication: 403, withdrawApplication: 403, decide: 'allowed' }],
    // Finance has no step in this chain and keeps no ledger.
    ['finance', { seeApplication: 404, editApplication: 404, withdrawApplication: 404, decide: 404 }],
    ['stranger', { seeApplication: 404, editApplication: 404, withdrawApplication: 404, decide: 404 }],
  ];
  for (const [caller, expected] of appTable)
    it(`application: ${caller}`, () => expect(Object.fromEntries(appActions.map((a) => [a, outcome(caller, a, application)]))).toEqual(expected));

  it('the own-case refusal names the step', () => {
    expect(verdict(sidelineAccess, callers['holder who also works in the organization department'], 'decide', application)?.message).toContain('办理本人兼职申请的“');
  });

  it.each<[Caller, Outcome]>([
    ['organization department', 'allowed'],
    ['finance', 403],
    ['holder', 403],
  ])('the whole ledger and all applications: %s → %s', (caller, expected) => {
    expect(outcome(caller, 'seeLedger', null)).toBe(expected);
    expect(outcome(caller, 'seeAllApplications', null)).toBe(expected);
  });
});
