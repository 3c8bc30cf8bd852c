import { describe, expect, it } from 'vitest';
import type { AuthContext } from '../../core/auth/context';
import type { HeldPost, Role } from '../../core/auth/roles';
import { verdict } from '../../core/http/authorize';
import { talkAccess, type TalkRecords } from './access';
import type { TalkWithPeople } from './queries/talks.repository';

// Person 1 talks with person 2; person 3 recorded it; person 9 has nothing to do with it.
const TALKER = 1, SUBJECT = 2, RECORDER = 3, STRANGER = 9;
const talk = { id: 40, talkers: [{ id: TALKER, name: '甲' }], subjects: [{ id: SUBJECT, name: '乙' }], recorderPersonId: RECORDER } as TalkWithPeople;

const who = (personId: number | null, roles: Role[] = ['staff'], posts: HeldPost[] = []) => ({ personId, roles, posts }) as unknown as AuthContext;
const callers = {
  talker: who(TALKER),
  subject: who(SUBJECT),
  recorder: who(RECORDER),
  stranger: who(STRANGER),
  'organization department (not in the talk)': who(STRANGER, ['org']),
  'Party secretary (not in the talk)': who(STRANGER, ['principal'], [{ rank: 'principal', departmentId: 1, title: '党委书记' }]),
  'principal who is not the Party secretary': who(STRANGER, ['principal'], [{ rank: 'principal', departmentId: 1, title: '院长' }]),
  'account with no person': who(null, ['org']),
};
type Caller = keyof typeof callers;
type Outcome = 'allowed' | 403 | 404;

function outcome<A extends keyof TalkRecords>(caller: Caller, action: A, record: TalkRecords[A]): Outcome {
  const r = verdict(talkAccess, callers[caller], action, record);
  return r === null ? 'allowed' : r.status;
}

describe('谈心谈话 access policy (第六条: a talk is its talkers’ and subjects’ business; the organization department and the Party secretary see every talk, 第十一条)', () => {
  // action × caller → outcome, for the talk above.
  const table: [Caller, Record<'see' | 'readNotes' | 'exportRecord' | 'hold' | 'cancel', Outcome>][] = [
    ['talker', { see: 'allowed', readNotes: 'allowed', exportRecord: 'allowed', hold: 'allowed', cancel: 'allowed' }],
    // The subject sees the talk but not the talker's notes, and does not record its outcome.
    ['subject', { see: 'allowed', readNotes: 403, exportRecord: 404, hold: 403, cancel: 403 }],
    // The recorder (not a party) reads the notes on the record sheet, but the talk is not theirs to see or change.
    ['recorder', { see: 404, readNotes: 404, exportRecord: 'allowed', hold: 404, cancel: 404 }],
    // Someone else's talk answers as an unknown id: no existence oracle.
    ['stranger', { see: 404, readNotes: 404, exportRecord: 404, hold: 404, cancel: 404 }],
    ['organization department (not in the talk)', { see: 'allowed', readNotes: 'allowed', exportRecord: 'allowed', hold: 'allowed', cancel: 'allowed' }],
    // The Party secretary sees and reads every talk but records only their own.
    ['Party secretary (not in the talk)', { see: 'allowed', readNotes: 'allowed', exportRecord: 'allowed', hold: 403, cancel: 403 }],
    ['principal who is not the Party secretary', { see: 404, readNotes: 404, exportRecord: 404, hold: 404, cancel: 404 }],
    ['account with no person', { see: 'allowed', readNotes: 'allowed', exportRecord: 'allowed', hold: 'allowed', cancel: 'allowed' }],
  ];
  for (const [caller, expected] of table)
    it(`${caller}`, () => {
      const got = Object.fromEntries((Object.keys(expected) as (keyof typeof expected)[]).map((a) => [a, outcome(caller, a, talk)]));
      expect(got).toEqual(expected);
    });

  it('a hidden talk is refused exactly as an unknown id is (same code, status and message)', () => {
    expect(verdict(talkAccess, callers.stranger, 'hold', talk)).toEqual({ status: 404, code: 'TALK.NOT_FOUND', message: '谈话记录不存在或无权查看' });
  });

  it('a talk seen but not one’s to record says who may (谈话人或党委组织部)', () => {
    expect(verdict(talkAccess, callers.subject, 'hold', talk)).toMatchObject({ status: 403, code: 'TALK.NOT_A_TALKER', message: expect.stringContaining('谈话人或党委组织部') });
  });

  describe('recording a talk: only as one of its talkers, unless the organization department records it for others', () => {
    it.each<[Caller, number[], Outcome]>([
      ['talker', [TALKER], 'allowed'],
      ['talker', [STRANGER, TALKER], 'allowed'],
      ['subject', [TALKER], 403],
      ['Party secretary (not in the talk)', [TALKER], 403],
      ['organization department (not in the talk)', [TALKER], 'allowed'],
    ])('%s naming talkers %j → %s', (caller, talkerIds, expected) => {
      expect(outcome(caller, 'record', { talkerIds })).toBe(expected);
      if (expected === 403) expect(verdict(talkAccess, callers[caller], 'record', { talkerIds })).toMatchObject({ code: 'TALK.NOT_A_TALKER', field: 'talkerIds' });
    });
  });

  it.each<[Caller, Outcome]>([
    ['organization department (not in the talk)', 'allowed'],
    ['Party secretary (not in the talk)', 'allowed'],
    ['talker', 403],
  ])('the whole college’s list: %s → %s', (caller, expected) => expect(outcome(caller, 'seeAll', null)).toBe(expected));
});
