import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import type { HeldPost, Permission } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { toleranceAccess, type CaseSubject, type ToleranceRecords } from './access';

// Person 1 is held to account in a personal case (and applied for tolerance); person 2 chairs department 7, held to
// account as a unit; person 3 is responsible for a correction measure; person 5 is a discipline officer; 9 a stranger.
const CADRE = 1, CHIEF = 2, RESPONSIBLE = 3, OFFICER = 5, STRANGER = 9, UNIT = 7;
const personal: CaseSubject = { subjectKind: 'person', subjectPersonId: CADRE, subjectDepartmentId: UNIT };
const unit: CaseSubject = { subjectKind: 'department', subjectPersonId: null, subjectDepartmentId: UNIT };

const HANDLER: Permission[] = ['tolerance.apply', 'tolerance.read', 'tolerance.handle'];
const who = (personId: number | null, permissions: Permission[] = ['tolerance.apply'], posts: HeldPost[] = []) => ({ personId, permissions: new Set(permissions), posts, roles: [] }) as unknown as AuthContext;
const chiefPost: HeldPost = { rank: 'middle_chief', departmentId: UNIT, title: '处长' } as HeldPost;
const callers = {
  'the cadre held to account': who(CADRE),
  'the chief of the unit held to account': who(CHIEF, ['tolerance.apply'], [chiefPost]),
  'the responsible person of a measure': who(RESPONSIBLE),
  'a discipline officer (no party)': who(OFFICER, HANDLER),
  'a discipline officer who is the cadre held to account': who(CADRE, HANDLER),
  'a discipline officer who chairs the unit held to account': who(CHIEF, HANDLER, [chiefPost]),
  stranger: who(STRANGER),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;
const outcome = <A extends keyof ToleranceRecords>(caller: Caller, action: A, record: ToleranceRecords[A]): Outcome => {
  const r = verdict(toleranceAccess, callers[caller], action, record);
  return r === null ? 'allowed' : r.status;
};

describe('容错纠错 access policy: a case is its subject’s and the discipline office’s; 回避 (tolerance.applicant_recusal: xzcit-2018 第十条, ahzaxy-2020 第12条)', () => {
  const review = { applicantPersonId: CADRE };
  const measure = { responsiblePersonId: RESPONSIBLE };
  // action × caller → outcome, on the personal case.
  const actions = {
    seeCase: () => personal,
    registerCase: () => personal,
    advanceCase: () => ({ case: personal, action: 'investigate' as const }),
    apply: () => personal,
    seeReview: () => personal,
    uploadEvidence: () => ({ review, case: personal }),
    registerPaper: () => personal,
    handleReview: () => ({ review, case: personal, action: 'accept' as const, recusalCitation: null }),
    assignCorrection: () => personal,
    closeCorrection: () => ({ measure, case: personal }),
    verifyCorrection: () => ({ measure, case: personal, citation: null }),
    recordFollowup: () => ({ review, case: personal, citation: null }),
  } satisfies { [A in keyof ToleranceRecords]?: () => ToleranceRecords[A] };
  type Row = Record<keyof typeof actions, Outcome>;
  const all = (o: Outcome): Row => Object.fromEntries(Object.keys(actions).map((a) => [a, o])) as Row;
  const table: [Caller, Row][] = [
    // The cadre sees and applies in their own case and hands in evidence; every handling step is someone else's (回避).
    ['the cadre held to account', { ...all(403), seeCase: 'allowed', apply: 'allowed', seeReview: 'allowed', uploadEvidence: 'allowed', closeCorrection: 404 }],
    // The chief of the cadre’s unit is no party to the cadre’s personal case (the route’s permission keeps them from handling it).
    ['the chief of the unit held to account', { ...all('allowed'), seeCase: 404, apply: 403, seeReview: 404, uploadEvidence: 404, closeCorrection: 404 }],
    // The responsible person registers their own measure's completion, and is refused verifying it.
    ['the responsible person of a measure', { ...all('allowed'), seeCase: 404, apply: 403, seeReview: 404, uploadEvidence: 404, verifyCorrection: 403 }],
    ['a discipline officer (no party)', { ...all('allowed'), apply: 403 }],
    // Whatever their roles, the cadre handles no step of their own case.
    ['a discipline officer who is the cadre held to account', { ...all(403), seeCase: 'allowed', apply: 'allowed', seeReview: 'allowed', uploadEvidence: 'allowed' }],
    ['a discipline officer who chairs the unit held to account', { ...all('allowed'), apply: 403 }],
    ['stranger', { ...all('allowed'), seeCase: 404, apply: 403, seeReview: 404, uploadEvidence: 404, closeCorrection: 404 }],
  ];
  for (const [caller, expected] of table)
    it(caller, () => {
      const got = Object.fromEntries(Object.entries(actions).map(([a, record]) => [a, outcome(caller, a as keyof typeof actions, record() as never)]));
      expect(got).toEqual(expected);
    });

  it('the unit’s case: its chief sees it and applies, and handles none of its steps even as a discipline officer', () => {
    expect(outcome('the chief of the unit held to account', 'seeCase', unit)).toBe('allowed');
    expect(outcome('the chief of the unit held to account', 'apply', unit)).toBe('allowed');
    for (const a of ['registerCase', 'registerPaper', 'assignCorrection'] as const) expect(outcome('a discipline officer who chairs the unit held to account', a, unit)).toBe(403);
    expect(outcome('a discipline officer who chairs the unit held to account', 'handleReview', { review: { applicantPersonId: null }, case: unit, action: 'decide', recusalCitation: null })).toBe(403);
    expect(outcome('a discipline officer (no party)', 'handleReview', { review: { applicantPersonId: null }, case: unit, action: 'decide', recusalCitation: null })).toBe('allowed');
  });

  it('回避 names the step and the pack’s article; a hidden case answers as an unknown one', () => {
    expect(verdict(toleranceAccess, callers['a discipline officer who is the cadre held to account'], 'handleReview', { review, case: personal, action: 'decide', recusalCitation: 'xzcit-2018:main:第十条' })).toEqual({
      status: 403, code: 'PROCEDURE.OWN_CASE', message: '您是本事项的当事人，不能办理“党委集体认定”（应当回避），请由其他有权限的同志办理', article: 'xzcit-2018:main:第十条',
    });
    expect(verdict(toleranceAccess, callers.stranger, 'seeCase', personal)).toEqual({ status: 404, code: 'ACCOUNTABILITY.NOT_FOUND', message: '问责案件不存在或无权查看' });
    expect(verdict(toleranceAccess, callers.stranger, 'seeReview', personal)).toEqual({ status: 404, code: 'TOLERANCE.NOT_FOUND', message: '容错申请不存在或无权查看' });
    expect(verdict(toleranceAccess, callers.stranger, 'closeCorrection', { measure, case: personal })).toEqual({ status: 404, code: 'CORRECTION.NOT_FOUND', message: '纠错措施不存在或无权办理' });
  });

  it.each<[Caller, Outcome]>([
    ['the cadre held to account', 403],
    ['a discipline officer (no party)', 'allowed'],
  ])('a report about %s: registering and handling it → %s (回避)', (caller, expected) => {
    expect(outcome(caller, 'registerPetition', { reportedPersonId: CADRE })).toBe(expected);
    expect(outcome(caller, 'handlePetition', { reportedPersonId: CADRE, action: 'conclude' })).toBe(expected);
  });

  it.each<[Caller, number, Outcome]>([
    ['the cadre held to account', CADRE, 'allowed'],
    ['the cadre held to account', STRANGER, 403],
    ['a discipline officer (no party)', CADRE, 'allowed'],
  ])('免责保护与影响期: %s reading person %i’s → %s', (caller, personId, expected) => expect(outcome(caller, 'seeProtections', { personId })).toBe(expected));
});
