import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../../../core/calendar/source';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { toleranceRules } from './rules';
import { reviewSchedule, type ReviewDates } from './schedule';

const cal = buildCalendar([], []);
const packs = loadAllPacks();
const rulesOf = (id: string) => toleranceRules(new EffectivePolicy(id, {}, packs), '2026-11-01');
const r = (x: Partial<ReviewDates>): ReviewDates => ({
  origin: 'application', status: 'investigating', outcome: null, filedOn: '2026-04-30', acceptedOn: '2026-05-06', refusedOn: null, reportOn: null,
  decidedOn: null, firstDeferredOn: null, deferUntil: null, feedbackOn: null, publishedOn: null, recordFiledOn: null, ...x,
});
const c = { stage: 'investigating' as const, startedOn: '2026-04-28' };
const due = (steps: ReturnType<typeof reviewSchedule>, step: string) => steps.find((s) => s.step === step);

describe('the schedule of a tolerance review', () => {
  it('xzcit 第五条（一）（二）: the window and the 30-working-day report, counted over Labour Day 2026', () => {
    const s = reviewSchedule(r({}), c, rulesOf('xzcit-2018'), cal);
    expect(due(s, 'apply')).toMatchObject({ due: '2026-05-11', doneOn: '2026-04-30', citation: 'xzcit-2018 第五条（一）', isDefault: false });
    // 30 working days after 05-06: 05-07, 05-08, 05-09 (调休 Saturday), then five full weeks and 06-15, 06-16
    expect(due(s, 'report')).toMatchObject({ due: '2026-06-16', citation: 'xzcit-2018 第五条（二）', isDefault: false, period: '30 个工作日' });
  });

  it('xzcit 第五条（三）: feedback within 3 working days of the decision; an exemption is published', () => {
    const s = reviewSchedule(r({ status: 'decided', reportOn: '2026-06-10', outcome: 'exempt', decidedOn: '2026-06-18' }), c, rulesOf('xzcit-2018'), cal);
    // 06-19 Dragon Boat Festival, 06-20/21 weekend: 06-22, 06-23, 06-24
    expect(due(s, 'feedback')).toMatchObject({ due: '2026-06-24', citation: 'xzcit-2018 第五条（三）', isDefault: false });
    expect(due(s, 'publish')).toMatchObject({ isDefault: true, citation: 'xzcit-2018 第五条（三）' });
    expect(due(s, 'file_record')).toBeUndefined();
  });

  it('xzcit 第五条（三）: a deferral is due on the day it runs to; the first decision was on time', () => {
    const s = reviewSchedule(r({ status: 'deferred', reportOn: '2026-06-10', outcome: 'defer', decidedOn: '2026-06-18', firstDeferredOn: '2026-06-18', deferUntil: '2026-09-18' }), c, rulesOf('xzcit-2018'), cal);
    expect(due(s, 'decide')).toMatchObject({ doneOn: '2026-06-18' });
    expect(due(s, 'decide_deferred')).toMatchObject({ due: '2026-09-18', doneOn: null, citation: 'xzcit-2018 第五条（三）' });
    expect(due(s, 'feedback')).toBeUndefined();
  });

  it('scitc 第五条（四）（五）: no working-day window; the result is filed after the feedback (deadline a system default)', () => {
    const s = reviewSchedule(r({ status: 'decided', reportOn: '2026-06-10', outcome: 'mitigate', decidedOn: '2026-06-18', feedbackOn: '2026-06-22' }), c, rulesOf('scitc-2025'), cal);
    expect(due(s, 'apply')).toBeUndefined();
    expect(due(s, 'file_record')).toMatchObject({ from: '2026-06-22', isDefault: true, citation: 'scitc-2025 附件3 第五条（五）' });
    expect(due(s, 'publish')).toBeUndefined();
  });

  it('ahzaxy 第12条: an inquiry opened with the case has no acceptance step', () => {
    const s = reviewSchedule(r({ origin: 'ex_officio', filedOn: '2026-04-28', acceptedOn: '2026-04-28' }), c, rulesOf('ahzaxy-2020'), cal);
    expect(s.map((x) => x.step)).toEqual(['report']);
  });

  it('a refused application owes nothing more', () => {
    const s = reviewSchedule(r({ status: 'refused', acceptedOn: null, refusedOn: '2026-05-06' }), c, rulesOf('scitc-2025'), cal);
    expect(s.map((x) => x.step)).toEqual(['accept']);
  });
});
