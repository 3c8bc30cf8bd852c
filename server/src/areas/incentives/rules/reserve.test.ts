import { describe, expect, it } from 'vitest';
import { loadAllPacks } from '../../../core/policy/pack-loader';
import { EffectivePolicy } from '../../../core/policy/effective-policy';
import { activeImpactPeriods, exemptionsOf, type Determination } from '../../tolerance';
import { excellentCount, reserveBlockers, reserveRules } from './reserve';

const packs = loadAllPacks();
const rules = reserveRules(new EffectivePolicy('ahzaxy-2020', packs.get('ahzaxy-2020')!.suggestedAdoptions, packs), '2026-12-01');
/** A determination as the tolerance area records it: only an exemption carries protections and their citation. */
const det = (outcome: Determination['outcome'], impactUntil: string | null): Determination => ({
  reviewId: 1, caseId: 1, matter: '实训设备采购验收延期', subjectPersonId: 9, subjectDepartmentId: 2, outcome, decidedOn: '2026-03-01',
  protections: outcome === 'exempt' ? ['reserve_status', 'promotion'] : [], protectionCitation: outcome === 'exempt' ? 'ahzaxy-2020 第12条' : null, impactUntil,
});
const UNCORRECTED = [{ signaledOn: '2026-03-01', detail: '资产清查长期不推不动' }];
/** The facts as the route gathers them: findings, uncorrected inaction, and the impact periods the tolerance area reports running. */
const blockers = (findings: { kind: string; on: string; detail: string }[], dets: Determination[], asOf = '2026-12-01', uncorrected: typeof UNCORRECTED = []) =>
  reserveBlockers({ findings, uncorrected, impactPeriods: activeImpactPeriods(dets, { personId: 9 }, asOf).map((d) => ({ matter: d.matter, impactUntil: d.impactUntil! })) }, rules).map((b) => [b.code, b.article]);

describe('reserve cadre nominations (ahzaxy-2020 第4条、第5条、第12条)', () => {
  it.each<[string, { kind: string; on: string; detail: string }[], Determination[], string, [string, string | null][]]>([
    ['第4条: nothing on record — may be nominated', [], [], '2026-12-01', []],
    ['第5条: a political finding — 一票否决', [{ kind: 'political_veto', on: '2025-06-01', detail: '在网络上发表错误言论' }], [], '2026-12-01', [['RESERVE.POLITICAL_VETO', 'ahzaxy-2020 第5条']]],
    ['第5条: an integrity finding — 零容忍', [{ kind: 'integrity_zero_tolerance', on: '2026-02-01', detail: '违规收受礼金' }], [], '2026-12-01', [['RESERVE.INTEGRITY_ZERO_TOLERANCE', 'ahzaxy-2020 第5条']]],
    ['第12条: a mitigation\'s impact period still running blocks', [], [det('mitigate', '2027-03-01')], '2026-12-01', [['RESERVE.IMPACT_PERIOD', 'ahzaxy-2020 第12条']]],
    ['第12条: once the impact period has ended it no longer blocks', [], [det('mitigate', '2026-09-01')], '2026-12-01', []],
    ['第12条: an exemption never blocks (reserve status is protected)', [], [det('exempt', null)], '2026-12-01', []],
    ['both a finding and an impact period are shown', [{ kind: 'integrity_zero_tolerance', on: '2026-02-01', detail: '违规收受礼金' }], [det('mitigate', '2027-03-01')], '2026-12-01', [['RESERVE.INTEGRITY_ZERO_TOLERANCE', 'ahzaxy-2020 第5条'], ['RESERVE.IMPACT_PERIOD', 'ahzaxy-2020 第12条']]],
  ])('%s', (_a, findings, dets, asOf, expected) => {
    expect(blockers(findings, dets, asOf)).toEqual(expected);
  });

  it('第4条: inaction not corrected after education blocks (经教育仍不改正的不得提拔重用)', () => {
    expect(blockers([], [], '2026-12-01', UNCORRECTED)).toEqual([['RESERVE.UNCORRECTED', 'ahzaxy-2020 第4条']]);
  });

  // Every refusal names its article, whichever pack an institution adopts the incentives rules from: each kind of blocker,
  // all at once, under each pack's effective policy (a mitigation's impact period blocks under the reserve rule's own
  // article, 第12条 — never the determination's protections, which only an exemption carries).
  it.each([...packs.keys()])('every reserve refusal names its article under %s', (packId) => {
    const own = packs.get(packId)!;
    const r = reserveRules(new EffectivePolicy(packId, own.suggestedAdoptions, packs), '2026-12-01');
    const all = reserveBlockers({
      findings: r.blockingFindings.map((kind) => ({ kind, on: '2026-02-01', detail: '经查属实' })),
      uncorrected: UNCORRECTED,
      impactPeriods: activeImpactPeriods([det('mitigate', '2027-03-01')], { personId: 9 }, '2026-12-01').map((d) => ({ matter: d.matter, impactUntil: d.impactUntil! })),
    }, r);
    expect(all.map((b) => b.code)).toEqual(['RESERVE.POLITICAL_VETO', 'RESERVE.INTEGRITY_ZERO_TOLERANCE', 'RESERVE.UNCORRECTED', 'RESERVE.IMPACT_PERIOD']);
    expect(all.map((b) => b.article)).toEqual(['ahzaxy-2020 第5条', 'ahzaxy-2020 第5条', 'ahzaxy-2020 第4条', 'ahzaxy-2020 第12条']);
  });

  it('第12条: the exempted person still shows the protection (the tolerance area\'s answer)', () => {
    expect(exemptionsOf([det('exempt', null)], { personId: 9 })[0].protections).toContain('reserve_status');
  });

  it('第6条: excellent grades of the last three years are counted for the reserve view', () => {
    expect(excellentCount([{ year: 2023, grade: 'excellent' }, { year: 2024, grade: 'competent' }, { year: 2025, grade: 'excellent' }, { year: 2022, grade: 'excellent' }], 2026, rules.excellentLookbackYears)).toBe(2);
  });
});
