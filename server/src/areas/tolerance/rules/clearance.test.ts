import { describe, expect, it } from 'vitest';
import { applyPetition, followupDates, type PetitionAction, type PetitionInput, type PetitionState } from './clearance';
import { ProcedureError } from './procedure';

const rules = { scopes: ['talk', 'meeting', 'notice'], scopesCitation: 'xzcit-2018 第八条（二）', dispositions: ['talk', 'reminder', 'written_inquiry'], dispositionsCitation: 'xzcit-2018 第八条（三）', referralCitation: 'xzcit-2018 第八条（四）' };
const s = (x: Partial<PetitionState>): PetitionState => ({ status: 'received', receivedOn: '2026-09-01', outcome: null, concludedOn: null, clearedOn: null, referredOn: null, ...x });
const concluded = (outcome: PetitionState['outcome']) => s({ status: 'concluded', outcome, concludedOn: '2026-10-10' });

describe('clearance of reports', () => {
  it.each<[string, PetitionState, PetitionAction, PetitionInput, string]>([
    ['a report is checked', s({}), 'check', { on: '2026-09-02' }, 'checking'],
    ['xzcit 第八条（一）: the checking ends in a conclusion', s({ status: 'checking' }), 'conclude', { on: '2026-10-10', outcome: 'untrue' }, 'concluded'],
    ['xzcit 第八条（三）: a minor issue is handled by a reminder', s({ status: 'checking' }), 'conclude', { on: '2026-10-10', outcome: 'partly_true', disposition: 'reminder' }, 'concluded'],
    ['xzcit 第八条（三）: a talk or reminder is not for an untrue report', s({ status: 'checking' }), 'conclude', { on: '2026-10-10', outcome: 'untrue', disposition: 'talk' }, 'PETITION.DISPOSITION_OUTCOME'],
    ['xzcit 第八条（二）: an untrue report is cleared within a stated scope', concluded('untrue'), 'clear', { on: '2026-10-15', scope: 'meeting' }, 'concluded'],
    ['xzcit 第八条（二）: a mistaken report is cleared too', concluded('mistaken'), 'clear', { on: '2026-10-15', scope: 'talk' }, 'concluded'],
    ['xzcit 第八条（二）: the scope is one the college lists', concluded('untrue'), 'clear', { on: '2026-10-15', scope: 'newspaper' }, 'PETITION.SCOPE'],
    ['a true report is not cleared', concluded('true'), 'clear', { on: '2026-10-15', scope: 'meeting' }, 'PETITION.NOT_CLEARABLE'],
    ['xzcit 第八条（四）: a malicious accusation is referred', concluded('malicious'), 'refer', { on: '2026-10-15' }, 'concluded'],
    ['xzcit 第八条（四）: a mistaken report is not referred', concluded('mistaken'), 'refer', { on: '2026-10-15' }, 'PETITION.NOT_MALICIOUS'],
    ['xzcit 第八条（二）: not closed before the clearance', concluded('untrue'), 'close', { on: '2026-10-15' }, 'PETITION.CLEARANCE_PENDING'],
    ['xzcit 第八条（四）: a malicious report is not closed before the referral', { ...concluded('malicious'), clearedOn: '2026-10-12' }, 'close', { on: '2026-10-15' }, 'PETITION.REFERRAL_PENDING'],
    ['a true report closes after its conclusion', concluded('true'), 'close', { on: '2026-10-15' }, 'closed'],
    ['step order: no conclusion before checking', s({}), 'conclude', { on: '2026-10-10', outcome: 'untrue' }, 'PETITION.STEP_ORDER'],
    ['no date in the future', s({}), 'check', { on: '2026-12-01' }, 'PETITION.FUTURE_DATE'],
  ])('%s', (_what, state, action, input, expected) => {
    let got: string;
    try {
      got = applyPetition(state, action, input, rules, '2026-11-20').status;
    } catch (e) {
      expect(e).toBeInstanceOf(ProcedureError);
      got = (e as ProcedureError).code;
    }
    expect(got).toBe(expected);
  });

  it('xzcit 第八条（七）: follow-up check-ins every 6 months, twice', () => {
    expect(followupDates('2026-03-31', 6, 2)).toEqual(['2026-09-30', '2027-03-31']);
  });
});
