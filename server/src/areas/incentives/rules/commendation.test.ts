import { describe, expect, it } from 'vitest';
import { applyRound, RoundRuleError, type RoundInput, type RoundState } from './commendation';

const rules = { citation: 'ahzaxy-2020 第15条', publicityDays: 5 };
const at = (status: RoundState['status'], nominees = [1, 2, 3]): RoundState => ({ status, quota: 2, nominees, decidedOn: status === 'decided' ? '2026-11-20' : null });
const outcome = (s: RoundState, i: RoundInput) => {
  try {
    return applyRound(s, i, rules, '2026-12-01');
  } catch (e) {
    return e instanceof RoundRuleError ? `${e.code}|${e.article}` : e;
  }
};

describe('“担当作为好干部”评选 (ahzaxy-2020 第15条)', () => {
  it.each<[string, RoundState, RoundInput, unknown]>([
    ['第15条: nominations close into review', at('nominating'), { action: 'close' }, { status: 'reviewing' }],
    ['第15条: not without nominees', at('nominating', []), { action: 'close' }, 'ROUND.NO_NOMINEES|ahzaxy-2020 第15条'],
    ['第15条: decided collectively within the quota', at('reviewing'), { action: 'decide', on: '2026-11-20', meetingRef: '党委会纪要〔2026〕41号', awardedPersonIds: [1, 3] }, { status: 'decided' }],
    ['第15条: a decision needs its meeting record', at('reviewing'), { action: 'decide', on: '2026-11-20', meetingRef: null, awardedPersonIds: [1] }, 'ROUND.COLLECTIVE|ahzaxy-2020 第15条'],
    ['第15条: no more awards than the round\'s places', at('reviewing'), { action: 'decide', on: '2026-11-20', meetingRef: '纪要41号', awardedPersonIds: [1, 2, 3] }, 'ROUND.OVER_QUOTA|ahzaxy-2020 第15条'],
    ['第15条: only nominees can be awarded', at('reviewing'), { action: 'decide', on: '2026-11-20', meetingRef: '纪要41号', awardedPersonIds: [9] }, 'ROUND.NOT_NOMINATED|ahzaxy-2020 第15条'],
    ['第15条: no decision while nominations are open', at('nominating'), { action: 'decide', on: '2026-11-20', meetingRef: '纪要41号', awardedPersonIds: [1] }, 'ROUND.STEP_ORDER|ahzaxy-2020 第15条'],
    ['publication for the pack\'s days (system default 5)', at('decided'), { action: 'publish', on: '2026-11-25' }, { status: 'published', publicUntil: '2026-11-30' }],
    ['not published before the decision', at('decided'), { action: 'publish', on: '2026-11-19' }, 'ROUND.PUBLISH_DATE|ahzaxy-2020 第15条'],
  ])('%s', (_a, s, i, expected) => {
    expect(outcome(s, i)).toEqual(expected);
  });
});
