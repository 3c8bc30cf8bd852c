import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import type { Permission, Role } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { interviewPolicy, type InterviewFacts, type InterviewRecords } from './access';

// An interview of person 2 (of department 7), organized by department 7, led by person 1, recorded by person 3.
const LEAD = 1, TARGET = 2, RECORDER = 3, HEAD = 4, OFFICER = 5, STRANGER = 9, DEPT = 7;
const iv: InterviewFacts = { iv: { leadPersonId: LEAD, recorderPersonId: RECORDER, organizerKind: 'department', organizerDepartmentId: DEPT, officeSupports: false }, targetPersonIds: [TARGET] };

const READ: Permission[] = ['interview.read'];
const ORGANIZE: Permission[] = ['interview.read', 'interview.organize'];
const DISCIPLINE: Permission[] = ['interview.read', 'interview.organize', 'interview.manage'];
const who = (personId: number | null, permissions: Permission[], roles: Role[] = ['staff'], departmentIds: number[] = []) =>
  ({ personId, permissions: new Set(permissions), roles, scope: { all: false, departmentIds } }) as unknown as AuthContext;
const callers = {
  'the lead (五（一）)': who(LEAD, READ),
  'the interviewee': who(TARGET, READ),
  'the recorder': who(RECORDER, READ),
  'the head of the organizing department (四（二）)': who(HEAD, ORGANIZE, ['dept_head'], [DEPT]),
  'the head of another department': who(HEAD, ORGANIZE, ['dept_head'], [8]),
  'the discipline office': who(OFFICER, DISCIPLINE, ['discipline']),
  'the discipline office, being the interviewee': who(TARGET, DISCIPLINE, ['discipline']),
  'a member of the leading group': who(STRANGER, [...READ, 'interview.approve'], ['leader']),
  stranger: who(STRANGER, READ),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;
const outcome = <A extends keyof InterviewRecords>(caller: Caller, action: A, record: InterviewRecords[A]): Outcome => {
  const r = verdict(interviewPolicy, callers[caller], action, record);
  return r === null ? 'allowed' : r.status;
};

describe('约谈 access policy (tongren-2016: organizer by rank 四（二）, lead by post 五（一）, materials 五（三）, handling 五（四）; 回避)', () => {
  const actions = {
    see: () => iv,
    readRecord: () => iv,
    takeStep: () => ({ ...iv, step: 'close' as const }),
    hold: () => iv,
    close: () => iv,
    proposeHandling: () => iv,
    decideHandling: () => ({ ...iv, planCitation: null }),
    handInOwnMaterial: () => ({ ...iv, targetPersonId: TARGET }),
    downloadMaterial: () => ({ ...iv, targetPersonId: TARGET }),
  };
  type Row = Record<keyof typeof actions, Outcome>;
  const run = (caller: Caller): Row =>
    Object.fromEntries(Object.entries(actions).map(([a, rec]) => [a, outcome(caller, (a === 'handInOwnMaterial' ? 'handInMaterial' : a) as keyof InterviewRecords, rec() as never)])) as Row;
  const table: [Caller, Row][] = [
    // The lead reads the record and registers the interview they led, but organizes nothing else.
    ['the lead (五（一）)', { see: 'allowed', readRecord: 'allowed', takeStep: 'allowed', hold: 'allowed', close: 403, proposeHandling: 403, decideHandling: 403, handInOwnMaterial: 403, downloadMaterial: 'allowed' }],
    // The interviewee sees their interview and hands in their material; the record and every step are others' (回避).
    ['the interviewee', { see: 'allowed', readRecord: 404, takeStep: 403, hold: 403, close: 403, proposeHandling: 403, decideHandling: 403, handInOwnMaterial: 'allowed', downloadMaterial: 'allowed' }],
    ['the recorder', { see: 'allowed', readRecord: 'allowed', takeStep: 'allowed', hold: 403, close: 403, proposeHandling: 403, decideHandling: 403, handInOwnMaterial: 403, downloadMaterial: 'allowed' }],
    // The organizing department sees and carries it out, but the record is not theirs to read.
    ['the head of the organizing department (四（二）)', { see: 'allowed', readRecord: 404, takeStep: 'allowed', hold: 'allowed', close: 'allowed', proposeHandling: 'allowed', decideHandling: 403, handInOwnMaterial: 'allowed', downloadMaterial: 'allowed' }],
    ['the head of another department', { see: 404, readRecord: 404, takeStep: 'allowed', hold: 403, close: 403, proposeHandling: 403, decideHandling: 403, handInOwnMaterial: 403, downloadMaterial: 404 }],
    ['the discipline office', { see: 'allowed', readRecord: 'allowed', takeStep: 'allowed', hold: 'allowed', close: 'allowed', proposeHandling: 'allowed', decideHandling: 403, handInOwnMaterial: 'allowed', downloadMaterial: 'allowed' }],
    // Whatever their permissions, the interviewee takes no step of their own interview (takeStep comes first).
    ['the discipline office, being the interviewee', { see: 'allowed', readRecord: 'allowed', takeStep: 403, hold: 'allowed', close: 'allowed', proposeHandling: 'allowed', decideHandling: 403, handInOwnMaterial: 'allowed', downloadMaterial: 'allowed' }],
    // 五（四）: the leading group decides the handling; it reads every record.
    ['a member of the leading group', { see: 'allowed', readRecord: 'allowed', takeStep: 'allowed', hold: 403, close: 403, proposeHandling: 403, decideHandling: 'allowed', handInOwnMaterial: 403, downloadMaterial: 'allowed' }],
    ['stranger', { see: 404, readRecord: 404, takeStep: 'allowed', hold: 403, close: 403, proposeHandling: 403, decideHandling: 403, handInOwnMaterial: 403, downloadMaterial: 404 }],
  ];
  for (const [caller, expected] of table) it(caller, () => expect(run(caller)).toEqual(expected));

  it('回避 names the step; a hidden interview answers as an unknown one', () => {
    expect(verdict(interviewPolicy, callers['the discipline office, being the interviewee'], 'takeStep', { ...iv, step: 'propose_handling' })).toMatchObject({ status: 403, code: 'PROCEDURE.OWN_CASE', message: expect.stringContaining('对本人的约谈提出处理意见') });
    expect(verdict(interviewPolicy, callers.stranger, 'see', iv)).toEqual({ status: 404, code: 'INTERVIEW.NOT_FOUND', message: '约谈不存在或无权查看' });
  });

  it('the organizing department hands in material for an interviewee; another interviewee of the same interview does not (回避)', () => {
    const group: InterviewFacts = { ...iv, targetPersonIds: [TARGET, HEAD] };
    expect(outcome('the head of the organizing department (四（二）)', 'handInMaterial', { ...group, targetPersonId: TARGET })).toBe(403);
    expect(outcome('the head of the organizing department (四（二）)', 'handInMaterial', { ...group, targetPersonId: HEAD })).toBe('allowed');
  });

  it.each<[Caller, { kind: 'org' } | { kind: 'department'; departmentId: number } | { kind: 'discipline' }, Outcome]>([
    ['the head of the organizing department (四（二）)', { kind: 'department', departmentId: DEPT }, 'allowed'],
    ['the head of another department', { kind: 'department', departmentId: DEPT }, 403],
    ['the head of the organizing department (四（二）)', { kind: 'discipline' }, 403],
    ['the discipline office', { kind: 'org' }, 'allowed'],
  ])('arranging as organizer: %s for %j → %s (四（二）)', (caller, organizer, expected) => {
    expect(outcome(caller, 'organize', { organizer, departmentName: '某学院', reason: '按约谈对象职级', article: null })).toBe(expected);
  });

  describe('谈话函询: the discipline office sends and assesses; the person inquired of replies, and sees no draft', () => {
    const draft = { targetPersonId: TARGET, status: 'draft' };
    const sent = { targetPersonId: TARGET, status: 'sent' };
    it.each<[Caller, Record<'readDraft' | 'readSent' | 'send' | 'reply' | 'assess', Outcome>]>([
      ['the interviewee', { readDraft: 404, readSent: 'allowed', send: 403, reply: 'allowed', assess: 403 }],
      ['the discipline office', { readDraft: 'allowed', readSent: 'allowed', send: 'allowed', reply: 'allowed', assess: 'allowed' }],
      ['the discipline office, being the interviewee', { readDraft: 'allowed', readSent: 'allowed', send: 403, reply: 'allowed', assess: 403 }],
      ['a member of the leading group', { readDraft: 'allowed', readSent: 'allowed', send: 403, reply: 403, assess: 403 }],
      ['stranger', { readDraft: 404, readSent: 404, send: 403, reply: 403, assess: 403 }],
    ])('%s', (caller, expected) =>
      expect({
        readDraft: outcome(caller, 'readInquiry', draft), readSent: outcome(caller, 'readInquiry', sent),
        send: outcome(caller, 'sendInquiry', sent), reply: outcome(caller, 'replyInquiry', sent), assess: outcome(caller, 'assessInquiry', sent),
      }).toEqual(expected),
    );
  });

  it.each<[Caller, Record<'campaign' | 'ownDepartment' | 'approve' | 'decideNamingMe', Outcome>]>([
    ['the discipline office', { campaign: 'allowed', ownDepartment: 'allowed', approve: 403, decideNamingMe: 'allowed' }],
    ['the head of the organizing department (四（二）)', { campaign: 403, ownDepartment: 'allowed', approve: 403, decideNamingMe: 'allowed' }],
    ['the head of another department', { campaign: 403, ownDepartment: 403, approve: 403, decideNamingMe: 'allowed' }],
    ['the discipline office, being the interviewee', { campaign: 'allowed', ownDepartment: 'allowed', approve: 403, decideNamingMe: 403 }],
    ['a member of the leading group', { campaign: 403, ownDepartment: 403, approve: 'allowed', decideNamingMe: 'allowed' }],
  ])('约谈计划 (四（三）): %s', (caller, expected) =>
    expect({
      campaign: outcome(caller, 'draftPlan', { kind: 'campaign', planCitation: null }),
      ownDepartment: outcome(caller, 'draftDepartmentPlan', { departmentId: DEPT }),
      approve: outcome(caller, 'approvePlan', { planCitation: null }),
      decideNamingMe: outcome(caller, 'decidePlan', { action: 'approve', targetPersonIds: [TARGET] }),
    }).toEqual(expected),
  );
});
