import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { VALUE_LABELS } from '../../../core/policy/vocabulary';
import { applyInaction, InactionRuleError, proposalAfterVerification, type InactionInput, type InactionState } from './inaction';
import { incentivesPolicy } from '../policy';

const rules = { citation: 'ahzaxy-2020 第14条', adjustments: ['move_post', 'non_leading_post', 'dismissal', 'demotion'], directSignals: ['strong_feedback'] };
const at = (status: InactionState['status'], signal = 'complaint'): InactionState => ({ status, signal, signaledOn: '2026-03-01', deadline: null });
const outcome = (s: InactionState, i: InactionInput) => {
  try {
    return applyInaction(s, i, rules, '2026-12-01').status;
  } catch (e) {
    return e instanceof InactionRuleError ? `${e.code}|${e.article}` : e;
  }
};

describe('为官不为 escalation (ahzaxy-2020 第14条)', () => {
  it.each<[string, InactionState, InactionInput, string]>([
    ['第14条: a signal is met by a reminder with corrections and a deadline', at('signaled'), { action: 'remind', on: '2026-03-05', requirements: '一周内完成积压审批', deadline: '2026-04-05' }, 'reminded'],
    ['第14条: a deadline on or before the reminder is refused', at('signaled'), { action: 'remind', on: '2026-03-05', requirements: '整改', deadline: '2026-03-05' }, 'INACTION.DEADLINE|ahzaxy-2020 第14条'],
    ['第14条: corrected after the reminder — the matter ends', at('reminded'), { action: 'verify', on: '2026-04-06', corrected: true, note: '积压事项已办结' }, 'corrected'],
    ['第14条: not corrected after the reminder', at('reminded'), { action: 'verify', on: '2026-04-06', corrected: false, note: '仍有积压' }, 'uncorrected'],
    ['第14条: not corrected — an admonition with a new deadline', at('uncorrected'), { action: 'admonish', on: '2026-04-10', note: '诫勉谈话', deadline: '2026-05-10' }, 'admonished'],
    ['第14条: not corrected after reminder or admonition — organizational adjustment proposed', at('uncorrected'), { action: 'propose', on: '2026-05-12', adjustment: 'non_leading_post', reason: '经提醒、诫勉仍未改正' }, 'proposed'],
    ['第14条: no adjustment straight after a complaint, before any reminder', at('signaled'), { action: 'propose', on: '2026-03-05', adjustment: 'dismissal', reason: '反映不作为' }, 'INACTION.NOT_YET|ahzaxy-2020 第14条'],
    ['第14条: where the masses\' complaints are strong, adjustment may be proposed at once', at('signaled', 'strong_feedback'), { action: 'propose', on: '2026-03-05', adjustment: 'move_post', reason: '群众反映强烈' }, 'proposed'],
    ['第14条: an adjustment outside the four ways is refused', at('uncorrected'), { action: 'propose', on: '2026-05-12', adjustment: 'fine', reason: '罚款' }, 'INACTION.ADJUSTMENT|ahzaxy-2020 第14条'],
    ['第14条: decided collectively — a meeting record is required', at('proposed'), { action: 'decide', on: '2026-06-01', meetingRef: null, decision: 'non_leading_post', note: '同意' }, 'INACTION.COLLECTIVE|ahzaxy-2020 第14条'],
    ['第14条: decided collectively with the meeting record', at('proposed'), { action: 'decide', on: '2026-06-01', meetingRef: '党委会纪要〔2026〕18号', decision: 'non_leading_post', note: '同意' }, 'decided'],
    ['steps in order: no verification before a reminder', at('signaled'), { action: 'verify', on: '2026-03-05', corrected: true, note: '—' }, 'INACTION.STEP_ORDER|ahzaxy-2020 第14条'],
    ['dates: not before the signal', at('signaled'), { action: 'remind', on: '2026-02-01', requirements: '整改', deadline: '2026-03-01' }, 'INACTION.BEFORE_SIGNAL|ahzaxy-2020 第14条'],
  ])('%s', (_a, s, i, expected) => {
    expect(outcome(s, i)).toBe(expected);
  });

  const refusal = { citation: 'ahzaxy-2020 第8条', adjustments: ['dismissal', 'demotion'], directSignals: ['rotation_refusal'] };
  it.each<[string, string, string]>([
    ['第8条: a refusal to rotate without good reason leads at once to a proposal of removal', 'dismissal', 'proposed'],
    ['第8条: or of demotion', 'demotion', 'proposed'],
    ['第8条: not to a change of post (the rule names removal or demotion)', 'move_post', 'INACTION.ADJUSTMENT|ahzaxy-2020 第8条'],
  ])('%s', (_a, adjustment, expected) => {
    let r: string;
    try {
      r = applyInaction(at('signaled', 'rotation_refusal'), { action: 'propose', on: '2026-03-05', adjustment, reason: '拒不服从轮岗交流决定' }, refusal, '2026-12-01').status;
    } catch (e) {
      r = e instanceof InactionRuleError ? `${e.code}|${e.article}` : String(e);
    }
    expect(r).toBe(expected);
  });
});

describe('第14条: which verification waits on a proposal of adjustment', () => {
  it.each<[string, InactionState['status'], [string, string][], { verifiedOn: string; proposedOn: string | null } | null]>([
    ['第14条: verified not corrected, nothing since — owed', 'uncorrected', [['remind', '2026-03-05'], ['verify', '2026-04-06']], { verifiedOn: '2026-04-06', proposedOn: null }],
    ['第14条: proposed after the verification — met', 'proposed', [['remind', '2026-03-05'], ['verify', '2026-04-06'], ['propose', '2026-04-20']], { verifiedOn: '2026-04-06', proposedOn: '2026-04-20' }],
    ['第14条: an admonition answers it', 'admonished', [['remind', '2026-03-05'], ['verify', '2026-04-06'], ['admonish', '2026-04-10']], null],
    ['第14条: corrected — nothing owed', 'corrected', [['remind', '2026-03-05'], ['verify', '2026-04-06']], null],
    ['第14条: proposed straight away on strong complaints — no verification to answer', 'proposed', [['propose', '2026-03-05']], null],
  ])('%s', (_a, status, steps, expected) => {
    expect(proposalAfterVerification(status, steps.map(([action, on]) => ({ action, on })))).toEqual(expected);
  });
});

describe('第14条: the signals in the article\'s words', () => {
  const all = loadAllPacks();
  it.each([...all.keys()])('under %s an inaction tendency reads 不作为苗头性、倾向性问题, never the talks\' 作风、品德、廉洁 tendency', (packId) => {
    const policy = new EffectivePolicy(packId, all.get(packId)!.suggestedAdoptions, all);
    const signals = policy.param(incentivesPolicy, 'incentives.inaction.signals', '2026-12-01');
    expect(signals.source.citation).toBe('ahzaxy-2020 第14条');
    const labels = signals.value.map((k) => VALUE_LABELS[k]);
    expect(labels).toContain('存在不作为苗头性、倾向性问题');
    expect(labels.join('、')).not.toMatch(/作风|品德|廉洁/);
  });
});
